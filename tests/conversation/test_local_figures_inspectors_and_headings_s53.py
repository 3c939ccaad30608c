"""Answers on development round 100's kinds of question (fifty-third session): how a local figure is set (当地的最低工资
参照哪些因素定) is the national statute's, not a local rule the base lacks; an inspector showing who they are (亮明身份)
is the article on inspectors' certificates, not on identity cards a school keeps; a private school's new owner leaves
the contracts standing; the asker's own ordinal before a part's name (第四部分女职工工作) does not pick the plan's fourth
part; a question on a part's heading gets the example plans' headings of that part, whole.
The questions are written for this test, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from assistant.conversation.engine import ask_once
from tests.conversation.answer_helpers import cited


@pytest.mark.parametrize(
    ("question", "articles"),
    [
        ("我们是县城的民办学校，食堂师傅工资一直卡在最低工资上。当地这个最低标准到底是根据什么定的？", {"《劳动法》第四十九条"}),
        # (both statutes say it: the labour law's article and the contract law's)
        ("下午来了两个人说是劳动监察的，要看我们的考勤记录，能不能请他们先亮明身份再查？",
         {"《劳动法》第八十六条", "《劳动合同法》第七十五条"}),
        ("我们私立学校换了老板，法人也跟着换了，新来的说原来的合同统统作废重签，老师们以前的合同还算吗？", {"《劳动合同法》第三十三条"}),
    ],
)
def test_the_article_that_answers_leads(offline, question, articles):
    labels, text = cited(offline, question)
    assert labels and labels[0] in articles, (labels, text[:200])


def test_the_askers_own_ordinal_does_not_pick_the_fourth_part(offline):
    reply = ask_once(offline, "第四部分女职工工作，开头想写一句总起的话，一般怎么概括？")
    assert reply.text.startswith("“女职工工作”部分"), reply.text[:80]


def test_a_question_on_a_heading_gets_the_example_headings_whole(offline):
    reply = ask_once(offline, "师德这部分的小标题一直写不好，范文里有什么成熟的提法？")
    assert "范文中这一部分的标题提法" in reply.text, reply.text
    headings = reply.text.split("范文中这一部分的标题提法", 1)[1].split("\n\n", 1)[0]
    assert "师德" in headings and "…" not in headings and "（二）" not in headings, headings
    plain = ask_once(offline, "师德这部分一般写什么？")
    assert "标题提法" not in plain.text
