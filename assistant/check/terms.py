"""Times a plan names other than by the Gregorian month that can still fall outside its period: a term named by its
school year (2026—2027学年第二学期, 26—27学年下学期) and the lunar months (冬月, 腊月, 正月) of the old calendar."""

from __future__ import annotations

import re

from assistant.check.findings import Document, inside, quoted_titles

# A school year written with both its years, whole or by their last two digits (2026—2027学年, 26-27学年), and
# perhaps one of its terms. The first term runs September–January, the second February–July (calendar.yaml
# `periods`; 教育部 school calendars put 秋季学期 from September, 春季学期 from February).
_SCHOOL_YEAR = re.compile(
    r"(?<!\d)(?:20)?(\d\d)\s*[—\-－–~～至到/]\s*(?:20)?(\d\d)\s*学年(?:度)?\s*(?:的)?\s*"
    r"(第一学期|第二学期|上学期|下学期|秋季学期|春季学期|第一学段|第二学段)?"
)
_FIRST_TERM = ("第一学期", "上学期", "秋季学期", "第一学段")
# Told as the past or as a source of what the plan builds on: 2026—2027学年以来, …学年的总结, …学年被评为, 完成的…
_LOOKS_BACK = re.compile(
    r"^\s*(?:以来|起|至今|获|荣获|被|评为|曾|已|完成了|举办了|召开了|取得|的(?:总结|经验|成绩|做法|基础|工作总结|考核结果|评优|表彰结果))"
)
_BEFORE_LOOKS_BACK = re.compile(r"(?:总结|回顾|延续|沿用|继续|根据|按照|依据|对照|去年|上年|上一)[^，,。；\n]{0,8}$")
# The lunar months by name and the Gregorian months any of their days can fall in (冬月, the eleventh: late November
# to late January; 腊月, the twelfth: late December to late February; 正月, the first: late January to late March —
# 紫金山天文台 《中国天文年历》 new moons 1990–2050). A month counts as outside only when none of these is in the period.
_LUNAR = {"冬月": (11, 12, 1), "腊月": (12, 1, 2), "正月": (1, 2, 3)}
_LUNAR_WORD = re.compile(r"(冬月|腊月|正月)(?!初一的饺子)")


def school_year_terms(doc: Document, semester, checked) -> list[tuple[int, int, str, str]]:
    """(start, end, message, suggestion) for a school year or term named outside the plan's months."""
    text, titles, out = doc.text, quoted_titles(doc.text), []
    for m in _SCHOOL_YEAR.finditer(text):
        first, second = 2000 + int(m.group(1)), 2000 + int(m.group(2))
        if second != first + 1 or not checked(doc, m.start()) or inside(titles, m.start()):
            continue
        if _LOOKS_BACK.match(text[m.end() : m.end() + 8]) or _BEFORE_LOOKS_BACK.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        term = m.group(3)
        if term in _FIRST_TERM:
            months = [(first, month) for month in range(9, 13)] + [(second, 1)]
        elif term:
            months = [(second, month) for month in range(2, 8)]
        else:
            months = [(first, month) for month in range(9, 13)] + [(second, month) for month in range(1, 9)]
        if any(ym in semester.year_months for ym in months):
            continue
        out.append((
            m.start(), m.end(), f"本计划是{semester.spec.name}计划（{semester.span}），“{m.group(0).strip()}”不在计划期间内",
            "核对学年和学期：改为本计划期间内的时间，或删去这项安排",
        ))
    return out


def lunar_months(doc: Document, semester, checked) -> list[tuple[int, int, str, str]]:
    """(start, end, message, suggestion) for a lunar month none of whose days falls in the plan's months."""
    text, titles, out = doc.text, quoted_titles(doc.text), []
    for m in _LUNAR_WORD.finditer(text):
        months = _LUNAR[m.group(1)]
        if any(month in semester.months for month in months) or not checked(doc, m.start()) or inside(titles, m.start()):
            continue
        if _BEFORE_LOOKS_BACK.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        out.append((
            m.start(), m.end(),
            f"本计划是{semester.spec.name}计划（{semester.span}），“{m.group(1)}”是农历月份，约在公历{months[0]}月至{months[-1]}月，不在本学期内",
            "删去这项安排，或改到本学期的月份",
        ))
    return out
