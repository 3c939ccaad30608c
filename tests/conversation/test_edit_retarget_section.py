"""A correction that says the last edit went to the wrong part ("放错地方了，是文体那节的", "不是这一节，是……"): the
edit is undone where it was made and done on the same items of the part named. The plan is our own; the sentences are
ours."""

from __future__ import annotations

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


def test_a_move_said_to_be_in_the_wrong_part_is_made_in_the_part_named(offline, start):
    conversation = open_plan(offline, "welfare")
    send(conversation, "末尾那个调到顶上")
    send(conversation, "唉放错位置啦，我说的是文体那节的，这边还原")
    culture = items(start, "culture")
    assert items(conversation.plan, "culture") == [culture[-1], *culture[:-1]]
    assert others_unchanged(start, conversation.plan, "culture")


def test_denying_the_part_on_screen_deletes_in_the_part_named_instead(offline, start):
    conversation = open_plan(offline, "welfare")
    send(conversation, "第3条去掉")
    send(conversation, "不是这一节，是文体那块的第3条")
    culture = items(start, "culture")
    assert items(conversation.plan, "culture") == culture[:2] + culture[3:]
    assert others_unchanged(start, conversation.plan, "culture")
