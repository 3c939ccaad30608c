"""Answers on development round 80's kinds of question (forty-third session): a question asking where else the
union's money may come from is answered with the whole list of the article (会费, 补助 …), not the one item it names;
pay below the city's published floor, excused by the employer as the market rate, is answered by the minimum-wage
article, not declined as a local rule. The questions are written for this test, not taken from any evaluation set."""

from __future__ import annotations

from assistant.conversation.engine import ask_once


def test_a_question_for_the_rest_of_a_list_gets_the_whole_list(offline):
    reply = ask_once(offline, "学校每月按工资拨给工会的那笔钱我知道，除了这个，工会的经费还能从哪来？")
    assert reply.citations and reply.citations[0].label == "《工会法》第四十三条", [c.label for c in reply.citations]
    assert "会费" in reply.text and "补助" in reply.text, reply.text[:400]


def test_pay_below_the_citys_floor_excused_as_the_market_rate_is_answered(offline):
    reply = ask_once(offline, "我们园的保育员一个月到手才一千二，比市里公布的最低线还少，园长说行情就这样，这合法吗？")
    assert not reply.text.startswith("知识库中没有"), reply.text[:120]
    assert reply.citations and reply.citations[0].label == "《劳动法》第四十八条", [c.label for c in reply.citations]
