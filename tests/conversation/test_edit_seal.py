"""A seal asked for in chat (盖章, 电子章) is refused with the reason: the plan holds text only; a measure about the
union's seals stays content to add. The plan is our own; the sentences are ours."""

from __future__ import annotations

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


def test_stamping_the_plan_is_refused_and_changes_nothing(offline, start):
    conversation = open_plan(offline, "safeguards")
    for message in ("最后落款处给盖个学校的章", "结尾弄个电子签章上去"):
        reply = send(conversation, message)
        assert "无法完成" in reply.text and "未作改动" in reply.text
    assert others_unchanged(start, conversation.plan)


def test_a_measure_about_keeping_seals_is_still_added(offline, start):
    conversation = open_plan(offline, "finance")
    send(conversation, "加一条：工会印章由专人保管，用印要登记")
    assert len(items(conversation.plan, "finance")) == len(items(start, "finance")) + 1
