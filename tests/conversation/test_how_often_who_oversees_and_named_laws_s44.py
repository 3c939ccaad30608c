"""Answers on development round 82's kinds of question (forty-fourth session): how often the congress must meet is
answered by the rule that states a rate (每学年至少召开一次), not declined for want of a length of time; who oversees
contracts and whether the union is heard goes to the article on 监督管理 that says 听取工会意见; how long a
non-compete may run (年限) leads with the non-compete article; a question naming 劳动法 keeps that law's article in the
lead; a falling-out between colleagues and a newly formed union get the practices that answer them (调解; 章程 and
工作规则). The questions are written for this test, not taken from any evaluation set."""

from __future__ import annotations

from assistant.conversation.engine import ask_once


def _labels(reply) -> list[str]:
    return [c.label for c in reply.citations]


def test_how_often_the_congress_must_meet_is_answered_by_its_rate(offline):
    reply = ask_once(offline, "校长总说今年太忙不开了。教代会最少隔多久得开一次？")
    assert not reply.text.startswith("知识库中没有"), reply.text[:120]
    assert "每学年至少召开一次" in reply.text, reply.text[:300]


def test_who_oversees_contracts_and_hears_the_union(offline):
    reply = ask_once(offline, "劳动局要来学校抽查劳动合同，这事归哪个部门监管？他们查的时候要不要听听工会的？")
    assert reply.citations and reply.citations[0].label == "《劳动合同法》第七十三条", _labels(reply)


def test_how_long_a_non_compete_may_run_leads_with_its_article(offline):
    reply = ask_once(offline, "学校让老师签承诺书，辞职后几年内不许去别的机构教课，这个年限最多能定多长？")
    assert reply.citations and reply.citations[0].label in ("《劳动合同法》第二十四条", "《劳动合同法》第二十三条"), _labels(reply)
    assert "二年" in reply.text, reply.text[:400]


def test_a_question_naming_the_labour_law_keeps_its_article_first(offline):
    reply = ask_once(offline, "有个同事犯事被判了刑，学校要跟他解约。劳动法里规定单位可以直接解除合同的情形有哪些？")
    assert reply.citations and reply.citations[0].label == "《劳动法》第二十五条", _labels(reply)


def test_colleagues_at_odds_and_a_new_union_get_the_practices_that_answer(offline):
    odds = ask_once(offline, "两个同事为了排课吵翻了，见面都不说话，工会计划维权这部分能写点什么？")
    assert "调解" in odds.text, odds.text[-500:]
    new = ask_once(offline, "我们工会今年刚组建，制度一样都还没有，工会自身建设部分头一件事写什么？")
    assert "章程" in new.text and "工作规则" in new.text, new.text[-500:]
