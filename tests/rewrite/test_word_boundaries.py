"""Good 公文 text is never damaged: a rule may not take one character out of a word (交 out of 交流), a negated 搞
is the 公文's own wording of a prohibition, and 块 after a thing counts pieces unless the text speaks of money.
Every case here is worded for this test, not taken from an evaluation set."""

from __future__ import annotations

import pytest

from tests.rewrite.shown import shown

# Paragraphs already in 公文 register, full of words a character-level rule could cut: they come back as they were.
GOOD = [
    "青年教师与骨干教师结对交流，交流费由工会列支。",
    "教研组每周组织一次集体备课，交流课堂管理经验。",
    "工会委员会定期听取会员意见，做好换届交接工作。",
    "工会坚持勤俭办会，开展“一月一主题”读书交流活动，不搞形式主义；在职工之家设置宣传展板四块，展示师徒结对、"
    "传帮带成果。",
]


@pytest.mark.parametrize("text", GOOD)
def test_a_good_paragraph_comes_back_unchanged(text):
    assert shown(text) == text


# A rule's match may not take a single character out of a dictionary word around it.
CUTS = [
    ("组织新老教师交流费用开支情况。", "交流"),
    ("各分会每月交流会费收缴经验。", "交流"),
    ("请各位会员跟学生交流费用问题。", "交流"),
]


@pytest.mark.parametrize("text, word", CUTS)
def test_a_word_around_a_spoken_form_is_not_cut(text, word):
    assert word in shown(text)


# 中央八项规定实施细则 and the 厉行节约 rules write prohibitions with 搞: 不搞, 不得搞, 严禁搞.
NEGATED = [
    "坚持勤俭节约，不搞铺张浪费、不搞层层陪同。",
    "活动经费严格执行财务制度，严禁搞变相福利。",
    "评优评先公开透明，不得搞平均主义。",
]


@pytest.mark.parametrize("text", NEGATED)
def test_a_negated_gao_is_kept(text):
    assert shown(text) == text


# 块 is the measure word of flat things (现代汉语词典); it is 元 only where the text speaks of money.
PIECES = [
    ("在校门口设置宣传展板两块。", "展板两块"),
    ("新添置白板三块、移动黑板一块。", "白板三块"),
    ("各年级组领取展示牌五块。", "五块"),
]


@pytest.mark.parametrize("text, kept", PIECES)
def test_kuai_counting_things_is_not_money(text, kept):
    out = shown(text)
    assert kept in out and "元" not in out, out


MONEY = [
    ("门票每人三十块，工会出。", "30元"),
    ("聚餐一个人五十块。", "50元"),
    ("两样加起来不超三百块。", "300元"),
]


@pytest.mark.parametrize("text, expected", MONEY)
def test_kuai_in_a_price_is_still_yuan(text, expected):
    assert expected in shown(text)
