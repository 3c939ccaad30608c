"""An added measure written from a rule with a threshold or from a wish: the threshold stays as the measure's condition
(its amount kept, in figures), a wish (想…) is the measure itself, and spoken words of deciding and following up are
written as plans write them. The plan is our own (tests/conversation/data/sample_plan.md); the phrasings are ours."""

from __future__ import annotations

from tests.conversation.edit_helpers import added_item, open_plan, others_unchanged, send


def test_a_rule_with_a_threshold_keeps_its_amount_and_is_written_formally(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "经费那块补一条：一次花销超过两千块的，得委员们碰头商量定，别让主席自己说了算")
    added = added_item(start, conversation, "finance", reply)
    assert "2000" in added and "存在的问题" not in added, added
    for spoken in ("委员们", "说了算", "块"):
        assert spoken not in added, added
    assert others_unchanged(start, conversation.plan, "finance")


def test_a_wish_to_hear_staff_is_written_as_the_measure_in_democratic_management(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "想每学期挑一天请校领导和老师当面聊聊，由工会安排个人整理记录，回头追着给个回话，这个也加上")
    added = added_item(start, conversation, "democracy", reply)
    assert "想每" not in added and "追着" not in added, added
    assert "给个" not in added and "存在的问题" not in added, added
    assert "答复" in added
    assert others_unchanged(start, conversation.plan, "democracy")
