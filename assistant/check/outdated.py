"""Wording that is no longer current in the plan's year (congress numbers, ended campaigns, superseded documents)."""

from __future__ import annotations

from assistant.check.findings import Document, Finding
from assistant.domain.policy import outdated_spans


def outdated(doc: Document, year: int) -> list[Finding]:
    """One finding per outdated phrase, with the current wording as the suggestion."""
    return [doc.finding("outdated", s.start, s.end, s.message, s.suggestion) for s in outdated_spans(doc.text, year)]
