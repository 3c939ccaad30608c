"""A spoken degree complement at a clause's end after any adjective (凶得很, 贵得不行, 累得要命) becomes 十分 + the
adjective in a formal rewrite — found by jieba's tags, not by a list of adjectives — while a verb's complement
(做得很好, 降得厉害) is left as it is; a verb asked with and without 不 (算不算, 同不同意) becomes 是否 + the verb,
except when concessive (去不去都行) or after 得 (吃得惯不惯) (thirty-second session, from development round 58 of
eval/rewrite). Texts written for these tests."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite


def _rewritten_with(text: str, wanted: list[str], unwanted: list[str]) -> None:
    out = rewrite(text, "formal").text
    assert all(w in out for w in wanted) and not any(u in out for u in unwanted), out


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("入冬以后流感凶得很，工会给每个办公室配了体温计。", ["十分凶"], ["得很"]),
    ("镇上的菜贵得不行，住校老师自己开伙。", ["十分贵"], ["得不行"]),
    ("村小的路远得很，送教的同事清早五点就动身。", ["十分远"], ["得很"]),
    ("期末那几天大家累得要命，工会送了水果。", ["十分累"], ["得要命"]),
])
def test_a_degree_complement_after_an_adjective_becomes_shifen(text, wanted, unwanted):
    _rewritten_with(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "kept"), [
    ("去年的读书分享会组织得很好，今年接着办。", "得很好"),
    ("这两天气温降得厉害，工会提醒大家添衣。", "降得厉害"),
])
def test_a_verbs_complement_is_left_alone(text, kept):
    assert kept in rewrite(text, "formal").text


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("值周那天中午守食堂，这算不算加班？", ["是否算加班"], ["算不算"]),
    ("春游去哪儿，老师们同不同意先投个票？", ["是否同意"], ["同不同意"]),
    ("学校还没说发不发防暑降温费。", ["是否发"], ["发不发"]),
])
def test_a_verb_asked_with_and_without_not_becomes_shifou(text, wanted, unwanted):
    _rewritten_with(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "kept"), [
    ("合唱排练去不去都行，自愿报名。", "去不去"),  # concessive: whether or not, it is fine
    ("新来的老师住校吃得惯不惯，工会回访时问一问。", "吃得惯不惯"),  # a complement after 得
    ("各项任务不折不扣落实到位。", "不折不扣"),
])
def test_other_shapes_with_bu_are_left_alone(text, kept):
    assert kept in rewrite(text, "formal").text
