"""Four-character idioms (成语) written with one character wrong: 后顾之忧 → 后顾之愁, 劳逸结合 → 劳逸联合. A writer
who half-remembers an idiom puts in a character of like meaning; nearmiss.py and swaps.py look for the phrases of the
knowledge texts and common idioms only, this covers every idiom of jieba's dictionary (tag i, the 成语 of
《现代汉语词典》 and 《汉语成语词典》 that jieba's dictionary holds).

A span of the plan is such a slip when all of these hold, so that a writer's own wording is never flagged:

- it has four characters, differs from the idiom in one place, and is neither a dictionary word nor written anywhere in
  the knowledge texts;
- neither character of the changed place is a numeral or a grammar word, and the change is one of meaning, not of
  grammar: the two characters are one-character words of the same part of speech (忧 / 愁, both verbs) that make no word
  with their neighbours in the plan (腺彩 | 彩超 is another phrase: 甲状腺彩超), or the idiom's two-character word and the
  plan's are dictionary words of the same part of speech sharing a content character (结合 / 联合, 丰富 / 丰厚).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from assistant.check.nearmiss import NearMiss, bounds_of, phrase_data
from assistant.check.sounds import set_phrases
from assistant.check.swaps import DICTIONARY
from assistant.domain.script import to_simplified
from assistant.index.lexicon import base_tokenizer
from assistant.index.segmentation import pos_tokenizer

_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
# The existential verbs (有/无/没): before a noun, 心里有话 is the writer's clause (有 + what there is), not 心里有数
# misremembered; swapped for each other they change the grammar (卓有 / 没有).
_EXISTENTIAL = "有无没"
# Numerals and the grammar characters a sentence puts around an idiom (as in sounds.py), the existential verbs, and the
# modal verbs (能/可/会/用) whose swaps change the grammar, not the meaning (不能 / 不用).
_GRAMMAR = set("〇零一二两三四五六七八九十百千万亿第的了着过得地个要把被在是和与及就都也还又再将不以之其而或能可会用") | set(_EXISTENTIAL)
# jieba tags of grammar words: locatives, place words, prepositions, pronouns, numerals, measure words, conjunctions,
# particles, adverbs.
_FUNCTION_TAGS = ("f", "s", "p", "r", "m", "q", "c", "u", "d")
# Idioms that are frames with an open slot, which writers fill with the verb or noun they need (一走了之 → 一撤了之,
# 一罚了之; 越来越多 → 越办越好): a span that fills the frame's slot otherwise is a coinage, not a slip. Source:
# 《现代汉语词典》 (第7版) 一…了之, 越…越…, and the 格式 of 刘月华《实用现代汉语语法》.
_FRAMES = (re.compile(r"^一.了之$"), re.compile(r"^越.越.$"), re.compile(r"^.来.去$"), re.compile(r"^不.不.$"),
           re.compile(r"^有.有.$"), re.compile(r"^无.无.$"), re.compile(r"^半.半.$"), re.compile(r"^东.西.$"))
# A verb or adjective asked as A-not-A (通不通, 够不够: 正反问句, 《现代汉语八百词》 不) is grammar of the writer's own.
_A_NOT_A = re.compile(r"(.)不\1")
_RARE = 4  # a word the knowledge texts use more often than this is the writers' own (as in nearmiss.py)


def idiom_slips(text: str) -> list[NearMiss]:
    """Spans of `text` that are an idiom with one character changed for one of like meaning."""
    index, known, freq = _index(), phrase_data().known, base_tokenizer().FREQ
    found: list[NearMiss] = []
    for run in _RUN.finditer(text):
        words = run.group(0)
        for at in range(len(words) - 3):
            span = words[at : at + 4]
            if freq.get(span) or span in known or _A_NOT_A.search(span):
                continue  # 热水通不通: an A-not-A question (水泄不通 has none), not an idiom half-remembered
            for place in range(4):
                for idiom in index.get((place, span[:place] + span[place + 1 :]), ()):
                    if idiom in _set_only() and not _own_slip(words, at, place, known):
                        continue
                    if _A_NOT_A.search(idiom) or any(frame.match(idiom) and frame.match(span) for frame in _FRAMES):
                        continue  # 知不知道 is a question the dictionary lists, no idiom a writer half-remembers
                    if _slip(idiom, span, place, words, at + place):
                        found.append(NearMiss(run.start() + at, run.start() + at + 4, span, idiom))
    return _one_per_place(found)


def _slip(idiom: str, span: str, place: int, words: str, pos: int) -> bool:
    old, new = idiom[place], span[place]
    if old == new or old in _GRAMMAR or new in _GRAMMAR or to_simplified(new) == old:
        return False  # a numeral or grammar word, or the idiom in traditional characters (script.py's finding)
    freq, tags = base_tokenizer().FREQ, pos_tokenizer().word_tag_tab
    if place >= 2 and tags.get(span[:2], "").startswith("m") and freq.get(span[2:], 0) >= DICTIONARY:
        return False  # a count and a word of the dictionary (一笔|开销 beside 一笔勾销) is a counted thing, not a slip
    old_tag, new_tag = tags.get(old, ""), tags.get(new, "")
    if place and idiom[place - 1] in _EXISTENTIAL and new_tag.startswith("n"):
        return False  # 有 + a noun of the writer's (心里有话) says what there is
    if old_tag and new_tag and not new_tag.startswith(_FUNCTION_TAGS) and not old_tag.startswith(_FUNCTION_TAGS):
        beside = (words[pos - 1 : pos + 1] if pos else "", words[pos : pos + 2])
        if not any(len(pair) == 2 and freq.get(pair, 0) >= DICTIONARY for pair in beside):
            return True
    for start in (place - 1, place):
        if start < 0 or start + 2 > 4:
            continue
        was, now = idiom[start : start + 2], span[start : start + 2]
        shared = (set(was) & set(now)) - _GRAMMAR
        was_tag, now_tag = tags.get(was, ""), tags.get(now, "")
        if (shared and freq.get(was, 0) >= DICTIONARY and freq.get(now, 0) >= DICTIONARY and was_tag and now_tag
                and was_tag[0] == now_tag[0] and not now_tag.startswith(_FUNCTION_TAGS)):
            return True
    return False


def _own_slip(words: str, at: int, place: int, known: str) -> bool:
    """For a set phrase that is not an idiom of the dictionary (保教结合, 提案办理): the span stands between the plan's
    words (保健院|体检 holds no 健院体检) and the plan's word holding the changed character is not one the knowledge
    texts use (提案办结率: 办结 is the writers' word)."""
    _, tokens = bounds_of(words)
    starts, ends = {a for a, _ in tokens}, {b for _, b in tokens}
    if at not in starts or at + 4 not in ends:
        return False
    word = next(words[a:b] for a, b in tokens if a <= at + place < b)
    return len(word) == 1 or known.count(word) <= _RARE


@functools.lru_cache(maxsize=1)
def _set_only() -> frozenset[str]:
    """The four-character set phrases that are not idioms of jieba's dictionary."""
    freq, tags = base_tokenizer().FREQ, pos_tokenizer().word_tag_tab
    return frozenset(p for p in set_phrases() if len(p) == 4 and not (tags.get(p) == "i" and freq.get(p, 0) >= DICTIONARY))


def _one_per_place(found: list[NearMiss]) -> list[NearMiss]:
    kept: list[NearMiss] = []
    for miss in sorted(found, key=lambda m: m.start):
        if not any(k.start < miss.end and miss.start < k.end for k in kept):
            kept.append(miss)
    return kept


@functools.lru_cache(maxsize=1)
def _index() -> dict[tuple[int, str], tuple[str, ...]]:
    """(place, the idiom without that place's character) → the idioms: jieba's four-character idioms (tag i) and the
    four-character set phrases of official writing (knowledge/spinner.yaml `set_phrases`: 言传身教 and 保教结合 are fixed
    in every character, though jieba tags the first a noun and does not hold the second)."""
    freq, tags = base_tokenizer().FREQ, pos_tokenizer().word_tag_tab
    words = {w for w, tag in tags.items() if tag == "i" and len(w) == 4 and freq.get(w, 0) >= DICTIONARY}
    words |= {p for p in set_phrases() if len(p) == 4}
    index: dict[tuple[int, str], list[str]] = defaultdict(list)
    for word in words:
        if _RUN.fullmatch(word):
            for place in range(4):
                index[(place, word[:place] + word[place + 1 :])].append(word)
    return {k: tuple(sorted(v)) for k, v in index.items()}
