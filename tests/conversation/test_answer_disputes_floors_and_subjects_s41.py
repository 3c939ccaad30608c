"""Answers on development round 76's kinds of question (forty-first session): a mediation committee at work said in
everyday words (劳动纠纷, 调解委员会, 搭班子, 合规矩), pay under the government's floor and what more can be claimed (底线,
多要点补偿), a lost pregnancy said as 胎停 with its leave asked in weeks (礼拜), a pregnant teacher on night rounds and
who can make the school stop, a union to be merged into an office (并到) and where the union can seek redress; and, not
answered: a question about a home's underfloor heating that says "那块" as a plan's part would. A law for women
workers does not answer a question about no woman (knowledge/questions.yaml `law_subjects`). The questions are written
for this test, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from assistant.conversation.engine import ask_once

# (question, the articles that may answer it first)
ANSWERED = [
    ("园里想成立个管劳动纠纷的调解委员会，园长让后勤主任挂帅、成员都是园领导，这么搭班子合规矩不？",
     ("《劳动法》第八十条",)),
    ("村小请的代课老师每个月才拿一千出头，比政府定的底线还低，能不能多要点补偿？",
     ("《劳动合同法》第八十五条", "《劳动法》第九十一条", "《劳动合同法》第二十条", "《劳动法》第四十八条")),
    ("同事怀孕两个多月胎停清了宫，学校只给了一个礼拜，按规定该休多少天？",
     ("《女职工劳动保护特别规定》第七条",)),
    ("怀孕七个多月的女老师还被排去宿舍查夜，跟学校说了没用，谁能管住学校？",
     ("《女职工劳动保护特别规定》第十三条", "《女职工劳动保护特别规定》第六条")),
    ("局里想把我们学校工会并到党政办，工会觉得不合法，能到哪里讲理？",
     ("《工会法》第五十条", "《工会法》第十三条")),
]


@pytest.mark.parametrize(("question", "articles"), ANSWERED)
def test_an_everyday_question_is_answered_by_the_article_that_answers_it(offline, question, articles):
    reply = ask_once(offline, question)
    assert not reply.text.startswith("知识库中没有"), reply.text[:120]
    assert reply.citations and reply.citations[0].label in articles, [c.label for c in reply.citations]


def test_a_question_about_a_homes_heating_is_off_topic_however_it_says_that_part(offline):
    reply = ask_once(offline, "家里暖气片不热，是不是要放放气，阀门那块咋弄？")
    assert not reply.citations
    assert "无关" in reply.text or "没有" in reply.text


def test_a_law_for_women_workers_does_not_lead_a_question_about_no_woman(offline):
    reply = ask_once(offline, "学校要把工会并到办公室，工会的权益受了侵害，可以去哪里讨说法？")
    assert reply.citations and not reply.citations[0].label.startswith("《女职工劳动保护特别规定》"), \
        [c.label for c in reply.citations]
