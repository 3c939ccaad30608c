"""Words the plan quotes from a statute: a quotation found verbatim in the law book is the law's text, not the
plan's own arrangement, so only the citation checks (unknown_article, misquote) read it.

《教师法》第七条 quoted in a first-semester plan names 寒暑假期; that is not a summer event planned in the semester.
"""

from __future__ import annotations

import re

from assistant.check.findings import Finding
from assistant.domain.script import to_simplified
from assistant.loading.statutes import LawBook

_QUOTE = re.compile(r"[“\"「『]([^”\"」』\n]{6,400})[”\"」』]")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
_MIN_CHARS = 8  # a shorter quotation (“三八”, “两癌”) is a name, not a statute's sentence
_CITATION_KINDS = ("unknown_article", "misquote")
_BOOKS: dict[int, str] = {}


def _norm(text: str) -> str:
    return _PUNCT.sub("", to_simplified(text))


def _all_law_text(lawbook: LawBook) -> str:
    key = id(lawbook)
    if key not in _BOOKS:
        _BOOKS[key] = "\n".join(_norm(t) for law in lawbook.laws() for t in lawbook.article_texts(law))
    return _BOOKS[key]


def law_quotes(text: str, lawbook: LawBook) -> list[tuple[int, int]]:
    """Spans of the quotations whose words occur verbatim (punctuation and script aside) in some statute article."""
    body = _all_law_text(lawbook)
    spans = []
    for m in _QUOTE.finditer(text):
        words = _norm(m.group(1))
        if len(words) >= _MIN_CHARS and words in body:
            spans.append((m.start(1), m.end(1)))
    return spans


def outside_law_quotes(text: str, lawbook: LawBook, findings: list[Finding]) -> list[Finding]:
    """Drop the findings, other than the citation checks, that lie wholly inside a verbatim statute quotation."""
    spans = law_quotes(text, lawbook)
    if not spans:
        return findings
    return [
        f for f in findings
        if f.kind in _CITATION_KINDS or f.start < 0 or not any(a <= f.start and f.end <= b for a, b in spans)
    ]
