"""Small text patterns every layer shares: leading item numbers and characters that never belong in text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# A number in front of an item or heading: "一、", "（三）", "(2)", "1、", "2.", "3．".
LEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}\s*[、.．])\s*")
# A measure's own number ("1、", "2.", "（3）", "(4)") when text follows it.
ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}\s*[、.．]\s*|[（(]\s*\d{1,2}\s*[）)]\s*)(?=\S)")
# Any list or heading mark: 一、 （一） （1）、 1、 a) ① - •.
ITEM_MARK = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]\s*[、.．]?|\d{1,2}\s*[、.．](?!\d)|"
    r"[a-zA-Z]\s*[)）.、]|[①②③④⑤⑥⑦⑧⑨⑩]|[-–•·])\s*"
)
# C0 control characters except tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Never in text anyone should see: controls, format characters (zero-width, bidi overrides such as RLO, BOM, soft
# hyphen), lone surrogates, private-use and unassigned code points.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def strip_leading_number(text: str) -> str:
    """Text without the item or heading number it starts with.

    >>> strip_leading_number("（三）女职工工作")
    '女职工工作'
    """
    return LEADING_NUMBER.sub("", text, count=1)


def strip_item_marks(line: str) -> str:
    """A line without the (possibly several) list marks it starts with.

    >>> strip_item_marks("一、（1）做好慰问工作")
    '做好慰问工作'
    """
    previous = None
    while previous != line:
        previous = line
        line = ITEM_MARK.sub("", line, count=1).strip()
    return line


def drop_control_chars(text: str) -> str:
    """Text without NUL and other C0 control characters (tabs and line breaks stay)."""
    return _CONTROL.sub("", text)


def drop_invisible(text: str) -> str:
    """Text without control, format, bidi or zero-width characters; tab and line feed stay, CR LF becomes LF.

    >>> drop_invisible("江城\u202e中学\u200b工会\x07")
    '江城中学工会'
    """
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in _INVISIBLE_CATEGORIES)


def occurrences(word: str, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of the word in the text, left to right and without overlaps, as
    re.finditer(re.escape(word), text) finds them but without a pattern per word: thousands of keywords each searched
    that way evict every other pattern from re's cache, which then compiles them again.

    >>> list(occurrences("工会", "工会工会会"))
    [(0, 2), (2, 4)]
    """
    if not word:
        yield from ((i, i) for i in range(len(text) + 1))
        return
    start = text.find(word)
    while start >= 0:
        yield start, start + len(word)
        start = text.find(word, start + len(word))


def common_ends(a: str, b: str) -> tuple[int, int]:
    """How many characters two texts share at the start, and at the end after that start (the two never overlap).

    >>> common_ends("放在周二下午", "放在周四下午")
    (3, 2)
    """
    limit = min(len(a), len(b))
    head = 0
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def char_pairs(text: str) -> set[str]:
    """The text's pairs of neighbouring characters, the unit short texts are compared by.

    >>> sorted(char_pairs("工会"))
    ['工会']
    """
    return {text[i : i + 2] for i in range(len(text) - 1)}
