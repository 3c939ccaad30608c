"""The concise tone, inside the clause: while a text is still longer than its target, words that add no fact go one
kind at a time, least loss first (knowledge/formal_lexicon.yaml concise.squeeze: the subject 我们 a plan does not
need, the adverb 就, degree words, a sentence-final 了, a directional complement …). Each kind applies to the whole
text at once, and only while the text is too long, so a paragraph already short enough keeps every word."""

from __future__ import annotations

import functools
import re

from assistant.domain.data import read_yaml
from assistant.rewrite.apply import Notes, cuts_dictionary_word
from assistant.rewrite.facts import problems
from assistant.rewrite.lexicon import DEFAULT_PATH, Lexicon, expand

REASON = "删除冗余表述"


@functools.lru_cache(maxsize=2)
def _rules(path: str, lexicon: Lexicon) -> tuple[tuple[re.Pattern, str], ...]:
    """The squeeze rules of the lexicon file, compiled once (only the concise tone reads them)."""
    raw = (read_yaml(path).get("concise") or {}).get("squeeze") or {}
    return tuple((re.compile(expand(str(k), lexicon.sets)), "" if v is None else str(v)) for k, v in raw.items())


def squeeze(text: str, lexicon: Lexicon, notes: Notes, too_long, show, path: str = str(DEFAULT_PATH)) -> str:
    """`text` with the squeeze rules applied in order while `too_long(text)`; a match that would take a single
    character out of a dictionary word (就业, 了解) is left alone, and a rule whose result fails the fact check
    (三十分 is a time, not the degree word 十分) is not applied at all."""
    for pattern, replacement in _rules(path, lexicon):
        if not too_long(text):
            break
        trial = Notes(show=notes.show)
        new = _apply(text, pattern, replacement, trial)
        if new != text and not problems(show(text), show(new), lexicon):
            text = new
            notes.items.extend(n for n in trial.items if n not in notes.items)
    return text


def _apply(text: str, pattern: re.Pattern, replacement: str, notes: Notes) -> str:
    out, pos = [], 0
    for m in pattern.finditer(text):
        if m.end() == m.start() or cuts_dictionary_word(text, m.start(), m.end()):
            continue
        out.append(text[pos : m.start()])
        new = m.expand(replacement)
        out.append(new)
        notes.add(REASON, m.group(0), new)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)
