"""Seventeenth session: spoken numerals, units and addresses written the 公文 way as families — people counted for a
task with 名 (a group's size stays 人), ten minutes said 十分 after a clock hour, a month's day said 十 + digit
without 号, an amount after a verb of spending, a meal said with 吃过/吃了 as the time after it (never 吃下午饭),
老 + adjective closing a clause, and a worker (门卫, 司机, 食堂) called 老X/小X addressed as X师傅. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite
from tests.rewrite.shown import assert_rewritten, shown


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("运动会裁判组要抽三十二个人，分两天。", ["个人"], ["三十二名"]),
    ("茶话会八个人一桌，提前摆好。", ["个人"], ["八人一桌"]),
    ("拔河比赛每队十二个人。", ["个人"], ["每队十二人"]),
])
def test_people_counted_for_a_task_take_ming_and_a_group_size_stays_ren(text, gone, kept):
    assert_rewritten(text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("周三下午四点十分在报告厅签到。", ["点十分"], ["4时10分"]),
    ("这次展演十分成功，五点十分散场。", ["点十分"], ["十分成功", "5时10分"]),
])
def test_ten_minutes_after_a_clock_hour_is_written_in_digits(text, gone, kept):
    assert_rewritten(text, gone, kept)


@pytest.mark.parametrize(("text", "kept"), [
    ("健步走定在九月十八，周日上午出发。", "九月十八日"),
    ("体检安排在四月十三礼拜五上午。", "四月十三日周五"),
])
def test_a_month_day_said_without_hao_gets_its_ri(text, kept):
    assert_rewritten(text, [], [kept])


def test_an_amount_after_a_verb_of_spending_is_money():
    assert_rewritten("这回花了两千六添了三台跑步机。", [], ["2600元"])
    assert "元天" not in rewrite("筹备花了三天，布展花了两天。", "formal").text  # days are no money


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("吃过午饭大家在操场集合。", ["吃过"], ["午饭后"]),
    ("礼拜二吃过中饭出发。", ["中饭"], ["午饭后"]),
])
def test_a_meal_said_with_chi_guo_is_the_time_after_it(text, gone, kept):
    assert_rewritten(text, gone, kept)
    assert "下午饭" not in rewrite(text, "formal").text


def test_lao_before_a_closing_adjective_is_a_degree_word():
    assert_rewritten("新换的按摩椅坐着老舒服了。", ["老舒服"], ["十分舒服"])
    assert "老远" in rewrite("老远就听见锣鼓声。", "formal").text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("快递统一放到门卫老贺那，自己去取。", ["老贺"], ["贺师傅"]),
    ("坐校车的找司机小乔登记。", ["小乔"], ["乔师傅"]),
    ("请假条交给教务处小汪。", ["小汪"], ["汪老师"]),
])
def test_a_worker_called_by_surname_is_shifu_and_a_colleague_laoshi(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_count_said_after_each_team_and_its_verb_stays_a_group_size():
    out = assert_rewritten("接力赛每组派6个人，替补2个。", ["个人", "2个"], ["每组派6人"])
    assert "2名" in out


def test_shuo_xia_is_said_like_shuo_yixia():
    assert_rewritten("跟大家说下秋游的事。", ["说下"], ["说明"])
    assert "下午" in shown("先说下午的安排。")  # 下午 is a word of its own


@pytest.mark.parametrize("text", [
    "这事我再啰嗦两句，上周好几个老师问我体检的事，体检定在下周三上午，在校医院。",
    "先跟大家交代个情况，图书室周五下午闭馆整理，借书的请提前来。",
])
def test_concise_drops_the_speakers_few_words_opening(text):
    out = shown(text, "concise")
    assert not [w for w in ("啰嗦", "交代") if w in out], out
    assert "周五下午" in out or "下周三上午" in out


def test_paying_oneself_is_written_as_ziyin():
    assert_rewritten("弄丢了钥匙的自己掏钱配。", ["自己掏"], ["自费"])
    assert_rewritten("人为弄坏的桌椅自己掏。", ["自己掏"], ["自行承担"])

