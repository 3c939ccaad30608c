"""The monthly schedule as the chat shows it when it is proposed: the table itself, and editing it row by row
(month, activity, 负责, 参与) — add a row, change one, delete one — each change saved as a version."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.plan import SCHEDULE_HEADER, Plan, ScheduleItem
from assistant.errors import UserError
from assistant.export.markdown import escape_markdown

NEW_ROW = -1  # the row picker's choice for "add a row"
CELL_LIMIT = 200  # characters per cell, as a table cell in a 公文 stays short


@dataclass(frozen=True)
class RowChoice:
    index: int  # position in the table as shown (Plan.ordered_schedule), or NEW_ROW
    label: str


def table_markdown(plan: Plan) -> str:
    """The schedule as a Markdown table in period order, every cell shown as text."""
    rows = [SCHEDULE_HEADER, *plan.schedule_rows()]
    lines = ["| " + " | ".join(escape_markdown(str(c)).replace("\n", " ") for c in row) + " |" for row in rows]
    return "\n".join([lines[0], "|" + " --- |" * len(SCHEDULE_HEADER), *lines[1:]])


def row_choices(plan: Plan) -> list[RowChoice]:
    """What the row picker offers: every row ("第2行 · 3月 · 召开教职工大会…"), then a new row."""
    choices = []
    for n, item in enumerate(plan.ordered_schedule(), start=1):
        activity = item.activity if len(item.activity) <= 16 else item.activity[:15] + "…"
        choices.append(RowChoice(n - 1, f"第{n}行 · {item.month}月 · {activity}"))
    return [*choices, RowChoice(NEW_ROW, "新增一行")]


def row_values(plan: Plan, index: int) -> tuple[int, str, str, str]:
    """The editor's values for a row (a new row starts in the period's first month, blank)."""
    rows = plan.ordered_schedule()
    if 0 <= index < len(rows):
        item = rows[index]
        return item.month, item.activity, item.lead, item.participants
    return plan.profile.months[0], "", "", ""


def month_options(plan: Plan) -> list[int]:
    """The months of the plan's period, in the order they come."""
    return list(plan.profile.months)


def _cell(text: str | None, label: str, required: bool) -> str:
    value = " ".join(str(text or "").split())
    if required and not value:
        raise UserError(f"{label}不能为空。")
    if len(value) > CELL_LIMIT:
        raise UserError(f"{label}太长（{len(value)} 字），每格不超过 {CELL_LIMIT} 字。")
    return value


def edited_rows(plan: Plan, index: int, month: int, activity: str, lead: str, participants: str
                ) -> tuple[list[ScheduleItem], str]:
    """The table with one row changed (or added when index is NEW_ROW), and what happened in words.

    Raises UserError with the Chinese reason when the row is not valid (an empty activity, a month outside the plan).
    """
    if int(month) not in plan.profile.months:
        raise UserError(f"{month}月不在本计划的期间内。")
    item = ScheduleItem(int(month), _cell(activity, "工作内容", True), _cell(lead, "负责", False),
                        _cell(participants, "参与", False))
    rows = plan.ordered_schedule()
    if 0 <= index < len(rows):
        if rows[index].month == item.month:
            rows[index] = item
        else:  # a row moved to another month goes among that month's rows
            rows = plan.with_row(rows[:index] + rows[index + 1:], item)
        return rows, f"编辑“月度工作安排”第{index + 1}行"
    return plan.with_row(rows, item), f"“月度工作安排”新增{item.month}月一行"


def without_row(plan: Plan, index: int) -> tuple[list[ScheduleItem], str]:
    """The table without one row, and what happened in words."""
    rows = plan.ordered_schedule()
    if not 0 <= index < len(rows):
        raise UserError("请先选择要删除的一行。")
    del rows[index]
    return rows, f"删除“月度工作安排”第{index + 1}行"
