"""Parts of speech from jieba, on the process-wide POS tokenizer over the default dictionary."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

from assistant.index.segmentation import pos_tokenizer

logging.getLogger("jieba").setLevel(logging.WARNING)


@dataclass(frozen=True)
class Token:
    """A word with its jieba part-of-speech flag and where it starts in the text."""

    word: str
    flag: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.word)


def pos_dictionary() -> dict[str, str]:
    """jieba's dictionary words with their tags."""
    return pos_tokenizer().word_tag_tab


def word_frequency(word: str) -> int:
    """How often jieba's dictionary says a word occurs in its corpus (0 for a word it does not know)."""
    return pos_tokenizer().tokenizer.FREQ.get(word, 0) or 0


@functools.lru_cache(maxsize=2048)
def tokens(text: str) -> tuple[Token, ...]:
    """The words of a text with their flags (n noun, v verb, y particle, nr person name …) and offsets.

    >>> [(t.word, t.flag) for t in tokens("我们爬山")]
    [('我们', 'r'), ('爬山', 'n')]
    """
    out, pos = [], 0
    for pair in pos_tokenizer().cut(text, HMM=True):
        out.append(Token(pair.word, pair.flag, pos))
        pos += len(pair.word)
    return tuple(out)


def token_at(text: str, start: int) -> Token | None:
    """The token beginning exactly at `start`, or None when a word runs across that position."""
    for token in tokens(text):
        if token.start == start:
            return token
        if token.start > start:
            return None
    return None


def is_own_word(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is one or more whole tokens (no word runs across either edge)."""
    edges = {0, len(text)}
    for token in tokens(text):
        edges.add(token.start)
        edges.add(token.end)
    return start in edges and end in edges
