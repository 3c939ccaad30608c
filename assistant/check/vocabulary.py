"""Words of another kind of school (knowledge/school_types.yaml): 校务公开 or 校领导 in a kindergarten's plan, 高考 in a
primary school's."""

from __future__ import annotations

import dataclasses
import re

from assistant.check.findings import Document, Finding, inside, quoted_titles
from assistant.domain.numerals import parse_cn_number
from assistant.domain.policy import load_policy_terms
from assistant.domain.school_types import GENERAL, SchoolKind, load_school_types


def school_type_vocab(doc: Document, kind: str, school: str = "") -> list[Finding]:
    """One finding per word that belongs to another kind of school; document titles 《…》 and the school's own name
    are left alone."""
    types = load_school_types()
    if kind == GENERAL or kind not in types.keys:
        return []
    school_kind = types.kind(kind)
    school_kind = dataclasses.replace(school_kind, avoid=school_kind.avoid + types.stage_avoid(kind))
    right = dict(school_kind.replace)
    text = doc.text
    spared = quoted_titles(text)
    if school:
        start = text.find(school)
        while start >= 0:
            spared.append((start, start + len(school)))
            start = text.find(school, start + 1)
    out = []
    reasons: set[tuple[int, str]] = set()
    # each word is spared on its own before a list of them is joined into one problem (中考、高考 of the staff's children)
    misused = [span for span in school_kind.misused(text) if not _neighbour(kind, span[2], text, span[0])]
    for start, end, word, advice in _joined(misused, text):
        if inside(spared, start) or doc.outline.line_at(start).kind == "signature":
            continue
        # 少先队辅导员 … 红领巾 in one sentence: one borrowed passage, one problem (the advice's reason is the same)
        reason = (_sentence_of(text, start), advice.split("，")[0])
        if reason in reasons:
            continue
        reasons.add(reason)
        suggestion = f"改为“{right[word]}”" if word in right else "删去，或改为本单位实际开展的工作"
        out.append(doc.finding("school_type_vocab", start, end, f"{kind}的计划里出现了“{word}”：{advice}", suggestion))
    taken = [(f.start, f.end) for f in out]
    for start, end, word in _foreign_grades(school_kind, text):
        if inside(spared, start) or any(a < end and start < b for a, b in taken) or _neighbour(kind, word, text, start):
            continue
        have = "、".join(f"{g}" for g in school_kind.grades or ()) or ""
        advice = f"本校的年级是{have}年级" if have else "本校不以“N年级”称呼年级"
        # the grade next to another stage's word (二年级识字写字): one borrowed phrase, one finding over both
        joined = next((f for f in out if 0 <= f.start - end <= _JOIN_GAP or 0 <= start - (f.start + len(f.text)) <= _JOIN_GAP), None)
        if joined is not None:
            out.remove(joined)
            first, last = min(start, joined.start), max(end, joined.start + len(joined.text))
            out.append(doc.finding("school_type_vocab", first, last, f"{joined.message}；{kind}也没有“{word}”（{advice}）",
                                   joined.suggestion))
            continue
        out.append(doc.finding("school_type_vocab", start, end, f"{kind}的计划里出现了“{word}”：{kind}没有这个年级（{advice}）",
                               "核对年级，改为本校实有的年级，或删去"))
    return sorted(out, key=lambda f: f.start)


_JOIN_GAP = 2  # characters between a grade and another stage's word that still make one phrase (二年级的识字写字)


def _neighbour(kind: str, word: str, text: str, pos: int) -> bool:
    """The adjacent stage's grade in a sentence about the pupils the school takes in or sends on (a vocational school's
    teachers presenting its courses to 九年级 pupils, knowledge/policy_terms.yaml `neighbour_grades`), or an exam the
    school hosts as a venue (`exam_venues`)."""
    start = _sentence_of(text, pos)
    end = min([i for i in (text.find(stop, pos) for stop in "。；！？\n") if i >= 0] or [len(text)])
    terms = load_policy_terms()
    # ... or an exam of another stage in a sentence about the school as its venue (监考 at a 高考考点, `exam_venues`).
    # ... or the exam the staff's own children sit (教职工子女中考, `children_exams`).
    for cues, kinds in (terms.neighbour_grades, terms.exam_venues, terms.children_exams):
        if word in kinds.get(kind, ()) and any(cue in text[start:end] for cue in cues):
            return True
    return False


# 一年级, 一二年级, 三至六年级, 7年级 — not 高一年级, 初二年级 (a stage's own count) or 中学一年级.
# An item's number before it (5、七年级) is not a grade.
_GRADES = re.compile(
    r"(?<![高初中大学\d])([一二三四五六七八九](?:(?:至|到|、|—|~)?[一二三四五六七八九])*|[1-9](?:\s*[-—~至到]\s*[1-9])?)年级"
)


def _foreign_grades(kind: SchoolKind, text: str) -> list[tuple[int, int, str]]:
    """Grades the kind does not have (school_types.yaml `grades`): (start, end, words)."""
    if kind.grades is None:
        return []
    out = []
    for m in _GRADES.finditer(text):
        numbers = [parse_cn_number(ch) for ch in re.findall(r"[一二三四五六七八九1-9]", m.group(1))]
        if any(n not in kind.grades for n in numbers):
            out.append((m.start(), m.end(), m.group(0)))
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


def _sentence_of(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts."""
    return max(text.rfind(stop, 0, pos) for stop in "。；！？\n") + 1
