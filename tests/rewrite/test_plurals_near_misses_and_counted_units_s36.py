"""Formal rewriting that garbled development round 66 (thirty-sixth session): 几个 counting classes read as counting
people (那几个班的老师 → 那若干名班的), 差一眼眼 (Shanghai 差一点点) made 差丝毫, and the south-western plural 些 left
after the people it marks (老师们些). Every sentence is written for this test."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("初二那几个班的老师这周要补课，工会给大家送点水果。", "几个班", "若干名班"),
        ("工会请了几个修车的师傅来帮忙。", "若干名", "几个修车"),
        ("上礼拜阿拉有老师差一眼眼就被骗了钱，大家当心。", "险些", "丝毫"),
        ("老师们些，周五下午开教职工大会，莫迟到。", "周五下午", "些，"),
        ("同事些，报名表明天交给工会。", "报名表", "些，"),
    ],
)
def test_formal_rewrite_keeps_what_the_words_count(text, wanted, unwanted):
    out = rewrite(text, "formal").text
    assert wanted in out and unwanted not in out, out


def test_a_little_of_something_in_shanghai_words_is_still_none_when_denied():
    out = rewrite("这件事情一眼眼也不麻烦，大家放心报名。", "formal").text
    assert "丝毫" in out, out
