"""An official notice pasted into a plan: its title (关于……的通知), addressees (各学校工会：) or closing (特此通知)."""

from __future__ import annotations

from assistant.check.findings import Document, Finding
from assistant.domain.policy import notice_parts

_NEAR_LINES = 12  # marks this close together under one heading are one pasted notice


def pasted_notice(doc: Document) -> list[Finding]:
    """One finding per pasted notice, spanning its marks from the first to the last."""
    marks: list[tuple[int, int, int, str, str]] = []  # (line, start, end, part, section label)
    for line in doc.outline.lines:
        if line.kind in ("blank", "comment", "title", "signature"):
            continue
        body = line.body if line.kind != "table" else line.raw
        base = line.body_start if line.kind != "table" else line.start
        words = body[len(line.marker):] if line.marker and line.kind != "table" else body
        offset = base + (len(body) - len(words))
        for start, end, part in notice_parts(words.strip()):
            lead = len(words) - len(words.lstrip())
            marks.append((line.number, offset + lead + start, offset + lead + end, part, _section(line)))
    groups: list[list[tuple[int, int, int, str, str]]] = []
    for mark in marks:
        last = groups[-1][-1] if groups else None
        if last and last[4] == mark[4] and mark[0] - last[0] <= _NEAR_LINES:
            groups[-1].append(mark)
        else:
            groups.append([mark])
    out = []
    for group in groups:
        parts = "、".join(dict.fromkeys(m[3] for m in group))
        out.append(
            doc.finding(
                "pasted_notice", group[0][1], max(m[2] for m in group),  # marks may nest: 咨询电话：… holds 电话：…
                f"这里是粘贴进来的通知原文（{parts}），通知不是本校工作计划的内容",
                "删去通知原文，把其中需要本校落实的事写成一条具体安排（时间、内容、负责人），如“5月组织教职工参加全市比赛”",
            )
        )
    return out


def _section(line) -> str:
    return line.place.heading
