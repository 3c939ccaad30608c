"""Union nouns typed short (困难教职帮扶 for 困难教职工帮扶: knowledge/policy_terms.yaml `clipped_words`) and a word with
one character typed twice inside it (慰问问金 for 慰问金), found with jieba's dictionary."""

from __future__ import annotations

import re

from assistant.domain.policy import load_policy_terms
from assistant.index.lexicon import base_tokenizer

_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1")
_WORD = 3  # jieba's count of a word a plan would write (慰问金 18), not a fragment


def clipped(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, message, suggestion) of each clipped union noun and each word with a character typed twice."""
    out = []
    for word, short, before, fine in load_policy_terms().clipped_words:
        after = "|".join(map(re.escape, sorted(before, key=len, reverse=True)))
        for m in re.finditer(rf"(?:{after}){re.escape(short)}(?![{fine}])", text):
            out.append((m.start(), m.end(), f"“{m.group(0)}”少了字，应为“{m.group(0)[: -len(short)]}{word}”",
                        f"改为“{m.group(0)[: -len(short)]}{word}”"))
    freq = base_tokenizer().FREQ
    for m in _DOUBLED.finditer(text):
        i = m.start()
        if i == 0 or m.end() >= len(text):
            continue
        before, ch, after = text[i - 1], m.group(1), text[m.end()]
        single = before + ch + after  # 慰问金 of 慰问问金
        if freq.get(single, 0) < _WORD or freq.get(before + ch + ch + after) or freq.get(before + ch + ch, 0) >= _WORD:
            continue
        # (一个个打电话: 一个个 is a word of its own, a measure word doubled to mean "one after another")
        # 教职工工会 is two words (教职工 | 工会): the doubled character ends one word and starts the next
        ends = any(freq.get(text[j : i + 1], 0) > 0 for j in range(max(0, i - 3), i))
        starts = any(freq.get(text[i + 1 : k], 0) > 0 for k in range(i + 3, min(len(text), i + 5) + 1))
        if ends and starts:
            continue
        out.append((i - 1, m.end() + 1, f"“{text[i - 1 : m.end() + 1]}”多打了一个“{ch}”", f"改为“{single}”"))
    return out
