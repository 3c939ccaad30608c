"""Made-up words of feeling: a spinner's verb put before 感 in place of 成就 or 获得. A word of two characters with 感 after it
(获得感, 成就感, 仪式感) is a set word; one that neither the dictionary, the curated list of such words
(knowledge/policy_terms.yaml `feeling_words`) nor the knowledge texts know is no word of Chinese."""

from __future__ import annotations

import re

from assistant.check.nearmiss import phrase_data
from assistant.domain.policy import load_policy_terms
from assistant.index.lexicon import base_tokenizer

_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")


def made_up_feelings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the usual word it stands for) of each unknown two-character word + 感, and of each usual word
    whose 感 a look-alike took (幸福惑: knowledge/policy_terms.yaml `feeling_words` look_alikes)."""
    out = _misshapen(text)
    if "感" not in text:
        return out
    known, usual = load_policy_terms().feeling_words
    freq, texts = base_tokenizer().FREQ, phrase_data().known
    for run in _RUN.finditer(text):
        if "感" not in run.group(0)[2:]:
            continue
        words, pos = base_tokenizer().lcut(run.group(0)), run.start()
        for i, (before, word) in enumerate(zip(words, words[1:], strict=False)):
            pos += len(before)
            if word != "感" or len(before) != 2 or not freq.get(before) or (i and words[i - 1] == "被"):
                continue  # 被尊重感, 被需要感: the feeling of being so treated, a phrase of its own
            whole = before + word
            if whole in known or freq.get(whole) or whole in texts:
                continue
            kin = next((u for u in usual if set(u[:2]) & set(before)), usual[0] if usual else "")
            out.append((pos - len(before), pos + 1, kin))
    return out


def _misshapen(text: str) -> list[tuple[int, int, str]]:
    terms = load_policy_terms()
    shapes, (_, usual) = terms.feeling_look_alikes, terms.feeling_words
    if not shapes:
        return []
    freq = base_tokenizer().FREQ
    out = []
    for word in usual:
        for m in re.finditer(rf"{re.escape(word[:-1])}[{re.escape(shapes)}]", text):
            if not freq.get(m.group(0)) and not freq.get(text[m.end() - 1 : m.end() + 1]):
                out.append((m.start(), m.end(), word))  # (not 幸福憾事: the look-alike opens a word of its own)
    return out
