"""Answers on development round 92's kinds of question (forty-ninth session): a story whose asking sentence says
有没有 and whose telling says 好几个老师 or 这几天 is read as a story that asks, not as a question asking for a number
(这几天 is a stretch of time, 好几个 a count told), so the article answering what is asked leads instead of a decline
naming a story word; a hiring notice taking men only is answered by the article on equal employment; a chair asking
how teachers can look after pupils whose parents work far away is offered the practice of pairing them. The
questions are written for this test, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from assistant.conversation.engine import ask_once
from tests.conversation.answer_helpers import cited


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("好几个老师说暑假被叫回来监考，补贴一直没发，我想去财务室翻翻账。学校说这事轮不到工会，我们工会究竟有没有权去查", "《工会法》第二十六条"),
        ("食堂阿姨这几天正来例假，后厨却天天让她泡在凉水里洗菜。女职工经期碰冷水，法律上是不是不许安排",
         "《劳动法》第六十条"),
        ("学校的招聘启事写明仅限男性，理由是女老师要休产假，这样写合法吗？", "《劳动法》第十三条"),
    ],
)
def test_stories_that_ask_are_answered_by_the_article_asked_about(offline, question, article):
    labels, text = cited(offline, question)
    assert labels and labels[0] == article, (labels, text[:200])
    assert not text.startswith("知识库中没有"), text[:200]


def test_caring_for_pupils_whose_parents_work_away_offers_pairing_them(offline):
    reply = ask_once(offline, "我们乡下学校不少学生爸妈常年在外地务工，师德部分想写老师怎么多照顾这些孩子，有啥好做法？")
    assert "结对" in reply.text, reply.text
