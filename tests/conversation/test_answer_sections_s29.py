"""Questions on writing a part of the plan that name it in everyday words, or only say what the activity is, are
answered with that part (session 29): not the 维权与送温暖 part by default, not the retirees' part for 老教师, not
the bare outline.

Questions written for this test: none is an exemplar of knowledge/questions.yaml or a line of eval/.
"""

from __future__ import annotations

import pytest


def _part(answer) -> str:
    return answer.text.split("\n", 1)[0]


# knowledge/questions.yaml sections: 钱这一块 / 管钱 name the 经费 part; 每月工作安排 the schedule; 工会自身 the
# union's own building; 最前头那段 the guiding thoughts.
NAMED = [
    ("年度计划里钱这一块要写哪几条？", "经费管理"),
    ("工会管钱那段写点什么比较规范？", "经费管理"),
    ("每月工作安排那张表要列哪些事？", "月度工作安排"),
    ("工会自身那块咋写比较实在？", "工会自身建设"),
]


@pytest.mark.parametrize(("question", "title"), NAMED)
def test_a_part_named_in_everyday_words_is_answered_with_it(answerer, question, title):
    answer = answerer.answer(question)
    assert answer.found, answer.text
    assert answer.route == "section"
    assert title in _part(answer), answer.text[:120]


# 老教师 is a senior serving teacher (knowledge/questions.yaml generic_names): mentoring new graduates is teacher
# training (knowledge/highlights.yaml teacher_training: 刚毕业, 老带新, 站稳讲台), not the retirees' part.
NEW_TEACHERS = [
    "学校今年来了五个刚毕业的小老师，打算让老教师老带新，计划里放哪一块、咋写？",
    "几位新分来的年轻人想早点站稳讲台，工会在计划里能安排点啥？",
]


@pytest.mark.parametrize("question", NEW_TEACHERS)
def test_new_teacher_mentoring_goes_to_the_ethics_part(answerer, question):
    answer = answerer.answer(question)
    assert answer.found, answer.text
    assert "师德与队伍建设" in answer.text[:200], answer.text[:200]
    assert "退休教职工工作" not in answer.text[:200]


# An activity to move about (knowledge/highlights.yaml sports: 动一动, 筋骨) belongs to 文体活动.
def test_a_wish_to_exercise_goes_to_the_culture_part(answerer):
    answer = answerer.answer("老师们坐久了，工会想组织大家下午动一动、活动活动筋骨，计划里放哪节写？")
    assert answer.found, answer.text
    assert "文体活动" in answer.text[:200], answer.text[:200]


def test_a_retirees_question_still_goes_to_the_retirees_part(answerer):
    answer = answerer.answer("退休的老教师们重阳节那块计划里写点啥？")
    assert answer.found, answer.text
    assert "退休教职工工作" in answer.text[:200], answer.text[:200]
