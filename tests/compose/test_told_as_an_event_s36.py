"""A highlight told as an event with no word of its kind (a member day, an outing to pick fruit) is placed by what it
is like, not by the order the kinds are listed in: kinds of one section tied by the way the highlight is told differ
in their measures, and before the thirty-sixth session such ties fell to the first kind listed — 学校重大事件（校庆）
— so a monthly member day got 庆祝活动 and 办学历程 measures. Written for this test."""

from __future__ import annotations

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render

TOLD_AS_EVENTS = ["每月第一个周四下午办会员活动日，测血压、理发、喝茶聊天", "十月初想拉着老师们去山里摘猕猴桃、吃农家饭"]


def _placement(composer, text: str):
    return composer.placements(Profile(school="测试实验学校", year=2027, staff=90, highlights=[text]))[0]


@pytest.mark.parametrize("text", TOLD_AS_EVENTS)
def test_an_event_without_a_word_of_its_kind_is_no_anniversary(composer, text):
    placement = _placement(composer, text)
    assert placement.kind.key != "anniversary"
    assert placement.section == "culture"


def test_a_school_anniversary_is_still_one(composer):
    assert _placement(composer, "明年是学校建校六十五周年，想好好办一次校庆").kind.key == "anniversary"


def test_the_member_days_measures_are_not_a_celebrations(composer):
    profile = Profile(school="测试实验学校", year=2027, staff=90, highlights=[TOLD_AS_EVENTS[0]])
    text = render(composer.compose_plan(profile).to_blocks())
    assert "办学历程" not in text and "庆祝活动" not in text


def test_a_time_of_the_working_day_says_when_not_what(composer):
    """下班后排练 dates the rehearsal; it is no overtime (highlights.yaml `times_of_day`). 下班后还要回消息 still is a
    burden by its other words."""
    assert _placement(composer, "镇上元宵要办龙灯巡游，我们学校报了一支队，一月起下班后练龙灯").section == "culture"
    assert _placement(composer, "下班后还要加班改材料，天天弄到半夜").section == "welfare"


@pytest.mark.parametrize(("complaint", "kind", "topic"), [
    ("几个男老师一有空就凑一块儿打麻将，常常玩到后半夜", "初中", "教职工健康文明的业余生活"),
    ("年轻老师下班就打游戏，熬到凌晨两三点，第二天上课没精神", "高中", "教职工健康文明的业余生活"),
    ("年纪大的老师不会用电脑，网上填报职称材料全靠年轻人帮忙", "小学", "中老年教职工信息技术应用"),
])
def test_a_complaint_of_these_families_finds_its_topic(composer, complaint, kind, topic):
    found = composer.focus_matcher.match(complaint, kind)
    assert found is not None and found.topic.name == topic, found


def test_the_late_nights_focus_gets_measures_of_its_own(composer):
    profile = Profile(school="测试第五中学", year=2027, period="第二学期", staff=70, school_type="初中",
                      focus=["几个男老师一有空就凑一块儿打麻将，常常玩到后半夜"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert "组建球类" in md and "作息与睡眠讲座" in md


@pytest.mark.parametrize(("text", "word"), [("四月想办一场教职工魔方挑战赛，比比谁拧得快", "魔方"),
                                          ("入冬后几位老师想组队去江里冬泳，工会能不能出面组织", "冬泳")])
def test_sports_of_general_fitness_are_staff_culture_by_their_names(composer, text, word):
    placement = _placement(composer, text)
    assert placement.section == "culture" and word in placement.terms, placement.terms
