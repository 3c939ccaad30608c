"""Putting a section in order by what its items say: sorting by the time each names (按月份先后排), and swapping two
items told by their content (健步走那条跟书法那条对调). The plan is our own (tests/conversation/data/sample_plan.md);
the sentences are ours."""

from __future__ import annotations

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send

_DATED = ["五月份开展年级组拔河赛。", "3月组织踏青寻春。", "成立书画社。",
          "元宵节包汤圆。"]


def _dated(offline, current):
    conversation = open_plan(offline, current)
    conversation.plan.set_section("culture", list(_DATED), status="accepted")
    return conversation


def test_sorting_by_month_puts_dated_items_in_order_and_leaves_undated_ones(offline):
    conversation = _dated(offline, "culture")
    reply = send(conversation, "这部分按时间先后重新排一下")
    assert items(conversation.plan, "culture") == [_DATED[3], _DATED[1], _DATED[2], _DATED[0]]
    assert "文体活动" in reply.text


def test_sorting_a_section_named_by_its_short_name_with_no_section_open(offline):
    conversation = _dated(offline, None)
    send(conversation, "文体那几条照月份早晚理一理")
    assert items(conversation.plan, "culture")[0] == _DATED[3]


def test_sorting_a_section_already_in_order_changes_nothing(offline):
    conversation = _dated(offline, "culture")
    send(conversation, "这部分按时间先后重新排一下")
    before = items(conversation.plan, "culture")
    reply = send(conversation, "再按月份顺序排一遍")
    assert items(conversation.plan, "culture") == before
    assert "未作改动" in reply.text


def test_a_numbered_move_said_with_a_time_word_is_still_a_move(offline):
    conversation = _dated(offline, "culture")
    send(conversation, "第1条按时间放到最后")
    assert items(conversation.plan, "culture") == [_DATED[1], _DATED[2], _DATED[3], _DATED[0]]


def test_swapping_two_items_told_by_what_they_say(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "文体活动里，健步走那条跟书法那条对调一下")
    before = items(start, "culture")
    assert items(conversation.plan, "culture") == [before[0], before[3], before[2], before[1], before[4]]
    assert others_unchanged(start, conversation.plan, "culture")
