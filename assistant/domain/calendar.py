"""The school-year calendar, read from knowledge/calendar.yaml: a period's months and words, festival dates,
holidays, school events by kind of school, and the day a plan is signed."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

from assistant.domain.data import read_yaml
from assistant.domain.text import occurrences

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "calendar.yaml"
PERIODS = ("年度", "学年", "第一学期", "第二学期")


@dataclass(frozen=True)
class PeriodSpec:
    """A plan period: its months in order and the words a plan of that period uses."""

    name: str
    months: tuple[int, ...]
    self_word: str  # 本学期 / 本年度 / 本学年
    start_word: str  # 学期初 / 年初
    end_word: str  # 学期末 / 年末
    whole_word: str  # 整个学期 / 全年
    sign_from: str  # "MM-DD", or "after_winter_holiday"
    open_word: str  # when a dated measure of the start happens (秋季开学后; calendar.yaml `open`, else `start`)

    @property
    def is_semester(self) -> bool:
        return self.name in ("第一学期", "第二学期")


@dataclass(frozen=True)
class Festival:
    """A festival or commemorative day: the names plans use and how to find its date in a year."""

    names: tuple[str, ...]
    date: str = ""  # "MM-DD" when fixed
    lunar: tuple[tuple[int, str], ...] = ()  # (year, "MM-DD") for lunar festivals
    rule: str = ""  # second_sunday_of_may / third_sunday_of_may

    @property
    def name(self) -> str:
        return self.names[0]

    def on(self, year: int) -> dt.date:
        """The festival's date in a calendar year (a lunar festival outside its table: its most common month)."""
        if self.date:
            return _day(year, self.date)
        if self.rule:
            nth = {"second_sunday_of_may": 2, "third_sunday_of_may": 3}[self.rule]
            first = dt.date(year, 5, 1)
            sunday = first + dt.timedelta(days=(6 - first.weekday()) % 7)
            return sunday + dt.timedelta(weeks=nth - 1)
        table = dict(self.lunar)
        if year in table:
            return _day(year, table[year])
        months = sorted(int(d[:2]) for d in table.values())
        return dt.date(year, months[len(months) // 2], 15)


@dataclass(frozen=True)
class Holiday:
    name: str
    start: str = ""  # "MM-DD"
    end: str = ""
    around: str = ""  # a festival's display name
    before_days: int = 0
    after_days: int = 0


@dataclass(frozen=True)
class SchoolEvent:
    names: tuple[str, ...]
    months: tuple[int, ...]
    types: tuple[str, ...]


@dataclass(frozen=True)
class PeriodEvent:
    """A school-year event a plan may tie an activity to (高考, 新生军训), its months, and the words after its name
    that make it the event itself rather than work towards it (高考期间 vs 高考备考); none: the name is the event."""

    name: str
    months: tuple[int, ...]
    after: tuple[str, ...] = ()


def _day(year: int, month_day: str) -> dt.date:
    month, day = (int(x) for x in month_day.split("-"))
    return dt.date(year, month, day)


@dataclass(frozen=True)
class Calendar:
    """Periods, festivals, holidays and school events of the school year."""

    periods: dict[str, PeriodSpec]
    whole_year_words: tuple[str, ...]
    festivals: tuple[Festival, ...]
    holidays: tuple[Holiday, ...]
    school_events: tuple[SchoolEvent, ...]
    false_friends: tuple[str, ...] = ()  # words holding a festival's name that do not mean the day (新年度, 全年级)
    year_points: tuple[tuple[str, int], ...] = ()  # words for one month of the calendar year: (年末, 12)
    seasons: tuple[tuple[str, tuple[int, ...]], ...] = ()  # (春, (3, 4, 5)) …
    dated_spans: tuple[tuple[str, tuple[int, ...]], ...] = ()  # (暑假, (7, 8)), (腊月, (1, 12, 2)): most likely month first
    period_events: tuple[PeriodEvent, ...] = ()  # one per name, longest names first

    def period(self, name: str) -> PeriodSpec:
        """The period spec; KeyError for an unknown period."""
        return self.periods[name]

    def months(self, period: str) -> tuple[int, ...]:
        return self.periods[period].months

    def year_months(self, period: str, year: int) -> list[tuple[int, int]]:
        """(calendar year, month) of each month of a period that begins in `year`, in order."""
        months = self.months(period)
        out, y = [], year
        for i, m in enumerate(months):
            if i and m < months[i - 1]:
                y += 1
            out.append((y, m))
        return out

    def month_year(self, period: str, year: int, month: int) -> int | None:
        """The calendar year a month of the period falls in (February of the 2027 学年 is in 2028), None when the
        month is not in the period or the period is unknown."""
        if period not in self.periods:
            return None
        return next((y for y, m in self.year_months(period, year) if m == month), None)

    def festival(self, name: str) -> Festival | None:
        """A festival by any of its names."""
        return next((f for f in self.festivals if name in f.names), None)

    def festival_month(self, festival: Festival, period: str, year: int) -> int | None:
        """The month the festival falls in during the period, or None when it falls outside it."""
        for y, m in self.year_months(period, year):
            if festival.on(y).month == m:
                return m
        return None

    def festivals_in(self, text: str) -> list[tuple[Festival, int, int]]:
        """Festivals a text mentions, as (festival, start, end) of each mention, longest names first, no overlaps."""
        found: list[tuple[Festival, int, int]] = []
        taken: list[tuple[int, int]] = []
        names = sorted(((n, f) for f in self.festivals for n in f.names), key=lambda item: -len(item[0]))
        for name, festival in names:
            for start, end in occurrences(name, text):
                if any(a < end and start < b for a, b in taken) or self.in_false_friend(text, start, end):
                    continue
                taken.append((start, end))
                found.append((festival, start, end))
        return sorted(found, key=lambda item: item[1])

    def in_false_friend(self, text: str, start: int, end: int) -> bool:
        """True when text[start:end] is part of a word that only looks like a festival or a period word (新年度)."""
        for word in self.false_friends:
            for found, _ in occurrences(word, text[max(0, start - len(word)) : end + len(word)]):
                a = max(0, start - len(word)) + found
                if a <= start and end <= a + len(word):
                    return True
        return False

    def holiday_on(self, day: dt.date) -> str | None:
        """The holiday a day falls in (寒假, 暑假, 国庆假期 …), or None for a school day."""
        for holiday in self.holidays:
            if holiday.around:
                festival = self.festival(holiday.around)
                center = festival.on(day.year) if festival else None
                nxt = festival.on(day.year + 1) if festival else None
                for c in (center, nxt):
                    if c and c - dt.timedelta(days=holiday.before_days) <= day <= c + dt.timedelta(days=holiday.after_days):
                        return holiday.name
            elif _day(day.year, holiday.start) <= day <= _day(day.year, holiday.end):
                return holiday.name
        return None

    def sign_day(self, period: str, year: int) -> dt.date:
        """The 落款 date: the first working day (Monday–Friday, not in a holiday) from the period's start."""
        spec = self.period(period)
        if spec.sign_from == "after_winter_holiday":
            spring = self.festival("春节")
            after = max(spring.on(year) + dt.timedelta(days=15), dt.date(year, 2, 15)) if spring else dt.date(year, 2, 20)
            day = after
        else:
            day = _day(year, spec.sign_from)
        while day.weekday() >= 5 or self.holiday_on(day):
            day += dt.timedelta(days=1)
        return day

    def events_for(self, school_type: str) -> list[SchoolEvent]:
        """School events (exam seasons, contests) of a kind of school."""
        return [e for e in self.school_events if school_type in e.types]


def parse_calendar(data: dict) -> Calendar:
    periods = {
        name: PeriodSpec(
            name=name, months=tuple(int(m) for m in raw["months"]), self_word=str(raw["self"]),
            start_word=str(raw["start"]), end_word=str(raw["end"]), whole_word=str(raw["whole"]),
            sign_from=str(raw["sign_from"]), open_word=str(raw.get("open") or raw["start"]),
        )
        for name, raw in data["periods"].items()
    }
    festivals = tuple(
        Festival(
            names=tuple(str(n) for n in raw["names"]), date=str(raw.get("date", "")),
            lunar=tuple(sorted((int(y), str(d)) for y, d in (raw.get("lunar") or {}).items())),
            rule=str(raw.get("rule", "")),
        )
        for raw in data["festivals"]
    )
    holidays = tuple(
        Holiday(
            name=str(raw["name"]), start=str(raw.get("from", "")), end=str(raw.get("to", "")),
            around=str(raw.get("around", "")), before_days=int(raw.get("before_days", 0)),
            after_days=int(raw.get("after_days", 0)),
        )
        for raw in data["holidays"]
    )
    events = tuple(
        SchoolEvent(tuple(str(n) for n in raw["names"]), tuple(int(m) for m in raw["months"]),
                    tuple(str(t) for t in raw["types"]))
        for raw in data.get("school_events") or ()
    )
    return Calendar(
        periods, tuple(str(w) for w in data.get("whole_year_words") or ()), festivals, holidays, events,
        false_friends=tuple(str(w) for w in data.get("false_friends") or ()),
        year_points=tuple((str(w), int(m)) for w, m in (data.get("year_points") or {}).items()),
        seasons=tuple((str(s), tuple(int(m) for m in ms)) for s, ms in (data.get("seasons") or {}).items()),
        dated_spans=tuple((str(s), tuple(int(m) for m in ms)) for s, ms in (data.get("dated_spans") or {}).items()),
        period_events=tuple(sorted(
            (PeriodEvent(str(n), tuple(int(m) for m in raw["months"]), tuple(str(a) for a in raw.get("after") or ()))
             for raw in data.get("period_events") or () for n in raw["names"]),
            key=lambda event: -len(event.name),
        )),
    )


@functools.lru_cache(maxsize=4)
def load_calendar(path: str | None = None) -> Calendar:
    """The calendar (knowledge/calendar.yaml by default), read once per process."""
    return parse_calendar(read_yaml(path or DEFAULT_PATH))
