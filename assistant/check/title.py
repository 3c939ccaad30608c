"""What a plan's title says: the school, the period and the year the period begins."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PERIOD_WORDS = (
    ("第二学期", ("第二学期", "春季学期", "下学期", "春学期")),
    ("第一学期", ("第一学期", "秋季学期", "上学期", "秋学期")),
)
# 2026—2027学年, and the second year short as people write it (2027至28学年)
_SCHOOL_YEAR = re.compile(r"(20\d\d)\s*[—\-－–~至到]+\s*((?:20)?\d\d)\s*学年")
_YEAR = re.compile(r"(20\d\d)\s*年")


@dataclass(frozen=True)
class TitleFacts:
    """What a plan's title says: the school, the period and the year the period begins (the Profile convention)."""

    school: str
    period: str | None
    year: int | None


def title_facts(title: str) -> TitleFacts:
    """Read school, period and year from a title such as 某小学2026—2027学年第二学期工会工作计划.

    >>> title_facts("青禾区七彩幼儿园2027年第二学期工会工作计划")
    TitleFacts(school='青禾区七彩幼儿园', period='第二学期', year=2027)
    >>> title_facts("青石镇第二小学工会2027至28学年工作计划")
    TitleFacts(school='青石镇第二小学', period='学年', year=2027)
    """
    period = next((name for name, words in _PERIOD_WORDS if any(w in title for w in words)), None)
    school_year = _SCHOOL_YEAR.search(title)
    if period is None:
        period = "学年" if school_year else "年度"
    year = None
    if school_year:
        first, second = int(school_year.group(1)), int(school_year.group(2)) % 100 + 2000
        year = second if period == "第二学期" else first
    elif m := _YEAR.search(title):
        year = int(m.group(1))
    cut = re.search(r"20\d\d|工会", title)
    school = title[: cut.start()].strip(" #") if cut else ""
    return TitleFacts(school, period, year)
