"""What the plan puts in the year after its own first year, or two years on (后年开春): a month (次年3月,
明年2月), a festival (明年春节前, 来年清明) or a part of that year (明年上半年, 来年开春) that falls after the plan's period. A 年度 plan ends in December, a
second-semester plan in July; a first-semester or school-year plan still holds the next January (or the whole next
spring), so 明年元旦 is in it."""

from __future__ import annotations

import datetime as dt
import re

from assistant.check.findings import Document
from assistant.check.rows import MONTH, month_number
from assistant.domain.calendar import Festival

_NEXT = r"(?:次年|明年|来年|下一年)(?:度)?"
_NEXT_MONTH = re.compile(rf"{_NEXT}\s*{MONTH}\s*月(?:份)?")
_NEXT_BEFORE = re.compile(rf"{_NEXT}(?:的)?\s*$")
# The parts of a year plans name, with their months (common usage: 上半年 January–June, 春季/开春 the spring term's
# first months, 年初 January–February; the school holidays as 《中小学校历》 sets them).
_PARTS = {"上半年": range(1, 7), "春季": range(2, 6), "春天": range(3, 6), "开春": range(2, 4), "年初": range(1, 3),
          "寒假": range(1, 3), "暑假": range(7, 9), "春学期": range(2, 8), "下半年": range(7, 13)}
_NEXT_PART = re.compile(rf"{_NEXT}(?:的)?\s*({'|'.join(_PARTS)})")
# Two years on (后年, 大后年: 《现代汉语词典》 "明年的明年") is after every plan's period, whatever the month or the part of the
# year (后年开春, 后年5月, 后年国庆); 今后年度 and 此后年份 are other words.
_TWO_ON = r"(?<![今此以之然最落先前其往])(?:大)?后年(?:度)?"
_LATER_PARTS = (*_PARTS, "年底", "年末", "年中", "秋季", "秋天", "夏季", "夏天", "冬季", "冬天")
_TWO_ON_WHEN = re.compile(rf"{_TWO_ON}(?:的)?\s*(?:{MONTH}\s*月(?:份)?|{'|'.join(_LATER_PARTS)})")
_TWO_ON_BEFORE = re.compile(rf"{_TWO_ON}(?:的)?\s*$")
# 为明年……做准备, 谋划明年工作: the next year as the goal of this year's work, which is the plan's own business.
# What follows a day said as before it (春节前, 元旦之前); 前后 is around the day, not before it. period.py reads it too.
BEFORE_DAY = re.compile(r"^(?:前(?!后)|之前|来临前|到来前)")
# 下一学年开学以后，组织…: the school year after the plan's, as the time something is set for — after any plan's
# period (a year's plan ends with its school year, a semester's before it). Named otherwise it is this period's
# talk of it (征求下学年安排的意见, 草拟下学年的清单) or preparing for it (为下学年…, 下学年的招生做准备).
_NEXT_SCHOOL_YEAR = re.compile(r"(?:下一|下个|下)学年(?:度)?(?=[^。；，,\n]{0,10}?(?:以后|之后|过后|开学后|开学时|开学初|伊始)[，,])")
_READIES = re.compile(r"^[^。；，,\n]{0,12}?(?:做好?准备|做准备|打基础|谋划|规划|计划|打算|考虑|预留|留出)")
_FORTNIGHT = dt.timedelta(days=14)
_FOR_IT = re.compile(r"(?:为|迎接|谋划|筹划|规划|制定|编制|着眼|展望)[^，,。；\n]{0,4}$")


def next_year(doc: Document, semester, looks_back: re.Pattern, checked) -> list[tuple[int, int, str, str]]:
    """(start, end, message, suggestion) for each month, festival or part of the next year after the plan's period;
    `semester` is period.py's _Period, `looks_back` the pattern of a sentence telling the past, `checked(doc, pos)` the
    test of a line the check reads."""
    text, out = doc.text, []
    first_year = semester.year_months[0][0]

    def outside(months: list[int]) -> bool:
        return all((first_year + 1, m) not in semester.year_months and (first_year + 1, m) > semester.year_months[-1]
                   for m in months)

    def add(start: int, end: int) -> None:
        out.append((start, end, f"本计划是{semester.spec.name}计划（{semester.span}），“{text[start:end]}”已在计划期间之后",
                    "改到计划期间内，或写进下一期的计划"))

    def skipped(start: int, end: int) -> bool:
        return (looks_back.match(text[end:]) is not None or not checked(doc, start)
                or _FOR_IT.search(text[max(0, start - 8):start]) is not None)

    for m in _NEXT_MONTH.finditer(text):
        if not skipped(m.start(), m.end()) and outside([month_number(m.group(1))]):
            add(m.start(), m.end())
    for m in _NEXT_PART.finditer(text):
        if not skipped(m.start(), m.end()) and outside(list(_PARTS[m.group(1)])):
            add(m.start(), m.end())
    for m in _NEXT_SCHOOL_YEAR.finditer(text):
        if not skipped(m.start(), m.end()) and not _READIES.match(text[m.end():]):
            add(m.start(), m.end())
    for m in _TWO_ON_WHEN.finditer(text):
        if not skipped(m.start(), m.end()):
            add(m.start(), m.end())
    for festival, start, end in semester.cal.festivals_in(text):
        window = text[max(0, start - 6):start]
        two_on = _TWO_ON_BEFORE.search(window)
        before = two_on or _NEXT_BEFORE.search(window)
        if not before:
            continue
        begin = start - len(before.group(0))
        if skipped(begin, end):
            continue
        day = None if two_on else _day(festival, first_year + 1)
        if two_on or (day is not None and not _held(day, text[end:end + 4], semester)):
            add(begin, end)
    return out


def _held(day: dt.date, after: str, semester) -> bool:
    """The festival named with its year falls in the period, or the text says before it and the fortnight before it
    (when a 慰问 before 春节 is paid) reaches into the period."""
    if semester.first <= day <= semester.last:
        return True
    return BEFORE_DAY.match(after) is not None and semester.last < day <= semester.last + _FORTNIGHT


def _day(festival: Festival, year: int):
    try:
        return festival.on(year)
    except (ValueError, KeyError):
        return None


# The day of a festival given in brackets after its name (端午节（6月9日）, 母亲节（5月10日）).
_GIVEN_DAY = re.compile(r"^\s*[（(]\s*(?:[^）)]{0,8}?[，,、\s])?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]")


def given_days(doc: Document, semester, festivals: list[tuple[Festival, int, int]], checked) -> list[tuple]:
    """A festival whose date moves from year to year (lunar, or a weekday rule) named with a day in brackets that is
    its day in a year outside the plan's period — last year's plan's day left in (端午节（6月9日） in a 2027–2028 plan,
    whose 端午 is 28 May 2028): the day the period's festival falls on is the suggestion."""
    out = []
    for festival, start, end in festivals:
        m = _GIVEN_DAY.match(doc.text[end : end + 20])
        if m is None or festival.date or not checked(doc, start):
            continue
        given = (int(m.group(1)), int(m.group(2)))
        dates = semester.dates(festival)
        held = [d for d in dates if semester.first <= d <= semester.last]
        other = [d for d in dates if (d.month, d.day) == given]
        if not held or not other or any((d.month, d.day) == given for d in held):
            continue
        day = held[0]
        out.append((
            start, end + m.end(),
            f"“{doc.text[start : end + m.end()]}”是{other[0].year}年的日期，本计划期间的{festival.name}是{day.year}年{day.month}月{day.day}日",
            f"改为“{festival.name}（{day.month}月{day.day}日）”",
        ))
    return out
