"""Spoken words and question forms the gate reads (knowledge/lexicon.yaml, knowledge/questions.yaml): a trial period
called 试工, a void contract called 不作数, a way out asked as 门路, a headcount counted in 口, a length of time asked
with 多久. Each question is ours."""

from __future__ import annotations

import pytest

from assistant.conversation.answer_gate import holds_number
from tests.conversation.answer_helpers import verdict


def test_a_trial_period_asked_how_long_is_answered_with_a_length_of_time(answerer):
    found = verdict(answerer, "食堂新来的师傅试工期被定成一年，这个试工最多能定多久？")
    assert found.passed
    assert "试用期" in found.best.unit.text
    assert holds_number(found.best.unit.text, duration=True)  # not 只能约定一次试用期


def test_how_long_asks_a_length_but_how_often_does_not(answerer):
    forms = answerer.kit.gate.forms
    assert forms.asks_duration.search("产假最长多久")
    assert not forms.asks_duration.search("教代会多久开一次")


def test_a_void_contract_in_spoken_words_reaches_the_statute_on_void_contracts(answerer):
    found = verdict(answerer, "合同被判了不作数，吃了亏的保育员可不可以向园方索赔？")
    assert found.passed
    assert "无效" in found.best.unit.text


@pytest.mark.parametrize("question", ["学校拖着不发绩效，老师还有什么门路可以走？", "被扣了工资，该走哪条途径？"])
def test_a_way_to_walk_asks_for_the_remedies(answerer, question):
    assert answerer.kit.gate.forms.asks_recourse.search(question)
    found = verdict(answerer, question)
    assert found.passed
    assert any(w in found.best.unit.text for w in ("仲裁", "诉讼", "调解", "人民法院"))


def test_a_headcount_in_kou_is_a_headcount(answerer):
    assert answerer.kit.gate.forms.headcount.search("我们分校一共十来口人")


@pytest.mark.parametrize("question", ["想在计划里添一条关心青年老师成长的，这条该怎么措辞？",
                                      "打算组织老师们练练粉笔字，写进去咋表述比较好？"])
def test_asking_how_to_word_a_line_is_answered_with_a_section(answerer, question):
    answer = answerer.answer(question)
    assert answer.found and answer.route == "section"
    assert "部分一般应包括以下要点" in answer.text  # one section's points, not the outline of the whole plan
