"""A school whose name does not say it is rural but whose highlights tell its rural setting is drafted as a rural
school (knowledge/school_types.yaml rural `said`); a town school that visits a village school is not. Sentences
written for these tests."""

from __future__ import annotations

from assistant.domain.profile import Profile
from assistant.export.markdown import render

RURAL_WORDS = ("乡村", "农村", "留守", "周转宿舍", "走教", "送教")


def test_the_rural_setting_told_in_a_highlight_makes_a_rural_plan(composer):
    profile = Profile(school="青石九年制学校", year=2027, period="第一学期", staff=40,
                      highlights=["学校下面还管着两个教学点，老师轮流过去上课"])
    assert profile.is_rural
    md = render(composer.compose_plan(profile).to_blocks())
    assert any(word in md for word in RURAL_WORDS)


def test_a_visit_to_a_village_school_does_not_make_a_town_school_rural():
    profile = Profile(school="东城实验小学", year=2027, period="第一学期", staff=90,
                      highlights=["每月组织骨干教师到村小送教一次", "周末跑村里家访，油费自理"])
    assert not profile.is_rural


def test_a_school_without_a_canteen_gets_no_canteen_measures(composer):
    # knowledge/measures.yaml facilities: a measure that runs a canteen is not drafted for a school that has none
    profile = Profile(school="柳湾村小学", year=2027, period="第一学期", staff=14,
                      highlights=["学校没有食堂，老师中午只能泡面"],
                      focus=["中午吃饭的问题想解决一下，老师们都是自己带饭，热饭要排队"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert "食堂开放日" not in md and "伙委会" not in md and "膳食小组" not in md
    assert "就餐" in md or "午餐" in md or "热饭" in md


def test_a_school_with_a_canteen_keeps_its_canteen_measures(composer):
    profile = Profile(school="东城实验小学", year=2027, period="第一学期", staff=90,
                      focus=["食堂饭菜几年不换花样，老师们意见大"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert "食堂" in md
