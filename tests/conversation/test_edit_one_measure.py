"""An addition told as a little story ("上回……。以后得……，这个写成一条措施") is one measure: the story of why goes,
what to do stays, in 公文 register, in the section its words belong to (the union's books → 经费管理), and the words
that only say where to write it (补进计划里, 这回得写上) are not content. Messages written for these tests."""

from __future__ import annotations

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


def _added(start, conversation, key):
    return [t for t in items(conversation.plan, key) if t not in items(start, key)]


def test_a_story_then_a_rule_is_one_measure_in_the_section_of_its_words(offline, start):
    conversation = open_plan(offline, "safeguards")
    send(conversation, "前阵子上级来查账，发现工会的报销凭证只有经手人签字。今后报销都要工会主席审批签字，这个写成一条措施")
    added = _added(start, conversation, "finance")
    assert len(added) == 1, items(conversation.plan, "finance")
    assert "工会主席" in added[0] and "报销" in added[0]
    assert "前阵子" not in added[0] and "写成" not in added[0] and "查账" not in added[0]
    assert others_unchanged(start, conversation.plan, "finance")


def test_bu_jin_adds_and_its_pointer_is_not_content(offline, start):
    conversation = open_plan(offline, "self")
    send(conversation, "还有件事，工会委员每学期得去兄弟学校学习考察一次职工之家建设，这回得补进计划里")
    added = _added(start, conversation, "self")
    assert len(added) == 1
    assert "职工之家" in added[0]
    assert "这回" not in added[0] and "补进" not in added[0] and "还有件事" not in added[0]
    assert "须" in added[0] or "每学期" in added[0]


def test_agreeing_in_home_words_after_an_edit_is_not_off_topic(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "第2条删掉")
    edited = conversation.plan.to_dict()
    for message in ("得嘞，就先这样", "中，先这么存着", "要得"):
        reply = send(conversation, message)
        assert "无关" not in reply.text and "已自动保存" in reply.text, reply.text
        assert conversation.plan.to_dict() == edited
