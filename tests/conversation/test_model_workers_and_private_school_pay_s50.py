"""Answers on development round 94's kinds of question (fiftieth session): the union's part when model workers are
chosen (劳模, said as the everyday short form, and its role, 算什么角色) is answered by the article on the union and
劳动模范, even when the county names the event; who sets the pay of a privately run school's teachers, asked in
Cantonese (人工 for pay, 话事 for having the say), is answered by the article on the founder of such a school.
The questions are written for this test, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from tests.conversation.answer_helpers import cited


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("区里今年评劳模，局里让学校工会先报人选，工会在这当中究竟是个什么角色？", "《工会法》第三十三条"),
        ("我哋系民办学校，老板出钱办学，老师人工点定都系董事会讲，法律上边个话事？", "《教师法》第三十二条"),
    ],
)
def test_the_article_that_answers_leads(offline, question, article):
    labels, text = cited(offline, question)
    assert labels and labels[0] == article, (labels, text[:200])
    assert not text.startswith("知识库中没有"), text[:200]
