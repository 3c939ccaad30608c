"""Figures a reviewer recomputes from two others in the same sentence: a rate of growth or fall between last year's
count and this year's (24人 → 30人 is 25%, not 50%), and how many times a weekday falls in a month (每个礼拜三, 5月份一共
5场: May 2027 has four Wednesdays). The rest is arithmetic and the Gregorian calendar."""

from __future__ import annotations

import calendar as gregorian
import re

from assistant.check.findings import Document, Finding
from assistant.domain.calendar import load_calendar
from assistant.domain.numerals import count_of, count_pattern

_N = count_pattern(5, 5)
_UNIT = r"(?:名|人次|人|位|次|场|个|项|篇|件|元|万元)"
# 去年……24人，今年……30人，增长了50% / 从去年的24人增加到今年的30人，增幅50%.
_GROWTH = re.compile(
    rf"(?:去年|上年|上一年|上学年|上学期|上届)[^。；，,]{{0,16}}?{_N}\s*({_UNIT})[^。；]{{0,20}}?"
    rf"(?:今年|本年|本年度|本学年|本学期|这学期|到|至)[^。；，,]{{0,16}}?{_N}\s*\2[^。；]{{0,8}}?"
    r"(增长|增加|提高|上升|多了|下降|减少|降低|少了)了?(?:幅度)?(?:为|约|近|达)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]"
)
_WEEKDAYS = "一二三四五六日天"
# 5月份每个礼拜三晚上……5月份一共5场 / 每周三下午，10月共4次.
_MONTH_WEEKDAY = re.compile(
    rf"(1[0-2]|[1-9])\s*月份?[^。；\d]{{0,6}}?每(?:个|逢)?(?:礼拜|星期|周)([{_WEEKDAYS}])[^。]{{0,40}}?"
    rf"(?:\1\s*月份?)?[^。\d]{{0,6}}?(?:一共|共计|共|总共|合计)\s*{_N}\s*(?:场|次|期|回)"
)


def growth_and_weekdays(doc: Document, year: int, period: str) -> list[Finding]:
    return _growth(doc) + _weekday_counts(doc, year, period)


def _growth(doc: Document) -> list[Finding]:
    out = []
    for m in _GROWTH.finditer(doc.text):
        before, after, stated = count_of(m.group(1)), count_of(m.group(3)), float(m.group(5))
        if before <= 0 or after <= 0:
            continue
        falls = m.group(4) in ("下降", "减少", "降低", "少了")
        actual = 100 * (before - after if falls else after - before) / before
        if actual > 0 and abs(actual - stated) > max(1.0, 0.05 * actual):
            way = "下降" if falls else "增长"
            out.append(doc.finding(
                "impossible_figure", m.start(), m.end(),
                f"从{before}{m.group(2)}到{after}{m.group(2)}，{way}约{actual:.0f}%，不是{m.group(5)}%",
                f"核对人数或改为“{way}{actual:.0f}%”",
            ))
    return out


def _weekday_counts(doc: Document, year: int, period: str) -> list[Finding]:
    out = []
    for m in _MONTH_WEEKDAY.finditer(doc.text):
        month = int(m.group(1))
        weekday = _WEEKDAYS.index(m.group(2)) if m.group(2) not in "日天" else 6
        known = load_calendar().month_year(period, year, month) if period else None
        # a period not given: the month may fall in the plan's year or the next, so only a count no year allows counts
        when, days = max(((y, _times(y, month, weekday)) for y in ((known,) if known else (year, year + 1))),
                         key=lambda pair: pair[1])
        stated = count_of(m.group(3))
        if stated > days:
            out.append(doc.finding(
                "impossible_figure", m.start(), m.end(),
                f"{when}年{month}月只有{days}个星期{'日' if weekday == 6 else m.group(2)}，每周一次最多{days}场，不是{stated}场",
                "核对场次或日期",
            ))
    return out


def _times(year: int, month: int, weekday: int) -> int:
    """How many times a weekday (0 Monday … 6 Sunday) falls in a month."""
    return sum(1 for week in gregorian.monthcalendar(year, month) if week[weekday])
