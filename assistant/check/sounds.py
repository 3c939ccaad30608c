"""Fixed phrases typed with a wrong character of the same sound: pinyin input and voice typing put in a homophone
(全员参与 → 泉源参与, 保驾护航 → 保驾护行, 校务公示 → 校务公式). nearmiss.py and swaps.py find synonyms a spinner puts in;
this finds characters chosen by their sound.

The fixed phrases are those of nearmiss.py's table (phrases of 4–8 characters the knowledge texts write at least three
times, the curated lists), the common idioms of jieba's dictionary (tags i and l) and the set phrases of official
writing listed in knowledge/spinner.yaml `set_phrases`. A plan's span is such a phrase typed by sound when all of these
hold, so that a writer's own wording is never flagged:

- the span starts and ends where the plan's words do, has the phrase's length and, position by position, a reading
  (toneless pinyin, any reading of a character with several) in common with it;
- at most half of its characters differ from the phrase, none of them a numeral, and the phrase itself is not there;
- the span is neither a word of jieba's dictionary nor written anywhere in the knowledge texts, and holds no real
  look-alike (spinner.yaml `real`);
- each changed character sits in a word of the plan the knowledge texts hardly use (泉源, not 教师 of 教师节 / 教室).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from assistant.check.findings import Document, Finding, add_uncovered_slips
from assistant.check.nearmiss import NearMiss, longest_apart, phrase_data, word_spans
from assistant.check.swaps import CJK, IDIOM
from assistant.domain.data import read_yaml
from assistant.domain.script import to_simplified
from assistant.domain.spinner import DEFAULT_PATH as SPINNER_PATH
from assistant.index.lexicon import base_tokenizer
from assistant.index.segmentation import pos_tokenizer

_LENGTHS = range(4, 9)
_RARE = 4  # a word the knowledge texts write more often than this is the writers' own, not a slip of the keyboard
# Numerals (第三届 / 第四届 are both real) and the particles, prepositions and negations a sentence puts next to a phrase
# (教职工的, 保育员是: the phrase table's runs of a noun and a grammar word).
_GRAMMAR = set("〇零一二两三四五六七八九十百千万亿第的了着过得地个要把被在是和与及就都也还又再将不没以之其而或")


def sound_garbles(doc: Document, found: list[Finding]) -> list[Finding]:
    """The garbles found by the other checks, with the sound slips none of them covers."""
    out = list(found)
    add_uncovered_slips(doc, out, sound_slips(doc.text), "“{text}”与固定说法“{fixed}”读音相同，像是拼音输入或语音输入选错了字")
    return out


def sound_slips(text: str) -> list[NearMiss]:
    """Spans of `text` that are a fixed phrase with characters replaced by others of the same sound."""
    index = _index()
    data = phrase_data()
    found: list[NearMiss] = []
    for at, words, start, end, _, tokens in word_spans(text, _LENGTHS):
        span = words[start:end]
        fixed = _phrase_of(span, index)
        if not fixed or span in data.known or base_tokenizer().FREQ.get(span):
            continue
        if fixed in words[max(0, start - len(fixed)) : end + len(fixed)]:
            continue
        if any(real in words[max(0, start - 4) : end + 4] and _overlaps(words, real, start, end)
               for real in data.real):
            continue
        if _writers_words(words, start, fixed, tokens, data.known, fixed in _set_units()):
            continue
        found.append(NearMiss(at + start, at + end, span, fixed))
    return longest_apart(found)


def _overlaps(words: str, real: str, start: int, end: int) -> bool:
    return any(m.start() < end and start < m.end() for m in re.finditer(re.escape(real), words))


def _phrase_of(span: str, index: dict[tuple[int, str], list[str]]) -> str | None:
    """The fixed phrase `span` sounds like, differing in at most half of its characters, none a numeral nor a
    traditional form of the phrase's character (the kind "script"). The phrase's character is read as the phrase
    reads it (行 of 银行 is hang); the typed one may have been picked by any of its readings."""
    if to_simplified(span) != span:
        return None  # traditional characters are the kind "script"
    first = _readings(span[0])
    candidates = {p for r in first for p in index.get((len(span), r), ())}
    for phrase in sorted(candidates):
        changed = [i for i, (a, b) in enumerate(zip(span, phrase, strict=True)) if a != b]
        if not changed or len(changed) * 2 > len(span):
            continue
        if any({span[i], phrase[i]} & _GRAMMAR or _function_word(phrase[i]) for i in changed):
            continue  # the phrase's changed character is grammar (教职工按… is a noun and the preposition after it)
        if _word_beside(phrase, changed):
            continue  # 请教职工 is 请 + 教职工: a run of the table, not one unit; 侨声教职工 is a name and a noun
        # A slip of one character may have come by a second reading of the typed one (行 typed for 航, hang); where
        # several characters changed, each must sound as it usually does.
        meant, usual = _phrase_readings(phrase), 2 if len(changed) == 1 else 1
        if all(meant[i] in _readings(span[i])[:usual] for i in changed):
            return phrase
    return None


def _word_beside(phrase: str, changed: list[int]) -> bool:
    """One character changed at an edge of a phrase whose remainder is a word of its own (请|教职工): the table's run
    of a word and its neighbour, where the typed character is simply another neighbour. Set phrases and idioms are
    units (保驾护航), whatever their parts."""
    if len(changed) != 1 or changed[0] not in (0, len(phrase) - 1) or phrase in _set_units():
        return False
    rest = phrase[1:] if changed[0] == 0 else phrase[:-1]
    return len(rest) >= 2 and bool(base_tokenizer().FREQ.get(rest))


def _function_word(char: str) -> bool:
    """A preposition, particle or conjunction of jieba's dictionary (按, 对, 并): grammar the phrase table's runs of a
    noun and the next word hold, not a character of a fixed phrase."""
    return pos_tokenizer().word_tag_tab.get(char, "").startswith(("p", "u", "c"))


@functools.lru_cache(maxsize=8192)
def _phrase_readings(phrase: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415

    return tuple(lazy_pinyin(phrase, style=Style.NORMAL, errors=lambda chars: ["?"] * len(chars)))


def _writers_words(words: str, start: int, fixed: str, tokens: list[tuple[int, int]], known: str, unit: bool) -> bool:
    """A changed character stands in a word the knowledge texts use (教室, 期中): the writer's own word. A lone
    character changed counts only inside a set phrase or an idiom (保驾护行): elsewhere it is the next word's start
    (教职工包 is 教职工 and 包…), not a slip."""
    tags = pos_tokenizer().word_tag_tab
    for i, (a, b) in enumerate(zip(words[start:], fixed, strict=False)):
        if a == b:
            continue
        at = start + i
        word = next(words[x:y] for x, y in tokens if x <= at < y)
        if len(word) > 1 and known.count(word) > _RARE:
            return True
        if len(word) == 1 and (not unit or tags.get(word, "").startswith(("p", "u", "c", "r", "m", "q"))):
            return True  # a particle or a preposition (的/地/得, 在/再) is grammar, not the phrase's character
    return False


@functools.lru_cache(maxsize=4096)
def _readings(char: str) -> tuple[str, ...]:
    # Deferred on purpose: pypinyin's dictionaries take a moment to import, as in assistant/index/typos.py.
    from pypinyin import Style, pinyin  # noqa: PLC0415

    return tuple(pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")[0] or ())


@functools.lru_cache(maxsize=1)
def _set_units() -> frozenset[str]:
    """The set phrases and common idioms: units whose every character is fixed."""
    freq, tags = base_tokenizer().FREQ, pos_tokenizer().word_tag_tab
    idioms = {w for w, t in tags.items() if t in ("i", "l") and len(w) >= 4 and freq.get(w, 0) >= IDIOM}
    return frozenset(idioms | set(set_phrases()))


@functools.lru_cache(maxsize=1)
def _index() -> dict[tuple[int, str], list[str]]:
    """(length, a reading of the first character) → the fixed phrases of that length starting with that sound."""
    phrases = set(_set_units()) | {p for p in phrase_data().counts if CJK.fullmatch(p)}
    index: dict[tuple[int, str], list[str]] = defaultdict(list)
    for phrase in phrases:
        if len(phrase) in _LENGTHS and CJK.fullmatch(phrase):
            for reading in _readings(phrase[0]):
                index[(len(phrase), reading)].append(phrase)
    return dict(index)


@functools.lru_cache(maxsize=1)
def set_phrases() -> tuple[str, ...]:
    """Set phrases of official writing (knowledge/spinner.yaml `set_phrases`)."""
    return tuple(str(p) for p in (read_yaml(SPINNER_PATH) or {}).get("set_phrases") or ())
