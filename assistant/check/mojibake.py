"""Mojibake: Chinese saved as UTF-8 and read back as GBK (慰问 → 鎱伴棶), as happens when a file is opened with the
wrong encoding or pasted through an old system. Such a run re-encodes to GBK bytes that decode, strictly, as UTF-8 to
everyday characters; ordinary text does not, since a UTF-8 lead byte (E0–EF) is the first byte of only the rarer
characters of GB2312 (its second level, rows D8–F7 and the GBK extensions), so real words seldom chain into one."""

from __future__ import annotations

import functools
import re

_RUN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\ue000-\uf8ff\u3040-\u30ff]{3,}")  # kana: GBK row A4–A5
_COMMON_CJK = re.compile(r"[\u4e00-\u9fff]")


def _everyday(ch: str) -> bool:
    """A character of GB2312's first level (3755 common characters, rows B0–D7)."""
    try:
        encoded = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xB0 <= encoded[0] <= 0xD7


def _decoded(chunk: str) -> str | None:
    try:
        text = chunk.encode("gbk").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if text and all(_COMMON_CJK.match(ch) and _everyday(ch) for ch in text):
        return text
    return None


@functools.lru_cache(maxsize=8)
def mojibake_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, the words it stands for) for each run of three or more characters (a multiple of three: two
    GBK bytes each, three UTF-8 bytes per character) that reads back as everyday words and holds a character outside
    the common ones (real text made of common characters is left alone)."""
    out: list[tuple[int, int, str]] = []
    for run in _RUN.finditer(text):
        words, i = run.group(0), 0
        while i + 3 <= len(words):
            best = None
            for size in range(3, min(len(words) - i, 30) + 1, 3):
                fixed = _decoded(words[i : i + size])
                if fixed is not None:
                    best = (size, fixed)
            if best and not all(_everyday(ch) for ch in words[i : i + best[0]]):
                out.append((run.start() + i, run.start() + i + best[0], best[1]))
                i += best[0]
            else:
                i += 1
    return tuple(out)
