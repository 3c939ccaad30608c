"""Measures told with no word of adding as something to provide to people (每人订份报纸, 给每个办公室配台饮水机),
and the spoken words of such measures written in the plan's register: retired staff said 退了的老教工, each household
每家, how often 一年一V, where the money comes from 钱走工会经费, a body's money told as its 账, showing it as 亮相,
and the hoped-for effect (让会员心里有数) left out. The plan is our own (tests/conversation/data/sample_plan.md); the
phrasings are ours."""

from __future__ import annotations

from tests.conversation.edit_helpers import added_item, open_plan, others_unchanged, send


def test_a_provision_for_retirees_told_without_a_verb_of_adding_goes_to_their_section(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "园里退了的老教师们，每家订份养生杂志吧，一年一订，开销走工会")
    added = added_item(start, conversation, "retirees", reply)
    assert "退休" in added and "订阅" in added and "列支" in added, added
    for spoken in ("退了", "每家", "年一订", "开销走", "订份"):
        assert spoken not in added, added
    assert "退休" in reply.text
    assert others_unchanged(start, conversation.plan, "retirees")


def test_a_question_about_providing_something_is_not_an_addition(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "能给每位会员订份杂志么？")
    assert conversation.plan.sections["retirees"].to_dict() == start.sections["retirees"].to_dict()
    assert conversation.plan.sections["culture"].to_dict() == start.sections["culture"].to_dict()


def test_posting_the_accounts_told_the_spoken_way_is_written_as_a_public_notice(offline, start):
    conversation = open_plan(offline, "democracy")
    reply = send(conversation, "经费管理里补一条：工会的账一季度在宣传栏亮一回相，让大家心里有底")
    added = added_item(start, conversation, "finance", reply)
    assert "公示" in added and "每季度" in added and "经费收支" in added, added
    for spoken in ("亮一回相", "心里有底", "的账"):
        assert spoken not in added, added
    assert others_unchanged(start, conversation.plan, "finance")
