"""The measure library (knowledge/measures.yaml): measures per section with their phrasings, conditions, months,
table rows and the highlight or focus kinds they serve; which of them apply to a school."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.domain.data import read_yaml
from assistant.domain.profile import Profile

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "measures.yaml"
CONDITIONS = ("congress", "small", "rural", "boarding", "retirees", "no_retirees", "women_committee", "women_member",
              "semester", "year")


@dataclass(frozen=True)
class Row:
    """A row of the monthly table: what, who leads, who takes part ({placeholders} filled from the profile)."""

    activity: str
    lead: str
    participants: str


@dataclass(frozen=True)
class Measure:
    """One measure of a section in its phrasings, with when it applies and what it serves."""

    id: str
    section: str
    texts: tuple[str, ...]
    need: str = ""
    kinds: tuple[str, ...] = ()
    not_kinds: tuple[str, ...] = ()
    when: tuple[str, ...] = ()
    months: tuple[int, ...] = ()
    festival: str = ""
    row: Row | None = None
    tags: tuple[str, ...] = ()
    focus: tuple[str, ...] = ()
    weight: float = 1.0
    required: bool = False

    def applies(self, profile: Profile) -> bool:
        """True when the school is of one of the measure's kinds and meets its conditions."""
        kind = profile.kind
        if self.kinds and kind not in self.kinds:
            return False
        if kind in self.not_kinds:
            return False
        return all(condition_holds(c, profile) for c in self.when)


def condition_holds(condition: str, profile: Profile) -> bool:
    """One `when` condition of a measure for a school."""
    return {
        "congress": profile.has_congress,
        "small": not profile.has_congress,
        "rural": profile.is_rural,
        "boarding": profile.is_boarding,
        "retirees": profile.retirees > 0,
        "no_retirees": profile.retirees == 0,
        "women_committee": profile.women_body == "女职工委员会",
        "women_member": profile.women_body == "女职工委员",
        "semester": profile.period in ("第一学期", "第二学期"),
        "year": profile.period in ("年度", "学年"),
    }[condition]


@dataclass(frozen=True)
class Facility:
    """A facility some schools lack (knowledge/measures.yaml `facilities`): the words of a measure that runs it, and
    how a highlight or focus says the school has none."""

    name: str
    marks: tuple[str, ...]
    lacks: tuple[re.Pattern[str], ...]
    getting: re.Pattern[str]

    def lacking(self, said: str) -> bool:
        return any(p.search(said) for p in self.lacks)

    def run_by(self, text: str) -> bool:
        return any(m in text for m in self.marks) and not self.getting.search(text)


@dataclass(frozen=True)
class Library:
    """Every measure of knowledge/measures.yaml and the tables that go with them."""

    sections: dict[str, tuple[Measure, ...]]
    required: dict[str, tuple[Measure, ...]]
    counts: dict[str, int]
    festival_lead: dict[str, int]
    season_words: dict[str, tuple[int, ...]]
    focus_generic: tuple[str, ...]
    focus_generic_words: tuple[str, ...]
    exam_rows: dict[str, Row]
    kind_words: dict[str, tuple[tuple[str, str], ...]]
    guiding: dict = field(default_factory=dict)
    facilities: tuple[Facility, ...] = ()
    focus_leads: tuple[str, ...] = ("围绕{focus}，",)  # how a topic's measure is introduced by the focus it serves

    def measures(self, section: str, profile: Profile) -> list[Measure]:
        """The section's optional measures that apply to the school (focus measures wait for a focus of their kind)."""
        return [m for m in self.sections.get(section, ()) if not m.focus and self._usable(m, profile)]

    def needs_missing(self, text: str, profile: Profile) -> bool:
        """True when a measure runs a facility the school's highlights or focus say it lacks (a canteen open day for a
        school whose staff bring their lunch); a measure that would get the school one (争取建设…) is no such measure."""
        return any(f.run_by(text) for f in _lacking(self.facilities, (*profile.highlights, *profile.focus)))

    def _usable(self, measure: Measure, profile: Profile) -> bool:
        return measure.applies(profile) and not any(self.needs_missing(t, profile) for t in measure.texts)

    def required_for(self, section: str, profile: Profile) -> list[Measure]:
        """The section's required measures (domain rules) that apply to the school."""
        return [m for m in self.required.get(section, ()) if m.applies(profile)]

    def focus_measures(self, kind: str, profile: Profile) -> list[Measure]:
        """Concrete measures written for a focus of this kind, in library order."""
        return [m for ms in self.sections.values() for m in ms if kind in m.focus and self._usable(m, profile)]

    def all_measures(self) -> list[Measure]:
        return [m for ms in (*self.required.values(), *self.sections.values()) for m in ms]


