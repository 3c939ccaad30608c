"""Answers on development round 78's kinds of question (forty-second session): teachers' pay beside the civil
servants' said as the offices' staff, a charter revised and the proposals' follow-up said in everyday words, whether a
head can stop a union being set up; the district checking a plan is not a local rule; and, declined as held by no file
of the base: home-visit leave and tax on a union's gift. The questions are written for this test, not taken from any
evaluation set."""

from __future__ import annotations

import pytest

from assistant.conversation.engine import ask_once

# (question, the articles or digest parts that may answer it first, words the answer must hold)
ANSWERED = [
    ("乡里都说当老师的收入不该比机关干部低，国家对这个有明文规定吗？", ("《教师法》第二十五条",), ("公务员",)),
    ("学校打算改办学章程，教代会在这件事上要做什么？", ("《学校教职工代表大会规定》要点摘编（非官方原文）「教代会的职权」",),
     ("章程草案",)),
    ("去年递的几份提案到底落实没有，开会时能让学校交个底吗？",
     ("《学校教职工代表大会规定》要点摘编（非官方原文）「教代会的职权」",), ("办理情况",)),
    ("民办学校老师自己想组建工会，董事长拦着不让成立，这样行吗？", ("《工会法》第十二条", "《工会法》第三条"), ("阻挠",)),
]


@pytest.mark.parametrize(("question", "sources", "words"), ANSWERED)
def test_an_everyday_question_is_answered_by_what_answers_it(offline, question, sources, words):
    reply = ask_once(offline, question)
    assert not reply.text.startswith("知识库中没有"), reply.text[:120]
    assert reply.citations and reply.citations[0].label in sources, [c.label for c in reply.citations]
    assert all(w in reply.text for w in words), reply.text[:300]


def test_a_plan_the_district_will_check_is_not_a_local_rule(offline):
    reply = ask_once(offline, "计划里民主管理要写哪些教代会的内容？漏了的话县里检查会扣分吗")
    assert not reply.text.startswith("知识库中没有"), reply.text[:120]


@pytest.mark.parametrize("question", [
    "爱人在外省当兵，老师一年能请几天探亲假？",
    "工会发的生日蛋糕卡要不要交个人所得税？",
])
def test_home_leave_and_tax_are_declined(offline, question):
    reply = ask_once(offline, question)
    assert reply.text.startswith("知识库中没有"), reply.text[:120]
    assert not reply.citations


def test_a_campus_is_no_kindergarten_and_the_moral_office_is_found_by_either_name(offline):
    reply = ask_once(offline, "政教处想和工会一起搞校园里的节日宣传，文体部分能写哪些具体事？")
    assert "幼儿园" not in reply.text, reply.text[:300]
    assert "德育处" in reply.text, reply.text[:600]


def test_rating_staff_ethics_said_in_speech_finds_the_plans_rating_system(offline):
    reply = ask_once(offline, "想给老师的职业操守打分，计划的师德部分怎么写这个办法？")
    assert "师德师风评价" in reply.text, reply.text[:600]
