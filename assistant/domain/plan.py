"""A plan being drafted: the profile, one draft per section of the structure, and the monthly schedule."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from assistant.domain.blocks import Block, Heading, Paragraph, Signature, Table, Title
from assistant.domain.numerals import cn_number
from assistant.domain.profile import Profile
from assistant.domain.structure import Structure

STATUSES = ("empty", "proposed", "accepted", "skipped", "not_applicable")
# Done means written, or marked 不适用 by the user. A skipped section is only put off: it stays missing (progress,
# guided flow, export warnings) until it is written or marked not applicable.
DONE_STATUSES = ("accepted", "not_applicable")
# What a section the user marked 不适用 may say in the plan, so a reader tells "not applicable" from "forgotten"; any
# other text of such a section is left out.
NOT_APPLICABLE_TEXT = "本部分不适用。"
STATUS_LABELS = {"empty": "未起草", "proposed": "待确认", "accepted": "已采用", "skipped": "已跳过",
                 "not_applicable": "不适用"}
SCHEDULE_KEY = "schedule"
SCHEDULE_HEADER = ("月份", "工作内容", "负责", "参与")
GENERATED_KEYS = ("title", "signature")  # built from the profile, never drafted

# A number the writer (or a model) already put in front of a measure: "1、", "2.", "（3）", "(4)".
_LEADING_NUMBER = re.compile(r"^\s*(?:\d{1,2}\s*[、.．]\s*|[（(]\s*\d{1,2}\s*[）)]\s*)(?=\S)")
# A sub-point of the preceding measure: "（1）…", "(2)…", "- …", "· …".
_SUB_POINT = re.compile(r"^\s*(?:[（(]\s*\d{1,2}\s*[）)]|[-–·•]\s)\s*")


@dataclass(frozen=True)
class ScheduleItem:
    """One row of the monthly schedule."""

    month: int
    activity: str
    lead: str
    participants: str

    def to_dict(self) -> dict:
        return {"month": self.month, "activity": self.activity, "lead": self.lead, "participants": self.participants}


@dataclass
class SectionDraft:
    """The current text of one section: paragraphs (measures when numbered) and where it stands."""

    key: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    numbered: bool = False  # paragraphs are measures, rendered "1. …"; "（1）…" paragraphs are their sub-points
    status: str = "empty"
    parent: str = ""  # key of the enclosing section, e.g. "main" for 女职工工作

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "title": self.title,
            "paragraphs": list(self.paragraphs),
            "numbered": self.numbered,
            "status": self.status,
            "parent": self.parent,
        }

    @classmethod
    def from_dict(cls, data: dict) -> SectionDraft:
        return cls(
            key=str(data["key"]),
            title=str(data["title"]),
            paragraphs=[str(p) for p in data.get("paragraphs", [])],
            numbered=bool(data.get("numbered", False)),
            status=str(data.get("status", "empty")),
            parent=str(data.get("parent", "")),
        )


@dataclass
class Plan:
    """Profile + section drafts in structure order (+ the schedule table); renders to blocks."""

    profile: Profile
    sections: dict[str, SectionDraft]
    schedule: list[ScheduleItem] = field(default_factory=list)

    @classmethod
    def empty(cls, profile: Profile, structure: Structure) -> Plan:
        """A plan with every section of the structure present and empty (title and 落款 come from the profile)."""
        sections = {
            spec.key: SectionDraft(
                key=spec.key,
                title=spec.title,
                numbered=spec.level == 2 or spec.numbered,  # measures, goals: lists numbered as the chat shows them
                parent=spec.parent,
            )
            for spec in structure.sections
            if spec.key not in GENERATED_KEYS
        }
        return cls(profile=profile, sections=sections)

    # ------------------------------------------------------------------ editing

    def set_section(
        self, key: str, paragraphs: list[str], status: str = "proposed", numbered: bool | None = None
    ) -> SectionDraft:
        """Replace a section's paragraphs and status (blank paragraphs dropped); KeyError/ValueError when invalid."""
        if key not in self.sections:
            raise KeyError(key)
        if status not in STATUSES:
            raise ValueError(f"unknown status: {status}")
        draft = self.sections[key]
        draft.paragraphs = [p.strip() for p in paragraphs if p and p.strip()]
        draft.status = status
        if numbered is not None:
            draft.numbered = numbered
        return draft

    def set_status(self, key: str, status: str) -> None:
        """Change only a section's status (e.g. accept a proposal)."""
        if status not in STATUSES:
            raise ValueError(f"unknown status: {status}")
        self.sections[key].status = status

    def set_schedule(self, items: list[ScheduleItem]) -> None:
        """Replace the schedule rows."""
        self.schedule = list(items)

    # ------------------------------------------------------------------ progress

    def _containers(self) -> set[str]:
        return {d.parent for d in self.sections.values() if d.parent}

    def draftable(self) -> list[str]:
        """Keys that hold content of their own (主要工作 only groups its sub-areas)."""
        containers = self._containers()
        return [k for k in self.sections if k not in containers]

    def progress(self) -> tuple[int, int]:
        """(sections written or marked 不适用, sections to draft); a skipped section does not count as done."""
        keys = self.draftable()
        return sum(self.sections[k].status in DONE_STATUSES for k in keys), len(keys)

    def missing(self) -> list[str]:
        """Draftable sections neither written nor marked 不适用 (skipped ones included), in document order."""
        return [k for k in self.draftable() if self.sections[k].status not in DONE_STATUSES]

    def to_draft(self) -> list[str]:
        """Missing sections the guided flow still walks: the skipped ones wait until the user comes back to them."""
        return [k for k in self.missing() if self.sections[k].status != "skipped"]

    def skipped(self) -> list[str]:
        """Sections the user skipped and has not written since."""
        return [k for k in self.draftable() if self.sections[k].status == "skipped"]

    # ------------------------------------------------------------------ rendering

    def _has_content(self, draft: SectionDraft) -> bool:
        if draft.status == "skipped":
            return False
        if draft.status == "not_applicable":
            return draft.paragraphs == [NOT_APPLICABLE_TEXT]  # the line saying so, when the user's edit wrote one
        if draft.paragraphs:
            return True
        if draft.key == SCHEDULE_KEY and self.schedule:
            return True
        return any(self._has_content(d) for d in self.sections.values() if d.parent == draft.key)

    def _months(self) -> list[int]:
        start = {"年度": 1, "学年": 9, "第一学期": 9, "第二学期": 2}[self.profile.period]
        return [(start - 1 + i) % 12 + 1 for i in range(12)]

    def ordered_schedule(self) -> list[ScheduleItem]:
        """Schedule items in the order the table shows them: the order the plan keeps. A composed table comes in
        period order; a table the user brought (an imported plan, a saved draft) keeps the order it was written in,
        so an edit elsewhere never reorders it. Rows added or moved to another month go in by `with_row`."""
        return list(self.schedule)

    def with_row(self, rows: list[ScheduleItem], item: ScheduleItem) -> list[ScheduleItem]:
        """`rows` with `item` put before the first row of a later month in the period, at the end when none is (a
        table in period order stays so; one in the user's own order changes only where the row goes in)."""
        order = self._months()

        def rank(row: ScheduleItem) -> int:
            return order.index(row.month) if row.month in order else len(order)

        at = next((n for n, row in enumerate(rows) if rank(row) > rank(item)), len(rows))
        return [*rows[:at], item, *rows[at:]]

    def schedule_rows(self) -> tuple[tuple[str, ...], ...]:
        """Schedule rows in period order (September first for a 学年 plan), month written as "9月"."""
        return tuple((f"{i.month}月", i.activity, i.lead, i.participants) for i in self.ordered_schedule())

    def to_blocks(self) -> list[Block]:
        """Title, 一、/（一）headings, "1." measures with "（1）" sub-points, schedule table and 落款."""
        blocks: list[Block] = [Title(self.profile.plan_title)]
        top = [d for d in self.sections.values() if not d.parent and self._has_content(d)]
        for i, draft in enumerate(top, start=1):
            blocks.append(Heading(f"{cn_number(i)}、{draft.title}", 1))
            blocks += _paragraph_blocks(draft)
            children = [d for d in self.sections.values() if d.parent == draft.key and self._has_content(d)]
            for j, child in enumerate(children, start=1):
                blocks.append(Heading(f"（{cn_number(j)}）{child.title}", 2))
                blocks += _paragraph_blocks(child)
            if draft.key == SCHEDULE_KEY and self.schedule:
                blocks.append(Table(header=SCHEDULE_HEADER, rows=self.schedule_rows()))
        blocks.append(Signature(lines=(self.profile.union_name, self.profile.sign_date)))
        return blocks

    # ------------------------------------------------------------------ storage

    def to_dict(self) -> dict:
        """JSON-safe form; from_dict gives back an equal Plan."""
        return {
            "version": 1,
            "profile": self.profile.to_dict(),
            "sections": [d.to_dict() for d in self.sections.values()],
            "schedule": [item.to_dict() for item in self.schedule],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Plan:
        """Read what to_dict wrote (ProfileError when the stored profile is invalid)."""
        drafts = [SectionDraft.from_dict(d) for d in data.get("sections", [])]
        return cls(
            profile=Profile.from_dict(data["profile"]),
            sections={d.key: d for d in drafts},
            schedule=[
                ScheduleItem(int(s["month"]), str(s["activity"]), str(s["lead"]), str(s["participants"]))
                for s in data.get("schedule", [])
            ],
        )


def _paragraph_blocks(draft: SectionDraft) -> list[Paragraph]:
    """Paragraphs of a section; numbered sections get "1. " measures and "（1）" sub-points restarting per measure."""
    if not draft.numbered:
        return [Paragraph(p) for p in draft.paragraphs]
    out: list[Paragraph] = []
    measure = sub = 0
    for text in draft.paragraphs:
        if measure and _SUB_POINT.match(text):
            sub += 1
            out.append(Paragraph(f"（{sub}）{_SUB_POINT.sub('', text, count=1)}"))
            continue
        measure += 1
        sub = 0
        out.append(Paragraph(f"{measure}. {_LEADING_NUMBER.sub('', text, count=1)}"))
    return out


# ---------------------------------------------------------------------------------------------------- items

T = TypeVar("T")


def group_items(paragraphs: Sequence[str], numbered: bool) -> list[list[str]]:
    """A section's items: in a numbered section each measure with its "（1）" sub-points, else each paragraph.

    >>> group_items(["甲", "（1）子", "乙"], numbered=True)
    [['甲', '（1）子'], ['乙']]
    """
    if not numbered:
        return [[p] for p in paragraphs]
    items: list[list[str]] = []
    for text in paragraphs:
        if items and _SUB_POINT.match(text):
            items[-1].append(text)
        else:
            items.append([text])
    return items


def ungroup(items: Sequence[Sequence[str]]) -> list[str]:
    """Paragraphs again from grouped items."""
    return [p for item in items for p in item]


def out_of_range(count: int, positions: Sequence[int]) -> list[int]:
    """Positions (1-based) that are not items of a list of `count`."""
    return [n for n in positions if not 1 <= n <= count]


def delete_items(items: Sequence[T], positions: Sequence[int]) -> list[T]:
    """Items without those at the 1-based positions; ValueError when a position does not exist.

    >>> delete_items(["a", "b", "c"], [1, 3])
    ['b']
    """
    if not positions or out_of_range(len(items), positions):
        raise ValueError(f"positions {list(positions)} not in 1..{len(items)}")
    drop = set(positions)
    return [item for n, item in enumerate(items, start=1) if n not in drop]


def move_item(items: Sequence[T], source: int, target: int) -> list[T]:
    """The item at `source` moved so that it ends up at position `target` (both 1-based).

    >>> move_item(["a", "b", "c", "d"], 4, 2)
    ['a', 'd', 'b', 'c']
    """
    if out_of_range(len(items), [source, target]):
        raise ValueError(f"positions {source}, {target} not in 1..{len(items)}")
    rest = [item for n, item in enumerate(items, start=1) if n != source]
    return rest[: target - 1] + [items[source - 1]] + rest[target - 1 :]


def swap_items(items: Sequence[T], a: int, b: int) -> list[T]:
    """The items at positions a and b (1-based) exchanged.

    >>> swap_items(["a", "b", "c"], 1, 2)
    ['b', 'a', 'c']
    """
    if out_of_range(len(items), [a, b]):
        raise ValueError(f"positions {a}, {b} not in 1..{len(items)}")
    out = list(items)
    out[a - 1], out[b - 1] = out[b - 1], out[a - 1]
    return out


def insert_items(items: Sequence[T], new: Sequence[T], at: int | None = None) -> list[T]:
    """New items inserted so the first of them is at position `at` (1-based; None = at the end).

    >>> insert_items(["a", "b"], ["x"], at=1)
    ['x', 'a', 'b']
    """
    at = len(items) + 1 if at is None else max(1, min(at, len(items) + 1))
    return list(items[: at - 1]) + list(new) + list(items[at - 1 :])


def schedule_from_calendar(
    profile: Profile, structure: Structure, overrides: dict[str, int] | None = None
) -> list[ScheduleItem]:
    """The recurring calendar for the profile's period, names filled in (教代会/教职工大会, 女职工委员会/委员)."""
    names = profile.names()
    return [
        ScheduleItem(e.month, f.activity, f.lead, f.participants)
        for e in structure.calendar_for(profile.period, overrides)
        for f in [e.filled(names)]
    ]
