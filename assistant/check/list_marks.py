"""Lists numbered other than by 一、（一）1.（1）: the decimal outline numbers of GB/T 1.1 (2.1, 2.2), Latin letters,
the Heavenly Stems, the financial numerals and bracketed digits. The one mark of a run out of step is a slip."""

from __future__ import annotations

import functools
import re

from assistant.check.findings import Document, Finding
from assistant.domain.calendar import load_calendar
from assistant.domain.numerals import FINANCIAL_DIGITS, STEMS

# Items numbered by their part (2.1, 2.2, 2.3 under 二、: the decimal outline numbering of GB/T 1.1 that some schools
# use for plans too). A month-and-day written short (3.8 妇女节, 5.1 劳动节前) is a date, not such a number: a run counts
# only when it starts at X.1 and no number of it is followed by a festival or a word of time (节省, 节约 are none).
_DOTTED = re.compile(r"^\s*(?:[-*+]\s+)?(\d{1,2})\.(\d{1,2})(?![\d.])\s*(?=[\u4e00-\u9fff“（(【]|(?<=\s)\d)")


@functools.lru_cache(maxsize=1)
def _date_after() -> re.Pattern[str]:
    """What follows a date in a dated list (9.10 教师节, 3.8 妇女节活动, 5.1 前): a festival named in
    knowledge/calendar.yaml, a festival's short name, or a word of time."""
    names = "|".join(re.escape(n) for n in sorted({n for f in load_calendar().festivals for n in f.names}, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{names}|劳动|妇女|青年|儿童|教师|国庆|植树|前|后|起|至|到|期间|当天|放假|日|号|—|-|~|～)")


def dotted(doc: Document) -> list[Finding]:
    """2.1 / 2.2 / 2.4 opening lines in a row: an item skipped or repeated (one finding per run). A heading, or another
    part's number, starts a new run; a run holding a date (9.10 教师节) is a list of dates and is not read."""
    out: list[Finding] = []
    run: list[tuple[int, re.Match]] = []
    dated = False
    lines = {line.start: line for line in doc.outline.lines}

    def close() -> None:
        nonlocal dated
        if not dated and len(run) >= 3 and int(run[0][1].group(2)) == 1:
            out.extend(_dotted_run(doc, run))
        run.clear()
        dated = False

    for _, start, text in doc.lines():
        line = lines.get(start)
        m = _DOTTED.match(text)
        if m is None:
            if line is not None and line.kind in ("heading", "title", "item"):
                close()
            continue
        if run and run[-1][1].group(1) != m.group(1):
            close()
        if _date_after().match(text[m.end():]):
            dated = True
        run.append((start, m))
    close()
    return out


def _dotted_run(doc: Document, run: list[tuple[int, re.Match]]) -> list[Finding]:
    """The one number of a run out of step; none when more than one is (an irregular run is no numbering)."""
    values = [int(m.group(2)) for _, m in run]
    off = [i for i in range(1, len(values)) if values[i] != values[i - 1] + 1]
    if len(off) != 1:
        return []
    i = off[0]
    start, m = run[i]
    expected, value, prefix = values[i - 1] + 1, values[i], m.group(1)
    word = "重复了" if value < expected else "跳号了"
    return [doc.finding(
        "numbering", start + m.start(1), start + m.end(2),
        f"序号“{prefix}.{value}”{word}（上一条是“{prefix}.{expected - 1}”）", f"改为“{prefix}.{expected}”",
    )]


# Items numbered with Latin letters (A. B. D.), the Heavenly Stems (甲、乙、丁、), the financial numerals (壹、贰、肆、:
# the 大写数字 of accounting, GB/T 15835-2011 and 《会计基础工作规范》 第五十二条) or digits in square or lenticular
# brackets (【1】【2】【3】【3】), as an outline or a pasted list may number them instead of 1. 2. 3. (GB/T 9704-2012
# 7.3.3 gives a 公文's levels as 一、（一）1.（1）, but a list so numbered is still read in order): a mark skipped or
# repeated within the lines that run in a row is a numbering slip. What follows a letter must be Chinese text (not
# A、B两组 or 甲、乙双方, where the letters name parties).
_LETTER_MARK = re.compile(
    rf"^\s*(?:[-*+]\s+)?(?:(?:(?P<latin>[A-Za-z])\s*[.．、)）]|(?P<stem>[{STEMS}])\s*[、.．]|(?P<fin>[{FINANCIAL_DIGITS}])\s*[、.．])"
    rf"\s*(?=[\u4e00-\u9fff“（(])(?![{STEMS}])|(?P<open>[【〔［\[])(?P<bracket>\d{{1,2}})[】〕］\]]\s*(?=[\u4e00-\u9fff“（(\d]))"
)
_FAMILIES = ("latin", "stem", "fin", "bracket")


def _mark(m: re.Match) -> tuple[str, int, str]:
    """(family, value, the mark as written) of a matched list mark."""
    family = next(name for name in _FAMILIES if m.group(name) is not None)
    written = m.group(family)
    if family == "latin":
        return family, ord(written.upper()) - ord("A") + 1, written.upper()
    if family == "stem":
        return family, STEMS.index(written) + 1, written
    if family == "fin":
        return family, FINANCIAL_DIGITS.index(written) + 1, written
    return family + m.group("open"), int(written), written


def _mark_text(family: str, value: int) -> str:
    symbols = {"latin": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "stem": STEMS, "fin": FINANCIAL_DIGITS}.get(family, "")
    return symbols[value - 1] if 0 < value <= len(symbols) else str(value)


def letter_markers(doc: Document) -> list[Finding]:
    """A. B. D. (甲、乙、丁、, 壹、贰、肆、, 【1】【2】【2】) on lines in a row: the one mark out of step (one finding per run)."""
    out: list[Finding] = []
    run: list[tuple[int, re.Match, int, str, str]] = []
    for _, start, text in [*doc.lines(), (0, -1, "")]:
        m = _LETTER_MARK.match(text) if start >= 0 else None
        if m is None:
            if text.strip() or start < 0:
                out.extend(_letter_run(doc, run))
                run = []
            continue
        family, value, letter = _mark(m)
        if run and run[-1][4] != family:
            out.extend(_letter_run(doc, run))
            run = []
        run.append((start, m, value, letter, family))
    return out


def _letter_run(doc: Document, run: list[tuple[int, re.Match, int, str, str]]) -> list[Finding]:
    if len(run) < 3 or run[0][2] != 1:
        return []
    off = [i for i in range(1, len(run)) if run[i][2] != run[i - 1][2] + 1]
    if len(off) != 1:
        return []
    start, m, value, letter, family = run[off[0]]
    before = run[off[0] - 1]
    name = family.rstrip("【〔［[")
    word = "重复了" if value <= before[2] else "跳号了"
    expected = _mark_text(name, before[2] + 1)
    if name == "bracket":  # the mark with its brackets: 【3】
        begin, end = start + m.start("open"), start + m.end("bracket") + 1
        opening, closing = doc.text[begin], doc.text[end - 1]
        return [doc.finding("numbering", begin, end, f"序号“{doc.text[begin:end]}”{word}（上一条是“{opening}{before[3]}{closing}”）",
                            f"改为“{opening}{expected}{closing}”")]
    return [doc.finding(
        "numbering", start + m.start(name), start + m.end(name) + 1,
        f"序号“{letter}”{word}（上一条是“{before[3]}”）", f"改为“{expected}”",
    )]
