"""A word of a fixed phrase swapped for a look-alike, as a "伪原创" synonym spinner does: 乡村振兴 → 村落振兴 (乡村 →
村落), 先进集体 → 进步集体 (先进 → 进步), 建言献策 → 建言捐策 (献 → 捐). nearmiss.py finds one character changed where
the new character is a word of its own; this finds the changes a spinner makes to a two-character word of the phrase:

- the phrase is a set unit: one of the curated fixed phrases (knowledge/spinner.yaml `phrases`, the fixed terms of
  knowledge/policy_terms.yaml), a common idiom of jieba's dictionary (tags i and l), or a word of jieba's dictionary that the knowledge texts write at least three times
  (nearmiss.py's table) and whose swapped word is the usual filler of its place there (先进 before 典型 — not 教师 after
  优秀, a place many words fill: 优秀教师, 优秀班主任, 优秀工会干部…);
- the plan's span has the same length, starts and ends where the plan's words do, is neither a dictionary word nor
  written anywhere in the knowledge texts, and the swapped word stands as a word of the plan;
- the new word shares a character with the old one (synonyms of Chinese share a morpheme: 先进/进步, 乡村/村落,
  献策/捐策) and is either a dictionary word that is not a function word (a spinner puts in a thesaurus word) or, when
  only one character changed, that character is a one-character word of the same part of speech as the one it
  replaced (献/捐, both verbs);
- the new word brings in no numeral and no character of an interchangeable group (knowledge/spinner.yaml
  `interchangeable`: a unit, a time, a group of people — 从严治校 and 教育强市 put the phrase to the writer's own unit),
  and the span holds no real look-alike (spinner.yaml `real`) nor another fixed phrase (爱心妈咪小屋).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from assistant.check.nearmiss import NEGATIONS, NearMiss, bounds_of, phrase_data, spoken_verb, word_spans
from assistant.index.lexicon import base_tokenizer
from assistant.index.segmentation import pos_tokenizer

# Shared with threes.py, sounds.py and idioms.py.
CJK = re.compile(r"[\u4e00-\u9fff]+")
_LENGTHS = range(4, 7)
DICTIONARY = 5  # jieba's count of a real word (a spinner's synonym), not a fragment
_COMMON = 20  # a word the knowledge texts write more often than this is the writers' own (大会, 春节), not a spinner's
IDIOM = 100  # jieba's count of an idiom common enough that a plan quotes it
_USUAL = 0.5  # the phrase's word fills at least half of its place in the knowledge texts
_RARE_NEW = 4  # a look-alike the knowledge texts write more often than this is a word of the writers, not a spinner's
NUMERALS = set("〇零一二两三四五六七八九十百千万亿第")
# jieba tags of words that are grammar, not synonyms: locatives, place words, prepositions, pronouns, numerals, measure
# words, conjunctions, particles.
_FUNCTION_TAGS = ("f", "s", "p", "r", "m", "q", "c", "u")


def word_swaps(text: str) -> list[NearMiss]:
    """Spans of `text` that are a fixed phrase with one two-character word swapped for a look-alike."""
    index = _index()
    if not index:
        return []
    found: list[NearMiss] = []
    for at, words, start, end, ends, _ in word_spans(text, _LENGTHS):
        fixed = _swapped(words[start:end], {e - start for e in ends if start < e < end})
        if fixed:
            found.append(NearMiss(at + start, at + end, words[start:end], fixed))
    return _kept(found + _stretched(text), text)


def _stretched(text: str) -> list[NearMiss]:
    """A one-character verb of a curated slogan replaced by a two-character verb (以赛促教 → 以赛增进教): the spinner's
    synonym of the verb, which makes the slogan one character longer."""
    found = []
    tags, freq = pos_tokenizer().word_tag_tab, base_tokenizer().FREQ
    for pattern, phrase, offset in _stretch_patterns():
        for m in pattern.finditer(text):
            new, old = m.group(1), phrase[offset]
            if freq.get(new, 0) < DICTIONARY or old in new or not tags.get(new, "").startswith("v"):
                continue
            line_start = max(text.rfind(c, 0, m.start()) for c in "\n。，、；：“”（）") + 1
            words = text[line_start : m.end() + 4]
            ends, _ = bounds_of(words)
            begin, end = m.start() - line_start, m.end() - line_start
            if (begin and begin not in ends) or end not in ends:
                continue  # the plan's words run on: 以赛促进教学 is 以赛 | 促进 | 教学
            found.append(NearMiss(m.start(), m.end(), m.group(0), phrase))
    return found


@functools.lru_cache(maxsize=1)
def _stretch_patterns() -> tuple[tuple[re.Pattern, str, int], ...]:
    """For each curated four-character slogan with a one-character verb inside it: the slogan with that verb open."""
    tags = pos_tokenizer().word_tag_tab
    out = []
    for phrase in sorted(phrase_data().listed):
        if len(phrase) != 4 or not CJK.fullmatch(phrase):
            continue
        offset = 0
        for part in base_tokenizer().lcut(phrase, HMM=False):
            if len(part) == 1 and 0 < offset < 3 and tags.get(part, "").startswith("v"):
                body = re.escape(phrase[:offset]) + r"([\u4e00-\u9fff]{2})" + re.escape(phrase[offset + 1 :])
                out.append((re.compile(body), phrase, offset))
            offset += len(part)
    return tuple(out)


def _swapped(span: str, inner: set[int]) -> str | None:
    """The fixed phrase `span` is a swap of, or None."""
    candidates = [
        (offset, phrase)
        for offset in range(len(span) - 1)
        # the swapped word must be a word of the plan
        if not ((offset and offset not in inner) or (offset + 2 < len(span) and offset + 2 not in inner))
        for phrase in _index().get((span[:offset], span[offset + 2 :], offset), ())
        if phrase[offset : offset + 2] != span[offset : offset + 2]
    ]
    if not candidates:
        return None
    data = phrase_data()
    if span in data.counts or base_tokenizer().FREQ.get(span) or _holds_fixed(span) or span in data.known:
        return None
    for offset, phrase in candidates:
        curated = phrase in data.listed  # quoted word for word (教育家精神, 以赛促教): even a verb is not the writer's choice
        if _look_alike(phrase[offset : offset + 2], span[offset : offset + 2], curated) and _usual(phrase, offset):
            return phrase
    for offset, phrase in candidates:
        if phrase in data.listed and _only_kin(phrase, offset, span[offset : offset + 2]):
            return phrase
    return None


def _only_kin(phrase: str, offset: int, new: str) -> bool:
    """A curated phrase's word at an open place (精准帮扶, 结对帮扶, 困难帮扶 …) swapped for a rare look-alike that is kin
    to this filler alone: it shares a content character with the phrase's word (困难 / 艰难: 难) and with no other filler
    the knowledge texts put there, so it is the spinner's synonym of that word and not another filler of the place."""
    old = phrase[offset : offset + 2]
    if not _look_alike(old, new, True) or phrase_data().known.count(new) > _RARE_NEW:
        return False
    tags = pos_tokenizer().word_tag_tab
    if all(tags.get(ch, "").startswith(_FUNCTION_TAGS) for ch in set(old) & set(new)):
        return False  # 甘于 / 乐于 share only the preposition 于: another word, not a synonym
    return not any(set(word) & set(new) for word in _fillers(phrase, offset) if word != old)


