"""Three-character words of union and school work with their two-character part swapped for a look-alike, as a "伪原创"
synonym spinner does: 班主任 → 班主人 (主任 → 主人), 保育员 → 保养员 (保育 → 保养). nearmiss.py and swaps.py read phrases of
four characters and more; a three-character word is checked here, with the same guards made stricter:

- the word is a dictionary word (jieba) that the knowledge texts write at least `_WRITTEN` times: a set word of the
  field (班主任, 保育员, 教职工), not a one-off;
- the plan's span has its length, starts and ends where the plan's words do, is neither a dictionary word nor written
  anywhere in the knowledge texts, and changes one character, which is no numeral and no member of an interchangeable
  group (knowledge/spinner.yaml `interchangeable`: 校/园, 男/女, 年/月 …);
- the word is a noun (a set name of the field, not 上下班 or 一对一) and its third character is no function word (检查和);
- the changed character makes, with the character beside it, a two-character dictionary word of the plan's own cut that
  shares that other character — no numeral, no noun suffix (本子 and 伙子 share only 子) — with the word's own part
  (主人 beside 主任, 保养 beside 保育): a thesaurus synonym put in, not a word of the next clause; that is no function
  word and that the knowledge texts hardly write on its own (教工 and 学年 are the writers' words: 教工组, 下学年 are
  theirs), and that is a verb exactly when the part it replaces is one (期盼 beside 期末 is the next clause's verb:
  这学期|盼着).
"""

from __future__ import annotations

import functools
from collections import defaultdict

from assistant.check.nearmiss import NearMiss, bounds_of, phrase_data
from assistant.check.sounds import set_phrases
from assistant.check.swaps import CJK, DICTIONARY, NUMERALS
from assistant.index.lexicon import base_tokenizer
from assistant.index.segmentation import pos_tokenizer

_WRITTEN = 5  # times the knowledge texts write a word for it to count as a set word of the field
_FUNCTION_TAGS = ("f", "s", "p", "r", "m", "q", "c", "u", "d")
# Noun suffixes (《现代汉语词典》 子 ⑫, 儿, 头 ⑬): two words ending in one share only the suffix, not a meaning.
_SUFFIXES = "子儿头"
_RARE = 10  # a swapped-in word the knowledge texts write on its own more often than this is a writer's word (教工, 学年)


def three_swaps(text: str) -> list[NearMiss]:
    """Spans of `text` that are a set three-character word with one character of its two-character part swapped."""
    index, freq = _index(), base_tokenizer().FREQ
    known = phrase_data().known
    found: list[NearMiss] = []
    for run in CJK.finditer(text):
        words = run.group(0)
        ends, tokens = bounds_of(words)
        for start in sorted(ends):
            end = start + 3
            if end > len(words) or end not in ends:
                continue
            span = words[start:end]
            if freq.get(span) or span in known or (run.start() + start and text[run.start() + start - 1].isdigit()):
                continue  # a dictionary or known word, or one whose first character belongs to a number (2026年暑假)
            for place in range(3):
                for fixed in index.get(span[:place] + "?" + span[place + 1 :], ()):
                    if _swapped(words, start, place, fixed, tokens):
                        found.append(NearMiss(run.start() + start, run.start() + end, span, fixed))
                        break
                else:
                    continue
                break
    return found


def _swapped(words: str, start: int, place: int, fixed: str, tokens: list[tuple[int, int]]) -> bool:
    new, old = words[start + place], fixed[place]
    if {new, old} & NUMERALS or any(new in g and old in g for g in phrase_data().interchangeable):
        return False
    at = start + place
    token = next(((a, b) for a, b in tokens if a <= at < b), None)
    if token is None or token[1] - token[0] != 2 or token[0] < start or token[1] > start + 3:
        return False  # the changed character must sit in a two-character word of the plan inside the span
    word = words[token[0] : token[1]]
    other = word.replace(new, "", 1)
    own = fixed[token[0] - start : token[1] - start]
    if base_tokenizer().FREQ.get(word, 0) < DICTIONARY or other not in own or _written_alone(word) > _RARE:
        return False
    if other in NUMERALS:
        return False  # 一带 beside 一节 (一对一带课 read as 一节课): a shared numeral is a count, not a synonym's morpheme
    if other in _SUFFIXES and word.endswith(other):
        return False  # 本子 beside 伙子 (小本子 read as 小伙子): a shared noun suffix is no synonym's morpheme
    tags = pos_tokenizer().word_tag_tab
    if tags.get(word, "").startswith(_FUNCTION_TAGS) or not tags.get(fixed, "").startswith("n"):
        return False  # a function word put in, or a word that is no noun (上下班, 一对一): not a set name of the field
    if tags.get(word, "").startswith("v") != tags.get(own, "").startswith("v"):
        return False  # a verb beside a time word or a noun (期盼 beside 期末: 这学期|盼着) is the next word, no synonym
    rest = fixed[: token[0] - start] + fixed[token[1] - start :]
    if tags.get(rest, "").startswith(_FUNCTION_TAGS):
        return False  # 检查和 is 检查 and a conjunction, not a word
    return bool(base_tokenizer().FREQ.get(own))  # the word's own part is a word too (主任, 保育): a synonym swapped


@functools.lru_cache(maxsize=1024)
def _written_alone(word: str) -> int:
    """Times the knowledge texts write the word other than inside a longer dictionary word (主人 in 主人翁)."""
    known, freq = phrase_data().known, base_tokenizer().FREQ
    count, at = 0, known.find(word)
    while at >= 0:
        if not (freq.get(known[max(0, at - 1) : at + 2]) or freq.get(known[at : at + 3])):
            count += 1
        at = known.find(word, at + 1)
    return count


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, ...]]:
    """Pattern with one place open (班主?, 班?任, ?主任) → the set three-character words of the knowledge texts."""
    known, freq = phrase_data().known, base_tokenizer().FREQ
    counts: dict[str, int] = defaultdict(int)
    for run in CJK.finditer(known):
        words = run.group(0)
        for i in range(len(words) - 2):
            counts[words[i : i + 3]] += 1
    # the three-character set words of union writing (knowledge/spinner.yaml `set_phrases`: 贴心人, 娘家人) are set
    # words of the field however rarely the knowledge texts write them
    words = {word for word, count in counts.items() if count >= _WRITTEN and freq.get(word)}
    words |= {word for word in set_phrases() if len(word) == 3 and freq.get(word)}
    index: dict[str, list[str]] = defaultdict(list)
    for word in words:
        for place in range(3):
            index[word[:place] + "?" + word[place + 1 :]].append(word)
    return {k: tuple(sorted(v, key=lambda w: -counts[w])) for k, v in index.items()}
