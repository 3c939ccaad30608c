"""Questions told as a story: a chair says what happened first and asks last ("……学校这么安排可以吗？"). The answer
rests on what is asked and the story's telling words (搜身, 电工, 概不负责), not on its setting (学校, 老师, 园长,
周末); a story about something the base does not hold, or about nothing of the union's, is still declined.

The stories are written for this test from the statutes' articles, not taken from any evaluation set.
"""

from __future__ import annotations

import pytest

from assistant.conversation.engine import ask_once
from assistant.index.story_questions import story_parts

# (story, the article that answers it): each asks only "is this allowed?", the facts are in the story. A search of
# workers (非法搜查) is forbidden by two articles in the same words; either may lead, the other follows.
ANSWERED = [
    ("学校食堂前两天少了一箱牛奶，后勤主任怀疑是临时工拿的，把几个人叫到仓库挨个搜身。这样做合法吗？",
     ("《劳动法》第九十六条", "《劳动合同法》第八十八条")),
    ("学校的电工上个月辞职了，总务处让一位物理老师临时顶上去修配电箱。他从来没学过，也没有证。学校这么安排可以吗？",
     "《劳动法》第五十五条"),
    # Known regression (session 23, the glosses read by meaning): 第二十七条 (partial invalidity) ties with 第二十六条 on
    # the gate's coverage and leads; 第二十六条 is quoted second. Strict: the mark fails once it leads again.
    pytest.param("我们是一所民办小学，今年开学新换的聘用合同里写着：老师外出学习期间出了任何事，学校概不负责。这条写进合同算数吗？",
                 "《劳动合同法》第二十六条", marks=pytest.mark.xfail(strict=True, reason="27 ties with 26 and leads")),
    ("我们园一位年轻老师怀孕四个月了，孕吐很厉害，医生建议她少干点。园长还是让她一个人带两个班。园里这么安排行吗？",
     "《女职工劳动保护特别规定》第六条"),
]


@pytest.mark.parametrize(("story", "article"), ANSWERED)
def test_a_story_that_an_article_answers_is_answered_with_it(offline, story, article):
    accepted = article if isinstance(article, tuple) else (article,)
    reply = ask_once(offline, story)
    assert reply.citations[0].label in accepted
    assert reply.text.startswith(f"根据{reply.citations[0].label}[1]：“")
    assert {c.label for c in reply.citations} >= set(accepted)  # the article that says the same is quoted too


# A story whose setting names its county (a cue of the "local rules" gap) while what it asks is a statute's rule.
COUNTY_STORY = ("我们县里有一所寄宿制初中，学校让一位孩子才八个月的女老师连着值了两个星期的夜班，她每天晚上还得回宿舍喂奶。"
                "这样安排合法吗？")


def test_a_story_set_in_a_county_is_answered_by_the_statute_not_declined_as_a_local_rule(offline):
    reply = ask_once(offline, COUNTY_STORY)
    assert reply.citations and reply.citations[0].label == "《女职工劳动保护特别规定》第九条"
    assert not reply.text.startswith("知识库中没有")


# The asking sentence names its own subject (试用期); the story's details (a prize, a match in the city) are background.
def test_a_question_that_names_its_subject_is_not_pulled_away_by_the_story(offline):
    story = ("我们学校新来的体育老师上学期带学生去市里比赛拿了一等奖，校长很器重他，准备跟他签三年的合同。"
             "他来问我：三年的劳动合同，试用期最长能约定多久？")
    reply = ask_once(offline, story)
    assert reply.text.startswith("根据《劳动合同法》第十九条[1]：“")


# 我这个工会主席 says who asks, not what is asked: the answer is the rule on written contracts, not on union chairs.
def test_the_askers_own_role_is_not_taken_for_what_is_asked(offline):
    story = ("开学后学校一口气招了五位代课老师，到现在快两个月了还没签合同。"
             "有位老师来问我这个工会主席：学校最晚多久之内必须跟她们订立书面劳动合同？")
    reply = ask_once(offline, story)
    assert reply.citations and reply.citations[0].label.startswith("《劳动合同法》")
    assert "书面劳动合同" in reply.text.split("\n")[0]


def test_a_story_about_something_else_than_union_work_is_declined(offline):
    reply = ask_once(offline, "周末我带孩子去公园玩，孩子在草地上摔了一跤，膝盖擦破了皮。这种伤口要不要去打破伤风针？")
    assert "与学校工会工作无关" in reply.text
    assert not reply.citations


def test_a_story_asking_for_what_the_base_does_not_hold_is_declined(offline):
    reply = ask_once(offline, "我们学校有位老教师明年就要退休了，这几天一直在盘算以后的日子。他想知道退休以后养老金每个月到底能拿多少？")
    assert reply.text.startswith("知识库中没有关于")
    assert not reply.citations


def test_the_core_of_a_story_is_its_asking_sentence_and_its_telling_words(offline):
    story = "民办幼儿园里，园长跟保育员签的合同写着：干不满三年就走，要赔园里五千块违约金。这一条能作数吗？"
    assert story_parts(story)[0] == "这一条能作数吗？"
    core = offline.retriever.core(story)
    assert "违约金" in core.telling and "保育员" in core.telling
    assert "园长" not in core.text.split() and "五千块" not in core.text


def test_a_short_question_is_its_own_core(offline):
    question = "学校能不能因为女老师怀孕就辞退她"
    assert offline.retriever.core(question).text == question
