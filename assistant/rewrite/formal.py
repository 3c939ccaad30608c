"""The formal tone on a masked text: the lexicon's groups, object-aware verbs, spoken structures found with parts
of speech, numbers in formal form, clause structure, punctuation. The order matters and is fixed here."""

from __future__ import annotations

from assistant.rewrite.apply import Notes, apply_group, apply_verbs
from assistant.rewrite.clauses import restructure
from assistant.rewrite.colloquial import doubled_any, surname_address, verb_measure_object, verb_once
from assistant.rewrite.lexicon import Lexicon
from assistant.rewrite.masking import Masked
from assistant.rewrite.punctuation import cleanup, formal_punctuation
from assistant.rewrite.spoken import demonstratives, doubled_verbs, particles, people_counts, verb_yixia
from assistant.rewrite.units import approximations, bare_amounts, dates_and_money, numerals

# Groups of knowledge/formal_lexicon.yaml applied before the verbs are looked at, and after.
BEFORE_VERBS = ("dialect", "keep_whole", "discourse", "address", "adverbs")
AFTER_VERBS = ("verbs",)


def formalize(masked: Masked, lexicon: Lexicon, notes: Notes) -> str:
    """The masked text in formal register (placeholders untouched)."""
    groups = {g.name: g for g in lexicon.groups}
    original = masked.text
    text = formal_punctuation(masked.text, notes)
    for name in BEFORE_VERBS:
        text = apply_group(text, groups[name], notes)
    text = apply_verbs(text, lexicon.verbs, notes)
    text = doubled_verbs(text, lexicon, notes)
    text = doubled_any(text, lexicon, notes)
    text = verb_yixia(text, lexicon, notes)
    text = verb_once(text, masked, lexicon, notes)
    text = surname_address(text, lexicon, notes)
    text = particles(text, lexicon, notes)
    for name in AFTER_VERBS:
        text = apply_group(text, groups[name], notes)
    text = verb_measure_object(text, lexicon, notes)  # after the lexicon's own 配个 → 配备
    text = demonstratives(text, notes)
    text = people_counts(text, lexicon, notes)
    text = dates_and_money(text, masked, lexicon, notes)
    text = approximations(text, masked, lexicon, notes)
    text = numerals(text, masked, lexicon, notes)
    text = bare_amounts(text, masked, lexicon, notes)
    text = cleanup(text)
    text = restructure(text, original, notes, masked.show)
    return cleanup(text)
