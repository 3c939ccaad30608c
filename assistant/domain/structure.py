"""The standard structure of a school union work plan, loaded from knowledge/structure.yaml."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.domain.calendar import load_calendar
from assistant.domain.data import read_yaml_mapping
from assistant.domain.passages import TOPICS
from assistant.errors import LoadError

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "structure.yaml"


@dataclass(frozen=True)
class SectionSpec:
    """One section of the standard structure: what it is called, what it needs and what feeds it."""

    key: str
    title: str
    level: int  # 0 title/落款, 1 一、, 2 （一）
    parent: str  # "" for top level
    needs: tuple[str, ...]
    topics: tuple[str, ...]
    guidance: str
    keywords: dict[str, tuple[str, ...]]  # need → words that show it is covered
    rules: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    chat_names: tuple[str, ...] = ()  # what users call it in chat
    heading_words: tuple[str, ...] = ()  # spoken words a plan's own heading may use for it (the checker's likeness only)
    named_only: bool = False  # a part stands for it by its keywords only when the part also names it (aliases)
    numbered: bool = False  # a list of items "1. …" in the export, as in the chat (sub-areas of 主要工作 always are)

    def all_keywords(self) -> tuple[str, ...]:
        """Every keyword of every need, without duplicates, in order."""
        seen: dict[str, None] = {}
        for words in self.keywords.values():
            for word in words:
                seen.setdefault(word, None)
        return tuple(seen)


@dataclass(frozen=True)
class Rule:
    """A domain rule (e.g. 教代会 vs 教职工大会 by staff size) with its legal basis and parameters."""

    id: str
    description: str
    law: str
    article: str
    basis: str
    digest: bool
    parameters: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CalendarEvent:
    """A recurring event of the school union year; text may hold {congress_name}-style placeholders."""

    key: str
    month: int
    activity: str
    lead: str
    participants: str
    section: str = ""
    group: str = ""
    configurable: bool = False

    def filled(self, names: dict[str, str]) -> CalendarEvent:
        """A copy with {placeholders} in activity, lead and participants replaced from `names`."""
        return replace(
            self,
            activity=self.activity.format_map(names),
            lead=self.lead.format_map(names),
            participants=self.participants.format_map(names),
        )


@dataclass(frozen=True)
class Structure:
    """All sections in document order, the drafting order, domain rules and the union's recurring calendar."""

    sections: tuple[SectionSpec, ...]
    order: tuple[str, ...]
    rules: tuple[Rule, ...]
    calendar: tuple[CalendarEvent, ...]

    def section(self, key: str) -> SectionSpec:
        """The section with that key; KeyError when there is none."""
        for spec in self.sections:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def keys(self) -> list[str]:
        """Section keys in document order."""
        return [s.key for s in self.sections]

    def children(self, key: str) -> list[SectionSpec]:
        """Sub-sections of a section, in order (e.g. the areas of 主要工作)."""
        return [s for s in self.sections if s.parent == key]

    def is_container(self, key: str) -> bool:
        """True for a section whose content lives in its children (主要工作)."""
        return any(s.parent == key for s in self.sections)

    def drafting_order(self) -> list[str]:
        """Keys in the order a guided session drafts them (title and 落款 come from the profile)."""
        return list(self.order)

    def rule(self, rule_id: str) -> Rule:
        """The rule with that id; KeyError when there is none."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def months(self, period: str) -> tuple[int, ...]:
        """Months of a plan period (年度/学年/第一学期/第二学期) in the order they occur (knowledge/calendar.yaml)."""
        return load_calendar().months(period)

    def calendar_for(self, period: str, overrides: dict[str, int] | None = None) -> list[CalendarEvent]:
        """Calendar events inside a period, in period order; `overrides` moves configurable events (key → month)."""
        months = self.months(period)
        events = []
        for event in self.calendar:
            if overrides and event.key in overrides and event.configurable:
                event = replace(event, month=int(overrides[event.key]))
            if event.month in months:
                events.append(event)
        events.sort(key=lambda e: months.index(e.month))  # stable: same-month events keep yaml order
        kept, groups = [], set()
        for event in events:
            if event.group:
                if event.group in groups:
                    continue
                groups.add(event.group)
            kept.append(event)
        return kept


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _section(raw: dict) -> SectionSpec:
    keywords = {str(need): _strings(words) for need, words in (raw.get("keywords") or {}).items()}
    return SectionSpec(
        key=str(raw["key"]),
        title=str(raw["title"]),
        level=int(raw.get("level", 1)),
        parent=str(raw.get("parent") or ""),
        needs=_strings(raw.get("needs")),
        topics=_strings(raw.get("topics")),
        guidance=str(raw.get("guidance", "")),
        keywords=keywords,
        rules=_strings(raw.get("rules")),
        aliases=_strings(raw.get("aliases")),
        chat_names=_strings(raw.get("chat_names")),
        heading_words=_strings(raw.get("heading_words")),
        named_only=bool(raw.get("named_only", False)),
        numbered=bool(raw.get("numbered", False)),
    )


def parse_structure(data: dict) -> Structure:
    """Build a Structure from the parsed yaml mapping; raises LoadError when it is inconsistent."""
    try:
        sections = tuple(_section(s) for s in data["sections"])
        rules = tuple(
            Rule(
                id=str(r["id"]),
                description=str(r.get("description", "")),
                law=str(r.get("law", "")),
                article=str(r.get("article", "") or ""),
                basis=str(r.get("basis", "")),
                digest=bool(r.get("digest", False)),
                parameters=dict(r.get("parameters") or {}),
            )
            for r in data.get("rules") or []
        )
        calendar = tuple(
            CalendarEvent(
                key=str(e["key"]),
                month=int(e["month"]),
                activity=str(e["activity"]),
                lead=str(e.get("lead", "")),
                participants=str(e.get("participants", "")),
                section=str(e.get("section", "")),
                group=str(e.get("group", "")),
                configurable=bool(e.get("configurable", False)),
            )
            for e in data.get("calendar") or []
        )
        order = _strings(data.get("drafting_order"))
    except (KeyError, TypeError, ValueError) as exc:
        raise LoadError(f"计划结构文件格式有误：{exc}") from exc
    structure = Structure(sections=sections, order=order, rules=rules, calendar=calendar)
    _validate(structure)
    return structure


def _validate(structure: Structure) -> None:
    keys = structure.keys()
    problems = []
    if len(set(keys)) != len(keys):
        problems.append("小节键重复")
    rule_ids = {r.id for r in structure.rules}
    for spec in structure.sections:
        if spec.parent and spec.parent not in keys:
            problems.append(f"{spec.key} 的上级小节 {spec.parent} 不存在")
        problems += [f"{spec.key} 的主题 {t} 不在 TOPICS 中" for t in spec.topics if t not in TOPICS]
        problems += [f"{spec.key} 的规则 {r} 未定义" for r in spec.rules if r not in rule_ids]
        problems += [f"{spec.key} 的关键词对应了未列出的要素 {n}" for n in spec.keywords if n not in spec.needs]
    problems += [f"起草顺序中的 {k} 不存在" for k in structure.order if k not in keys]
    for event in structure.calendar:
        if not 1 <= event.month <= 12:
            problems.append(f"日历事项 {event.key} 的月份 {event.month} 无效")
        if event.section and event.section not in keys:
            problems.append(f"日历事项 {event.key} 的小节 {event.section} 不存在")
    if problems:
        raise LoadError("计划结构文件不一致：" + "；".join(problems))


def load_structure(path: Path | str | None = None) -> Structure:
    """Load and validate the structure yaml (default: knowledge/structure.yaml); cached per path."""
    return _load_cached(str(Path(path) if path else DEFAULT_PATH))


@functools.lru_cache(maxsize=8)
def _load_cached(path: str) -> Structure:
    # The file is read once per process: Structure is frozen, so sharing it is safe.
    data = read_yaml_mapping(path, "计划结构文件")
    return parse_structure(data)
