"""Taking back one earlier edit while a later edit of the same section stays: a word replaced, then an item of that
section deleted, then only the replacement undone; an earlier move undone after a deletion there. The plan is our own;
the sentences are ours."""

from __future__ import annotations

from assistant.conversation.edit_undoing import merged_back
from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


def test_an_earlier_replacement_is_undone_and_the_later_deletion_kept(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "这一节的“教职工”都改成“职工”")
    send(conversation, "这节第5条去掉")
    reply = send(conversation, "职工那个替换撤销，删的那条就留着别恢复")
    assert items(conversation.plan, "culture") == items(start, "culture")[:4]
    assert "之后的修改保持不变" in reply.text
    assert others_unchanged(start, conversation.plan, "culture")


def test_merging_back_a_move_keeps_a_later_deletion_and_brings_nothing_back():
    before = [["甲"], ["乙"], ["丙"], ["丁"]]
    after = [["丁"], ["甲"], ["乙"], ["丙"]]  # 丁 moved to the front
    current = [["丁"], ["乙"], ["丙"]]  # then 甲 deleted
    assert merged_back(before, after, current) == [["乙"], ["丙"], ["丁"]]


def test_merging_back_an_addition_removes_only_the_added_item():
    before = [["甲"], ["乙"]]
    after = [["甲"], ["乙"], ["新"]]
    current = [["乙"], ["新"], ["后加"]]
    assert merged_back(before, after, current) == [["乙"], ["后加"]]
