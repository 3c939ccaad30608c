"""A spoken degree complement at a clause's end after any adjective (凶得很, 贵得不行, 累得要命) becomes 十分 + the
adjective in a formal rewrite — found by jieba's tags, not by a list of adjectives — while a verb's complement
(做得很好, 降得厉害) is left as it is (thirty-second session, from development round 58 of eval/rewrite). Texts
written for these tests."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("入冬以后流感凶得很，工会给每个办公室配了体温计。", ["十分凶"], ["得很"]),
    ("镇上的菜贵得不行，住校老师自己开伙。", ["十分贵"], ["得不行"]),
    ("村小的路远得很，送教的同事清早五点就动身。", ["十分远"], ["得很"]),
    ("期末那几天大家累得要命，工会送了水果。", ["十分累"], ["得要命"]),
])
def test_a_degree_complement_after_an_adjective_becomes_shifen(text, wanted, unwanted):
    out = rewrite(text, "formal").text
    assert all(w in out for w in wanted) and not any(u in out for u in unwanted), out


@pytest.mark.parametrize(("text", "kept"), [
    ("去年的读书分享会组织得很好，今年接着办。", "得很好"),
    ("这两天气温降得厉害，工会提醒大家添衣。", "降得厉害"),
])
def test_a_verbs_complement_is_left_alone(text, kept):
    assert kept in rewrite(text, "formal").text
