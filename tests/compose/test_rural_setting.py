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
