"""The day a law came into force asked in everyday words (its last article, knowledge/glosses), a question brought
by someone else (有同事问…: the person asking is not what is asked), a leading body called 班子, and section questions
asking what to arrange or how to start writing. Each question is ours."""

from __future__ import annotations

import pytest

from assistant.conversation.answer_reading import _reported
from tests.conversation.answer_helpers import verdict


def _labels(reply) -> list[str]:
    return [c.label for c in reply.citations]


@pytest.mark.parametrize("question", ["教研室的小王想知道，劳动法到底是哪一年开始实行的？",
                                      "劳动法算起来是从哪天开始生效的？"])
def test_the_day_a_law_came_into_force_is_answered_by_its_last_article(answerer, question):
    reply = answerer.answer(question)
    assert reply.found
    assert "《劳动法》第一百零七条" in _labels(reply)
    assert "1995年" in reply.text and "1月1日" in reply.text


@pytest.mark.parametrize("question", ["这部法是哪天起生效的", "哪一年开始执行", "几时开始算", "从多会儿起施行"])
def test_asking_for_a_day_or_a_year_asks_when(answerer, question):
    assert answerer.kit.gate.forms.asks_time.search(question)


def test_the_person_who_brings_a_question_is_not_what_it_asks():
    assert _reported("工会主席", "兄弟学校工会主席昨天问我，会费怎么交")
    assert _reported("老师", "有老师跑来打听，工会委员几年一换")
    assert not _reported("工会主席", "工会主席的任期还没到头能调走吗")


def test_a_term_of_office_asked_for_a_union_body_called_banzi_is_answered(answerer):
    found = verdict(answerer, "兄弟学校工会主席昨天问我，基层工会班子一届要当几年？")
    assert found.passed
    assert found.best.unit.passage.law == "工会法" and found.best.unit.passage.article == "第十六条"


@pytest.mark.parametrize("question", ["新学期给刚入职的年轻老师找师傅带一带，带队伍这块计划里咋落笔？",
                                      "老师们中午只有半小时空闲，工会平时能安排点啥小活动？"])
def test_asking_what_to_arrange_or_how_to_start_writing_is_answered_with_one_section(answerer, question):
    reply = answerer.answer(question)
    assert reply.found and reply.route == "section"
    assert "部分一般应包括以下要点" in reply.text  # one section's points, not a statute nor the whole outline
    assert not any(label.startswith("《劳动法》") for label in _labels(reply))
