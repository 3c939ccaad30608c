"""Building the union's home (职工小家, 星级职工之家) is the union's own work, wherever the chat is; leisure held in the
职工之家 room stays a cultural activity. The plan is our own; the sentences are ours."""

from __future__ import annotations

from tests.conversation.edit_helpers import items, open_plan, send


def test_building_group_homes_goes_to_the_unions_own_work(offline, start):
    conversation = open_plan(offline, "finance")
    send(conversation, "加一条：各工会小组对照标准争创星级职工小家")
    assert len(items(conversation.plan, "self")) == len(items(start, "self")) + 1
    assert items(conversation.plan, "finance") == items(start, "finance")


def test_leisure_in_the_union_room_stays_with_cultural_activities(offline, start):
    conversation = open_plan(offline, "finance")
    send(conversation, "加一条：每周三傍晚在职工之家开放棋牌和乒乓球")
    assert len(items(conversation.plan, "culture")) == len(items(start, "culture")) + 1
