"""Focus complaints of four families the topic library lacked (knowledge/focus_topics.yaml: outdoor_sun_protection,
severe_weather_safety, male_staff_activities, creative_credit), and a complaint matched by two of its own words that
the plan names by the more specific one. Complaints written for these tests (none is an eval case)."""

from __future__ import annotations

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


@pytest.mark.parametrize(("complaint", "kind", "topic"), [
    ("带操、护导一站就是大半天，脸晒黑了一圈，胳膊也晒伤脱皮", "小学", "户外岗位教职工防晒"),
    ("一到汛期就下大暴雨，后山的土往下冲，住校老师半夜都睡不踏实", "初中", "雷电暴雨等极端天气安全防护"),
    ("活动回回都是织毛衣做烘焙，咱们学校二十几个男老师一个都不来", "初中", "男教职工参与工会活动"),
    ("辅导的节目在市里拿了一等奖，获奖名单上只有学校，指导老师的名字一个字没写", "中职", "教职工创作和指导成果的署名与认定"),
])
def test_a_complaint_of_a_new_family_finds_its_topic(composer, complaint, kind, topic):
    found = composer.focus_matcher.match(complaint, kind)
    assert found is not None and found.topic.name == topic


def test_a_topic_measure_names_the_complaint_by_its_most_specific_word(composer):
    """食堂 is said by most of the canteen topic's measures, 夜宵 by few: a measure that does not say 夜宵 is introduced
    by the complaint's words, so the school reads each measure as the answer to its late-night hunger."""
    profile = Profile(school="测试第一高级中学", year=2027, period="第一学期", staff=150, school_type="高中",
                      focus=["看完晚自习都快十点了，食堂早就关了门，想吃口夜宵都找不着地方"])
    md = render(composer.compose_plan(profile).to_blocks())
    welfare = items_by_area(md)["welfare"]
    canteen = [i for i in welfare if "食堂" in i]
    assert len(canteen) >= 2
    assert all("夜宵" in i for i in canteen), canteen


def test_a_word_left_hanging_on_a_complement_is_never_a_name(composer):
    """晒得 finds the complaint but names nothing: no measure speaks of "晒得问题"."""
    profile = Profile(school="测试职业技术学校", year=2027, period="第二学期", staff=90, school_type="中职",
                      focus=["地理组老师领着学生跑野外考察，一个夏天晒得跟黑炭似的"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert "晒得问题" not in md and "晒得、" not in md
    assert sum("防晒" in i for i in items_by_area(md)["welfare"]) >= 2