def _row(raw: dict | None) -> Row | None:
    if not raw:
        return None
    return Row(str(raw["activity"]), str(raw.get("lead") or "工会委员会"), str(raw.get("participants") or "全体教职工"))


def _measure(section: str, raw: dict, required: bool) -> Measure:
    texts = raw["text"]
    when = tuple(str(c) for c in raw.get("when") or ())
    unknown = [c for c in when if c not in CONDITIONS]
    if unknown:
        raise ValueError(f"measure {raw['id']}: unknown condition {unknown}")
    return Measure(
        id=str(raw["id"]), section=section, texts=tuple(str(t) for t in ([texts] if isinstance(texts, str) else texts)),
        need=str(raw.get("need") or ""), kinds=tuple(raw.get("kinds") or ()), not_kinds=tuple(raw.get("not_kinds") or ()),
        when=when, months=tuple(int(m) for m in raw.get("months") or ()), festival=str(raw.get("festival") or ""),
        row=_row(raw.get("row")), tags=tuple(raw.get("tags") or ()), focus=tuple(raw.get("focus") or ()),
        weight=float(raw.get("weight", 1.0)), required=required,
    )


def parse_library(data: dict) -> Library:
    sections = {key: tuple(_measure(key, m, False) for m in items) for key, items in data["sections"].items()}
    required = {key: tuple(_measure(key, m, True) for m in items) for key, items in (data.get("required") or {}).items()}
    ids = [m.id for ms in (*sections.values(), *required.values()) for m in ms]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate measure ids: {duplicates}")
    return Library(
        sections=sections, required=required, counts={str(k): int(v) for k, v in (data.get("counts") or {}).items()},
        festival_lead={str(k): int(v) for k, v in (data.get("festival_lead_months") or {}).items()},
        season_words={str(k): tuple(int(m) for m in v) for k, v in (data.get("season_words") or {}).items()},
        focus_generic=tuple(str(t) for t in data.get("focus_generic") or ()),
        focus_generic_words=tuple(str(t) for t in data.get("focus_generic_words") or ()),
        exam_rows={str(k): _row(v) for k, v in (data.get("exam_rows") or {}).items()},
        kind_words={str(k): tuple((str(a), str(b)) for a, b in v) for k, v in (data.get("kind_words") or {}).items()},
        guiding=dict(data.get("guiding") or {}),
        facilities=_facilities(data.get("facilities") or {}),
        focus_leads=tuple(str(t) for t in data.get("focus_leads") or ()) or ("围绕{focus}，",),
    )


@functools.lru_cache(maxsize=64)
def _lacking(facilities: tuple[Facility, ...], said: tuple[str, ...]) -> tuple[Facility, ...]:
    """The facilities a school's highlights and focus say it lacks (read once per profile, not once per measure)."""
    text = "\n".join(said)
    return tuple(f for f in facilities if f.lacking(text))


def _facilities(data: dict) -> tuple[Facility, ...]:
    getting = re.compile(str(data.get("getting") or "(?!)"))
    return tuple(Facility(name=str(name), marks=tuple(str(m) for m in raw.get("marks") or ()),
                          lacks=tuple(re.compile(str(p)) for p in raw.get("lacks") or ()), getting=getting)
                 for name, raw in (data.get("items") or {}).items())


@functools.lru_cache(maxsize=4)
def load_library(path: str | None = None) -> Library:
    """The measure library (knowledge/measures.yaml by default), read once per process."""
    return parse_library(read_yaml(path or DEFAULT_PATH))
