"""Answers on development round 98's kinds of question (fifty-second session): the asker's aside after the question
(我也说不准，麻烦讲讲) is neither what is asked nor the story, so the article on the time limit of arbitration leads; a
question asked again after the question mark without one is asked too; the pay for months worked under a contract that
does not hold is the article on invalid contracts; a colleague who died leaves survivors' benefits; the teachers of a
少年宫 are teachers of 其他教育机构; 满不满意 is read as 满意, not as 不满; a section answer offers no measure written
for another kind of school, and what the school says it already does every year comes after something new.
The questions are written for this test, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from assistant.conversation.answer_routes import QuestionForms
from assistant.conversation.engine import ask_once
from assistant.index.story_questions import story_parts
from tests.conversation.answer_helpers import cited


def test_an_aside_after_the_question_is_neither_asked_nor_told():
    asking, story = story_parts("学校保洁阿姨月初被辞退了，她想去申请劳动仲裁，有没有期限？我也说不准，麻烦讲讲", commas=True)
    assert "说不准" not in asking + story
    assert "期限" in asking


def test_a_question_asked_again_without_its_mark_is_asked():
    asking, _ = story_parts("我们是区里的少年宫，周末带合唱团的那批人，有人说不算教师，对吗？到底怎样的人才算教师法里的教师")
    assert "怎样的人才算" in asking


def test_a_word_asked_as_a_not_ab_is_read_whole():
    assert QuestionForms.whole_words("大家对食堂满不满意，同不同意换一家") == "大家对食堂满意，同意换一家"


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("校车司机老周上个月被学校辞退了，心里憋着气，他准备申请劳动仲裁，是不是拖久了就不给受理？我也说不准，麻烦讲讲",
         "《劳动法》第八十二条"),
        ("新来的宿管员做了三个月才知道合同作废了，学校说合同不算数就不发工资。这三个月的钱该怎么算？", "《劳动合同法》第二十八条"),
        ("我们一位老教师冬天突发心梗人没了，工会去看望时老伴问，他交了几十年社保，家里人能领到什么？", "《劳动法》第七十三条"),
        ("我们是区里的少年宫，周末带合唱团的那批人，有人说不算教师，对吗？到底怎样的人才算教师法里的教师", "《教师法》第二条"),
    ],
)
def test_the_article_that_answers_leads(offline, question, article):
    labels, text = cited(offline, question)
    assert labels and labels[0] == article, (labels, text[:200])


def test_a_village_primary_schools_ethics_answer_offers_no_kindergarten_measure(offline):
    reply = ask_once(offline, "我们是镇上的中心小学，师德这一块每年就是签个承诺书，想搞得扎实一些，计划里怎么写？")
    measures = reply.text.split("可写进计划的做法", 1)[-1]
    assert "保教" not in measures and "幼儿" not in measures, measures
    first = measures.split("\n- ")[1]
    assert "承诺书" not in first, measures