@functools.lru_cache(maxsize=4096)
def _fillers(phrase: str, offset: int) -> frozenset[str]:
    """The dictionary words the knowledge texts put at the phrase's place between the same neighbours."""
    before, after = phrase[:offset], phrase[offset + 2 :]
    found = re.finditer(re.escape(before) + r"([\u4e00-\u9fff]{2})" + re.escape(after), phrase_data().known)
    return frozenset(m.group(1) for m in found if base_tokenizer().FREQ.get(m.group(1), 0) >= DICTIONARY)


def _holds_fixed(span: str) -> bool:
    """The span holds another fixed phrase (爱心妈咪小屋 holds 妈咪小屋): a real name, not a swap."""
    listed = phrase_data().listed
    return any(span[a:b] in listed for a in range(len(span)) for b in range(a + 3, len(span) + 1) if b - a < len(span))


def _look_alike(old: str, new: str, curated: bool = False) -> bool:
    """A spinner's synonym of a two-character word: a shared character, and a real word or a one-character swap of the
    same part of speech."""
    if not set(old) & set(new) or (set(old) ^ set(new)) & NUMERALS or _localised(old, new):
        return False
    if new[0] in NEGATIONS and old[0] not in NEGATIONS:
        return False  # a negated word says the opposite (履职不力 beside 履职能力): a judgement, not a synonym
    if spoken_verb(old, new):
        return False  # the verb with its aspect particle (围着 beside 围绕) is the writer's spoken verb
    tags = pos_tokenizer().word_tag_tab
    if base_tokenizer().FREQ.get(new, 0) >= DICTIONARY:
        if not curated and any(tags.get(w, "").startswith("v") and tags.get(w, "") != "vn" for w in (old, new)):
            return False  # a verb is the writer's choice (做好 / 办好, 办理 / 办结), as in nearmiss.py
        return not tags.get(new, "").startswith(_FUNCTION_TAGS) and phrase_data().known.count(new) <= _COMMON
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    if len(changed) != 1 or new in base_tokenizer().FREQ:
        return False  # a rare word of the dictionary (办结 beside 办理) is a real word, not a spinner's leftover
    was, now = changed[0]
    was_tag, now_tag = tags.get(was, ""), tags.get(now, "")
    return bool(was_tag and now_tag) and was_tag[0] == now_tag[0] and not now_tag.startswith(_FUNCTION_TAGS)


