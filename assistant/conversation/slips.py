"""Pinyin slips in what a user types into the chat (意件 → 意见, 充电装 → 充电桩): a word no dictionary knows whose
one character, swapped for a same-sounding one, gives a common word or one of the knowledge base's own words."""

from __future__ import annotations

import collections
import functools
import re

from assistant.index.lexicon import base_tokenizer
from assistant.index.segmentation import pos_tokenizer

# Sounds a pinyin keyboard's fuzzy setting (模糊音) treats as one, so a slip may swap them: zh/z, ch/c, sh/s, ang/an,
# eng/en, ing/in, l/n at the start.
_FUZZY = ((r"^zh", "z"), (r"^ch", "c"), (r"^sh", "s"), (r"ang$", "an"), (r"eng$", "en"), (r"ing$", "in"), (r"^l", "n"))
# Particles, auxiliaries and measure words jieba glues to a neighbour (借间, 配个, 要占: a verb and its measure word).
_GLUE = frozenset("的了着过得地个要把被在是和与及就都也还又再将不没间台张份套位名次回趟批些点")
SLIP_MIN_FREQ = 500  # the corrected word must be a common word of jieba's dictionary, never a chance pair


def _sound(char: str) -> set[str]:
    from pypinyin import Style, pinyin  # noqa: PLC0415 - deferred: only a request with an unknown word needs it
    out = set()
    for reading in pinyin(char, style=Style.NORMAL, heteronym=True)[0]:
        for pattern, plain in _FUZZY:
            reading = re.sub(pattern, plain, reading)
        out.add(reading)
    return out


@functools.lru_cache(maxsize=1)
def _two_char_words() -> dict[tuple[int, str], list[str]]:
    """jieba's common two-character words, by (position, character) of the character they keep."""
    index: dict[tuple[int, str], list[str]] = {}
    for word, freq in base_tokenizer().FREQ.items():
        if len(word) == 2 and freq >= SLIP_MIN_FREQ and re.fullmatch(r"[\u4e00-\u9fff]{2}", word):
            index.setdefault((0, word[0]), []).append(word)
            index.setdefault((1, word[1]), []).append(word)
    return index


@functools.lru_cache(maxsize=1)
def _inside_words() -> dict[str, int]:
    """How many of jieba's longer words hold each character pair (新进 of 新进展; a slip's pair, 意件, is in none)."""
    pairs = (w[i : i + 2] for w in base_tokenizer().FREQ if len(w) >= 3 for i in range(len(w) - 1))
    return dict(collections.Counter(pairs))


def fix_slips(text: str, keep: str = "", vocabulary: tuple[str, ...] = ()) -> str:
    """A request with its pinyin slips fixed (意件 → 意见, 管里 → 管理): a two-character word jieba's dictionary does
    not know, not in `keep` (the plan's own text) nor inside a longer word, whose one character swapped for a
    same-sounding one gives a common word (the most common wins). `vocabulary` words: see _domain_slips."""
    text = _domain_slips(text, keep, vocabulary)
    known = base_tokenizer().FREQ
    for token in dict.fromkeys(t.word for t in pos_tokenizer().cut(text)):
        if not re.fullmatch(r"[\u4e00-\u9fff]{2}", token) or token in known or token in keep \
                or set(token) & _GLUE or _inside_words().get(token):
            continue  # a word of the dictionary, even an uncounted one (新进), or a pair its longer words hold
        best: tuple[int, str] | None = None
        for at in (0, 1):
            kept = token[1 - at]
            for word in _two_char_words().get((1 - at, kept), ()):
                if word[at] != token[at] and _sound(word[at]) & _sound(token[at]):
                    if best is None or known[word] > best[0]:
                        best = (known[word], word)
        if best:
            text = text.replace(token, best[1])
    return text


def _domain_slips(text: str, keep: str, vocabulary: tuple[str, ...]) -> str:
    """Slips of the knowledge base's words of three or more characters, which jieba's dictionary may not hold
    (在车棚安几个充电装 → 充电桩): a run of the text as long as the word, unknown to jieba and not in `keep`, that differs
    from it in one character only, a same-sounding one, and that starts and ends where jieba's words do (so the 装 of
    充电装置 is never taken)."""
    if not vocabulary:
        return text
    known = base_tokenizer().FREQ
    bounds, at = {0}, 0
    for token in pos_tokenizer().cut(text):
        at += len(token.word)
        bounds.add(at)
    fixes: dict[str, str] = {}
    for word in {w for w in vocabulary if len(w) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", w)}:
        for start in range(len(text) - len(word) + 1):
            run = text[start : start + len(word)]
            if start not in bounds or start + len(word) not in bounds or known.get(run) or run in keep:
                continue
            differ = [i for i, (a, b) in enumerate(zip(run, word, strict=True)) if a != b]
            if len(differ) == 1 and _sound(run[differ[0]]) & _sound(word[differ[0]]):
                fixes[run] = word
    for run, word in fixes.items():
        text = text.replace(run, word)
    return text
