"""Points of the calendar a semester plan names by month: a month with the part of it (8月下旬, 3月初, 7月底) or with a
day (8月25日) dates an event whatever words follow it, so one outside the semester's months is out of the period —
unless the sentence looks back (8月下旬已完成), names another time before it (去年, 暑假), opens a range (8月下旬至9月)
or sets a deadline that falls inside (2月前完成 in a September–January plan). Also the helpers period.py shares: a
month outside the semester, a deadline met inside it, an aside in brackets."""

from __future__ import annotations

import re

from assistant.check.findings import Document, inside, quoted_titles
from assistant.check.rows import MONTH, RANGE_AFTER, month_number

# The part of a month or its day: 上旬/中旬/下旬 (《现代汉语词典》: 一个月的三个十天), 初/底/末, or a day's number.
_POINT = re.compile(
    rf"(?<![\d至到—\-－~～、和与及或])(?<!十)(?<!\d年)(?<!年\s){MONTH}\s*月(?:份)?\s*(?:\d{{1,2}}\s*[日号]|上旬|中旬|下旬|初|底|末)"
)
_ELSEWHEN = re.compile(r"(?:去年|上年|明年|次年|来年|下学期|上学期|下半年|上半年|暑假|寒假|假期|每年|往年|历年)\s*$")
# 8月下旬已完成 / 8月底以来 / 8月下旬入职的新教师: told as done, or a date that only names whom the sentence is about.
_PAST = re.compile(r"^\s*(?:以来|起|至今|已|已经|完成了|完成的|入职的|到岗的|报到的|举办的|召开的|获|荣获|被|曾)")
# 8月30日经校工会委员会碰头讨论 / 8月28日由工会委员会研究通过: the date the plan was discussed or adopted, told in its
# preamble; the plan is written before its period opens, so that day is no event of the period.
# 一月底围炉商量出来的 (本稿是……): the same told as how the draft came about; 开学前碰过头 (a meeting told with the
# aspect particle 过 of what has happened, 《现代汉语八百词》) too.
DRAFTED = re.compile(r"^\s*(?:\d{1,2}\s*[日号])?\s*(?:经|由)[^。；\n]{0,16}?(?:讨论|研究|审议|通过|碰头|商议|酝酿)"
                     r"|^[^。；，,\n]{0,6}?(?:商量|讨论|研究|起草|拟定|碰头|商议|酝酿)(?:出来|而成|形成|定下|成稿)"
                     r"|^[^。；，,\n]{0,4}?(?:碰|商量|讨论|研究|商议|议|开会)过")


# 梅雨季（6月）, 毕业季（6月份）, 汛期（7月）: a season or a time of the year glossed with its month in brackets, the only words
# in them — the month is when the plan's activity happens, not an aside about something else.
# Another year or half-year named anywhere in the words before the gloss (去年毕业季, 上学期的汛期): not this period's.
_EARLIER = re.compile(_ELSEWHEN.pattern.removesuffix(r"\s*$"))
_GLOSSED = re.compile(rf"(?<=[季节期])\s*[（(]\s*{MONTH}\s*月(?:份)?(?:上旬|中旬|下旬|初|底|末)?\s*[）)]")


def glossed_months(doc: Document, semester, checked) -> list[tuple[int, int, str, str]]:
    """(start, end, message, suggestion) for a time of the year glossed with a month outside the semester's months."""
    text, titles, out = doc.text, quoted_titles(doc.text), []
    for m in _GLOSSED.finditer(text):
        month = month_number(m.group(1))
        if not checked(doc, m.start()) or inside(titles, m.start()) or doc.outline.line_at(m.start()).kind == "table":
            continue
        word = re.search(r"[\u4e00-\u9fff]{1,4}$", text[max(0, m.start() - 4) : m.start()])
        start = m.start() - len(word.group(0)) if word else m.start()
        if _EARLIER.search(text[max(0, m.start() - 10) : m.start()]) or _PAST.match(text[m.end() : m.end() + 12]):
            continue
        out += month_outside(semester, start, m.end(), month)
    return out


def in_aside(text: str, pos: int) -> bool:
    """The position is inside round brackets on its line."""
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return before.rfind("（") > before.rfind("）") or before.rfind("(") > before.rfind(")")


def deadline_inside(after: str, month: int, semester) -> bool:
    """2月前完成 in a September–January plan: a deadline before a month is met by the end of the month before it."""
    return bool(re.match(r"\s*(?:前|之前|以前)", after)) and (month - 2) % 12 + 1 in semester.months


def month_outside(semester, start: int, end: int, month: int) -> list:
    """A span for a month outside the semester (none when the month is in it)."""
    if month in semester.months or not 1 <= month <= 12:
        return []
    return [(
        start, end, f"本计划是{semester.spec.name}计划（{semester.span}），{month}月不在本学期内",
        f"删去{month}月的安排，或改到本学期的月份",
    )]


def month_points(doc: Document, semester, checked) -> list[tuple[int, int, str, str]]:
    """(start, end, message, suggestion) for each month point outside a semester plan's months; `checked(doc, pos)`
    is period.py's test of a line the check reads."""
    text, titles, out = doc.text, quoted_titles(doc.text), []
    for m in _POINT.finditer(text):
        month = month_number(m.group(1))
        if month in semester.months or not checked(doc, m.start()) or inside(titles, m.start()):
            continue
        line = doc.outline.line_at(m.start())
        if line.kind == "table" or _ELSEWHEN.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        rest = text[m.end() : m.end() + 12]
        if RANGE_AFTER.match(rest) or _PAST.match(rest) or DRAFTED.match(rest) or deadline_inside(rest, month, semester):
            continue
        if in_aside(text, m.start()):
            continue
        out += month_outside(semester, m.start(), m.end(), month)
    return out


# 桂花飘香的十月，约上老同志登高 / 到了五月，组织…: a month set before the clause that schedules something, after a
# description (…的) or at the clause's start; the activity follows within the sentence (fifty-sixth session).
_MONTH_THEN = re.compile(
    rf"(?:(?<=的)|(?<=[，,。；;：:\n])|(?<=^)|(?<=到了)|(?<=等到))\s*{MONTH}\s*月(?:份)?(?:里|间|中)?[，,]\s*"
    r"(?=[^。；;\n]{0,12}?(?:召开|举办|举行|开展|组织|进行|约上|带上|带着|搞|办一|去[\u4e00-\u9fff]{1,6}(?:登高|爬山|踏青|赏|看|参观|走走)))",
    re.M,
)


def months_set_before(doc: Document, semester, checked) -> list[tuple[int, int, str, str]]:
    """(start, end, message, suggestion) for each month set before the clause it schedules, outside the semester."""
    out = []
    for m in _MONTH_THEN.finditer(doc.text):
        if (_ELSEWHEN.search(doc.text[max(0, m.start() - 4) : m.start()]) or not checked(doc, m.start())
                or doc.outline.line_at(m.start()).kind == "table"):
            continue
        out += month_outside(semester, m.start(1), m.start(1) + len(m.group(1)) + 1, month_number(m.group(1)))
    return out
