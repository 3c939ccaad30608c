"""Pinyin slips in a chat request are fixed, but a real pair of the language is not "fixed" into another word: a
word jieba holds without a count (新进) or a pair inside its longer words (新入 of 新入职). Sentences written for
these tests."""

from __future__ import annotations

from assistant.conversation.slips import fix_slips


def test_a_real_pair_is_left_as_it_is():
    assert fix_slips("把新进的两位同事也请来") == "把新进的两位同事也请来"  # was 行进
    assert fix_slips("新入的会员都登记到花名册") == "新入的会员都登记到花名册"  # was 新月


def test_a_slip_is_still_fixed():
    assert fix_slips("把大家的意件汇总一下") == "把大家的意见汇总一下"
    assert fix_slips("加强经费管里，账目按月公开") == "加强经费管理，账目按月公开"
