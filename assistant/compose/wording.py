"""Words that fit the school and the period: placeholders filled, a kindergarten's own vocabulary, and whether a
sentence belongs in the plan's months (festivals, seasons, named months, whole-year or semester words)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.compose.library import Library
from assistant.domain.calendar import Festival, load_calendar
from assistant.domain.policy import party_spirit, union_congress_spirit, union_law_phrase
from assistant.domain.profile import Profile
from assistant.domain.school_types import load_school_types

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_BOOK = re.compile(r"《[^《》]*》")
_MONTH = re.compile(r"(?<![\d—\-])(1[0-2]|[1-9])\s*月(?!份?[\d—])")
_MONTH_RANGE = re.compile(r"(1[0-2]|[1-9])\s*[—\-]\s*(1[0-2]|[1-9])\s*月")
_SEMESTER_SELF = ("本学期", "这学期")


def fill(text: str, names: dict[str, str]) -> str:
    """Replace {known_name} placeholders; anything else in braces is left as it is.

    >>> fill("召开{congress_name}，{unknown}", {"congress_name": "教职工大会"})
    '召开教职工大会，{unknown}'
    """
    return _PLACEHOLDER.sub(lambda m: names.get(m.group(1), m.group(0)), text)


@dataclass
class Wording:
    """A school's words for one plan: names to fill, its kind's vocabulary, and the plan period's months."""

    profile: Profile
    library: Library

    def __post_init__(self) -> None:
        self.calendar = load_calendar()
        self.kind = load_school_types().kind(self.profile.kind)
        self.period = self.calendar.period(self.profile.period)
        self.year_months = self.calendar.year_months(self.profile.period, self.profile.year)
        self.months = tuple(m for _, m in self.year_months)
        year = self.profile.year
        self.names = dict(self.profile.names())
        self.names.update(party_spirit=party_spirit(year), union_congress=union_congress_spirit(year),
                          union_law=union_law_phrase(year))
        self._words = sorted(self.library.kind_words.get(self.kind.key, ()), key=lambda pair: -len(pair[0]))

    # ------------------------------------------------------------------ filling and vocabulary

    def fill(self, text: str, **extra: str) -> str:
        return fill(text, {**self.names, **extra})

    def adapt(self, text: str) -> str:
        """The text in the school's kind of words (学校 → 幼儿园, 校务公开 → 园务公开); book titles stay as they are."""
        books: list[str] = []

        def keep(m: re.Match) -> str:
            books.append(m.group(0))
            return f"\ue000{len(books) - 1}\ue001"

        text = _BOOK.sub(keep, text)
        text = self.kind.adapt(text)
        for old, new in self._words:
            text = text.replace(old, new)
        return re.sub(r"\ue000(\d+)\ue001", lambda m: books[int(m.group(1))], text)

    def own_period(self, text: str) -> str:
        """A school's own words put in the period's terms: a semester plan says 整个学期 and 学期初 where the
        user wrote 全年 and 年初 (the checker's rule for semester plans, applied to what the user typed)."""
        if not self.period.is_semester:
            return text
        spec = self.period
        for old, new in (("贯穿全年", f"贯穿{spec.whole_word}"), ("全年度", spec.self_word), ("本年度", spec.self_word),
                         ("全年", spec.whole_word), ("年初", spec.start_word), ("年末", spec.end_word)):
            text = re.sub(rf"(?<!学){old}", new, text)
        return text

    def render(self, text: str, **extra: str) -> str:
        """Filled and adapted."""
        return self.adapt(self.fill(text, **extra))

    # ------------------------------------------------------------------ the period

    def festival_months(self, festival: Festival) -> tuple[int, ...]:
        """Months of the period in which the festival may be named (its month, or the months before it that the
        library allows: the 春节 visits happen in the month before)."""
        lead = self.library.festival_lead.get(festival.name, 0)
        out = []
        for y, m in self.year_months:
            for fy in (y, y + 1):
                day = festival.on(fy)
                ahead = (day.year * 12 + day.month) - (y * 12 + m)
                if 0 <= ahead <= lead:
                    out.append(m)
                    break
        return tuple(out)

    def festival_month(self, name: str) -> int | None:
        """The month a festival (by any of its names) is marked in this period, or None when it is outside."""
        festival = self.calendar.festival(name)
        months = self.festival_months(festival) if festival else ()
        return months[-1] if months else None

    def fits(self, text: str) -> bool:
        """True when nothing in the text lies outside the plan's period or speaks of another period."""
        for festival, _, _ in self.calendar.festivals_in(text):
            if not self.festival_months(festival):
                return False
        for word, months in self.library.season_words.items():
            if word in text and not set(months) & set(self.months):
                return False
        for m in _MONTH_RANGE.finditer(text):
            if not {int(m.group(1)), int(m.group(2))} & set(self.months):
                return False
        stripped = _MONTH_RANGE.sub("", _BOOK.sub("", text))
        if any(int(m.group(1)) not in self.months for m in _MONTH.finditer(stripped)):
            return False
        if self.period.is_semester:
            if any(w in text for w in self.calendar.whole_year_words):
                return False
        elif any(w in text for w in _SEMESTER_SELF):
            return False
        if self.profile.period == "年度" and "本学年" in text:
            return False
        return not self.kind.misused(text)

    def finish(self, text: str, **extra: str) -> str | None:
        """The text filled and adapted, or None when it does not fit the period or the school's kind."""
        done = self.render(text, **extra)
        return done if self.fits(done) else None
