"""Cut a plan into passages along its heading structure, each with a section path and a topic."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.domain.numerals import CN_DIGITS
from assistant.domain.passages import KIND_PLAN, TOPICS, Passage
from assistant.loading.cleaning import SENTENCE_ENDS, RawPlan, bounded_pieces

MAX_PASSAGE_CHARS = 600
# No passage is ever longer than this, whatever its lines: a line (even a file's only one) is cut too. Well above
# every shipped passage (the longest is 751), so only text without line structure is ever cut by it.
HARD_MAX_PASSAGE_CHARS = 1000
LINE_BREAKS = (SENTENCE_ENDS, "，、：,: ")  # where a long line is cut, in order of preference
MIN_PASSAGE_CHARS = 60
MAX_HEADING_CHARS = 40
PREAMBLE_SECTION = "前言"

# (topic, keywords that decide it from a heading, keywords counted in a body when the heading is silent).
# Order matters: the first topic whose heading keyword matches wins (女职工 before 维权, 自身建设 before 队伍…).
TOPIC_KEYWORDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("指导思想", ("指导思想", "思路", "指导方针", "总体要求"), ("指导思想", "为指导", "为指南", "统领", "重要思想", "科学发展观")),
    ("工作目标", ("目标",), ("目标",)),
    ("工作安排", ("安排", "时间表", "行事历", "月份", "进度表", "工作日程"), ("月份", "上旬", "中旬", "下旬", "年初", "年中")),
    ("女职工", ("女工", "女职工", "女教职工", "女教工", "妇女"), ("女职工", "女教职工", "女工", "女教工", "三八", "妇女", "女教师", "妇检", "孕期", "哺乳")),
    ("退休教职工", ("退休", "离退休", "老教师", "退协", "退管"), ("退休", "离退休", "老教师", "退协", "退管")),
    ("经费管理", ("经费", "财务", "经审"), ("经费", "财务", "经审", "预算", "会费")),
    ("民主管理与校务公开", ("民主", "校务公开", "教代会", "职代会", "教职工代表大会", "教职工大会"), ("民主", "校务公开", "教代会", "职代会", "提案", "代表大会", "集体合同")),
    ("工会自身建设", ("自身建设", "工会干部", "职工之家", "教工之家", "组织建设", "工会小组", "工会组织建设"), ("工会干部", "职工之家", "教工之家", "自身建设", "会员", "工会小组", "工会委员")),
    ("维权与送温暖", ("送温暖", "维权", "帮扶", "慰问", "困难", "温暖", "物质生活"), ("送温暖", "维权", "帮扶", "帮困", "慰问", "困难", "合法权益", "探望", "体检", "劳动争议")),
    ("文体活动", ("文体", "文化", "体育", "运动", "娱乐"), ("文体", "体育", "比赛", "运动会", "乒乓", "篮球", "羽毛球", "文艺", "健身", "趣味")),
    ("师德与队伍建设", ("师德", "队伍", "素质", "素养", "学习", "培训", "业务"), ("师德", "队伍", "素质", "素养", "培训", "读书", "青年教师", "师徒", "练兵")),
    ("保障措施", ("保障措施", "措施", "保障"), ("保障措施", "组织保障", "制度保障")),
)
assert all(topic in TOPICS for topic, _, _ in TOPIC_KEYWORDS)

_L1 = re.compile(rf"^[{CN_DIGITS}]+[、.．]")
_L2 = re.compile(rf"^[（(][{CN_DIGITS}]+[）)][、.．]?")
_L3 = re.compile(r"^\d{1,2}[、.．](?!\d)")
_L4 = re.compile(r"^[（(]\d{1,2}[）)][、.．]?")


def classify_topic(heading: str, text: str) -> str:
    """One of TOPICS (or ""): by keywords in the heading first, else by keyword counts in the body."""
    if heading:
        for topic, heading_words, _ in TOPIC_KEYWORDS:
            if any(word in heading for word in heading_words):
                return topic
    if not text:
        return ""
    best, best_count = "", 1  # at least two mentions before the body decides
    for topic, _, body_words in TOPIC_KEYWORDS:
        count = sum(text.count(word) for word in body_words)
        if count > best_count:
            best, best_count = topic, count
    return best


def heading_label(line: str) -> str:
    """The heading part of a heading line: whole if short, else up to the first 。 or ，."""
    line = line.strip()
    if len(line) <= MAX_HEADING_CHARS:
        return line.rstrip("：:。；; ")
    for stop in ("。", "：", "；", "，"):
        idx = line.find(stop)
        if 0 < idx <= MAX_HEADING_CHARS:
            return line[:idx]
    return line[: MAX_HEADING_CHARS - 1] + "…"


@dataclass
class _Unit:
    path: list[str]
    lines: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(len(l) for l in self.lines)

    @property
    def body_size(self) -> int:
        if not self.path:
            return self.size
        # A long heading line ("一、以…为载体，切实做好…") carries body text after its heading part.
        return self.size - len(heading_label(self.lines[0]))


def _is_l3_heading(lines: list[str], i: int) -> bool:
    """A '1、xxx' line is a heading only when short and followed by （1） items."""
    line = lines[i]
    if len(line) > MAX_HEADING_CHARS or re.search(r"[。；;，]$", line):
        return False
    following = lines[i + 1] if i + 1 < len(lines) else ""  # lines are stripped and never blank
    return bool(_L4.match(following))


def _units(text: str) -> list[_Unit]:
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    units: list[_Unit] = [_Unit(path=[])]
    l1 = l2 = ""
    for i, line in enumerate(lines):
        if _L1.match(line):
            l1, l2 = heading_label(line), ""
            units.append(_Unit(path=[l1], lines=[line]))
        elif _L2.match(line):
            l2 = heading_label(line)
            units.append(_Unit(path=[p for p in (l1, l2) if p], lines=[line]))
        elif _L3.match(line) and _is_l3_heading(lines, i):
            units.append(_Unit(path=[p for p in (l1, l2, heading_label(line)) if p], lines=[line]))
        else:
            units[-1].lines.append(line)
    return [u for u in units if u.lines]


def _merge_small(units: list[_Unit]) -> list[_Unit]:
    """Fold headings without body into their first child, and tiny sections into a neighbour."""
    out: list[_Unit] = []
    carry: list[str] = []  # a short parent heading waiting to open its first child's passage
    for i, original in enumerate(units):
        unit = _Unit(path=original.path, lines=carry + original.lines)
        carry = []
        following = units[i + 1] if i + 1 < len(units) else None
        if unit.path and unit.size < MIN_PASSAGE_CHARS and following and _is_child(unit.path, following.path):
            carry = unit.lines
            continue
        if unit.size < MIN_PASSAGE_CHARS and out and out[-1].path and unit.path and out[-1].path[0] == unit.path[0]:
            out[-1].lines.extend(unit.lines)
            continue
        out.append(unit)
    # A tiny first section goes into the next one of the same first-level section.
    if len(out) > 1 and out[0].path and out[0].size < MIN_PASSAGE_CHARS and out[1].path[:1] == out[0].path[:1]:
        out[1] = _Unit(path=out[1].path, lines=out[0].lines + out[1].lines)
        out.pop(0)
    return out


def _is_child(parent: list[str], child: list[str]) -> bool:
    return len(child) > len(parent) and child[: len(parent)] == parent


def _split_large(unit: _Unit) -> list[_Unit]:
    """Split an over-long section at item boundaries, each part repeating the heading line; a part still over
    HARD_MAX_PASSAGE_CHARS (a long line) is cut inside its lines as well."""
    parts = _split_at_lines(unit)
    return [piece for part in parts for piece in ([part] if _length(part) <= HARD_MAX_PASSAGE_CHARS else _split_hard(part))]


def _length(unit: _Unit) -> int:
    """Characters of the passage text a unit becomes (its lines joined by line breaks)."""
    return unit.size + max(len(unit.lines) - 1, 0)


def _split_at_lines(unit: _Unit) -> list[_Unit]:
    if unit.size <= MAX_PASSAGE_CHARS or len(unit.lines) < 3:
        return [unit]
    head = unit.lines[0] if unit.path else ""
    items = unit.lines[1:] if head else unit.lines
    parts: list[_Unit] = []
    current: list[str] = []
    size = 0
    for line in items:
        if current and size + len(line) > MAX_PASSAGE_CHARS:
            parts.append(_Unit(path=unit.path, lines=([head] if head else []) + current))
            current, size = [], 0
        current.append(line)
        size += len(line)
    if current:
        # A short tail reads better appended to the previous part.
        if parts and size < MIN_PASSAGE_CHARS:
            parts[-1].lines.extend(current)
        else:
            parts.append(_Unit(path=unit.path, lines=([head] if head else []) + current))
    return parts


def _split_hard(unit: _Unit) -> list[_Unit]:
    """A unit cut into parts of at most MAX_PASSAGE_CHARS of body (plus a short heading line, repeated): its lines
    are cut after a sentence's end (else a comma, else anywhere), and the pieces of one line stay one line."""
    head = unit.lines[0] if unit.path and len(unit.lines[0]) <= MAX_HEADING_CHARS else ""
    body = unit.lines[1:] if head else unit.lines
    parts: list[_Unit] = []
    current: list[str] = []  # lines of the part being filled; its last one may still grow by a piece
    size = 0
    for line in body:
        for n, piece in enumerate(bounded_pieces(line, MAX_PASSAGE_CHARS, LINE_BREAKS)):
            continued = n > 0 and bool(current)
            cost = len(piece) + (0 if continued else 1)
            if current and size + cost > MAX_PASSAGE_CHARS:
                parts.append(_Unit(path=unit.path, lines=([head] if head else []) + current))
                current, size, continued, cost = [], 0, False, len(piece)
            if continued:
                current[-1] += piece
            else:
                current.append(piece)
            size += cost
    if current:
        parts.append(_Unit(path=unit.path, lines=([head] if head else []) + current))
    return parts


def _topic(unit: _Unit, text: str) -> str:
    for heading in reversed(unit.path):
        topic = classify_topic(heading, "")
        if topic:
            return topic
    if not unit.path and re.search(r"指导|为指南|统领|重要思想|精神", text):
        return "指导思想"
    return classify_topic("", text)


def chunk_plan(plan: RawPlan, source: str, kind: str = KIND_PLAN, owner: str = "") -> list[Passage]:
    """Passages of a plan: one per second-level section (or childless first-level one), plus the preamble."""
    passages: list[Passage] = []
    units = _merge_small(_units(plan.text))
    for unit in units:
        if unit.path and unit.body_size == 0 and len(units) > 1:
            continue  # a bare heading with nothing under it says nothing
        for part in _split_large(unit):
            text = "\n".join(part.lines).strip()
            body = "\n".join(part.lines[1:] if part.path else part.lines).strip()
            if not text or re.fullmatch(r"[（(]?略[）)]?", body):
                continue
            passages.append(
                Passage(
                    text=text,
                    source=source,
                    title=plan.title,
                    section=" > ".join(part.path) if part.path else PREAMBLE_SECTION,
                    topic=_topic(part, text),
                    kind=kind,
                    owner=owner,
                )
            )
    return passages
