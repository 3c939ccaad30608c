"""A draft's history as people read it: each version with its time, who saved it and what happened, and what changed
against the version before it (section by section, words struck out and added inline)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from assistant.domain.plan import SCHEDULE_HEADER, STATUS_LABELS
from assistant.errors import StoreError
from assistant.export.markdown import md_text

PROFILE_LABELS = {
    "school": "学校名称", "year": "年份", "period": "计划类型", "staff": "教职工人数", "female_staff": "女教职工人数",
    "retirees": "退休教职工人数", "upper_union": "上级工会", "highlights": "本年度重点事项", "focus": "希望突出的方面",
    "school_type": "学校类型", "sign_on": "落款日期",
}
NO_CHANGE = "与上一版相比，计划内容没有变化。"
FIRST = "这是第一版：之前没有可比较的版本。"


@dataclass(frozen=True)
class VersionRow:
    """One version as the history lists it."""

    version: int
    when: str
    author: str
    what: str

    @property
    def label(self) -> str:
        """"第 5 版 · 3月2日 10:24 · 张老师 · 采用“指导思想”"."""
        parts = [f"第 {self.version} 版", self.when]
        if self.author:
            parts.append(self.author)
        parts.append(self.what or "保存")
        return " · ".join(parts)


def when_text(moment: datetime, now: datetime | None = None) -> str:
    """A version's time in local time: "今天 10:24", "3月2日 10:24", or with the year when it is not this year.

    >>> when_text(datetime(2027, 3, 2, 10, 24), now=datetime(2027, 3, 2, 18, 0))
    '今天 10:24'
    >>> when_text(datetime(2027, 3, 2, 10, 24), now=datetime(2027, 5, 1))
    '3月2日 10:24'
    >>> when_text(datetime(2026, 12, 30, 8, 5), now=datetime(2027, 1, 2))
    '2026年12月30日 08:05'
    """
    local = moment.astimezone() if moment.tzinfo else moment
    now = now or datetime.now(local.tzinfo)
    clock = local.strftime("%H:%M")
    if local.date() == now.date():
        return f"今天 {clock}"
    if local.year == now.year:
        return f"{local.month}月{local.day}日 {clock}"
    return f"{local.year}年{local.month}月{local.day}日 {clock}"


def version_rows(versions: Iterable[Any], show_author: bool, now: datetime | None = None) -> list[VersionRow]:
    """The store's versions (newest first) as rows; the author only in multi-user mode."""
    return [VersionRow(v.version, when_text(v.created_at, now), (v.author if show_author else "") or "",
                       v.what or "") for v in versions]


# ---------------------------------------------------------------------------------------------------- diff


@dataclass
class Change:
    """What changed in one part of the plan: its name, how (修改/新增/删除/状态) and the lines to show."""

    where: str
    lines: list[str] = field(default_factory=list)  # Markdown, escaped


def inline_diff(old: str, new: str) -> str:
    """One paragraph with deleted words struck out in red and added words in green (escaped Markdown).

    >>> inline_diff("每学期召开一次", "每学年召开两次")
    '每学:red-background[~~期~~]:green-background[年]召开:red-background[~~一~~]:green-background[两]次'
    """
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(md_text(old[a1:a2]))
            continue
        if a2 > a1:
            out.append(f":red-background[~~{md_text(old[a1:a2])}~~]")
        if b2 > b1:
            out.append(f":green-background[{md_text(new[b1:b2])}]")
    return "".join(out)


def _removed(text: str) -> str:
    return f"－ :red-background[~~{md_text(text)}~~]"


def _added(text: str) -> str:
    return f"＋ :green-background[{md_text(text)}]"


def paragraph_lines(old: list[str], new: list[str]) -> list[str]:
    """The changed paragraphs of one section: whole ones removed or added, edited ones with their words marked."""
    lines: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op == "replace" and a2 - a1 == b2 - b1:
            lines += [f"～ {inline_diff(o, n)}" for o, n in zip(old[a1:a2], new[b1:b2])]
            continue
        lines += [_removed(p) for p in old[a1:a2]]
        lines += [_added(p) for p in new[b1:b2]]
    return lines


def _sections(content: Mapping[str, Any] | None) -> dict[str, dict]:
    plan = (content or {}).get("plan") or {}
    return {s["key"]: s for s in plan.get("sections", []) if isinstance(s, Mapping) and "key" in s}


def _rows(content: Mapping[str, Any] | None) -> list[str]:
    plan = (content or {}).get("plan") or {}
    return ["｜".join((f"{r.get('month')}月", str(r.get("activity", "")), str(r.get("lead", "")),
                      str(r.get("participants", "")))) for r in plan.get("schedule", [])]


def _profile(content: Mapping[str, Any] | None) -> dict:
    return ((content or {}).get("plan") or {}).get("profile") or {}


def _value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "（空）"
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def changes(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Change]:
    """What changed from one saved version's content to the next: school facts, each section, the table, the
    proposal on offer."""
    out: list[Change] = []
    before, after = _profile(old), _profile(new)
    facts = [f"{PROFILE_LABELS.get(k, k)}：{md_text(_value(before.get(k)))} → {md_text(_value(after.get(k)))}"
             for k in PROFILE_LABELS if before.get(k) != after.get(k) and old is not None]
    if facts:
        out.append(Change("学校信息", facts))
    old_sections, new_sections = _sections(old), _sections(new)
    for key, section in new_sections.items():
        previous = old_sections.get(key, {})
        lines = []
        if previous.get("status") != section.get("status") and previous:
            lines.append("状态：" + STATUS_LABELS.get(previous.get("status", ""), "—") + " → "
                         + STATUS_LABELS.get(section.get("status", ""), "—"))
        lines += paragraph_lines(list(previous.get("paragraphs", [])), list(section.get("paragraphs", [])))
        if lines:
            out.append(Change(section.get("title", key), lines))
    table = paragraph_lines(_rows(old), _rows(new))
    if table:
        out.append(Change("月度工作安排（表格：" + "｜".join(SCHEDULE_HEADER) + "）", table))
    old_offer, new_offer = (old or {}).get("proposal") or {}, new.get("proposal") or {}
    if new_offer and old_offer.get("paragraphs") != new_offer.get("paragraphs"):
        same = old_offer.get("key") == new_offer.get("key")
        lines = paragraph_lines(list(old_offer.get("paragraphs", [])) if same else [], list(new_offer["paragraphs"]))
        out.append(Change(f"待确认的建议稿“{new_offer.get('title', '')}”", lines))
    return out


def diff_markdown(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> str:
    """The changes as Markdown for the 版本 panel (a title line per part, then its changed lines)."""
    if old is None:
        return FIRST
    found = changes(old, new)
    if not found:
        return NO_CHANGE
    blocks = [f"**{md_text(change.where)}**  \n" + "  \n".join(change.lines) for change in found]
    return "\n\n".join(blocks)


def version_diff(store: Any, draft_id: str, version: int, owner: str = "") -> str:
    """What a saved version changed against the one before it, as Markdown (StoreError when it cannot be read)."""
    new = store.get(draft_id, version=version, owner=owner).content
    old = None
    if version > 1:
        try:
            old = store.get(draft_id, version=version - 1, owner=owner).content
        except StoreError:
            old = None  # an older version that cannot be read: shown as having nothing to compare with
    return diff_markdown(old, new)
