"""Stories told with degree adverbs and everyday words for praise, teachers' colleges and one's own contract
(knowledge/questions.yaml `noise`: 特别, 专门, 起码, 可能; knowledge/lexicon.yaml statute_wording: 出色, 念师范,
聘用合同, 津贴): they are answered from the article that rules on them, never declined as "知识库中没有关于“专门”的规定".
Questions written for these tests (none is an eval case)."""

from __future__ import annotations

import pytest

from assistant.conversation.engine import ask_once


@pytest.mark.parametrize(("question", "article"), [
    ("镇上中学有位老师带毕业班二十年，成绩一直特别出色，按法律学校和政府能怎么奖励她？", "《教师法》第三十三条"),
    ("同事家小子考上了师范，国家对念师范的学生有没有专门的补贴？", "《教师法》第十八条"),
    ("学校和工会签的集体合同写明班主任津贴起码六百，我个人聘用合同里只写了四百，该按哪份来？", "第五十五条"),
])
def test_a_story_with_adverbs_is_answered_from_its_article(offline, question, article):
    reply = ask_once(offline, question)
    assert "知识库中没有" not in reply.text
    assert any(article in c.label for c in reply.citations), [c.label for c in reply.citations]
