"""Times and ages that do not add up: a coach leaving at 7:40 on a drive of three and a half hours is not there by
10:30, and a teacher born in November 1969 is not sixty in 2027."""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.check.physical import TIME, hours_of
from assistant.domain.numerals import count_of

SLACK_MINUTES = 10  # a timetable rounds; only a gap larger than this is flagged
_SENTENCE = re.compile(r"[^。；！？\n]+")
_CLOCK = r"(?:(\d{1,2})\s*[:：]\s*(\d{2})|(\d{1,2}|[一二三四五六七八九十]{1,3})\s*点\s*(半|\d{1,2}\s*分|[一二三四五]十分?)?)"
_LEAVE = re.compile(rf"{_CLOCK}[^，。；]{{0,8}}?(?:出发|发车|启程|动身|集合出发)")
_TAKES = re.compile(r"(?:车程|路程|行程|用时|开车|坐车|乘车|需要?|要|约|大约|大概)\s*(?:约|大约|大概)?\s*" + TIME)
_ARRIVE = re.compile(rf"{_CLOCK}\s*(?:前|以前|之前|左右)?\s*(?:到达|抵达|到)")
_BORN = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:(\d{1,2})\s*月)?\s*(?:出生|生)[）)]?[^。；]{0,12}?"
                   r"(?:今年|本年|年内|当年)?\s*(?:年满|满|刚满|正满|即将年满)?\s*(\d{2}|[二三四五六七八九十]{2,3})\s*周?岁")


def _minutes(m: re.Match) -> int | None:
    """Minutes after midnight of a clock time matched by _CLOCK (7:40, 九点半, 10点20分)."""
    hour, minute, spoken, part = m.group(1, 2, 3, 4)
    if hour is not None:
        return int(hour) * 60 + int(minute)
    hours = int(spoken) if spoken.isdigit() else count_of(spoken)
    if not hours:
        return None
    if part == "半":
        extra = 30
    elif part:
        digits = re.sub(r"\D", "", part)
        extra = int(digits) if digits else count_of(part.rstrip("分")) or 0
    else:
        extra = 0
    return hours * 60 + extra


def clock_and_age(doc: Document, year: int) -> list[Finding]:
    out: list[Finding] = []
    for s in _SENTENCE.finditer(doc.text):
        sentence, at = s.group(0), s.start()
        leave = _LEAVE.search(sentence)
        takes = _TAKES.search(sentence, leave.end()) if leave else None
        arrive = _ARRIVE.search(sentence, takes.end()) if takes else None
        if leave and takes and arrive:
            start, end, trip = _minutes(leave), _minutes(arrive), hours_of(takes) * 60
            if start is not None and end is not None and trip and end > start and start + trip > end + SLACK_MINUTES:
                out.append(doc.finding(
                    "impossible_figure", at + leave.start(), at + arrive.end(),
                    f"出发时间加上路上的{takes.group(1)}{takes.group(2)}，已经晚于写明的到达时间", "核对出发时间、路程用时或到达时间",
                ))
        for m in _BORN.finditer(sentence):
            born, age = int(m.group(1)), count_of(m.group(3)) if not m.group(3).isdigit() else int(m.group(3))
            if age and born < year and abs((year - born) - age) > 1:
                out.append(doc.finding(
                    "impossible_figure", at + m.start(), at + m.end(),
                    f"{born}年出生，到{year}年是{year - born}岁上下，不是{age}岁", "核对出生年份或年龄",
                ))
    return out
