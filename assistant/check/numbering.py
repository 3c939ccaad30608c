"""Item numbers that skip, repeat, mix levels or mix styles inside one list.

Headings restart the numbers below them (a list restarts in a new section); a list may restart at 1 after a label
line; tables and paragraphs between items do not break a list (the numbering continues after a table).
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.check.findings import Document, Finding
from assistant.check.list_marks import dotted, letter_markers
from assistant.check.outline import Line
from assistant.domain.numerals import ENCLOSED, cn_number, parse_cn_number


def _marker_text(level: int, value: int, separator: str) -> str:
    circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
    return {
        1: f"{cn_number(value)}、",
        2: f"（{cn_number(value)}）",
        3: f"{value}{separator or '.'}",
        4: f"（{value}）",
        5: circled[value - 1] if 0 < value <= len(circled) else f"（{value}）",
    }[level]


class _Lists:
    """The running number at each level, and the separator the current 1. / 1、 list uses."""

    def __init__(self, self_numbering: bool = False) -> None:
        self.last = dict.fromkeys(range(1, 6), 0)
        self.separator = ""
        self.bare_items: list[Line] = []  # 1. items straight under 一、 before any （一） in it
        self.previous_item = 0  # level of the item on the line before (0: something else came between)
        self.self_numbering = self_numbering  # every 1. item is numbered 1 (Markdown numbers them when rendering)

    def reset_below(self, level: int) -> None:
        for deeper in range(level + 1, 6):
            self.last[deeper] = 0
        if level < 3:
            self.separator = ""


def numbering(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    lists = _Lists()
    lines = doc.outline.lines
    lists.self_numbering = not any(line.level == 3 and line.value > 1 for line in lines if line.kind == "item")
    depth_levels = _depth_levels(lines)
    for index, line in enumerate(lines):
        if line.kind in ("blank", "comment"):
            continue
        meant = depth_levels.get(line.md, 0) if line.kind == "heading" and line.md and line.marker else 0
        if meant and meant != line.level and line.level in (1, 2):
            # ### 五、 among ### （四） and ### （六）: a sub-section written with the other level's marker (one
            # finding; the count goes on at the level its Markdown depth gives it).
            lists.last[meant] += 1
            lists.reset_below(meant)
            lists.previous_item = 0
            out.append(_finding(
                doc, line, f"“{line.marker}”与同一层的其他标题序号层级不一致",
                f"改为“{_marker_text(meant, lists.last[meant], '')}”",
            ))
            continue
        if line.kind == "title":
            lists = _Lists(lists.self_numbering)
        elif line.kind == "heading" and not line.marker:
            level = line.heading.level if line.heading else 1
            lists.reset_below(level)
            if level <= 1:
                lists.bare_items = []
        elif line.kind in ("heading", "item") and line.marker and _stray_item(lines, index, lists):
            # 三、 between 2、 and 4、: item 3 written with the wrong marker, not a new part of the plan (one finding,
            # and the list below goes on as it was).
            lists.last[3] += 1
            out.append(_finding(
                doc, line, f"“{line.marker}”夹在第{lists.last[3] - 1}条和第{lists.last[3] + 1}条之间，序号层级不一致",
                f"改为“{_marker_text(3, lists.last[3], lists.separator)}”",
            ))
            continue
        elif line.kind in ("heading", "item") and line.marker:
            finding = _check(doc, line, lists, _next_value(lines, index))
            if finding:
                out.append(finding)
        lists.previous_item = line.level if line.kind == "item" else 0
    return (out + _spelled_out(doc) + _spelled_out_paragraphs(doc) + _paragraph_ordinals(doc) + dotted(doc)
            + letter_markers(doc))


_GLYPHS = (ENCLOSED, "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
# Points counted in the running text, each opening a clause: 一是……二是……三是, 第一，……第二，……, （1）……（2）…….
_INLINE = (
    (re.compile(r"(?:^|(?<=[，,；;：:。、\s]))([一二三四五六七八九十]{1,2})是"), "{}是", True),
    (re.compile(r"(?:^|(?<=[，,；;：:。\s]))第([一二三四五六七八九十]{1,2})(?=[，,、：:])"), "第{}", True),
    (re.compile(r"(?:^|(?<=[，,；;：:。\s]))[（(](\d{1,2})[）)](?!\s*[、，,。；;）)]|$)"), "（{}）", False),
    # the parenthesised and circled numbers of the input methods' symbol pages (㈠㈡㈢, ①②③)
    (re.compile(rf"(?:^|(?<=[，,；;：:。、\s\u4e00-\u9fff]))([{_GLYPHS[0]}])"), "{}", _GLYPHS[0]),
    (re.compile(rf"(?:^|(?<=[，,；;：:。、\s\u4e00-\u9fff]))([{_GLYPHS[1]}])"), "{}", _GLYPHS[1]),
)


def _spelled_out(doc: Document) -> list[Finding]:
    """一是…二是…四是 within one paragraph: a point number skipped or repeated (one finding per run)."""
    out = []
    for _, start, line in doc.lines():
        for pattern, shape, chinese in _INLINE:
            marks = list(pattern.finditer(line))
            if len(marks) < 2 or _value(marks[0].group(1)) != 1:
                continue
            found = _first_out_of_step(marks, line)
            if found:
                m, expected = found
                word = "重复了" if _value(m.group(1)) < expected else "跳号了"
                out.append(doc.finding(
                    "numbering", start + m.start(), start + m.end(),
                    f"“{m.group(0)}”{word}（上一处是“{shape.format(_shown(expected - 1, chinese))}”）",
                    f"改为“{shape.format(_shown(expected, chinese))}”",
                ))
    return out


_OPENING_POINT = re.compile(r"^\s*([一二三四五六七八九十]{1,2})是(?=[\u4e00-\u9fff“])")


def _spelled_out_paragraphs(doc: Document) -> list[Finding]:
    """一是…… / 二是…… / 四是……, each point a paragraph of its own: a skipped or repeated point across the paragraphs
    (one finding per run; a run starts at 一是 and ends at a heading or a paragraph that opens otherwise)."""
    out = []
    expected = 0  # the next point of the current run (0: no run)
    for _, start, line in doc.lines():
        if not line.strip():
            continue
        m = _OPENING_POINT.match(line)
        if not m:
            expected = 0
            continue
        value = _value(m.group(1))
        if value == 1:
            expected = 2
            continue
        if expected and value != expected:
            word = "重复了" if value < expected else "跳号了"
            out.append(doc.finding(
                "numbering", start + m.start(1), start + m.end(),
                f"“{m.group(1)}是”{word}（上一段是“{cn_number(expected - 1)}是”）", f"改为“{cn_number(expected)}是”",
            ))
            expected = 0
            continue
        expected = expected + 1 if expected else 0
    return out


def _shown(n: int, numbers: bool | str) -> str:
    """Point n as its run writes it: in Chinese numerals (True), digits (False) or a glyph series (3 → ㈢; digits
    past the series' end)."""
    if isinstance(numbers, str):
        return numbers[n - 1] if 0 < n <= len(numbers) else str(n)
    return cn_number(n) if numbers else str(n)


def _value(raw: str) -> int:
    for series in _GLYPHS:
        if raw in series:
            return series.index(raw) + 1
    return int(raw) if raw.isdecimal() else parse_cn_number(raw)


def _first_out_of_step(marks: list[re.Match], line: str) -> tuple[re.Match, int] | None:
    expected, previous = 1, 0
    for m in marks:
        value = _value(m.group(1))
        if value == 1 or (value < expected and "。" in line[previous : m.start()]):
            expected = value  # a new run of points, or one taken up again, in a later sentence
        previous = m.end()
        if value != expected:
            return m, expected
        expected += 1
    return None


def _depth_levels(lines: list[Line]) -> dict[int, int]:
    """The marker level the plan's Markdown headings of each depth use (### → 2 when ### （一） is the rule): a depth
    counts when at least three of its numbered headings share one level and more than one other at most."""
    seen: dict[int, Counter] = {}
    for line in lines:
        if line.kind == "heading" and line.md and line.marker and line.level in (1, 2):
            seen.setdefault(line.md, Counter())[line.level] += 1
    out = {}
    for depth, levels in seen.items():
        (level, count), *rest = levels.most_common()
        if count >= 3 and sum(n for _, n in rest) <= 1:
            out[depth] = level
    return out


def _stray_item(lines: list[Line], index: int, lists: _Lists) -> bool:
    """A 一、/（一） marker right after item N of a 1、 list, with item N+2 of that list right after it; or a （N+1）
    marker there (item N+1 written in the sub-item style)."""
    line = lines[index]
    if line.level == 3 or lists.previous_item != 3 or not lists.last[3]:
        return False
    if line.level < 3 and line.value == lists.last[line.level] + 1:
        return False
    if line.level > 3 and line.value != lists.last[3] + 1:
        return False
    after = next((nxt for nxt in lines[index + 1 :] if nxt.kind not in ("blank", "comment")), None)
    return after is not None and after.marker != "" and after.level == 3 and after.value == lists.last[3] + 2


def _next_value(lines: list[Line], index: int) -> int:
    """The number of the next marker at the same level in the same list (0 when the list ends first)."""
    level = lines[index].level
    for line in lines[index + 1 :]:
        if line.kind == "title" or (line.kind == "heading" and (not line.marker or line.level < level)):
            return 0
        if line.marker and line.kind in ("heading", "item") and line.level < level:
            return 0
        if line.marker and line.kind in ("heading", "item") and line.level == level:
            return line.value
    return 0


def _finding(doc: Document, line: Line, message: str, suggestion: str) -> Finding:
    start = line.body_start + (len(line.body) - len(line.body.lstrip()))
    return doc.finding("numbering", start, start + len(line.marker), message, suggestion)


def _check(doc: Document, line: Line, lists: _Lists, following: int) -> Finding | None:
    level, value = line.level, line.value
    expected = lists.last[level] + 1
    # （三） in the middle of a 1. 2. list: the writer meant item 3.
    if level == 2 and line.kind == "item" and lists.last[3]:
        value = lists.last[3] = lists.last[3] + 1
        return _finding(
            doc, line,
            f"“{line.marker}”夹在“1.”“2.”这一层的条目中间，序号层级不一致",
            f"改为“{_marker_text(3, value, lists.separator)}”",
        )
    problem = None
    restart = value == 1 and level >= 3 and not lists.previous_item  # a new list after a label line or a table
    # "1. 1. 1." in a plan that numbers no item 2 is a Markdown list that numbers itself: it reads 1, 2, 3.
    if lists.self_numbering and level == 3 and value == 1 and line.separator == "." and lists.last[3] == 1:
        return None
    if value != expected and not restart:
        if value == lists.last[level]:
            message = f"序号“{line.marker}”与上一条重复"
        elif value < lists.last[level]:
            message = f"序号“{line.marker}”倒退了（上一条是第{lists.last[level]}条）"
        elif lists.last[level]:
            message = f"序号“{line.marker}”跳号了（上一条是第{lists.last[level]}条）"
        else:
            message = f"序号“{line.marker}”没有从第1条开始"
        problem = (message, f"改为“{_marker_text(level, expected, line.separator or lists.separator)}”")
    if level == 3:
        if value == 1 or not lists.separator:
            lists.separator = line.separator
        elif line.separator != lists.separator and problem is None:
            problem = (
                f"同一组条目混用“1{lists.separator}”和“1{line.separator}”两种序号",
                f"统一为“{value}{lists.separator}”",
            )
        if lists.last[2] == 0 and lists.last[1] > 0:
            lists.bare_items.append(line)
    if level == 2 and line.kind == "heading" and lists.bare_items and problem is None:
        first = lists.bare_items[0]
        lists.bare_items = []
        lists.last[level] = value
        lists.reset_below(level)
        return _finding(
            doc, first, "“一、”之下先用了“1.”又用了“（一）”，层级混用", "在“一、”之下先用“（一）”，再用“1.”"
        )
    if level == 1:
        lists.bare_items = []
    # One wrong number is one finding: when the next item goes on from the right number, count this one as right; when
    # the next item has the number this one should have had (1、2、3、2、4), this one is a stray: the count goes on
    # from the item before it.
    if problem and following == expected + 1:
        lists.last[level] = expected
    elif problem and following == expected and value != expected:
        lists.last[level] = expected - 1
    else:
        lists.last[level] = value
    lists.reset_below(level)
    return _finding(doc, line, *problem) if problem else None


# A paragraph that opens with its point number in words: 第一，……（new paragraph）第二，……; or with a labelled
# number, often bold, as goals and tasks are set out (**目标一**　…, 任务二：…).
_PARAGRAPH_ORDINAL = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*)?(第|其|目标|任务|措施|举措|要点)([一二三四五六七八九十]{1,2})"
                                r"(?=[，,、：:]|(?<!第)(?:\*\*|[\s\u3000]))")


def _paragraph_ordinals(doc: Document) -> list[Finding]:
    """第一，/第二，/第四， (其一，/其二，/其四，) opening paragraphs in a row: a point skipped or repeated. A heading ends
    the run."""
    out = []
    expected, label = 0, ""
    lines = {line.start: line for line in doc.outline.lines}
    for _, start, text in doc.lines():
        line = lines.get(start)
        if line is not None and line.kind in ("heading", "title"):
            expected = 0
            continue
        m = _PARAGRAPH_ORDINAL.match(text)
        if not m:
            if line is not None and line.kind == "item":
                expected = 0
            continue
        value = parse_cn_number(m.group(2))
        if value == 1 or expected == 0 or m.group(1) != label:
            expected, label = value + 1, m.group(1)
            continue
        if value != expected:
            word = "重复了" if value < expected else "跳号了"
            out.append(doc.finding(
                "numbering", start + m.start(1), start + m.end(2),
                f"“{label}{m.group(2)}”{word}（上一段是“{label}{cn_number(expected - 1)}”）",
                f"改为“{label}{cn_number(expected)}”",
            ))
        expected = value + 1
    return out
