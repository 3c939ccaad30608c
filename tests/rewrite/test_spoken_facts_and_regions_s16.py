"""Sixteenth session: facts said the spoken way written plainly (about an hour, who pays, no sign-up, one each,
winners counted with 个, closing when full) and everyday regional and chat words (body parts, times of day, meals,
feelings, 粤 识/话俾…知/系, 吴 V脱/好 + verb, 打 = 从, 开 + verb, 戳群). Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.rewrite.facts import problems
from assistant.rewrite.lexicon import load_lexicon
from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("坐地铁过去一个来钟头，大家早点出门。", ["钟头"], ["约一小时"]),
    ("中间休息半拉钟头。", ["半拉"], ["约半小时"]),
    ("晚饭和住宿都算工会的。", ["算工会的"], ["费用由工会承担"]),
    ("讲义每人一册，不用交钱。", ["交钱"], ["免费"]),
    ("这次讲座用不着报名，直接去礼堂。", ["用不着"], ["无需报名"]),
    ("四十岁以下的一个不落全得参加。", ["一个不落"], ["均须参加"]),
    ("优秀奖评三个，每个奖励两百元。", ["评三个"], ["评选三名"]),
    ("名额二十个，满了就停。", ["满了就停"], ["额满为止"]),
    ("活动手册人手一本。", ["人手"], ["每人一本"]),
])
def test_a_fact_said_the_spoken_way_is_written_plainly(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_hours_said_with_a_measure_word_are_the_same_fact():
    lexicon = load_lexicon()
    assert problems("培训两个小时。", "培训两小时。", lexicon) == []
    assert problems("车程一个来钟头。", "车程约一小时。", lexicon) == []
    assert problems("车程一个来钟头。", "车程约两小时。", lexicon)  # a changed value is still caught


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("腰和波棱盖不好的老师别爬太高。", ["波棱盖"], ["膝盖"]),
    ("后半晌三点在会议室碰头。", ["后半晌"], ["下午"]),
    ("期末考完大家一起搓一顿。", ["搓一顿"], ["聚餐"]),
    ("宿舍漏雨的事，住校老师可愁了。", ["可愁了"], ["发愁"]),
    ("识弹钢琴的老师请报名。", ["识弹"], ["会弹"]),
    ("想参加的周五前话俾工会小杨知。", ["话俾"], ["告知工会"]),
    ("椅子腿断脱了的都放到走廊。", ["断脱"], ["断了"]),
    ("家属也好来参加的。", ["也好来"], ["也可"]),
    ("早上八点打学校南门出发。", ["打学校"], ["从学校南门"]),
    ("晚上七点开练，地点在体育馆。", ["开练"], ["开始练"]),
    ("报名请戳群接龙。", ["戳群"], ["在群内接龙"]),
    ("年终聚餐摆十八桌，保证管够。", ["摆十八桌", "管够"], ["设十八桌", "供应充足"]),
])
def test_regional_and_chat_words_are_written_in_standard_chinese(text, gone, kept):
    assert_rewritten(text, gone, kept)


@pytest.mark.parametrize("text", ["他打球打得很好。", "这里人手不够，请各组支援。", "开会时请关闭手机。"])
def test_the_same_characters_in_standard_words_stay(text):
    out = assert_rewritten(text, [], [])
    assert "从" not in out and "每人" not in out and "开始" not in out, out


@pytest.mark.parametrize("text", ["每辆校车配一名跟车老师。", "押车老师下午出发。"])
def test_a_duty_before_laoshi_is_not_read_as_a_surname(text):
    out = assert_rewritten(text, ["与车"], ["车教师"])
    assert "车老师" not in out, out


def test_a_surname_che_with_a_title_is_still_a_name():
    assert_rewritten("请找车老师报名。", [], ["车老师"])
