"""Rewriting text in 公文 register without a model (formal, concise, specific), facts preserved.

rules (the entry point: rewrite, apply_tone) → masking (protected spans) → formal (lexicon groups, object-aware
verbs, spoken structures by part of speech, units, clauses, punctuation) → concise / specific → facts (the check
every rewrite, the model's included, passes). The wording lives in knowledge/formal_lexicon.yaml (lexicon).
"""
