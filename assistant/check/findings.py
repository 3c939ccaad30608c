"""Findings and the text they point into: kinds, exact spans, and locations a user can follow."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from assistant.check.outline import Location, Outline
from assistant.domain.structure import Structure, load_structure

# The kinds a finding can have, in the order findings on one line are listed (eval/check/README.md's vocabulary).
KINDS = (
    "unsafe_content",
    "pasted_notice",
    "placeholder",
    "outdated",
    "unknown_article",
    "misquote",
    "script",
    "garble",
    "doubled_phrase",
    "school_type_vocab",
    "out_of_period",
    "stale_ordinal",
    "impossible_figure",
    "numbering",
    "empty_section",
    "missing_section",
    "rule",
)

# What each kind is called in the app's 检查结果 list.
KIND_LABELS = {
    "unsafe_content": "不安全内容",
    "pasted_notice": "粘贴的通知",
    "placeholder": "占位符未替换",
    "outdated": "过时提法",
    "unknown_article": "条文不存在",
    "misquote": "引文与原文不符",
    "script": "繁体字或拼音",
    "garble": "替换造成的错词",
    "doubled_phrase": "重复的词语",
    "school_type_vocab": "不符合学校类型的用语",
    "out_of_period": "超出计划期间",
    "stale_ordinal": "届次未更新",
    "impossible_figure": "数字不合理",
    "numbering": "序号问题",
    "empty_section": "只有标题的部分",
    "missing_section": "缺少部分",
    "rule": "规范提示",
}


@dataclass(frozen=True)
class Finding:
    """One problem: its kind, the exact offending span, where it is, why, and what to write instead.

    `line` is the 1-based line in the checked text (0 = the whole document), for tools; users follow `location`.
    """

    kind: str
    text: str
    line: int
    message: str
    suggestion: str
    column: int = 0  # 1-based column of the span's first character (0 when line is 0)
    location: Location = field(default_factory=Location)
    start: int = -1  # offset of the span in the checked text (-1 for the whole document)
    also: tuple[Location, ...] = ()  # the same words with the same problem elsewhere in the plan

    @property
    def end(self) -> int:
        return self.start + len(self.text) if self.start >= 0 else -1

    def to_dict(self) -> dict:
        return asdict(self)

    def to_json(self) -> dict:
        """What `check --json` prints: the location as its label, with the section key and item beside it."""
        return {
            "kind": self.kind,
            "text": self.text,
            "line": self.line,
            "location": self.location.label,
            "section": self.location.section,
            "item": self.location.item,
            "message": self.message,
            "suggestion": self.suggestion,
            "also": [place.label for place in self.also],
        }


class Document:
    """The checked text with offset → (line, column, location) lookup and its outline."""

    def __init__(self, text: str, structure: Structure | None = None):
        self.text = text
        self.structure = structure or load_structure()
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    @functools.cached_property
    def outline(self) -> Outline:
        return Outline(self.text, self.structure)

    def line_of(self, offset: int) -> int:
        """The 1-based line holding `offset`."""
        return bisect.bisect_right(self.starts, offset)

    def finding(self, kind: str, start: int, end: int, message: str, suggestion: str) -> Finding:
        line = self.line_of(start)
        column = start - self.starts[line - 1] + 1
        return Finding(
            kind, self.text[start:end], line, message, suggestion, column, self.location(line), start
        )

    def whole(self, kind: str, message: str, suggestion: str, location: Location) -> Finding:
        """A finding about the document as a whole (a missing section): no span, no line."""
        return Finding(kind, "", 0, message, suggestion, 0, location)

    def location(self, line: int) -> Location:
        return self.outline.where(line)

    def lines(self) -> Iterable[tuple[int, int, str]]:
        """(line number, offset of line start, line text)."""
        for i, start in enumerate(self.starts):
            end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
            yield i + 1, start, self.text[start:end]


def add_uncovered_slips(doc: Document, out: list[Finding], slips: Iterable, message: str) -> None:
    """Append to `out` a garble finding for each slip (a span with .start, .end, .text and .fixed) that no finding
    already in `out` overlaps; `message` is formatted with the slip's text and fixed phrase, the suggestion is the
    fixed phrase. The garble passes (near misses, word swaps, idioms, sound slips) share this, in their order."""
    for slip in slips:
        if not any(f.start < slip.end and slip.start < f.end for f in out):
            out.append(doc.finding("garble", slip.start, slip.end, message.format(text=slip.text, fixed=slip.fixed),
                                   f"改为“{slip.fixed}”"))


def quote(words: str) -> str:
    """Words in Chinese quotation marks, quotes inside them turned into single ones.

    >>> quote("“三八”妇女节")
    '“‘三八’妇女节”'
    """
    return "“" + words.replace("“", "‘").replace("”", "’") + "”"


def quoted_titles(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]*》", text)]


_CITED_QUOTE = re.compile(r"[“\"「『]([^”\"」』\n]{2,400})[”\"」』]")
_CITED_BEFORE = re.compile(r"》|第[零一二三四五六七八九十百\d]{1,4}条")


def cited_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quotations of a law (《教师法》第五条说“…”): the law's words, not what the school itself plans, so a
    rule about the school's own bodies does not read them (a 教代会 the statute names is not the school's).

    >>> t = "《教师法》第五条说“学校根据教代会决议”，我们开全员大会。"
    >>> [t[a:b] for a, b in cited_quotes(t)]
    ['“学校根据教代会决议”']
    """
    return [(m.start(), m.end()) for m in _CITED_QUOTE.finditer(text)
            if _CITED_BEFORE.search(text, max(0, m.start() - 24), m.start())]


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)
