"""Amounts of money in digits (GB/T 15835-2011 4.1.1), every day of a pair or range of dates written with 日, clock
times whose minutes are said in characters or quarters, verbs said as A一A, groups counted in 拨, and a limit's 一个
kept as a count. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite
from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("报名费一期三百六，工会给报一半，也就是一百八。", ["三百六", "一百八"], ["360元", "180元"]),
    ("奖品预算大概一万五左右。", ["一万五", "左右"], ["约15000元"]),
    ("每人交五块钱。", ["块"], ["五元"]),  # one character: 五元 is as formal as 5元
    ("装修大概花了七八千块。", ["块"], ["七八千元"]),  # a range: 7000 to 8000, never one of them
])
def test_amounts_of_money_are_written_in_digits_unless_a_range(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_range_said_with_two_numerals_is_a_range_to_the_fact_check():
    from assistant.rewrite.facts import problems

    assert problems("费用三四千元。", "费用4000元。")  # 三四千 is not 4000: the check refuses it


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("体检安排在5月的12号，地点在区医院。", ["的12号", "12号"], ["5月12日"]),
    ("运动会9月20号到22号在体育中心举行。", ["20号", "22号"], ["20日至22日"]),
    ("家访放在10月8号和9号两天。", ["8号", "9号"], ["8日和9日"]),
])
def test_every_day_of_a_pair_or_range_is_written_with_ri(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_numbered_places_after_a_pair_stay():
    assert_rewritten("请到5号和6号窗口领取。", ["5日", "6日"], ["5号和6号窗口"])


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("请非遗传人来教大家剪一剪窗花。", ["剪一剪"], ["剪窗花"]),
    ("课后大家一起扭一扭秧歌。", ["扭一扭"], ["扭秧歌"]),
])
def test_a_verb_said_as_a_yi_a_is_said_once(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_one_by_one_is_not_a_doubled_verb():
    assert "一步一步" in rewrite("资料要一步一步整理好。", "formal").text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("参观分三拨进行，一拨十五个人。", ["拨"], ["三批", "一批十五人"]),
])
def test_groups_counted_in_bo_become_pi(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_the_verb_bo_stays():
    assert "拨款" in rewrite("上级一拨款就动工。", "formal").text


def test_the_count_after_a_limit_is_kept():
    out = rewrite("每位老师限报一个项目，报满为止。", "formal").text
    assert "一个项目" in out or "1个项目" in out or "一项" in out, out


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("下午三点四十签到。", ["三点四十"], ["3时40分"]),
    ("课后五点一刻在操场集合。", ["五点一刻"], ["5时15分"]),
    ("晚上八点三刻结束。", ["八点三刻"], ["8时45分"]),
])
def test_minutes_said_in_characters_or_quarters_are_written_as_minutes(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_count_after_a_clock_like_phrase_is_not_minutes():
    from assistant.rewrite.facts import facts

    assert [f.value for f in facts("下午三点四十签到") if f.unit == "time"] == [3 * 60 + 40]  # 3:40 as said (下午 is a word of its own)
    out = rewrite("四点二十个人参加。", "formal").text  # 二十个人: people (counted 名 since session 17), not minutes
    assert "二十名" in out and "分" not in out
