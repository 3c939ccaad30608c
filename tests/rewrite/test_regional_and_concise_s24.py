"""Families of spoken phrasing (session 24 work): 同 as 跟 in 粤/吴/客 speech (工会同村委讲好), 喊一声 and 言传一声,
客家 屋下, 年跟前, 走不动/腿脚不得劲 of people, money that 走 through a fund, 各人 before what each does; and in the
concise tone counts written in digits and function words given their one-character form while a text is too long.
Sentences are the tests' own."""

import pytest

from assistant.rewrite.rules import rewrite
from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize("text, present, absent", [
    ("工会同街道讲好，借用社区礼堂。", ["与街道"], ["同街道"]),
    ("表格收齐后在群里喊一声。", ["告知"], ["喊一声"]),
    ("有变动的言传一声。", ["告知"], ["言传"]),
    ("行动不便的由工会派车到屋下接。", ["到家接"], ["屋下"]),
    ("慰问品年跟前发到各组。", ["春节前"], ["年跟前"]),
    ("走不动的老教师由子女陪同。", ["行动不便的"], ["走不动"]),
    ("腿脚不得劲的可以坐电瓶车。", ["不便"], ["不得劲", "舒适"]),
    ("这笔钱从工会福利费里走。", ["从工会福利费中列支"], ["里走"]),
    ("奖品各人去工会办公室领。", ["各自"], ["各人"]),
    ("茶杯各人自带。", ["自带"], ["各人"]),
])
def test_regional_and_spoken_words_are_written_formally(text, present, absent):
    assert_rewritten(text, absent, present)


@pytest.mark.parametrize("text, kept", [
    ("同事们周五同时出发。", "同时出发"),  # 同 inside a word is never 跟
    ("合同到期的同意续签。", "同意续签"),
    ("会同财务处一起清点。", "会同"),  # 会同 is a formal word of its own
])
def test_tong_inside_words_stays(text, kept):
    assert kept in rewrite(text, "formal").text


def test_a_concise_text_still_too_long_writes_counts_in_digits():
    text = ("工会今年给全校二十六间办公室每间配一个医药箱，已经由校医统一检查过，药品一共五十三种，"
            "能够满足日常需要，放学以后可以到校医室领取，需要补充的在周五之前告诉校医。")
    out = rewrite(text, "concise").text
    assert "26间" in out, out  # a count said in numerals is written in digits
    assert "以后" not in out and "已经" not in out


def test_a_range_said_with_two_numerals_stays_in_words():
    from assistant.rewrite.apply import Notes
    from assistant.rewrite.digits import counts_in_digits

    assert counts_in_digits("约有十七八名教师", Notes(show=lambda t: t)) == "约有十七八名教师"
    assert counts_in_digits("共五十三名", Notes(show=lambda t: t)) == "共53名"


@pytest.mark.parametrize("text, present, absent", [
    ("场地的事到时候再说。", ["另行确定"], ["再说"]),
    ("这阵子雨多，户外活动暂停。", ["近期"], ["这阵子"]),
    ("期中考试那几天暂停社团活动。", ["期中考试期间"], ["那几天"]),
    ("每人交个三十块材料费。", ["交30元"], ["交个"]),
    ("比赛结束后全体合个影。", ["合影"], ["合个影"]),
    ("食堂这块儿的账每月公布。", ["食堂的账"], ["这块", "儿"]),
])
def test_spoken_time_and_measure_words_are_written_formally(text, present, absent):
    assert_rewritten(text, absent, present)
