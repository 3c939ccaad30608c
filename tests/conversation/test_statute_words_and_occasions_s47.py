"""Answers on development round 88's kinds of question (forty-seventh session): everyday words for the statutes'
terms (a head's husband for 近亲属, a contract never signed, a teacher who hits pupils, a school merged away, a
typhoon's overtime) lead with the article that answers; a question of which festivals the union marks gets the year's
occasions of the section (knowledge/occasions.yaml). The questions are written for this test, not taken from any
evaluation set."""

from __future__ import annotations

import pytest

from assistant.conversation.engine import ask_once
from assistant.domain.occasions import load_occasions


@pytest.mark.parametrize(
    ("question", "article", "words"),
    [
        ("我们是民办幼儿园，园长想让她丈夫当工会委员，这合法吗？", "《工会法》第十条", "近亲属"),
        ("入职快半年了学校还没签劳动合同，我能要求什么？", "《劳动合同法》第八十二条", "二倍的工资"),
        ("有个老师老是打学生手心，学校能怎么处理？", "《教师法》第三十七条", "体罚学生"),
        ("两所小学撤并成一所，原来学校的工会怎么办？", "《工会法》第十三条", "会籍"),
        ("台风过后全校老师连着加班抢险，这个月加班超过三十六小时算违法吗？", "《劳动法》第四十二条", "自然灾害"),
    ],
)
def test_everyday_words_lead_to_the_article_that_answers(offline, question, article, words):
    reply = ask_once(offline, question)
    assert reply.citations and reply.citations[0].label == article, [c.label for c in reply.citations]
    assert words in reply.text, reply.text[:300]


def test_which_festivals_to_mark_lists_the_sections_occasions(offline):
    reply = ask_once(offline, "送温暖一年有哪些节日可以慰问？")
    assert "一年中可安排的节点" in reply.text, reply.text[:400]
    for festival in ("春节", "三八国际妇女节", "教师节", "重阳节"):
        assert festival in reply.text, festival
    plain = ask_once(offline, "送温暖部分应该写什么？")
    assert "一年中可安排的节点" not in plain.text


def test_every_occasion_names_its_time_and_what_the_union_does():
    occasions = load_occasions()
    assert {"welfare", "women", "culture", "retirees"} <= set(occasions.by_section)
    for lines in occasions.by_section.values():
        assert lines and all("：" in line for line in lines)
