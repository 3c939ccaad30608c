"""A word of a fixed phrase swapped for a thesaurus synonym, found from a word-level thesaurus rather than a list of
garbled phrases: one entry (模范 → 榜样, 楷模 …; knowledge/spinner.yaml `thesaurus`) covers every fixed phrase that
holds the word (劳动模范, 模范教职工之家 …), whether or not the synonym shares a character with the word (swaps.py needs
one) and whatever part of speech jieba gives it.

The fixed phrases are the curated ones (spinner.yaml `phrases` and `set_phrases`, the fixed terms of
knowledge/policy_terms.yaml) and those the knowledge texts write at least three times (nearmiss.py's table). A swapped
phrase in a plan is a garble only when:

- it is written nowhere in the knowledge texts, is not a word of jieba's dictionary and holds no real look-alike
  (spinner.yaml `real`), nor is it itself a fixed phrase;
- it starts and ends where the plan's own words start and end, and the synonym stands as a word of the plan.
"""

from __future__ import annotations

import functools
import re

from assistant.check.nearmiss import NearMiss, bounds_of, longest_apart, phrase_data
from assistant.domain.data import read_yaml
from assistant.domain.spinner import DEFAULT_PATH as SPINNER_PATH
from assistant.index.lexicon import base_tokenizer
from assistant.index.segmentation import pos_tokenizer

_CJK = re.compile(r"[\u4e00-\u9fff]+")
_MIN_COUNT = 3  # written three times in the knowledge texts: a fixed phrase
# jieba tags of function words (locatives, place words, prepositions, pronouns, numerals, measure words, conjunctions,
# particles, adverbs, punctuation): a run of the texts that opens or closes with one (中的困难, 了解其工作) is a slice of a
# sentence, not a fixed phrase.
_FUNCTION_TAGS = ("f", "s", "p", "r", "m", "q", "c", "u", "d", "x", "y", "e", "o")


def thesaurus_swaps(text: str) -> list[NearMiss]:
    """Spans of `text` that are a fixed phrase with one word swapped for a thesaurus synonym."""
    variants = _variants()
    if not variants:
        return []
    pattern = _pattern()
    found: list[NearMiss] = []
    for run in _CJK.finditer(text):
        words = run.group(0)
        if not pattern.search(words):
            continue
        ends, _ = bounds_of(words)
        for start in range(len(words)):
            if start not in ends:
                continue
            m = pattern.match(words, start)
            if not m or m.end() not in ends:
                continue
            phrase, at = variants[m.group(0)]
            synonym_end = at + len(m.group(0)) - len(phrase) + _word_length(phrase, at)
            if at >= 0 and ((at and start + at not in ends) or start + synonym_end not in ends):
                continue  # the synonym runs into the next word: 少年宫 is not 少年 | 宫
            found.append(NearMiss(run.start() + start, run.start() + m.end(), m.group(0), phrase))
    return longest_apart(_joined(found, text))


def _joined(found: list[NearMiss], text: str) -> list[NearMiss]:
    """Two phrases read in one swap (学生营养 and 营养餐 in 学生养分餐) are one garble spanning both: the swapped word is
    corrected once in the whole span."""
    out = list(found)
    for a in found:
        for b in found:
            if a.start < b.start < a.end < b.end:
                whole = text[a.start : b.end]
                out.append(NearMiss(a.start, b.end, whole, whole.replace(a.text, a.fixed, 1)))
    return out


def _word_length(phrase: str, at: int) -> int:
    """Length of the phrase's word at `at` (the one the synonym replaced)."""
    offset = 0
    for word in _words(phrase):
        if offset == at:
            return len(word)
        offset += len(word)
    return 0


@functools.lru_cache(maxsize=8192)
def _words(phrase: str) -> tuple[str, ...]:
    """The phrase's words, a dictionary word of three or more characters read as its parts (劳动模范 → 劳动|模范,
    正能量 → 正|能量)."""
    out: list[str] = []
    freq = base_tokenizer().FREQ
    for word in base_tokenizer().lcut(phrase, HMM=False):
        if len(word) < 3:
            out.append(word)
            continue
        rest = word
        while rest:
            longest = min(len(rest) - (rest == word), 3)
            head = next((rest[:n] for n in range(longest, 1, -1) if freq.get(rest[:n])), rest[:1])
            out.append(head)
            rest = rest[len(head):]
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    ordered = sorted(_variants(), key=lambda v: (-len(v), v))
    return re.compile("|".join(map(re.escape, ordered)))


@functools.lru_cache(maxsize=1)
def _variants() -> dict[str, tuple[str, int]]:
    """Swapped phrase → (the fixed phrase, where the swapped word starts)."""
    spinner = read_yaml(SPINNER_PATH) or {}
    thesaurus = {str(w): [str(s) for s in syns or ()] for w, syns in (spinner.get("thesaurus") or {}).items()}
    if not thesaurus:
        return {}
    data = phrase_data()
    curated = set(data.listed) | {str(p) for p in spinner.get("set_phrases") or ()}
    phrases = curated | {p for p, count in data.counts.items() if count >= _MIN_COUNT}
    freq, tags = base_tokenizer().FREQ, pos_tokenizer().word_tag_tab
    out: dict[str, tuple[str, int]] = {}
    for phrase in sorted(phrases):
        if len(phrase) < 3 or not _CJK.fullmatch(phrase):
            continue
        words = _words(phrase)
        if phrase not in curated and any(tags.get(w, "x").startswith(_FUNCTION_TAGS) for w in (words[0], words[-1])):
            continue
        offset = 0
        swappable = []
        for word in words:
            for synonym in thesaurus.get(word, ()):
                swapped = phrase[:offset] + synonym + phrase[offset + len(word) :]
                if not _spun(swapped, phrases, data, freq):
                    continue
                out.setdefault(swapped, (phrase, offset))
            if thesaurus.get(word):
                swappable.append((offset, word))
            offset += len(word)
        if phrase in curated and len(swappable) == 2:
            # both words of a curated two-word phrase swapped at once (智慧和力量 → 聪慧和力气); at -1: the whole
            # phrase is the swap, its ends are checked against the plan's words
            (first_at, first), (second_at, second) = swappable
            for one in thesaurus[first]:
                for two in thesaurus[second]:
                    swapped = phrase[:first_at] + one + phrase[first_at + len(first) : second_at] + two + phrase[second_at + len(second) :]
                    if _spun(swapped, phrases, data, freq):
                        out.setdefault(swapped, (phrase, -1))
    return out


def _spun(swapped: str, phrases: set[str], data, freq: dict) -> bool:
    """True when a swapped phrase is no real wording: not a phrase, known text, a dictionary word or a real look-alike."""
    return not (swapped in phrases or swapped in data.known or freq.get(swapped) or any(r in swapped for r in data.real))
