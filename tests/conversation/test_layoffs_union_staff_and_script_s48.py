"""Answers on development round 90's kinds of question (forty-eighth session): a mass dismissal told as a story
(a score of teachers let go at once, the union told nothing) leads with the article on cutting staff; the union's own people who
harm a member (工会里的人, a committee member by post) are answered by the article on union staff; a question in
traditional characters asking for a qualification and another way to it is not read as asking for legal remedies.
The questions are written for this test, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from assistant.conversation.engine import ask_once


@pytest.mark.parametrize(
    ("question", "article", "words"),
    [
        ("学校打算一口气辞退二十多个合同制老师，事先工会一点风声都没有，这样做行吗？", "《劳动合同法》第四十一条",
         "说明情况"),
        ("工会的人把老师写的意见条原样交给了校长，害得老师挨批，谁来处理这个工会干部？", "《工会法》第五十六条",
         "上级工会"),
        ("幼兒園老師要什麼學歷才能拿教師資格？學歷不夠的話還有別的路子可走嗎？", "《教师法》第十一条", "幼儿师范学校"),
    ],
)
def test_everyday_stories_are_answered_by_the_article_that_covers_them(offline, question, article, words):
    reply = ask_once(offline, question)
    labels = [c.label for c in reply.citations]
    assert article in labels, labels
    assert words in reply.text, reply.text[:300]
    assert "仲裁" not in reply.text.split("写进计划")[0] or article != "《教师法》第十一条", reply.text[:300]
