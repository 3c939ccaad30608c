"""Check a plan's text: every kind of finding, one per problem, sorted by position.

The checker is a reviewer independent of the composer: it reads the plan as a district union reviewer would, from
the shared domain data (knowledge/*.yaml) and the statutes, never from what the composer meant to write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from assistant.check.citations import citations
from assistant.check.doubled import doubled
from assistant.check.empty import empty_sections
from assistant.check.figures import impossible_figures
from assistant.check.findings import KINDS, Document, Finding
from assistant.check.garble import garbles
from assistant.check.lawtext import outside_law_quotes
from assistant.check.notice import pasted_notice
from assistant.check.numbering import numbering
from assistant.check.ordinals import stale_ordinals
from assistant.check.outdated import outdated
from assistant.check.period import out_of_period
from assistant.check.placeholders import placeholders
from assistant.check.rules import rules
from assistant.check.script import script
from assistant.check.sections import missing_sections
from assistant.check.sounds import sound_garbles
from assistant.check.title import TitleFacts, title_facts
from assistant.check.unsafe import unsafe_content
from assistant.check.vocabulary import school_type_vocab
from assistant.domain.numerals import arabic_years
from assistant.domain.profile import Profile
from assistant.domain.school_types import load_school_types
from assistant.domain.structure import Structure
from assistant.loading.statutes import LawBook


def check_text(
    text: str,
    year: int,
    lawbook: LawBook,
    profile: Profile | None = None,
    structure: Structure | None = None,
    previous: str | None = None,
) -> list[Finding]:
    """All findings for a plan's text (Markdown, plain text or a .docx's text), sorted by position.

    Missing and empty sections are checked only with a structure, domain rules only with a profile, stale ordinals
    only with last year's plan. Without a profile the period and the kind of school are read from the title.
    """
    doc = Document(text.replace("\r\n", "\n"), structure)
    # Dates read with their years in Arabic digits (二〇二八年 → 2028年, same offsets); findings quote the plan's words.
    dated = Document(arabic_years(doc.text), structure) if arabic_years(doc.text) != doc.text else doc
    facts = _facts(doc)
    period = profile.period if profile else (facts.period or "年度")
    known_period = period if profile or facts.period else ""  # a weekday's year is read from a period actually given
    kind = profile.kind if profile else load_school_types().infer(facts.school)
    school = profile.school if profile else facts.school
    checks: list[Callable[[], list[Finding]]] = [
        lambda: unsafe_content(doc),
        lambda: pasted_notice(doc),
        lambda: placeholders(doc),
        lambda: outdated(doc, year),
        lambda: citations(doc, lawbook),
        lambda: script(doc),
        lambda: sound_garbles(doc, garbles(doc, kind)),
        lambda: doubled(doc),
        lambda: school_type_vocab(doc, kind, school),
        lambda: _quoting(doc, out_of_period(dated, period, year)),
        lambda: _quoting(doc, impossible_figures(dated, year, profile.staff if profile else None, known_period)),
        lambda: numbering(doc),
    ]
    if previous:
        checks.append(lambda: stale_ordinals(doc, previous.replace("\r\n", "\n")))
    if structure is not None:
        checks += [lambda: empty_sections(doc), lambda: missing_sections(doc)]
    if profile is not None:
        checks.append(lambda: rules(doc, profile))
    return _one_per_problem(outside_law_quotes(doc.text, lawbook, [f for check in checks for f in check()]))


def _quoting(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Findings made on a rewritten copy of the text (same offsets), quoting the plan's own words."""
    return [replace(f, text=doc.text[f.start : f.end]) if f.start >= 0 else f for f in findings]


def plan_facts(text: str, structure: Structure | None = None) -> TitleFacts:
    """What a plan's title says: its school, period and the year the period begins."""
    return _facts(Document(text.replace("\r\n", "\n"), structure))


def _facts(doc: Document) -> TitleFacts:
    return title_facts(doc.outline.title_text)


# Kinds whose problem is the words themselves: the same words with the same message anywhere in the plan are one
# problem, reported once where they first occur, with the other places listed.
_SAME_WORDS = {"outdated", "unknown_article", "misquote", "script", "garble", "doubled_phrase", "school_type_vocab",
               "stale_ordinal", "rule"}


_WORDED = ("doubled_phrase", "school_type_vocab", "script", "misquote")


def _one_per_problem(findings: list[Finding]) -> list[Finding]:
    """Drop repeats (one kind, one line, the same words or message), anything inside unsafe content's span, and
    fold the same wrong words elsewhere into their first finding."""
    unsafe = [(f.start, f.end) for f in findings if f.kind == "unsafe_content"]
    # 同心同向同心同向 is one doubled phrase, 新生入园适应期 in a high school one school word: the same words are not also
    # a garble of some fixed phrase.
    worded = [(f.start, f.end) for f in findings if f.kind in _WORDED and f.start >= 0]
    findings = [f for f in findings if f.kind != "garble" or not any(a < f.end and f.start < b for a, b in worded)]
    kept: list[Finding] = []
    seen: set[tuple] = set()
    first: dict[tuple, int] = {}
    for f in sorted(findings, key=lambda f: (f.line, f.column, KINDS.index(f.kind), -len(f.text))):
        if f.kind != "unsafe_content" and f.start >= 0 and any(a <= f.start < b for a, b in unsafe):
            continue
        keys = {(f.kind, f.line, f.text), (f.kind, f.line, f.message)} if f.line else {(f.kind, f.message)}
        if keys & seen:
            continue
        if f.kind == "rule" and f.start >= 0 and any(k.kind == "rule" and k.start < f.end and f.start < k.end
                                                     for k in kept):
            continue  # one clause read by two statements of the same rule (limits and procedures): one problem
        seen |= keys
        same = (f.kind, f.message) if f.kind == "rule" else (f.kind, f.text, f.message)  # 教代会 = 教职工代表大会
        if f.kind in _SAME_WORDS and f.text and same in first:
            index = first[same]
            kept[index] = replace(kept[index], also=(*kept[index].also, f.location))
            continue
        first[same] = len(kept)
        kept.append(f)
    return [_with_places(f) for f in kept]


def _with_places(f: Finding) -> Finding:
    if not f.also:
        return f
    labels = "、".join(dict.fromkeys(place.label for place in f.also if place.label))
    return replace(f, message=f"{f.message}（全文共{len(f.also) + 1}处，另见{labels}）")
