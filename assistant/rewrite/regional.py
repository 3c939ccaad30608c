"""Regional words in standard Chinese, for reading a text rather than rewriting it: a question asked in the words of
home (佢系新来嘅, 么子都冇得, 莫发了) is read in the words the knowledge base is written in. The same
entries as the formal rewrite's first step (knowledge/rewrite_dialect.yaml); nothing else of the rewrite runs."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.rewrite.apply import Notes, apply_changes, group_changes
from assistant.rewrite.lexicon import load_lexicon


def standard_words(text: str, known: Iterable[str] = ()) -> str:
    """`text` with its regional words replaced by the standard ones (冇得 → 没有, 么事 → 啥); the rest unchanged.
    Only word for word: an entry that drops words or punctuation (a tag question 对不对？, a particle) shapes a
    rewrite's sentence, and a question read without its tag may lose what it asks. Words the reader already knows
    (`known`: everyday phrases it maps itself, 俩钟头 of 钟头) are left for it."""
    group = next((g for g in load_lexicon().groups if g.name == "dialect"), None)
    if group is None:
        return text
    kept = [(m.start(), m.end()) for word in known if word in text for m in re.finditer(re.escape(word), text)]
    changes = [(start, end, new) for start, end, new in group_changes(text, group)
               if _WORDS.search(new) and not _STOPS.search(text, start, end)
               and not any(a < end and start < b for a, b in kept)]
    return apply_changes(text, changes, Notes(), group.reason)


_WORDS = re.compile(r"[\u4e00-\u9fff]")
_STOPS = re.compile(r"[，。；：！？,.;:!?]")
