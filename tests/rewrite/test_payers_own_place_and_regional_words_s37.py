"""Formal rewriting on development round 68 (thirty-seventh session): 请本地老师 lost its 本 (read as the measure word
of 买本书), the rest of a cost 各户自己拿 became 自行领取 (fetching, not paying), 实事儿 became 实事项, a Sichuan
摆哈龙门阵 was kept as a person's name, and regional words of the north-east, Tianjin, Shandong and Sichuan were left
as spoken. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite


def _formal(text: str) -> str:
    return rewrite(text, "formal").text


def test_ben_before_a_place_is_this_place_not_a_measure_word():
    out = _formal("周五下午请本地的剪纸艺人来给老师们上一课。")
    assert "本地" in out, out
    assert "本校" in _formal("工会请本校退休的书法老师来指导。")
    assert "买本书" not in _formal("工会给每位新老师买本书。")  # the measure word still goes


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("体检费每人300块，工会报销一半，另一半个人自己出。", "另一半由个人自理"),
        ("车费工会先垫上，剩下的自己出。", "个人自理"),
    ],
)
def test_the_rest_of_a_cost_left_to_the_staff_is_paid_by_them(text, wanted):
    out = _formal(text)
    assert wanted in out and "领取" not in out, out


def test_the_union_paying_a_share_is_bearing_it():
    out = _formal("学期末聚餐每桌800块，工会掏一半。")
    assert "工会承担一半" in out and "掏" not in out, out
    assert "自行领取" in _formal("慰问品放在工会办公室，各组自己拿。")  # fetching is still fetching


def test_a_good_deed_said_with_er_is_a_deed_not_an_item():
    out = _formal("今年工会想给退休的老同志办几件实事儿。")
    assert "实事" in out and "实事项" not in out, out


def test_sichuan_chat_and_counted_households():
    out = _formal("晚饭后大家坐在一起摆哈龙门阵，一家最多来4口人。")
    assert "龙门阵" not in out and "摆哈" not in out and "4人" in out, out


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("下雪天道上滑，有两位老师卡了跟头。", ("卡了跟头", "道上"), "摔跤"),
        ("周四头午在会议室开委员会。", ("头午",), "上午"),
        ("操场上杠晒，老师们记得带帽子。", ("杠晒",), "帽子"),
        ("不少老年教师看不清字儿，工会统一配老花镜。", ("字儿",), "看不清字"),
        ("倍儿多老师报了名，工会再加一辆车。", ("倍儿", "十分多"), "很多"),
        ("介学期工会的经费要省着用。", ("介学期",), "本学期"),
    ],
)
def test_regional_words_are_written_in_standard_words(text, gone, kept):
    out = _formal(text)
    assert kept in out and not any(word in out for word in gone), out


def test_running_tracks_keep_their_road():
    out = _formal("运动会当天，跑道上要安排老师值守。")
    assert "跑道上" in out, out
