"""When a highlight happens: the months it names or implies (N月, 3-5月, 明年5月, 六一, 国庆后, 暑假, 开学后, 冬天),
read against the plan's period, and the highlight's words without them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.domain.calendar import load_calendar
from assistant.domain.numerals import parse_cn_number
from assistant.domain.profile import Profile

_NUM = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_LEAD = r"(?:定在|定于|安排在|计划在|计划于|预计在|预计|拟于|拟在|将于|大约|大概|约)?"
# Two neighbouring months said together, as speech runs them (三四月, 七八月: 《现代汉语八百词》 on 概数 of two
# neighbouring numerals), read as a range; a month word's spoken tails (月里, 月间) go with it.
_PAIR = r"(?<![十\d])([一二三四五六七八])([二三四五六七八九])月"
_MONTH = re.compile(
    rf"{_LEAD}(?:(20\d\d)\s*年\s*|(明年|今年|下半年|上半年)\s*)?(?:{_PAIR}|({_NUM})\s*(?:[-—–~～至到]\s*({_NUM})\s*)?月)"
    # the day with its month (7月16号, 三月初八日): the event is dated, and the day goes with the month
    r"(?P<day>\s*(?:[0-3]?\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?(?:份)?(?:上旬|中旬|下旬|初|底|末|中|前后|左右|里|间)?(?:[前后]|期间)?"
)
# Words for a time of the school year: (words, months in order of preference).
_SEASONS: tuple[tuple[str, tuple[int, ...]], ...] = (
    (r"(?:明年|今年)?(?:暑假|暑期)(?:期间|前|后|里)?", (7, 8)),
    (r"(?:明年|今年)?寒假(?:期间|前|后|里)?", (1, 2)),
    (r"(?:冬天|冬季|入冬)(?:以后|后|前|期间|里)?", (12, 1, 11, 2)),
    (r"(?:春天|春季|开春)(?:以后|后|期间|里)?", (3, 4, 5)),
    (r"(?:夏天|夏季)(?:以后|后|期间|里)?", (6, 7, 8)),
    (r"(?:秋天|秋季)(?:以后|后|期间|里)?", (9, 10, 11)),
    (r"年底|年末", (12,)),
    (r"年初", (1,)),
)
# The lunar months said by name (腊月里, 正月间: 《现代汉语词典》 腊月 农历十二月, 正月 农历一月), with the words said after
# them; their Gregorian months, most likely first, are knowledge/calendar.yaml `dated_spans` (_lunar_seasons).
_LUNAR_TAILS = {"腊月": r"(?:里|间|底|初)?", "正月": r"(?:里|间|底)?(?!初|十五|十六)", "冬月": r"(?:里|间)?"}


def _lunar_seasons() -> tuple[tuple[str, tuple[int, ...]], ...]:
    spans = dict(load_calendar().dated_spans)
    return tuple((name + tail, spans[name]) for name, tail in _LUNAR_TAILS.items() if name in spans)
_OPENING = re.compile(r"(?:新学期|学期)?开学(?:以后|后|初|前|时|第一周)?")
# A month said right before 开学 (九月一开学, 9月份开学, 二月初开学) names the month of the opening itself
# (一 here is the adverb "as soon as", 《现代汉语八百词》 一 副词).
_MONTH_OPENING = re.compile(r"月(?:份)?(?:初|底|中旬|上旬)?\s*一?(?:新学期|学期)?开学")
_TERM_END = re.compile(r"(?:学期末|期末)(?:前后|前|后|时)?")
_VAGUE = re.compile(r"这学期|本学期|下学期|今年|明年|这一年|年内")
_EVE_DAYS = 7  # "before a festival" (元旦前, 国庆前夕) is the week before it: preparations, rehearsals, visits
# Before a festival (元旦前), and the gala that sees it in (元旦晚会, 迎国庆文艺汇演, 春节联欢会: held in the days before
# the holiday, as schools break up for it): the week before it.
_EVE = re.compile(r"前(?!后)|(?:的)?(?:晚会|联欢|文艺汇演|文艺演出|联谊晚会)")
_FESTIVAL_TAIL = re.compile(r"^(?:前后|前夕|前|后|期间|当天|那天|左右)")


@dataclass(frozen=True)
class Timing:
    """Months of a highlight inside the plan period, whether it named a time outside it, and its words without time."""

    months: tuple[int, ...]
    outside: bool
    rest: str
    dated: tuple[int, ...] = ()  # months named with a day (7月16号): when the event itself takes place

    @property
    def when(self) -> str:
        """The months as a plan writes them: 5月, 7—8月, 3—5月; empty when none."""
        if not self.months:
            return ""
        if len(self.months) == 1:
            return f"{self.months[0]}月"
        steps = {(b - a) % 12 for a, b in zip(self.months, self.months[1:], strict=False)}
        if steps == {1}:
            return f"{self.months[0]}—{self.months[-1]}月"
        return "、".join(f"{m}月" for m in self.months)


def _month(token: str) -> int:
    return int(token) if token.isdigit() else parse_cn_number(token)


def _span(months: list[tuple[int, int]], first: int, last: int) -> list[int]:
    """Months first..last (wrapping over the year end) that lie in the period, in period order."""
    wanted = [first]
    while wanted[-1] != last and len(wanted) < 12:
        wanted.append(wanted[-1] % 12 + 1)
    return [m for _, m in months if m in wanted]


def timing(text: str, profile: Profile) -> Timing:
    """The months a highlight names or implies, read against the profile's period (year and months)."""
    calendar = load_calendar()
    period = calendar.year_months(profile.period, profile.year)
    start_year = period[0][0]
    found: list[int] = []
    dated: list[int] = []
    named = False
    rest = text

    for m in list(_MONTH.finditer(text)):
        named = True
        if m.group(3) and _month(m.group(4)) == _month(m.group(3)) + 1:
            first, last = _month(m.group(3)), _month(m.group(4))
        elif m.group(3):  # two numerals that are not neighbours (三五月) are not a pair: the second is the month
            first = last = _month(m.group(4))
        else:
            first = _month(m.group(5))
            last = _month(m.group(6)) if m.group(6) else first
        year = int(m.group(1)) if m.group(1) else start_year + 1 if m.group(2) == "明年" else None
        if m.group(2) == "今年":
            year = start_year
        if year is None:
            these = _span(period, first, last)
        else:
            these = [mm for yy, mm in period if yy == year and mm in _span([(year, x) for x in range(1, 13)], first, last)]
        found += these
        if m.group("day") and first == last:
            dated += these
        rest = rest.replace(m.group(0), "", 1)
    # Words for a time of year stay in the highlight when they fall in the period (暑期疗休养 reads as it should);
    # outside it they go, so the plan never names a time outside its months.
    for pattern, months in _SEASONS + _lunar_seasons():
        for m in re.finditer(pattern, rest):
            named = True
            next_year = m.group(0).startswith("明年")
            in_period = [mm for yy, mm in period if mm in months and (not next_year or yy == start_year + 1)]
            found += sorted(in_period, key=months.index)[:1]
            rest = rest.replace(m.group(0), re.sub("^(?:明年|今年)", "", m.group(0)) if in_period else "", 1)
    for pattern, months in ((_OPENING, (9, 2)), (_TERM_END, (1, 6, 7))):
        m = pattern.search(rest)
        if m and pattern is _OPENING and _MONTH_OPENING.search(text):
            continue  # 九月一开学, 9月份开学: the month said is the opening's, not a second date
        if m:
            named = True
            inside = [mm for _, mm in period if mm in months]
            found += inside[:1] if pattern is _OPENING else inside[-1:]
            if not inside:
                rest = rest.replace(m.group(0), "", 1)
    for festival, start, end in calendar.festivals_in(rest):
        month = calendar.festival_month(festival, profile.period, profile.year)
        if _EVE.match(rest[end:]):
            month = _eve_month(festival, period) or month
        named = True
        if month is not None:
            found.append(month)
        else:
            tail = _FESTIVAL_TAIL.match(rest[end:])
            rest = rest[:start] + rest[end + (tail.end() if tail else 0) :]
        break  # one festival decides the month; the others stay as words
    rest = _VAGUE.sub("", rest)
    order = [m for _, m in period]
    months = tuple(sorted(set(found), key=order.index))
    return Timing(months=months, outside=named and not months, rest=tidy(rest), dated=tuple(dated))


def _eve_month(festival, period: list[tuple[int, int]]) -> int | None:
    """The month of the days before a festival (元旦前 is late December, 国庆前 late September): the month a week
    before it, when that week lies in the period; None otherwise."""
    years = sorted({y for y, _ in period} | {period[-1][0] + 1})
    for year in years:
        eve = festival.on(year) - dt.timedelta(days=_EVE_DAYS)
        if (eve.year, eve.month) in period:
            return eve.month
    return None


def tidy(text: str) -> str:
    """Punctuation left behind when time words were cut out: empty brackets, doubled or dangling commas."""
    text = re.sub(r"[（(]\s*[，,、]?\s*[）)]", "", text)
    text = re.sub(r"[（(]\s*[，,、]\s*", "（", text)
    text = re.sub(r"\s*[，,、]\s*[）)]", "）", text)
    text = re.sub(r"([，,、；;])\s*(?:[，,、；;]\s*)+", r"\1", text)
    return text.strip(" ，,、；;。：:")
