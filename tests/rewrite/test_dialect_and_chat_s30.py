"""Spoken words a formal rewrite used to leave or break (thirtieth session, from development round 54 of
eval/rewrite): the ABB adjective 湿哒哒 is not the 湘 particle 哒 (湿了了), 搞得 + a result is not 开展得, 看看 a part of the
body is a check (检查), never a visit (看望), 武汉 哈 = 都, 陕北 一满都 = 全都, 以里 = 以内, 月尾 = 月底, and chat-group
words (哈喽, 敲黑板, 划重点, 打工人, 拉满, 走起) have no place in a 公文. Texts written for these tests."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("下雨天护导回来，裤腿搞得湿哒哒的。", ["湿透"], ["湿了了", "开展得"]),
    ("吃哒饭再去开会。", ["饭后"], ["哒"]),
    ("县医院的医生来学校给大家看看颈椎和腰椎。", ["检查颈椎"], ["看望"]),
    ("工会去看看住院的老师。", ["看望"], []),
    ("后勤的师傅也哈算进来，一个不落。", ["也都算进来"], ["哈"]),
    ("周末的活动大家一满都来。", ["全都来"], ["一满", "总是都"]),
    ("每人带一份小礼物，三十块钱以里。", ["以内"], ["以里"]),
    ("报名表这个月尾之前交。", ["月底"], ["月尾"]),
    ("三八节的活动要搞得有意义一点。", ["办得有意义"], ["开展得"]),
])
def test_formal_rewrite_of_regional_words(text, wanted, unwanted):
    out = rewrite(text, "formal").text
    for w in wanted:
        assert w in out, out
    for w in unwanted:
        assert w not in out, out


def test_chat_group_words_leave_a_formal_notice():
    text = "哈喽大家好！敲黑板划重点啦：周五下午给咱们打工人安排了插花课，仪式感拉满，走起！"
    out = rewrite(text, "formal").text
    for word in ("哈喽", "敲黑板", "划重点", "打工人", "拉满", "走起"):
        assert word not in out, out
    assert "周五下午" in out and "插花" in out, out
