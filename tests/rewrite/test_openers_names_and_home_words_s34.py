"""Garbles the formal rewrite no longer makes and home words it now reads (thirty-fourth session, from development
round 62): a notice opened to 你们 (跟你们说个事) is a notice's opening, not a stray "个事"; 寻思 is considering, never
联系思; a colleague called 小X老师 is X老师, never X老师教师; her 老头 is her spouse; 贼拉 before buying says "on
purpose"; and 湘、赣、吴 words (我俚, 细鬼, 嬉, 恰, 港, 忖) read as the ordinary ones. Every sentence is written for this
test."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite
from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize(("spoken", "kept", "never"), [
    ("跟你们说个事，周六上午大扫除。", "现将有关事项通知如下", "个事"),
    ("工会寻思着给退休的老同志订报纸。", "工会", "联系思"),
    ("小蒋老师这几天嗓子哑了，课都上不了。", "蒋老师", "老师教师"),
    ("退休的李老师和她老头明天回校看看。", "老伴", "老头"),
    ("工会贼拉订了三十箱橙子。", "专门", "十分订"),
    ("我俚工会下个月搞个登山。", "工会", "我俚"),
    ("让细鬼们在操场嬉一下午。", "孩子", "细鬼"),
    ("让细鬼们在操场嬉一下午。", "玩", "嬉"),
    ("中饭就在食堂恰，工会出钱。", "食堂吃", "恰"),
    ("跟大家港一下，下周体检。", "现将有关事项通知如下", "港"),
])
def test_home_words_and_openers_read_right(spoken, kept, never):
    assert_rewritten(spoken, gone=[never], kept=[kept])


def test_the_ordinary_words_these_rules_avoid_stay():
    # 寻求, 寻常 and a teacher named with a post stay; 港 of 香港 and 港口 stays
    for text, word in (("工会寻求上级支持", "寻求"), ("这不是寻常的活动", "寻常"), ("组织去香港参观", "香港"),
                       ("小学老师和幼儿园老师都参加", "小学")):
        assert word in rewrite(text, "formal").text
