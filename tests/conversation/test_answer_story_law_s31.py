"""A story that asks what the law says, which the gate would decline because its best article holds only one of the
story's telling concepts, is answered by the article whose everyday questions (knowledge/glosses) it is closest to,
when that article covers most of the question (session 31: assistant/conversation/answers.py, `_story_article`).

Questions written for this test: none is an exemplar of knowledge/questions.yaml or a line of eval/.
"""

from __future__ import annotations

import pytest

STORIES = [
    # union money taken for the school's own works: 《工会法》第四十七条 (不得侵占、挪用、任意调拨)
    ("新来的副校长想动工会账上那笔存款，拿去补修围墙，说横竖都算学校的钱。这么做，按法律讲行不行？",
     "《工会法》第四十七条"),
    ("城关一所初中，新来的副校长惦记上工会账上的存款，想挪去翻新跑道，说横竖都算学校的钱。这么干，法律上允许不？",
     "《工会法》第四十七条"),
]


@pytest.mark.parametrize(("question", "article"), STORIES)
def test_a_story_asking_the_law_is_led_by_its_article(answerer, question, article):
    answer = answerer.answer(question)
    assert answer.found, answer.text
    assert answer.citations and answer.citations[0].label == article, answer.text


def test_a_story_the_law_does_not_settle_is_still_declined(answerer):
    # no article is about a school's choice of textbooks for its reading club: the rescue must not invent one
    answer = answerer.answer("我们学校读书会每学期挑书都吵半天，有人要名著有人要畅销书。这事法律上有规定吗？")
    assert not answer.found, answer.text
