"""Families of session 27: a spoken range of hours (八九点钟, 晚上七八点) written as a range of clock times, an
approximation said twice around a verb (大概要十来天), and, in the concise tone, the courtesy of a spoken notice
(谢谢大家配合, 打扰了) and the audience named again after 请/不用. Sentences are the tests' own."""

import pytest

from assistant.rewrite.facts import missing_facts, new_numbers
from tests.rewrite.shown import assert_rewritten, shown


@pytest.mark.parametrize("text, gone, kept", [
    ("值班老师晚上七八点钟巡查宿舍。", ["七八点钟"], ["晚上7时至8时"]),
    ("下午四五点在东门集合。", ["四五点"], ["下午4时至5时"]),
    ("志愿者早上六七点到岗。", ["六七点"], ["早上6时至7时"]),
])
def test_a_spoken_range_of_hours_becomes_a_range_of_clock_times(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_range_of_points_is_no_clock_time():
    assert "三四点建议" in shown("组长提了三四点建议。")


def test_a_range_written_with_its_two_ends_keeps_the_fact():
    assert missing_facts("晚上七八点钟", "晚上7时至8时") == []
    assert new_numbers("晚上七八点钟", "晚上7时至8时") == []
    assert missing_facts("晚上七八点钟", "晚上7时") != []  # one end only is a lost fact


@pytest.mark.parametrize("text, gone, kept", [
    ("布置会场大概要十来天。", ["约要约", "十来天"], ["需约十天"]),
    ("估计来的有五十来人。", ["约来", "约约", "五十来人"], ["约五十人"]),
])
def test_an_approximation_is_said_once_next_to_its_number(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_concise_drops_the_courtesy_and_the_audience_said_again():
    text = ("跟大家说一下，学校北门新开了自行车棚，从下周二起可以停车。请大家把车停进棚里，按班级分区停放，"
            "不用大家另外登记车牌，车棚晚上九点锁门。谢谢大家配合！")
    out = shown(text, "concise")
    assert not [w for w in ("谢谢", "配合", "请大家", "不用大家", "无需教职工") if w in out], out
    assert all(w in out for w in ("北门", "自行车棚", "周二", "分区", "车牌")), out


@pytest.mark.parametrize("text, gone, kept", [
    ("这一块每年都搞，重点是慰问生病的同事。", ["这一块"], ["此项工作每年都开展"]),
    ("退休教职工的话，这一块主要是重阳节看望。", ["这一块", "的话"], ["重阳节"]),
    ("周末让老师们看看书嘛。", ["看望", "嘛"], ["读书"]),
])
def test_a_topic_pointed_back_at_and_reading_are_written_formally(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_real_piece_of_ground_stays():
    assert "这块空地" in shown("这块空地明年改成菜园。")


@pytest.mark.parametrize("text, gone, kept", [
    ("活动拖到过了十点的，工会派车送回家。", ["十点"], ["过了10时"]),
    ("加班餐凭发票报，每人最多二十块。", ["发票报，"], ["凭发票报销"]),
    ("值周老师七点到校，食堂那会还没开门。", ["期间"], ["届时"]),
])
def test_a_clock_time_a_claim_and_by_then_are_written_formally(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_concise_says_the_day_the_room_and_the_request_once():
    text = ("下周二15日当天下午，心理老师在工会那间活动室开一次减压讲座，讲一个半小时左右，想听的老师"
            "麻烦在周一前把自己选好的问题写在表里交给工会即可，座位有限，先到先得。")
    out = shown(text, "concise")
    assert not [w for w in ("当天", "那间", "把自己", "即可", "麻烦") if w in out], out
    assert all(w in out for w in ("15日下午", "工会活动室", "周一前", "减压讲座")), out


@pytest.mark.parametrize("text, gone, kept", [
    ("工会要办拔河赛，就是拉绳子，按年级分队。", ["就是"], ["即拉绳子"]),
    ("家属想来也欢迎，就是不发纪念品。", ["就是"], ["但不发放纪念品"]),
    ("讲座内容就是颈椎保健。", ["就是"], ["内容为颈椎保健"]),
    ("参观的缆车票二十块钱一个人。", ["一个人", "块钱"], ["元/人"]),
    ("周日去湿地公园那边散步。", ["那边"], ["湿地公园散步"]),
    ("新老师跟着师傅听课。", ["跟着"], ["跟随师傅"]),
])
def test_explaining_per_head_places_and_following_are_written_formally(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_chipping_in_is_not_a_price_per_head():
    assert "/人" not in shown("大家凑钱一个人出一点。")



def test_concise_names_the_month_of_a_range_once():
    out = shown("书画作品征集的时间是11月3日到11月14日，作品交到工会办公室，每人最多交两幅，大家踊跃参加啊。", "concise")
    assert "11月3日至14日" in out, out
    assert "3月1日至4月2日" in shown("报名时间是3月1日到4月2日，请按时报名，逾期不再受理，谢谢大家。", "concise")
