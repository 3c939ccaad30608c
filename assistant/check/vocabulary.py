"""Words of another kind of school (knowledge/school_types.yaml): 校务公开 or 校领导 in a kindergarten's plan, 高考 in a
primary school's."""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding, inside, quoted_titles
from assistant.domain.school_types import GENERAL, load_school_types


def school_type_vocab(doc: Document, kind: str, school: str = "") -> list[Finding]:
    """One finding per word that belongs to another kind of school; document titles 《…》 and the school's own name
    are left alone."""
    types = load_school_types()
    if kind == GENERAL or kind not in types.keys:
        return []
    school_kind = types.kind(kind)
    right = dict(school_kind.replace)
    text = doc.text
    spared = quoted_titles(text)
    if school:
        start = text.find(school)
        while start >= 0:
            spared.append((start, start + len(school)))
            start = text.find(school, start + 1)
    out = []
    for start, end, word, advice in _joined(school_kind.misused(text), text):
        if inside(spared, start) or doc.outline.line_at(start).kind == "signature":
            continue
        suggestion = f"改为“{right[word]}”" if word in right else "删去，或改为本单位实际开展的工作"
        out.append(doc.finding("school_type_vocab", start, end, f"{kind}的计划里出现了“{word}”：{advice}", suggestion))
    return out


# What joins the members of one list: 高二、高三, 高一和高二, 少先队及红领巾.
_LIST_JOINER = re.compile(r"\s*(?:[、/]|和|及|与|或)\s*")


def _joined(spans: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """Words of another kind written back to back (选科走班) or as one list (高二、高三班主任) are one phrase and one
    problem: the first word's advice."""
    out: list[tuple[int, int, str, str]] = []
    for start, end, word, advice in sorted(spans):
        if out and (out[-1][1] == start or _LIST_JOINER.fullmatch(text[out[-1][1] : start])):
            first = out[-1]
            out[-1] = (first[0], end, text[first[0] : end], first[3])
            continue
        out.append((start, end, word, advice))
    return out
