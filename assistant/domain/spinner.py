"""Fixed phrases garbled by a "伪原创" synonym spinner (knowledge/spinner.yaml): 广大教职工 → 宽广教职工, 送温暖 → 送暖和.

Template sites run copied plans through thesaurus tools that swap one word of a fixed phrase for a synonym that does
not fit. The data lists each fixed phrase with the synonyms such a tool puts in place of its parts; every phrase with
one part swapped, or several (帮扶档案 → 协助扶持档案: 帮 and 扶 each padded), is a garble, and the fixed phrase is the
suggestion.

>>> spinner = Spinner.from_data({"phrases": {"充分发挥": {"充分": ["充沛"]}}})
>>> [(s.text, s.fixed) for s in spinner.spans("要充沛发挥工会作用，充分发挥桥梁作用")]
[('充沛发挥', '充分发挥')]
>>> two = Spinner.from_data({"phrases": {"帮扶档案": {"帮": ["协助"], "扶": ["扶持"]}}})
>>> sorted(two.variants)
['协助扶持档案', '协助扶档案', '帮扶持档案']
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.domain.data import read_yaml

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "spinner.yaml"


@dataclass(frozen=True)
class SpunSpan:
    start: int
    end: int
    text: str
    fixed: str


class Spinner:
    """Finds spun variants of fixed phrases in a text."""

    def __init__(self, variants: dict[str, str]):
        self.variants = variants  # spun variant → fixed phrase
        ordered = sorted(variants, key=lambda v: (-len(v), v))  # the longest variant wins where two overlap
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    @classmethod
    def from_data(cls, data: dict) -> Spinner:
        variants: dict[str, str] = {}
        for phrase, parts in (data.get("phrases") or {}).items():
            phrase = str(phrase)
            for spun in _spun(phrase, [(str(part), [str(s) for s in synonyms or ()])
                                       for part, synonyms in (parts or {}).items() if str(part) in phrase]):
                if spun != phrase:
                    variants.setdefault(spun, phrase)
        # A variant that is itself one of the fixed phrases is a real phrase, not a garble.
        return cls({v: p for v, p in variants.items() if v not in (data.get("phrases") or {})})

    def spans(self, text: str) -> list[SpunSpan]:
        if self._pattern is None:
            return []
        return [SpunSpan(m.start(), m.end(), m.group(0), self.variants[m.group(0)]) for m in self._pattern.finditer(text)]


def _spun(phrase: str, parts: list[tuple[str, list[str]]]) -> list[str]:
    """Every variant of the phrase with one or more of its parts (each at its first place in the phrase; a part
    overlapping an earlier one is skipped) replaced by a synonym."""
    placed: list[tuple[int, str, list[str]]] = []
    for part, synonyms in parts:
        at = phrase.find(part)
        if at >= 0 and not any(a < at + len(part) and at < a + len(p) for a, p, _ in placed):
            placed.append((at, part, synonyms))
    placed.sort()
    out = [""]
    cut = 0
    for at, part, synonyms in placed:
        out = [head + phrase[cut:at] + choice for head in out for choice in (part, *synonyms)]
        cut = at + len(part)
    return [head + phrase[cut:] for head in out]


@functools.lru_cache(maxsize=4)
def load_spinner(path: str | None = None) -> Spinner:
    """The spinner data (knowledge/spinner.yaml by default), read once per process; empty when the file is absent."""
    file = Path(path) if path else DEFAULT_PATH
    return Spinner.from_data(read_yaml(file) or {}) if file.exists() else Spinner({})
