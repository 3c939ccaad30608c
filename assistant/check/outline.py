"""The shape of a plan's text: its title, headings, numbered items, tables and 落款, and where each line sits.

Plans come as Markdown (## 一、指导思想), as plain text with or without blank lines (一、指导思想 / （一）… / 1、…), and
as .docx text (table rows joined by " | "). The outline reads all of them the same way, so every check can say
"三、（二）第3条" instead of a line number the user never sees.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from assistant.check.signoff import DRAFTER, SIGNER, date_with_year_after, dated
from assistant.domain.numerals import ENCLOSED, parse_cn_number
from assistant.domain.structure import Structure

MD_HEADING = re.compile(r"^(#{1,6})\s+")
_LEAD = re.compile(r"^(?:\s|>\s?|\*\*|__)*")  # indentation, block quotes, bold around a heading
_BULLET = re.compile(r"^[-*+•·]\s+")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PARENTHESIZED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_STOPPED = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
# Item and heading numbers by level: 一、 （一） 1. （1） ①.
MARKERS: tuple[tuple[int, re.Pattern], ...] = (
    # Not a pair of months heading a month list's line (二、三月：…, 七、八月：…): no part number there.
    (1, re.compile(r"([一二三四五六七八九十]{1,3})\s*([、.．])(?!\s*(?:十[一二]?|[一二三四五六七八九])\s*月份?\s*[：:])")),
    (2, re.compile(r"[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]")),
    # "1.5万元" is a number, "1．9月…" and "1、3月…" are items.
    (3, re.compile(r"(\d{1,2})\s*(、|．|\.(?!\d)|\.(?=\d{1,2}\s*月))")),
    # The same level in the one-character forms of Unicode's 编号 blocks that word processors and PDFs leave: ⒈ (digit
    # with full stop) and the Roman numerals Ⅰ. Ⅱ、 (Number Forms; only with a separator after them).
    (3, re.compile(rf"([{_STOPPED}])()|([{_ROMAN}])\s*([、.．])")),
    # （1） and the half-bracketed 1） / 1) a list may use instead (not 1)… closing a bracket opened before the line),
    # and the one-character ⑴ (parenthesized digit) and ㈠ (parenthesized ideograph) with a space after it.
    (4, re.compile(rf"[（(]\s*(\d{{1,2}})\s*[）)]|(\d{{1,2}})\s*[）)](?=\s*[\u4e00-\u9fff“\d])|([{_PARENTHESIZED}])|([{ENCLOSED}])(?=\s)")),
    (5, re.compile(rf"([{_CIRCLED}])")),
)
_SENTENCE_END = re.compile(r"[。；;！!？?]$")
_COMMENT = re.compile(r"^\s*<!--.*-->\s*$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}")
# What a plan calls itself in its title: 计划, and the other names schools give the same document (工作要点, 工作安排,
# 工作思路, 工作打算, 工作设想, 工作规划: 公文 usage for a plan's genre, 《党政机关公文处理工作条例》 lists 计划 among the
# documents a unit drafts under many names).
_TITLE_WORDS = re.compile(r"计划|要点|工作安排|工作思路|工作打算|工作设想|工作规划")
# A first line in the union's own words that names the union and the period (某中学工会 今秋这学期的打算):
# the title of a plan written as people speak, though it names no genre.
# The year may stand alone before a comma (二〇二七，某校工会想办成的几件事), as a heading of a list of the year's aims,
# or be said as people say it (这一年, 今年, 二七年 with the year's last two digits).
_OWN_TITLE = re.compile(r"工会.{0,16}?(?:学期|学年|年度|全年|\d{4}\s*年|二[〇○零][〇○零一二三四五六七八九]{2}\s*(?:这一?)?年"
                        r"|这一年|今年|本年|(?<![〇○零一二三四五六七八九])[〇○零一二三四五六七八九]{2}年|\d{2}年)|"
                        r"(?:学期|学年|年度|\d{4}\s*年|[〇○零一二]{4}\s*年|^\s*(?:20\d\d|二[〇○零][一二三四五六七八九〇○零]{2})\s*[，,、：:\s]).{0,16}?工会")
_TITLE_HEAD = 24  # characters of a title's first line that names only the school (its union) above the plan's name
_APPENDIX = re.compile(r"^\s*附(?:件|表|录)?\s*\d*\s*[：:]?")
_CN_MONTH = "一二三四五六七八九十"
MONTH_CELL = re.compile(rf"^\s*(1[0-2]|0?[1-9]|十[一二]?|[{_CN_MONTH}]|元(?=月))\s*月(?:份)?")  # 元月: January


@dataclass(frozen=True)
class Location:
    """Where a finding sits, in the plan's own terms.

    `section` is the key of the section in knowledge/structure.yaml ("" when the heading is not one of them), `heading`
    the heading as written, `item` the item number inside that section (0 when not in a numbered item), and `label`
    what a user reads: "三、（二）第3条", "四、表格第2行", "五、保障措施", "落款".
    """

    section: str = ""
    heading: str = ""
    item: int = 0
    label: str = ""


@dataclass(frozen=True)
class Heading:
    line: int  # 1-based
    level: int  # 1 一、  2 （一）  3 deeper
    marker: str  # "三、", "（二）", "" for an unnumbered heading
    value: int  # the marker's number (0 when unnumbered)
    title: str  # the words after the marker: "师德与队伍建设"
    text: str  # the heading as written, without Markdown marks: "（二）师德与队伍建设"
    start: int  # offset of `text` in the document
    keys: tuple[str, ...]  # structure sections the heading names, the main one first

    @property
    def key(self) -> str:
        return self.keys[0] if self.keys else ""


@dataclass
class Line:
    number: int
    start: int  # offset of the line
    raw: str
    body_start: int  # offset of the words after Markdown marks and bullets
    body: str
    kind: str = "text"  # blank | comment | title | heading | item | bullet | table | text | signature
    level: int = 0  # marker level of a heading or item
    marker: str = ""
    value: int = 0
    separator: str = ""  # "、" or "." of a 1. / 1、 item
    md: int = 0  # number of leading '#'
    heading: Heading | None = None
    place: Location = field(default_factory=Location)


def _plain_level2(line: Line) -> bool:
    return line.kind == "heading" and not line.md and line.level == 2 and bool(line.marker)


def marker_of(body: str) -> tuple[int, re.Match] | None:
    """The level and match of the number a line starts with, or None."""
    for level, pattern in MARKERS:
        m = pattern.match(body)
        if m:
            return level, m
    return None


def _value(level: int, m: re.Match) -> int:
    number = next(g for g in m.groups() if g)
    for forms in (_CIRCLED, _PARENTHESIZED, _STOPPED, _ROMAN, ENCLOSED):
        if number in forms:
            return forms.index(number) + 1
    try:
        return parse_cn_number(number)
    except ValueError:
        return 0


class Outline:
    """Every line of a plan classified, its headings, and the place of each line."""

    def __init__(self, text: str, structure: Structure):
        self.structure = structure
        # (section key, name) for every title and alias of the structure, longest names first
        self.names = sorted(
            ((spec.key, name) for spec in structure.sections if spec.key not in ("title", "signature")
             for name in (spec.title, *spec.aliases)),
            key=lambda pair: -len(pair[1]),
        )
        self.lines: list[Line] = []
        offset = 0
        for number, raw in enumerate(text.split("\n"), start=1):
            self.lines.append(self._read(number, offset, raw))
            offset += len(raw) + 1
        self._starts = [line.start for line in self.lines]
        self._mark_title()
        self._mark_signature()
        self._mark_sentence_headings()
        self._mark_listed_headings()
        self.headings: list[Heading] = []
        self._place_lines()

    # ------------------------------------------------------------------ reading lines

    def _read(self, number: int, offset: int, raw: str) -> Line:
        if not raw.strip():
            return Line(number, offset, raw, offset, "", kind="blank")
        if _COMMENT.match(raw):
            return Line(number, offset, raw, offset, "", kind="comment")
        stripped = raw.strip()
        if stripped.startswith("|") or stripped.count(" | ") >= 1:
            return Line(number, offset, raw, offset + raw.index(stripped), stripped, kind="table")
        lead = _LEAD.match(raw).end()
        md_match = MD_HEADING.match(raw, lead)
        md = len(md_match.group(1)) if md_match else 0
        pos = md_match.end() if md_match else lead
        bullet = _BULLET.match(raw, pos) if not md else None
        if bullet:
            pos = bullet.end()
        body = raw[pos:].rstrip().removesuffix("**").removesuffix("__").rstrip()
        line = Line(number, offset, raw, offset + pos, body, md=md)
        found = marker_of(body)
        if found:
            level, m = found
            line.level, line.marker, line.value = level, m.group(0), _value(level, m)
            line.separator = (m.group(2) or m.group(4) or "").replace("．", ".") if level == 3 else ""
        if md == 1:
            line.kind = "title"
        elif md:
            line.kind = "heading"
        elif bullet:
            line.kind = "bullet"
        elif found and self._reads_as_heading(line):
            line.kind = "heading"
        elif found:
            line.kind = "item"
        elif self._unnumbered_heading(body):
            line.kind = "heading"
        return line

    @staticmethod
    def _reads_as_heading(line: Line) -> bool:
        """一、 and （一） lines are headings unless they read as a sentence (goals written as （一）…。)."""
        words = line.body[len(line.marker):].strip()
        if line.level == 1:
            return not (_SENTENCE_END.search(words) and len(words) > 30)
        if line.level == 2:
            return bool(words) and len(words) <= 30 and not _SENTENCE_END.search(words)
        return False

    def _unnumbered_heading(self, body: str) -> bool:
        """A short line that is only a section's name (指导思想, 保障措施：)."""
        words = body.strip().rstrip("：:")
        if not words or len(words) > 12 or re.search(r"[，。；,;、]", words):
            return False
        return any(words == name or (len(name) >= 4 and name in words) for _, name in self.names)

    # ------------------------------------------------------------------ title and 落款

    def _content(self) -> list[Line]:
        return [line for line in self.lines if line.kind not in ("blank", "comment")]

    def _mark_title(self) -> None:
        content = self._content()
        if not content:
            return
        first = content[0]
        if first.kind == "title":
            return
        if self._titles(first):
            first.kind = "title"
        elif len(content) > 1 and self._titles(content[1], named=False) and self._titles(first, named=False):
            # the school on one line, the plan's name (工会本学期工作安排) or the union and the year (今年要办的事) on the next:
            # one title, as a 公文's title may run over two lines (GB/T 9704 7.3.3 标题 "可分一行或多行居中排布")
            pair = first.body.strip() + content[1].body.strip()
            if len(first.body.strip()) <= _TITLE_HEAD and (_TITLE_WORDS.search(content[1].body) or _OWN_TITLE.search(pair)):
                first.kind = content[1].kind = "title"

    @staticmethod
    def _titles(line: Line, named: bool = True) -> bool:
        """A line that can be (part of) the title: short, no marker, not a sentence; with `named`, it names the genre."""
        words = line.body.strip()
        return (not line.marker and line.kind in ("text", "heading") and len(words) <= 60
                and not _SENTENCE_END.search(words) and (not named or bool(_TITLE_WORDS.search(words) or _OWN_TITLE.search(words))))

    def _mark_signature(self) -> None:
        """The 落款: up to three short lines naming the union (the seal's place after it: 盖章处) and the date, blank line
        before or not, at the end or just before an appendix (附：月度工作安排表)."""
        content = self._content()
        ends = [len(content)] + [i for i, line in enumerate(content) if i and _APPENDIX.match(line.raw)]
        for end in ends:
            tail = self._signature_before(content[:end])
            joined = "\n".join(line.raw for line in tail)
            if dated(joined) and "工会" in joined:
                for line in tail:
                    line.kind = "signature"
                return

    @staticmethod
    def _signature_before(content: list[Line]) -> list[Line]:
        tail: list[Line] = []
        room = 3  # lines a 落款 may have: the union, the seal's place, the date (a drafter's line makes four)
        for line in reversed(content):
            words = line.raw.strip()
            if len(tail) == room or line.kind in ("title", "table") or line.marker or len(words) > 40:
                break
            drafter = bool(DRAFTER.match(words))
            # 2028年1月：联欢会 is an entry of a month list, not the 落款's date
            if (re.search(r"[。；，,;]|月(?:份)?\s*[：:]\s*\S", words) and not date_with_year_after(words)) or not (
                    dated(words) or SIGNER.search(words) or drafter):
                break
            tail.append(line)
            if drafter:
                room = 4
        return tail

    def _mark_sentence_headings(self) -> None:
        """一、/（一） lines written as a sentence are still headings when a new list or a paragraph follows them:
        "（二）进一步加强师德建设，提高教职工师德素养。" then "1、…"."""
        content = self._content()
        for line, after in zip(content, content[1:], strict=False):
            if line.kind != "item" or line.level not in (1, 2):
                continue
            if after.kind == "text" or (after.kind == "item" and after.level > line.level and after.value == 1):
                line.kind = "heading"

    def _mark_listed_headings(self) -> None:
        """Short （一）（二）（三） lines in a row with nothing under them are a list (goals), not empty headings —
        unless numbered items follow the last of them (then they are headings and the first ones are empty)."""
        content = self._content()
        i = 0
        while i < len(content):
            run = []
            while i < len(content) and _plain_level2(content[i]):
                run.append(content[i])
                i += 1
            if len(run) >= 2:
                after = content[i] if i < len(content) else None
                if after is None or after.kind in ("heading", "title", "signature"):
                    for line in run:
                        line.kind = "item"
            i += 0 if run else 1

    @property
    def title(self) -> Line | None:
        return next((line for line in self.lines if line.kind == "title"), None)

    @property
    def title_text(self) -> str:
        """The whole title, its lines joined (a school's name above the plan's name is one title)."""
        return "".join(line.body.strip(" #") for line in self.lines if line.kind == "title")

    @property
    def has_signature(self) -> bool:
        return any(line.kind == "signature" for line in self.lines)

    # ------------------------------------------------------------------ sections

    def section_keys(self, title: str) -> tuple[str, ...]:
        """The structure sections a heading names, the one named by the longest words first."""
        keys: list[str] = []
        taken: list[tuple[int, int]] = []
        for key, name in self.names:
            for m in re.finditer(re.escape(name), title):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                if key not in keys:
                    keys.append(key)
        return tuple(keys)

    def _heading(self, line: Line) -> Heading:
        text = line.body.strip()
        title = text[len(line.marker):].strip().rstrip("：:").strip() if line.marker else text.rstrip("：:").strip()
        if line.md:
            level = max(1, line.md - 1)
        elif line.marker:
            level = line.level
        else:
            keys = self.section_keys(title)
            level = self.structure.section(keys[0]).level if keys else 1
        level = min(level, 3)
        start = line.body_start + (len(line.body) - len(line.body.lstrip()))
        return Heading(line.number, level, line.marker, line.value, title, text, start, self.section_keys(title))

    def _place_lines(self) -> None:
        l1: Heading | None = None
        l2: Heading | None = None
        item = sub = bullets = paragraphs = row = 0
        last, gap = "blank", True  # kind of the last line with content; a blank line since
        for line in self.lines:
            if line.kind in ("blank", "comment"):
                gap = gap or line.kind == "blank"
                continue
            if line.kind == "title":
                l1 = l2 = None
                item = sub = bullets = paragraphs = 0
                line.place = Location("title", line.body.strip(), 0, "标题")
            elif line.kind == "signature":
                line.place = Location("signature", "", 0, "落款")
            elif line.kind == "heading":
                heading = self._heading(line)
                line.heading = heading
                self.headings.append(heading)
                if heading.level <= 1:
                    l1, l2 = heading, None
                elif heading.level == 2 or l1 is None:
                    l2 = heading
                item = sub = bullets = paragraphs = 0
                label = (_prefix(l1, None) if heading is l2 else "") + heading.text
                line.place = Location(_key(l1, l2), heading.text, 0, label)
            elif line.kind in ("item", "bullet"):
                if line.kind == "bullet":
                    bullets += 1
                    item, sub = bullets, 0
                elif line.level in (4, 5) and item:
                    sub = line.value
                else:
                    item, sub = line.value, 0
                label = _prefix(l1, l2) + f"第{item}条" + (f"（{sub}）" if sub else "")
                line.place = Location(_key(l1, l2), _deepest(l1, l2), item, label)
            elif line.kind == "table":
                row = row + 1 if last == "table" and not gap else 0
                if _TABLE_SEPARATOR.match(line.raw):
                    row -= 1
                where = f"表格第{row}行" if row > 0 else "表头"
                line.place = Location(_key(l1, l2), _deepest(l1, l2), 0, _prefix(l1, l2) + where)
            elif last in ("item", "bullet") and not gap and item:  # the item goes on
                line.place = Location(_key(l1, l2), _deepest(l1, l2), item, _prefix(l1, l2) + f"第{item}条")
            else:
                paragraphs += 1
                line.place = self._paragraph_place(l1, l2, paragraphs)
            last, gap = line.kind, False

    @staticmethod
    def _paragraph_place(l1: Heading | None, l2: Heading | None, paragraphs: int) -> Location:
        deepest = l2 or l1
        if deepest is None:
            return Location("", "", 0, "开头")
        label = _prefix(l1, l2) + (deepest.title if deepest.marker else "")
        return Location(_key(l1, l2), deepest.text, 0, label + (f"第{paragraphs}段" if paragraphs > 1 else ""))

    # ------------------------------------------------------------------ lookups

    def where(self, number: int) -> Location:
        """The place of a 1-based line (the nearest content line above for a blank one)."""
        if not 1 <= number <= len(self.lines):
            return Location()
        for line in reversed(self.lines[:number]):
            if line.kind not in ("blank", "comment"):
                return line.place
        return Location("", "", 0, "开头")

    def line_at(self, offset: int) -> Line:
        """The line holding a text offset."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.lines[max(0, index)]

    def next_content(self, number: int) -> Line | None:
        """The first line after a 1-based line that holds something (not blank, not a comment)."""
        for line in self.lines[number:]:
            if line.kind not in ("blank", "comment"):
                return line
        return None

    def sections(self, key: str) -> list[Heading]:
        return [h for h in self.headings if key in h.keys]

    def month_rows(self) -> int:
        """Lines that start with a month (schedule table rows or "3月：…" lines)."""
        count = 0
        for line in self.lines:
            cell = line.raw.strip().lstrip("|").strip() if line.kind == "table" else line.body
            if line.kind in ("table", "text", "item", "bullet") and MONTH_CELL.match(cell):
                count += 1
        return count


def _key(l1: Heading | None, l2: Heading | None) -> str:
    for heading in (l2, l1):
        if heading is not None and heading.key:
            return heading.key
    return ""


def _deepest(l1: Heading | None, l2: Heading | None) -> str:
    heading = l2 or l1
    return heading.text if heading else ""


def _prefix(l1: Heading | None, l2: Heading | None) -> str:
    """"三、（二）" for numbered headings; the heading's words in quotes for unnumbered ones."""
    return "".join(h.marker.strip() if h.marker else f"“{h.title}”" for h in (l1, l2) if h is not None)
