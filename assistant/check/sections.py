"""Sections of the standard structure that are missing or only a heading, and elements a section lacks."""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.check.numbering import MARKERS, PREFIX
from assistant.domain.structure import Structure

_DATE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月")


def _heading_level(line: str) -> int | None:
    """1 or 2 for a heading line (Markdown or 一、/（一）), 0 for a Markdown title, None for body text."""
    stripped = line.strip()
    md = re.match(r"^(#{1,6})\s", stripped)
    if md:
        return len(md.group(1)) - 1
    body = PREFIX.sub("", stripped)
    if MARKERS[0][1].match(body):
        return 1
    if MARKERS[1][1].match(body):
        return 2
    return None


def _needs_covered(text: str, keywords: dict[str, tuple[str, ...]]) -> list[str]:
    return [need for need, words in keywords.items() if any(w in text for w in words)]


def missing_elements(text: str, structure: Structure) -> dict[str, list[str]]:
    """For each section with needs, the needs none of whose keywords occur in the text (for the composer/UI)."""
    return {
        spec.key: [n for n in spec.needs if n not in _needs_covered(text, spec.keywords)]
        for spec in structure.sections
        if spec.needs and spec.keywords
    }


def missing_sections(doc: Document, structure: Structure) -> list[Finding]:
    out: list[Finding] = []
    lines = list(doc.lines())
    nonblank = [(n, off, l) for n, off, l in lines if l.strip() and not re.fullmatch(r"\s*<!--.*-->\s*", l)]
    # The 落款 lines at the end are not the content of the last section.
    body_end = len(nonblank)
    while body_end > 0 and len(nonblank) - body_end < 3:
        last = nonblank[body_end - 1][2].strip()
        if len(last) <= 40 and (_DATE.search(last) or re.search(r"工会(?:委员会)?$", last)):
            body_end -= 1
        else:
            break
    headings = []
    for idx, (_, _, line) in enumerate(nonblank):
        level = _heading_level(line)
        short = len(line.strip()) <= 20 and not re.search(r"[。；，]", line)
        if level is not None or short:
            headings.append((idx, level if level is not None else 9, line))

    def present(spec) -> tuple[bool, tuple[int, str] | None]:
        names = (spec.title, *spec.aliases)
        for idx, level, line in headings:
            if any(name in line for name in names):
                nxt = nonblank[idx + 1][2] if idx + 1 < body_end else None
                nxt_level = _heading_level(nxt) if nxt is not None else -1
                empty = nxt is None or (nxt_level is not None and level != 9 and nxt_level <= level)
                return True, (idx, line) if empty else None
        return len(_needs_covered(doc.text, spec.keywords)) >= 2, None

    for spec in structure.sections:
        if spec.key in ("title", "signature"):
            continue
        if structure.is_container(spec.key):
            found, _ = present(spec)
            if not found and not any(present(c)[0] for c in structure.children(spec.key)):
                out.append(_missing(spec))
            continue
        if spec.key == "schedule":
            months = len(re.findall(r"(?m)^\s*(?:\|\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月", doc.text))
            found, empty = present(spec)
            if not found and months < 3:
                out.append(_missing(spec))
            elif empty and months < 3:
                out.append(_empty(doc, nonblank, spec, empty))
            continue
        found, empty = present(spec)
        if not found:
            out.append(_missing(spec))
        elif empty:
            out.append(_empty(doc, nonblank, spec, empty))
    first = nonblank[0][2] if nonblank else ""
    if "计划" not in first:
        out.append(Finding("missing_section", "", 0, "缺少标题（如“某学校2027年工会工作计划”）", "在开头加上标题：学校名称＋计划期间＋“工会工作计划”"))
    tail = "\n".join(l for _, _, l in nonblank[-4:])
    if not (_DATE.search(tail) and "工会" in tail):
        out.append(Finding("missing_section", "", 0, "缺少落款（工会委员会全称和日期）", "在文末写明“××学校工会委员会”和成文日期"))
    return out


def _missing(spec) -> Finding:
    return Finding("missing_section", "", 0, f"缺少“{spec.title}”部分", spec.guidance)


def _empty(doc: Document, nonblank, spec, empty: tuple[int, str]) -> Finding:
    idx, line = empty
    n, off, raw = nonblank[idx]
    stripped = raw.strip()
    start = off + raw.index(stripped)
    return doc.finding("missing_section", start, start + len(stripped), f"“{spec.title}”部分只有标题，没有内容", spec.guidance)
