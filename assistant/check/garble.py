"""Fixed terms broken by a careless substitution: 帮教 → 帮助教, 帮带 → 帮助带 (knowledge/policy_terms.yaml)."""

from __future__ import annotations

from assistant.check.findings import Document, Finding
from assistant.domain.policy import garbled_spans


def garbles(doc: Document) -> list[Finding]:
    """One finding per broken term, with the fixed term as the suggestion."""
    return [doc.finding("garble", s.start, s.end, s.message, s.suggestion) for s in garbled_spans(doc.text)]
