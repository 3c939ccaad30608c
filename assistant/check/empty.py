"""Headings with nothing under them: the next thing is a heading of the same or a higher level, or the 落款."""

from __future__ import annotations

from assistant.check.findings import Document, Finding


def empty_sections(doc: Document) -> list[Finding]:
    outline, structure = doc.outline, doc.structure
    out: list[Finding] = []
    for heading in outline.headings:
        if not is_empty(doc, heading):
            continue
        guidance = structure.section(heading.key).guidance if heading.key else "补写这一部分的内容"
        name = heading.title or heading.text
        out.append(
            doc.finding(
                "empty_section", heading.start, heading.start + len(heading.text),
                f"“{name}”部分只有标题，没有内容", f"{guidance}如本期没有这方面的安排，删去这个标题。",
            )
        )
    return out


def is_empty(doc: Document, heading) -> bool:
    """Nothing under the heading: the next thing is a heading of the same or a higher level, or the 落款."""
    nxt = doc.outline.next_content(heading.line)
    if nxt is not None and nxt.kind not in ("heading", "signature", "title"):
        return False
    # 三、主要工作 followed by （一）… is not empty
    return not (nxt is not None and nxt.kind == "heading" and nxt.heading and nxt.heading.level > heading.level)
