"""Sections of the standard structure (knowledge/structure.yaml) that a plan lacks, its title and its 落款.

A section counts as present when a heading names it. Only a plan written without any （一）-level headings (an old,
flat plan) may cover a sub-area of 主要工作 by its content instead. A section skipped in a saved draft is not rendered,
so it is missing here too.
"""

from __future__ import annotations

from assistant.check.findings import Document, Finding
from assistant.check.outline import Location
from assistant.domain.structure import SectionSpec

_SCHEDULE_ROWS = 3  # month lines that make a schedule without a heading


def _covered(text: str, spec: SectionSpec) -> int:
    return sum(any(word in text for word in words) for words in spec.keywords.values())


def _unnamed_sections(doc: Document) -> list[str]:
    """The text under each lowest-level heading that names no section of the structure (（四）关心教职工生活)."""
    headings, lines = doc.outline.headings, doc.outline.lines
    out = []
    for i, heading in enumerate(headings):
        following = headings[i + 1] if i + 1 < len(headings) else None
        if heading.keys or (following and following.level > heading.level):
            continue  # named, or a container whose sub-sections speak for themselves
        end = following.line if following else len(lines) + 1
        out.append("\n".join(line.raw for line in lines[heading.line - 1 : end - 1]))
    return out


def missing_sections(doc: Document) -> list[Finding]:
    """A section is present when a heading names it, or when a heading in other words holds its content."""
    outline, structure = doc.outline, doc.structure
    named = {key for heading in outline.headings for key in heading.keys}
    flat = not any(h.level == 2 for h in outline.headings)
    unnamed = _unnamed_sections(doc)
    out: list[Finding] = []
    for spec in structure.sections:
        if spec.key in ("title", "signature"):
            continue
        present = spec.key in named
        if structure.is_container(spec.key):
            present = present or any(child.key in named for child in structure.children(spec.key))
        elif spec.key == "schedule":
            present = present or outline.month_rows() >= _SCHEDULE_ROWS
        elif spec.parent and flat:
            present = present or _covered(doc.text, spec) >= 2
        if not present and spec.keywords:
            present = any(_covered(section, spec) >= 2 for section in unnamed)
        if not present:
            out.append(_missing(doc, spec))
    if outline.title is None:
        out.append(
            doc.whole(
                "missing_section", "缺少标题（如“某学校2027年工会工作计划”）",
                "在开头加上标题：学校名称＋计划期间＋“工会工作计划”", Location("title", "标题", 0, "标题（缺）"),
            )
        )
    if not outline.has_signature:
        out.append(
            doc.whole(
                "missing_section", "缺少落款（工会委员会全称和成文日期）",
                "在文末另起两行，写明“××学校工会委员会”和成文日期", Location("signature", "落款", 0, "落款（缺）"),
            )
        )
    return out


def _missing(doc: Document, spec: SectionSpec) -> Finding:
    return doc.whole(
        "missing_section", f"缺少“{spec.title}”部分", spec.guidance,
        Location(spec.key, spec.title, 0, f"{spec.title}（缺）"),
    )
