"""A section question in everyday words is shown the named practice a plan writes for it (knowledge/practices.yaml,
session 31: a practice's `asks`, the spoken words a chair uses for it; a statute's name in a practice is shown).

Families: a year-end check of how members rate the union (满意度调查), short exercise in the breaks (工间操), colleagues
helping one another (志愿服务队), new committee members learning the job (学习《工会法》).

Questions written for this test: none is an exemplar of knowledge/questions.yaml or a line of eval/.
"""

from __future__ import annotations

import re

import pytest

PRACTICES = [
    ("学年末打算请会员们给工会打打分、说说满不满意，这在计划里怎么写？", ("满意度",)),
    ("教工们伏案批改一坐就是半天，平日里有啥轻便的健身法子可以写进计划？", ("工间操",)),
    ("想叫上些热心的同事，谁碰上难处就一起去帮一把，计划里怎么写这件事？", ("志愿服务",)),
    ("刚选出来的几位工会委员对工会业务一窍不通，自身建设部分写点什么？", ("《工会法》",)),
]


@pytest.mark.parametrize(("question", "words"), PRACTICES)
def test_a_practice_asked_in_everyday_words_is_shown(answerer, question, words):
    answer = answerer.answer(question)
    assert answer.found, answer.text
    assert not re.search(r"第[一二三四五六七八九十百零〇\d]+条", answer.text.split("\n", 1)[0])  # no article leads
    for word in words:
        assert word in answer.text, answer.text


def test_a_practice_naming_a_statute_cites_no_article():
    from assistant.conversation.answer_measures import render

    assert render("组织新任工会委员学习《工会法》。") == "组织新任工会委员学习《工会法》。"
    assert render("依照《工会法》第十一条设立。") is None
