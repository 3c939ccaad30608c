"""A saved plan's table keeps the order it was written in: an imported plan whose rows are not in month order (a
chair put a late-added March row last) is not reordered by an edit elsewhere, and a row added by chat goes in
before the first row of a later month."""

from __future__ import annotations

import re

from tests.conversation.edit_helpers import open_plan, send


def _table(markdown: str) -> list[str]:
    return [line for line in markdown.split("\n") if re.match(r"^\| \d{1,2}月 \|", line)]


def _reordered(conversation):
    """The sample plan's table with its first row moved to the end, as a user may keep it; as the export shows it."""
    rows = conversation.plan.ordered_schedule()
    rows = rows[1:] + rows[:1]
    conversation.plan.set_schedule(rows)
    shown = _table(conversation.markdown())
    assert [line.split(" | ")[1] for line in shown] == [r.activity for r in rows]  # shown as kept
    return shown


def test_an_edit_in_a_section_leaves_a_user_ordered_table_as_it_was(offline):
    conversation = open_plan(offline, "women")
    before = _reordered(conversation)
    reply = send(conversation, "删掉第2条")
    assert "已在" in reply.text
    assert _table(conversation.markdown()) == before


def test_a_refused_edit_leaves_a_user_ordered_table_as_it_was(offline):
    conversation = open_plan(offline, "women")
    before = _reordered(conversation)
    send(conversation, "删掉第9条")
    assert _table(conversation.markdown()) == before


def test_a_row_added_by_chat_goes_in_before_the_first_later_month(offline):
    conversation = open_plan(offline, "schedule")
    before = _reordered(conversation)
    months = conversation.plan.profile.months
    later = [int(re.match(r"^\| (\d+)月", line).group(1)) for line in before]
    month = next(m for m in months if m not in later and any(months.index(x) > months.index(m) for x in later))
    send(conversation, f"表里加一行：{month}月，教职工心理健康讲座，工会主席负责，全体教职工参加")
    after = _table(conversation.markdown())
    assert len(after) == len(before) + 1
    at = next(n for n, line in enumerate(after) if "心理健康讲座" in line)
    assert after[:at] + after[at + 1:] == before  # every other row where it was
    first_later = next(n for n, x in enumerate(later) if months.index(x) > months.index(month))
    assert at == first_later
