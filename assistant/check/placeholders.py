"""Blanks and stand-ins left in a plan (____, 20xx, 十x大, （略）, 某某)."""

from __future__ import annotations

from assistant.check.findings import Document, Finding
from assistant.domain.policy import placeholder_spans


def placeholders(doc: Document) -> list[Finding]:
    """One finding per placeholder, the longest span where several overlap."""
    return [doc.finding("placeholder", s.start, s.end, s.message, s.suggestion) for s in placeholder_spans(doc.text)]
