"""Item numbers that skip, repeat, mix styles or mix levels."""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.domain.numerals import cn_number, parse_cn_number
from assistant.domain.script import to_simplified

PREFIX = re.compile(r"^(?:\s|#+\s*|>\s*|\*\*|[-*+]\s+)*")
MARKERS: tuple[tuple[int, re.Pattern], ...] = (
    (1, re.compile(r"([一二三四五六七八九十]+)(、)")),
    (2, re.compile(r"[（(]([一二三四五六七八九十]+)[）)]")),
    (3, re.compile(r"(\d{1,2})\s*([、.．])(?!\d)")),
    (4, re.compile(r"[（(](\d{1,2})[）)]")),
)


def _marker_text(level: int, value: int, sep: str) -> str:
    return {1: f"{cn_number(value)}、", 2: f"（{cn_number(value)}）", 3: f"{value}{sep}", 4: f"（{value}）"}[level]


def numbering(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    last = {1: 0, 2: 0, 3: 0, 4: 0}
    style = ""  # separator of the first "1." / "1、" seen: the document's style for that level
    restart_ok = False  # a short label line ("九月份") may start a new 1. 2. 3. list
    new_plan = False  # a title line ("……工作计划", "篇2") may start a new 一、二、三、
    l3_before_l2: list[Finding] = []  # "1." items directly under the current 一、 before any （一）
    for _, offset, line in doc.lines():
        if line.lstrip().startswith("|"):
            continue
        prefix = PREFIX.match(line)
        body_start = prefix.end() if prefix else 0
        body = line[body_start:]
        if re.match(r"^\s*#\s+\S", line) and not line.lstrip().startswith("##"):
            last = {1: 0, 2: 0, 3: 0, 4: 0}  # a new title: a new document
            continue
        found = None
        for level, pattern in MARKERS:
            m = pattern.match(body)
            if m:
                found = (level, m)
                break
        if not found:
            stripped = body.strip()
            if stripped and len(stripped) <= 20 and not re.search(r"[。；，,;]$", stripped):
                restart_ok = True
            if stripped and len(stripped) <= 40 and re.search(r"计划|^篇\s*\d|^第[一二三四五六七八九十]篇", to_simplified(stripped)):
                new_plan = True
            continue
        level, m = found
        start, end = offset + body_start + m.start(), offset + body_start + m.end()
        value = parse_cn_number(m.group(1))
        sep = m.group(2) if level == 3 else ""
        expected = last[level] + 1
        if level == 1 and value == 1 and new_plan:
            last, style, l3_before_l2 = {1: 0, 2: 0, 3: 0, 4: 0}, "", []
            expected = 1
        if value != expected and not (value == 1 and level >= 3 and restart_ok):
            if value <= last[level]:
                message = f"序号“{m.group(0)}”与前面的序号重复或倒退（上一条是第{last[level]}条）"
            else:
                message = f"序号“{m.group(0)}”跳号，前一条是第{last[level]}条"
            out.append(doc.finding("numbering", start, end, message, f"改为“{_marker_text(level, expected, sep or style or '.')}”"))
        if level == 3:
            if not style:
                style = sep
            elif sep != style:
                out.append(
                    doc.finding(
                        "numbering",
                        start,
                        end,
                        f"同一层级混用“1{style}”和“1{sep}”两种序号",
                        f"统一为“{value}{style}”",
                    )
                )
            if last[2] == 0 and last[1] > 0:
                l3_before_l2.append(
                    doc.finding(
                        "numbering",
                        start,
                        end,
                        "“一、”之下既有“1.”又有“（一）”，层级混用",
                        "在“一、”之下先用“（一）”，再用“1.”",
                    )
                )
        if level == 4 and last[3] == 0 and last[2] == 0:
            out.append(
                doc.finding(
                    "numbering",
                    start,
                    end,
                    f"“{m.group(0)}”是第四层序号，前面还没有“（一）”或“1.”这一层",
                    f"改为“（{cn_number(value)}）”",
                )
            )
        if level == 2 and l3_before_l2:
            out.append(l3_before_l2[0])
            l3_before_l2 = []
        if level == 1:
            l3_before_l2 = []
        last[level] = value
        for deeper in range(level + 1, 5):
            last[deeper] = 0
        restart_ok = new_plan = False
    return out
