"""A question asking how to write a part of the plan, in spoken words, is answered with that part, not declined.

Questions written for this test: none is an exemplar of knowledge/questions.yaml or a line of eval/.
"""

from __future__ import annotations

import pytest

# 咋个 (Southwest 怎么), 装点啥 (what to put in), 打算 (a plan, spoken): knowledge/questions.yaml, section cues.
SPOKEN_PLAN = [
    "明年的工作打算里，退休老同志那部分咋个写？",
    "年度打算中女职工那一块该装点啥？",
]


@pytest.mark.parametrize("question", SPOKEN_PLAN)
def test_a_spoken_question_on_writing_a_part_is_answered_with_the_part(answerer, question):
    answer = answerer.answer(question)
    assert answer.found, answer.text
    assert answer.route == "section", answer.text[:80]


# A story of a grievance that ends by asking what to write in a named part of the plan: no statute answers "what to
# write", so the part of the plan does, rather than a decline.
STORY_THEN_PLAN = "学校食堂外包以后饭菜越来越贵，老师们意见很大。计划里送温暖那块我该写些什么？"


def test_a_story_ending_in_what_to_write_is_answered_with_the_part(answerer):
    answer = answerer.answer(STORY_THEN_PLAN)
    assert answer.found, answer.text
    assert answer.route == "section"
    assert "送温暖" in answer.text or "维权" in answer.text


def test_a_question_the_plan_cannot_answer_is_still_declined(answerer):
    """Asking for a local allowance in the plan's words is still a local rule the base does not hold."""
    answer = answerer.answer("我们市里教师的交通补贴标准是多少")
    assert not answer.found
