"""Items told loosely and additions placed by likeness (twentieth session): an item named by two of its things or by
its own words with some left out, an ordinal said as 排第N的, a section named with a group noun (退休老师那块), an
addition no word ties to the open section placed where the plan's items are most like it, and spoken sums and
"showing everyone" written as a plan writes them. Messages written for these tests."""

from __future__ import annotations

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


def test_an_item_named_by_two_of_its_things_is_found(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "文体里面乒乓球跟训练的那条删了")
    left = items(conversation.plan, "culture")
    assert len(left) == len(items(start, "culture")) - 1
    assert not any("乒乓球" in t for t in left)
    assert others_unchanged(start, conversation.plan, "culture")


def test_words_left_out_find_both_items_and_the_user_is_shown_them_then_a_group_noun_names_the_section(offline,
                                                                                                     start):
    conversation = open_plan(offline)
    reply = send(conversation, "春节慰问那条不要了")
    assert "第2条" in reply.text and "哪一条" in reply.text, reply.text
    assert conversation.plan.to_dict() == start.to_dict()
    send(conversation, "退休老师那块的")
    left = items(conversation.plan, "retirees")
    assert len(left) == len(items(start, "retirees")) - 1
    assert not any("春节" in t for t in left)
    assert items(conversation.plan, "welfare") == items(start, "welfare")


def test_an_ordinal_ending_in_de_is_the_item_in_that_place(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "现在排第三的挪到最前面")
    assert items(conversation.plan, "culture")[0] == items(start, "culture")[2]
    assert others_unchanged(start, conversation.plan, "culture")


def test_an_addition_goes_where_the_plans_items_are_like_it(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "年度体检结束以后，工会帮着联系医院给查出毛病的老师复查，加上")
    assert len(items(conversation.plan, "welfare")) == len(items(start, "welfare")) + 1, reply.text
    assert items(conversation.plan, "culture") == items(start, "culture")


def test_spoken_sums_and_showing_everyone_are_written_as_a_plan_writes_them(offline, start):
    conversation = open_plan(offline, "finance")
    send(conversation, "加一条：每学期工会经费收多少花多少，贴出来给大家看看")
    added = [t for t in items(conversation.plan, "finance") if t not in items(start, "finance")]
    assert len(added) == 1
    assert "多少" not in added[0] and "看看" not in added[0] and "大家" not in added[0], added[0]
    assert "收支" in added[0] and ("公开" in added[0] or "公示" in added[0]), added[0]
    assert "组织" not in added[0] and "活动" not in added[0], added[0]  # a state of things is reported, not held
