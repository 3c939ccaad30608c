"""Rewriting text in 公文 register without a model (formal, concise, specific), facts preserved."""
