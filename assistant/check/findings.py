"""Findings and the text they point into: kinds, exact spans, lines and columns."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass

KINDS = (
    "placeholder",
    "outdated",
    "bad_citation",
    "misquote",
    "traditional",
    "pinyin",
    "numbering",
    "missing_section",
    "rule",
)

@dataclass(frozen=True)
class Finding:
    """One problem: its kind, the exact offending span, its 1-based line (0 = whole document) and advice."""

    kind: str
    text: str
    line: int
    message: str
    suggestion: str
    column: int = 0  # 1-based column of the span's first character (0 when line is 0)

    def to_dict(self) -> dict:
        return asdict(self)


class Document:
    """The checked text with offset → (line, column) lookup."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def finding(self, kind: str, start: int, end: int, message: str, suggestion: str) -> Finding:
        line = bisect.bisect_right(self.starts, start)
        column = start - self.starts[line - 1] + 1
        return Finding(kind, self.text[start:end], line, message, suggestion, column)

    def lines(self) -> Iterable[tuple[int, int, str]]:
        """(line number, offset of line start, line text)."""
        for i, start in enumerate(self.starts):
            end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
            yield i + 1, start, self.text[start:end]


def quoted_titles(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]*》", text)]


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)
