"""Two characters typed in the wrong order (属归感 for 归属感, 凝力聚 for 凝聚力): a slip of fast typing that leaves no
word of the language, so jieba's dictionary cuts the span into single characters.

A pair of neighbouring characters is such a slip when all of these hold, so that a writer's own wording is never
flagged:
- each of the two stands alone as a one-character word of the plan (jieba's dictionary words, no guessing), and the
  pair in its written order is neither a dictionary word nor written in the knowledge texts, and neither is a word of
  grammar (a negation or a particle: 出了事没人管 is no 没事人);
- swapped back, the pair with the character before or after it is a dictionary word (归属感, 荣誉感), a common one or
  one whose swapped pair is itself common (归属): the slip broke a longer word, which a chance neighbour of two
  one-character words never does.
"""

from __future__ import annotations

import re

from assistant.check.nearmiss import NEGATIONS, NearMiss, phrase_data
from assistant.domain.policy import load_policy_terms
from assistant.index.lexicon import base_tokenizer

COMMON = 300  # jieba's count from which the swapped pair is a common word (归属 638)
LONGER = 20  # ... and from which the three-character word is (荣誉感 49, 归属感 52), whatever its pair
_CJK = re.compile(r"[\u4e00-\u9fff]{3,}")
_WORD = 20  # jieba's count from which a two-character pair is a word a writer chose (职教 26, 寒假 94; 凝力 7)
_NUMERALS = set("〇零一二两三四五六七八九十百千万")
_TERM_USES = 3  # times the knowledge texts write a term before its swapped form is taken for a slip (凝聚力 35)


def transposed(text: str) -> list[NearMiss]:
    """Spans of `text` holding two characters in the wrong order, with the word they should make."""
    tokenizer = base_tokenizer()
    freq, known = tokenizer.FREQ, phrase_data().known
    grammar = set(NEGATIONS) | load_policy_terms().doubled_particles  # 没事人 of 出了事没人管: grammar, not a slip
    out: list[NearMiss] = []
    for run in _CJK.finditer(text):
        words = tokenizer.lcut(run.group(0), HMM=False)
        starts = [0]
        for word in words:
            starts.append(starts[-1] + len(word))
        raw = run.group(0)
        for i in range(len(words) - 1):
            a, b = words[i], words[i + 1]
            if len(a) != 1 or len(b) != 1 or {a, b} & (grammar | _NUMERALS) or freq.get(a + b) or (a + b) in known:
                continue  # a numeral next to 年 or 月 (二〇二七年二至七月) is a date, not a term's characters swapped
            at = starts[i]
            before, after = raw[max(0, at - 1) : at], raw[at + 2 : at + 3]
            longer = [w for w in ((before + b + a) if before else "", (b + a + after) if after else "") if w]
            # the longer word a common one, or a dictionary word whose swapped pair is common (归属 of 归属感)
            fixed = next((w for w in longer if freq.get(w, 0) >= LONGER or (freq.get(w) and freq.get(b + a, 0) >= COMMON)), "")
            if not fixed:
                continue
            span_start = at - 1 if fixed == before + b + a else at
            out.append(NearMiss(run.start() + span_start, run.start() + span_start + 3,
                                raw[span_start : span_start + 3], fixed))
    return out + [m for m in _swapped_terms(text, freq, known, grammar)
                  if not any(n.start < m.end and m.start < n.end for n in out)]


def _swapped_terms(text: str, freq: dict[str, int], known: str, grammar: set[str]) -> list[NearMiss]:
    """Three characters that are a term of the knowledge texts with two neighbours swapped (聚凝力 for 凝聚力, 送暖温
    for 送温暖), where jieba joins one of the swapped characters to its neighbour (凝力, 送暖) so the pair test above
    never sees two single characters: the span is no word and never written in the knowledge texts, the swapped pair
    as written is no common word, and the term swapped back is a dictionary word the knowledge texts use."""
    out: list[NearMiss] = []
    for run in _CJK.finditer(text):
        raw = run.group(0)
        for at in range(len(raw) - 2):
            span = raw[at : at + 3]
            if freq.get(span) or set(span) & (grammar | _NUMERALS):
                continue  # 二十届四中全会, 点一点: numerals are counts, not the characters of a term
            for i in (0, 1):
                pair, other = span[i : i + 2], span[1 - i : 3 - i]
                term = span[:i] + pair[::-1] + span[i + 2 :]
                # a written pair or a pair beside it that is a word of its own (中职教工, 寒假暑假, 上班下班) is the
                # writer's wording, not a slip
                if (pair[0] == pair[1] or freq.get(pair, 0) >= _WORD or freq.get(other, 0) >= _WORD
                        or not freq.get(term) or known.count(term) < _TERM_USES or span in known):
                    continue
                out.append(NearMiss(run.start() + at, run.start() + at + 3, span, term))
                break
    return out
