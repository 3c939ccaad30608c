"""Check a plan's text: every kind of finding, sorted by position."""

from __future__ import annotations

from collections.abc import Callable

from assistant.check.citations import citations
from assistant.check.findings import KINDS, Document, Finding
from assistant.check.numbering import numbering
from assistant.check.outdated import outdated
from assistant.check.placeholders import placeholders
from assistant.check.rules import rules
from assistant.check.script import script
from assistant.check.sections import missing_sections
from assistant.domain.profile import Profile
from assistant.domain.structure import Structure
from assistant.loading.statutes import LawBook


def check_text(
    text: str,
    year: int,
    lawbook: LawBook,
    profile: Profile | None = None,
    structure: Structure | None = None,
) -> list[Finding]:
    """All findings for a plan's text (Markdown or plain), sorted by position.

    Missing sections are checked only with a structure, domain rules only with a profile.
    """
    doc = Document(text.replace("\r\n", "\n"))
    checks: list[Callable[[], list[Finding]]] = [
        lambda: placeholders(doc),
        lambda: outdated(doc, year),
        lambda: citations(doc, lawbook),
        lambda: script(doc),
        lambda: numbering(doc),
    ]
    if structure is not None:
        checks.append(lambda: missing_sections(doc, structure))
    if profile is not None:
        checks.append(lambda: rules(doc, profile, structure))
    findings = [f for check in checks for f in check()]
    return sorted(findings, key=lambda f: (f.line, f.column, KINDS.index(f.kind)))
