"""A plan from Markdown in the product's own format (what render wrote, or the user's light edits of it)."""

from __future__ import annotations

import re

from assistant.domain.blocks import Heading, Paragraph, Signature, Table, Title
from assistant.domain.plan import SCHEDULE_KEY, Plan, ScheduleItem
from assistant.domain.profile import Profile
from assistant.domain.structure import Structure
from assistant.export.markdown import parse

_MEASURE_NUMBER = re.compile(r"^\s*\d{1,2}\s*[、.．]\s*(?=\S)")  # "1. " — a "（1）" sub-point keeps its mark
_HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)])\s*")


def section_for(heading: str, structure: Structure) -> str | None:
    """The structure section a heading names: its title exactly, else the longest title or alias it contains."""
    text = _HEADING_NUMBER.sub("", heading).strip()
    best: tuple[int, str] | None = None
    for spec in structure.sections:
        if spec.key in ("title", "signature"):
            continue
        if text == spec.title:
            return spec.key
        for name in (spec.title, *spec.aliases):
            if name and name in text and (best is None or len(name) > best[0]):
                best = (len(name), spec.key)
    return best[1] if best else None


def plan_from_markdown(markdown: str, profile: Profile, structure: Structure) -> Plan:
    """Sections with text are accepted, numbered when their paragraphs were; the table becomes the schedule.

    Title and 落款 come from the profile, so they are not read; a heading keeps its wording as the section title
    (a kindergarten's 民主管理与园务公开).
    """
    plan = Plan.empty(profile, structure)
    current: str | None = None
    found: dict[str, list[str]] = {}
    rows: list[ScheduleItem] = []
    for block in parse(markdown):
        if isinstance(block, (Title, Signature)):
            continue
        if isinstance(block, Heading):
            current = section_for(block.text, structure)
            if current and current in plan.sections:
                plan.sections[current].title = _HEADING_NUMBER.sub("", block.text).strip()
        elif isinstance(block, Paragraph) and current in plan.sections:
            found.setdefault(current, []).append(block.text)
        elif isinstance(block, Table) and current == SCHEDULE_KEY:
            for row in block.rows:
                month = re.match(r"\s*(\d{1,2})\s*月", row[0])
                if month and len(row) >= 4:
                    rows.append(ScheduleItem(int(month.group(1)), row[1], row[2], row[3]))
    for key, paragraphs in found.items():
        numbered = any(_MEASURE_NUMBER.match(p) for p in paragraphs) or None
        plan.set_section(key, [_MEASURE_NUMBER.sub("", p) for p in paragraphs], status="accepted", numbered=numbered)
    if rows:
        plan.set_schedule(rows)
        plan.set_status(SCHEDULE_KEY, "accepted")
    return plan
