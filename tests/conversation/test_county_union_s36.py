"""县里的工会 is the upper union a school's union turns to, not a county's own rule (knowledge/questions.yaml, the local
gap's `not_before`): a question asking whether it can help is answered from the statutes, while a county's allowance is
still declined as a local rule (thirty-sixth session, development round 66). Written for this test."""

from __future__ import annotations

from assistant.conversation.engine import ask_once

HELP = "学校拖欠了三个月工资，老师们请不起律师，县里的总工会可不可以派人帮忙打官司？"


def test_asking_what_the_county_union_can_do_is_not_declined_as_a_local_rule(offline):
    reply = ask_once(offline, HELP)
    assert "地方（省、市、县、区）" not in reply.text
    assert reply.citations


def test_a_county_allowance_is_still_a_local_rule(offline):
    reply = ask_once(offline, "县里的乡村教师补贴一个月多少钱")
    assert reply.text.startswith("知识库中没有关于地方")
