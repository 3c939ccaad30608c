"""更简洁: the spoken lead-up before the plan (a complaint, a reason, how people feel) goes when it holds no fact, a
clause saying only that the union thought it over goes, and the result is at most 70% of the length with every fact
kept. Also the spoken pause after 打算 and 啊 after the items of a list. Paragraphs written for this test."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite
from tests.rewrite.shown import shown

CASES = [
    (
        "很多老师都说，午休的时候办公室太吵，想休息也休息不好，心里挺烦的。工会决定在三楼设一间午休室，配8张折叠床，"
        "由工会干事刘老师管理。",
        ["太吵", "心里"],
        ["三楼", "8张", "刘老师"],
    ),
    (
        "老师们平时总抱怨颈椎不舒服，坐久了腰也酸，去医院排队又麻烦，一拖再拖。工会打算请市中医院的推拿师每月来校一次，"
        "每次为20名教职工做理疗，费用由工会承担。",
        ["抱怨", "一拖再拖"],
        ["市中医院", "每月", "20名", "工会承担"],
    ),
    (
        "大家平时工作压力大，回到家还要管孩子，很少有自己的空闲，身心都很疲惫。经工会委员会研究，决定本学期举办4期心理"
        "减压沙龙，每期限30人，由心理老师陈老师主讲。",
        ["疲惫", "空闲"],
        ["4期", "30人", "陈老师"],
    ),
    (
        "好多老师反映，下班以后想运动运动，可是不知道去哪儿，一个人也没劲。工会考虑了一下，决定成立羽毛球、乒乓球两个"
        "俱乐部，每周三下午活动，由体育组的王老师负责。",
        ["反映", "考虑"],
        ["羽毛球", "乒乓球", "两个", "周三", "王老师"],
    ),
]


@pytest.mark.parametrize("text, gone, kept", CASES)
def test_concise_drops_the_lead_up_and_keeps_the_facts(text, gone, kept):
    result = rewrite(text, "concise")
    assert result.notice is None, result.notice
    out = result.text
    assert len(out) <= 0.7 * len(text), out
    assert not [w for w in gone if w in out], out
    assert all(w in out for w in kept), out


FORMAL = [
    ("所以我们打算呢，组建一支教职工合唱队。", "拟组建"),
    ("工会打算呢，下个月请专家来做讲座。", "拟"),
    ("被子啊、枕头啊都由学校统一配发。", "被子、枕头都由"),
    ("毛巾呀、牙刷呀什么的自己带。", "毛巾、牙刷"),
]


@pytest.mark.parametrize("text, expected", FORMAL)
def test_spoken_pauses_and_list_particles_go(text, expected):
    assert expected in shown(text)


# A reason given inside the sentence before its 所以/因此 (or opened by 因为/由于/考虑到) holds no fact: it goes, the
# decision stays, with its subject.
REASONS = [
    (
        "因为操场在翻修，跑道也坏了，地面坑坑洼洼，所以今年的教工运动会改到体育中心举行，时间是10月18日。",
        ["翻修", "坑坑洼洼", "所以"],
        ["体育中心", "10月18日"],
    ),
    (
        "由于报名的人太多，场地又小，大家挤在一起不安全，因此这次分两批进行，每批40人。",
        ["场地又小", "因此"],
        ["两批", "40人"],
    ),
    (
        "今年寒假有一部分老师不回老家过年。工会考虑到这些老师一个人在外面过年，心里难免冷清，所以决定在除夕晚上请大家"
        "在食堂吃年夜饭，另外每人送一个年货礼包，礼包里有春联和饺子。",
        ["冷清", "所以"],
        ["工会决定", "除夕", "食堂", "春联"],
    ),
]


@pytest.mark.parametrize("text, gone, kept", REASONS)
def test_concise_drops_a_reason_without_facts(text, gone, kept):
    result = rewrite(text, "concise")
    assert result.notice is None, result.notice
    out = result.text
    assert len(out) <= 0.7 * len(text), out
    assert not [w for w in gone if w in out], out
    assert all(w in out for w in kept), out


# A reason said after what it explains (…，因为…。) and a purpose of avoidance (避免…) carry no fact of the plan.
AFTER = [
    (
        "每年年底工会都请大家给工会打分，因为大家的意见是改进工作的依据。问卷共20题，12月10日前填完，结果在教代会上通报，"
        "满意率低于80%的项目要整改。",
        "因为",
    ),
    ("体检安排在周六上午，因为平时大家都要上课。体检费每人500元，由工会承担，在市人民医院进行，请在3月1日前报名登记。", "因为"),
    ("讲座安排在周五下午第三节课后，避免影响正常教学。讲座由市心理协会的刘老师主讲，时长1小时，地点在学校会议室。", "避免"),
]


@pytest.mark.parametrize("text, gone", AFTER)
def test_concise_drops_a_trailing_reason_or_purpose(text, gone):
    result = rewrite(text, "concise")
    assert result.notice is None, result.notice
    assert gone not in result.text, result.text
    assert len(result.text) < len(text)