def _localised(old: str, new: str) -> bool:
    """The new word brings in a character of an interchangeable group (knowledge/spinner.yaml `interchangeable`): the
    writer put the phrase to their own unit, time or people (从严治党 → 从严治校, 教育强国 → 教育强市, 教师 → 老师)."""
    added = set(new) - set(old)
    return any(ch in group for ch in added for group in phrase_data().interchangeable)


@functools.lru_cache(maxsize=4096)
def _usual(phrase: str, offset: int) -> bool:
    """The phrase's word is the usual filler of its place: among the dictionary words the knowledge texts put between
    the same neighbours, it is written at least half of the time (a curated phrase the texts never write counts as
    fixed)."""
    data = phrase_data()
    before, after = phrase[:offset], phrase[offset + 2 :]
    fillers = Counter(m.group(1) for m in re.finditer(re.escape(before) + r"([\u4e00-\u9fff]{2})" + re.escape(after),
                                                     data.known))
    words = {w: n for w, n in fillers.items() if base_tokenizer().FREQ.get(w, 0) >= DICTIONARY}
    total = sum(words.values())
    if not total:  # a curated phrase or an idiom the texts do not write: nothing says its place is open
        return phrase in data.listed or phrase in _idioms()
    return words.get(phrase[offset : offset + 2], 0) >= _USUAL * total


@functools.lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str, int], tuple[str, ...]]:
    """(words before, words after, offset) of each two-character word of a set phrase → the phrases."""
    data = phrase_data()
    freq = base_tokenizer().FREQ
    phrases = set(data.listed) | {p for p in data.counts if freq.get(p)} | _idioms()
    index: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for phrase in phrases:
        if len(phrase) not in _LENGTHS or not CJK.fullmatch(phrase):
            continue
        offset = 0
        for part in base_tokenizer().lcut(phrase, HMM=False) if not freq.get(phrase) else _halves(phrase):
            if len(part) == 2:
                index[(phrase[:offset], phrase[offset + 2 :], offset)].append(phrase)
            offset += len(part)
    return {k: tuple(sorted(v)) for k, v in index.items()}


@functools.lru_cache(maxsize=1)
def _idioms() -> frozenset[str]:
    """jieba's common four-character idioms and set expressions (tags i and l): set units by definition (同心同德,
    齐心协力, 求真务实)."""
    freq, tags = base_tokenizer().FREQ, pos_tokenizer().word_tag_tab
    return frozenset(w for w, tag in tags.items() if len(w) == 4 and tag in ("i", "l") and freq.get(w, 0) >= IDIOM)


def _halves(phrase: str) -> list[str]:
    """A dictionary word of four or more characters read as its words (建言献策 → 建言|献策); jieba would keep it whole."""
    tokenizer = base_tokenizer()
    parts: list[str] = []
    rest = phrase
    while rest:
        longest = min(len(rest) - (rest == phrase), 3)
        head = next((rest[:n] for n in range(longest, 1, -1) if tokenizer.FREQ.get(rest[:n])), rest[:1])
        parts.append(head)
        rest = rest[len(head):]
    return parts


def _kept(found: list[NearMiss], text: str) -> list[NearMiss]:
    """One span per place, none inside a real look-alike."""
    real = [(m.start(), m.end()) for p in phrase_data().real for m in re.finditer(re.escape(p), text)]
    kept: list[NearMiss] = []
    for miss in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if any(a < miss.end and miss.start < b for a, b in real):
            continue
        if not any(k.start < miss.end and miss.start < k.end for k in kept):
            kept.append(miss)
    return sorted(kept, key=lambda m: m.start)
