"""A clock range whose other end names the time (从8点开到10点半, 4点半上到6点), the spoken verbs of holding 开个 (a class)
and 来个 (a contest), and 块 counting things in a text that prices them per 块: both ends become 时, the verb the one its
object takes, and 三块 stays three pieces. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("兴趣小组4点半集合活动到6点结束。", ["6点", "4点半"], ["6时", "4时30分"]),
    ("座谈会从8点开到10点半。", ["8点", "10点半"], ["8时", "10时30分"]),
])
def test_both_ends_of_a_clock_range_are_written_as_times(text, gone, kept):
    assert_rewritten(text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("这学期第3点到第5点的要求不变。", ["3时", "5时"], ["第3点", "第5点"]),
    ("意见归纳成3点，到时一并答复。", ["3时"], ["3点"]),
])
def test_numbered_points_are_not_clock_times(text, gone, kept):
    assert_rewritten(text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("寒假前学校开个剪纸班。", ["开个"], ["开设剪纸班"]),
    ("月底来个拔河比赛。", ["来个"], ["举办拔河比赛"]),
    ("他回来个把月了，原来个人的事自己办。", [], ["原来个人"]),
])
def test_holding_verbs_take_the_formal_verb_of_their_object(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_text_pricing_things_per_piece_counts_them_in_pieces():
    assert_rewritten("展板学校做了五块，每块六十块钱。", ["五元", "六十块"], ["五块", "60元"])
