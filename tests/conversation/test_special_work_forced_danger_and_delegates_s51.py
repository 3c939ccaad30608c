"""Answers on development round 96's kinds of question (fifty-first session): a story asked about in words that name
nothing ("这个行吗，有没有规定？") is answered by the article its heaviest mapped thing belongs to (a boiler tended without
a certificate: 特种作业), not declined for the people it names; a worker forced up a roof who falls and is paralysed is
the article on 强令冒险作业 and 刑事责任; the asker's own post told in the story (我在…当工会主席) says who asks, not what
is asked, so the article on training teachers of minority areas leads; taking an elected delegate off (拿下来, 换人)
is the digest's 罢免或撤换, and replacing the union's chair is the article on removing one.
The questions are written for this test, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from assistant.conversation.engine import ask_once
from tests.conversation.answer_helpers import cited


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("山村寄宿学校，烧锅炉的师傅回老家了，校长就叫体育老师顶着，他啥证都没有。这个行吗，有没有规定？", "《劳动法》第五十五条"),
        ("总务主任硬逼保安爬上屋顶修广告牌，没系安全带，摔下来瘫了，主任除了赔偿还要担什么责？", "《劳动法》第九十三条"),
        ("工会主席不称职，大伙想换人，得走什么程序？", "《工会法》第十八条"),
        ("我在阿坝州的民族中学做工会主席，老师们进修机会很少，法律上哪个负责我们这种地方教师的提高？", "《教师法》第二十一条"),
    ],
)
def test_the_article_that_answers_leads(offline, question, article):
    labels, text = cited(offline, question)
    assert labels and labels[0] == article, (labels, text[:200])


def test_taking_a_delegate_off_is_answered_by_recall(offline):
    reply = ask_once(offline, "有个教代会代表总不参加活动，大伙想换人，可以把这位代表拿下来吗？")
    assert "罢免" in reply.text or "撤换" in reply.text, reply.text[:200]
    assert not reply.text.startswith("知识库中没有"), reply.text[:200]
