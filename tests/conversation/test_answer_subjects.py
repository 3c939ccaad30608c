"""The statutes' subjects said in everyday words (knowledge/lexicon.yaml, seventeenth session's families: employer
kinds, an employer's rules, social insurance, punishment, supervision, a representative's duties), and a question
framed by who asks it ("有人私下议论：…？"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from assistant.conversation.answers import answer_kit
from assistant.conversation.engine import ask_once
from assistant.index.story_questions import story_parts


@pytest.mark.parametrize(
    "question, lead",
    [
        ("集体所有制的厂子，工会能管哪些事？", "《工会法》第三十七条"),
        ("社保中心的工作人员挪用社保基金，按法律会判刑吗？", "《劳动法》第一百零四条"),
        ("做了教代会代表，除了权利，还得尽哪些本分？", "《学校教职工代表大会规定》"),
    ],
)
def test_everyday_names_of_a_statute_subject_lead_to_its_article(offline, question, lead):
    reply = ask_once(offline, question)
    assert "知识库中没有" not in reply.text
    assert reply.citations and reply.citations[0].label.startswith(lead), reply.citations[0].label


def test_an_employers_own_rules_are_its_rules_and_regulations(offline):
    reply = ask_once(offline, "开学后学校一下子出了好些考勤办法和请假扣款的办法。办公室里有人私下议论：单位自己定这么多"
                              "条条框框，法律上允许吗？")
    assert "知识库中没有" not in reply.text
    assert "规章制度" in reply.text.splitlines()[0]  # the rules are read as the statutes' 规章制度


def test_the_frame_before_a_colon_is_story_not_what_is_asked():
    asking, story = story_parts("开学后学校一下子出了好些考勤办法和请假扣款办法，大家都不太适应。几位老教师在办公室私下议论：单位能自己定规矩吗？")
    assert asking == "单位能自己定规矩吗？"
    assert story.endswith("私下议论：")


def test_how_much_power_is_not_a_question_for_a_number(offline):
    offline.ensure_ready()
    forms = answer_kit(offline).router.bank.forms
    assert not forms.asks_number.search("工会能使多大劲")
    assert not forms.asks_number.search("代表说话有多大分量")
    assert forms.asks_number.search("教室有多大面积") and forms.asks_number.search("多大年纪可以退休")


@pytest.mark.parametrize(
    "question, what",
    [
        ("老师们去省城参加为期两天的进修，差旅费和住宿费每天最多能报多少？", "具体金额标准"),
        ("听说从教满一定年限的乡村教师能拿荣誉证书，要够什么条件，找谁报？", "评选和申报办法"),
    ],
)
def test_a_spending_limit_or_an_honour_the_base_lacks_is_declined_with_where_to_look(offline, question, what):
    reply = ask_once(offline, question)
    assert reply.text.startswith("知识库中没有关于") and what in reply.text.splitlines()[0]
    assert not reply.citations


def test_a_gap_question_a_statute_covers_is_searched_once(offline, monkeypatch):
    """Whether a statute covers a local question and the answer itself read one whole-book verdict."""
    from assistant.conversation.answers import FACT_KINDS, Answerer

    searches, verdicts = [], []
    search, book = Answerer.search, Answerer._book_verdict

    def counted_search(self, question, kinds, *args, **kwargs):
        searches.append(kinds)
        return search(self, question, kinds, *args, **kwargs)

    def counted_book(self, question, kinds):
        verdicts.append(kinds)
        return book(self, question, kinds)

    monkeypatch.setattr(Answerer, "search", counted_search)
    monkeypatch.setattr(Answerer, "_book_verdict", counted_book)
    reply = ask_once(offline, "我们县里有所初中从人力公司派来了几个保安，干的活和学校自己聘的人一样，工钱却少一截。"
                              "派来的人工钱能不一样吗？")
    assert reply.text.startswith("根据《劳动合同法》")
    assert len(verdicts) == 2 and searches.count(FACT_KINDS) == 1
