"""Schedule-table rows dated with their year (| 2028年9月上旬 | …) that lie outside the plan's period: the rows of a
semester plan and of a school-year or calendar-year plan alike (a 2027 school year ends in August 2028)."""

from __future__ import annotations

import re
from typing import Protocol

from assistant.check.findings import Document

# A month's number: digits, characters, or 元月 for January (《现代汉语词典》: 元月 — 公历一月; 单元月考 is no month).
MONTH = r"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九十]|(?<![单公纪])元(?=月))"
# The row's year and month as a table writes them: 2028年2月, or with a dot or a slash (2026.12下旬, 2027/3: how a
# spreadsheet shows a month), but not a whole date (2027.3.12, read with the row's other dates).
_ANY_MONTH = MONTH.replace("(", "(?:", 1)
YEAR_CELL = re.compile(rf"^\s*(20\d\d)\s*(?:年\s*(?={_ANY_MONTH}\s*月)|[.．/／]\s*(?={_ANY_MONTH}(?![\d.．/／]))){MONTH}"
                       r"(?:\s*月(?:份)?)?")


def month_number(raw: str) -> int:
    """1–12 of a month written as 3, 03, 十一 or 元."""
    if raw.isdigit():
        return int(raw)
    if raw == "元":
        return 1
    return "一二三四五六七八九十".index(raw[-1]) + 1 + (10 if len(raw) == 2 else 0)


RANGE_AFTER = re.compile(r"^\s*(?:月)?(?:份)?\s*(?:至|到|—|－|-|~|～)")


class _Spec(Protocol):
    name: str


class _Period(Protocol):
    spec: _Spec
    year_months: list[tuple[int, int]]
    span: str


def year_cells(doc: Document, period: _Period) -> list[tuple[int, int, str, str]]:
    """Every table row whose 年月 cell lies outside the period."""
    return [span for line in doc.outline.lines if line.kind == "table"
            for span in year_cell(line, line.raw.strip().lstrip("|"), period) + dated_cells(line, period)]


def year_cell(line, cell: str, period: _Period) -> list[tuple[int, int, str, str]]:
    """| 2028年2月 | …: the row's year and month against the period's (a first term ends in January)."""
    dated = YEAR_CELL.match(cell)
    if not dated or RANGE_AFTER.match(cell[dated.end():]):
        return []
    if (int(dated.group(1)), month_number(dated.group(2))) in period.year_months:
        return []
    start, words = line.start + line.raw.index(cell) + dated.start(1), dated.group(0).strip()
    return [(start, start + len(words), f"本计划是{period.spec.name}计划（{period.span}），“{words}”不在计划期间内",
             "删去这一行，或改为计划期间内的月份")]


# A year and month written inside a row's other cells, the year maybe in two digits (二九年三月开学, 28年9月): the
# next period's event carried into this plan's table.
_CELL_DATE = re.compile(rf"(?<![\d〇零一二三四五六七八九十])(20\d\d|[23]\d|二[〇零一二三四五六七八九])\s*年\s*{MONTH}\s*月(?!\s*(?:至|到|—|－|-|~|～))")
_YEAR_DIGITS = dict(zip("〇零一二三四五六七八九", "00123456789", strict=True))
_PAST = re.compile(r"^\s*(?:\d{1,2}\s*[日号])?\s*(?:以来|起|至今|获|荣获|被|评为|成立|建成|曾|已|的)")


def dated_cells(line, period: _Period) -> list[tuple[int, int, str, str]]:
    """The year-and-month dates of a table row's cells after its first, outside the period."""
    cells = line.raw.split("|")
    first = next((i for i, c in enumerate(cells) if c.strip()), 0)
    offset = len("|".join(cells[: first + 1]))
    out = []
    for m in _CELL_DATE.finditer(line.raw, offset):
        raw = m.group(1)
        year = int(raw) if len(raw) == 4 else 2000 + int("".join(_YEAR_DIGITS.get(ch, ch) for ch in raw))
        if (year, month_number(m.group(2))) in period.year_months or _PAST.match(line.raw[m.end():]):
            continue
        out.append((line.start + m.start(), line.start + m.end(),
                    f"本计划是{period.spec.name}计划（{period.span}），“{m.group(0).strip()}”不在计划期间内",
                    "删去这项安排，或改为计划期间内的月份"))
    return out
