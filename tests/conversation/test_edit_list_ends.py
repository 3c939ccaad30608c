"""Items told by where they stand in the list (头一条, 末尾那个) and a move whose new place is said as the place the item
takes (调上去当第二条, 往前挪作为第一条). The plan is our own (tests/conversation/data/sample_plan.md); the phrasings
are ours."""

from __future__ import annotations

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


def test_the_first_and_the_last_item_told_by_their_places_are_both_deleted(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "本节打头那条跟最末尾那个一起去掉，那两样学校另有人管")
    assert items(conversation.plan, "culture") == items(start, "culture")[1:4], reply.text
    assert others_unchanged(start, conversation.plan, "culture")


def test_a_head_item_said_with_tou_keeps_the_last_item_said_beside_it(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "头一条和最后那条删了")
    assert items(conversation.plan, "culture") == items(start, "culture")[1:4], reply.text


def test_an_item_told_by_content_moved_up_to_take_a_numbered_place(offline, start):
    conversation = open_plan(offline, "welfare")
    reply = send(conversation, "退休那块，住院探望那一条提上去当第二条")
    before = items(start, "retirees")
    assert items(conversation.plan, "retirees") == [before[0], before[2], before[1]], reply.text
    assert others_unchanged(start, conversation.plan, "retirees")


def test_a_numbered_item_moved_forward_to_become_the_first(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "第4条往前挪作为第一条")
    before = items(start, "culture")
    assert items(conversation.plan, "culture") == [before[3], *before[:3], before[4]], reply.text
