"""Putting right the headcounts a plan states, told the way a chair says them in chat ("女同志其实有37位"); the other
words of each item and every other section stay as they were. The plan is our own; the sentences are ours."""

from __future__ import annotations

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


def _counted(offline):
    conversation = open_plan(offline, "culture")
    plan = conversation.plan
    democracy = items(plan, "democracy")
    plan.set_section("democracy", ["本校在岗教职工71人，全员参加教职工大会。", *democracy[1:]], status="accepted")
    women = items(plan, "women")
    plan.set_section("women", ["本校女教师35人，女工委由5人组成。", *women[1:]], status="accepted")
    retirees = items(plan, "retirees")
    plan.set_section("retirees", ["逢年过节看望9名退休教师。", *retirees[1:]], status="accepted")
    return conversation


def test_two_headcounts_said_in_chat_are_put_right_where_the_plan_states_them(offline):
    conversation = _counted(offline)
    before = conversation.plan.model_copy(deep=True) if hasattr(conversation.plan, "model_copy") else None
    reply = send(conversation, "人事那边核过了，老师实际是74个，女同志有37位，把计划里的数字改过来")
    assert items(conversation.plan, "democracy")[0] == "本校在岗教职工74人，全员参加教职工大会。"
    assert items(conversation.plan, "women")[0] == "本校女教师37人，女工委由5人组成。"
    assert items(conversation.plan, "retirees")[0] == "逢年过节看望9名退休教师。"
    assert "74" in reply.text and "37" in reply.text
    if before is not None:
        assert others_unchanged(before, conversation.plan, "democracy", "women")


def test_a_retiree_count_written_before_the_group_is_put_right(offline):
    conversation = _counted(offline)
    send(conversation, "退休那个数有误，应是11")
    assert items(conversation.plan, "retirees")[0] == "逢年过节看望11名退休教师。"
    assert items(conversation.plan, "democracy")[0] == "本校在岗教职工71人，全员参加教职工大会。"


def test_a_headcount_the_plan_does_not_state_changes_nothing(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "会员人数改成80人")
    assert "未作改动" in reply.text
    assert others_unchanged(start, conversation.plan)
