"""Highlights and focus areas of development round 92's kinds (forty-ninth session): an event said in a lunar month
(腊月里) is rowed in the Gregorian month it falls in, not spread over the year; a term run out and a chair elected by
the members directly is the union's own organisation work; staff worn out by their pupils' needs get the mental-health
measures, named by the topic, not by the pupils (never 教职工反映的重度学生问题); two teachers married to each other
whose child has no one after school get after-school care; the idiom 灯下黑 is no regional word for the evening.
Every sentence is written for this test; none is an exemplar of knowledge/*.yaml."""

from __future__ import annotations

import re

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


def _plan(composer, period: str = "年度", **fields) -> str:
    profile = Profile(school="溆水县南岭中心小学", school_type="小学", year=2027, period=period, staff=64,
                      female_staff=41, **fields)
    return render(composer.compose_plan(profile).to_blocks())


def test_an_event_in_the_twelfth_lunar_month_is_rowed_in_january(composer):
    plan = _plan(composer, highlights=["腊月里请老师们一起包糍粑，给退休的老校长们也捎一份"])
    rows = [line for line in plan.splitlines() if line.startswith("|") and "糍粑" in line]
    assert rows and all(row.startswith("| 1月") for row in rows), rows


def test_a_term_run_out_and_a_directly_elected_chair_is_the_unions_own_work(composer):
    areas = items_by_area(_plan(composer, highlights=["这届工会到届了，会员想直选主席，不清楚报批要走哪些程序"]))
    placed = [name for name, items in areas.items() if any("直选" in i or "换届" in i for i in items)]
    assert placed and placed[0] == "self", placed


def test_staff_worn_out_by_their_pupils_get_measures_named_by_the_topic(composer):
    plan = _plan(composer, period="第二学期",
                 focus=["每天围着重度孩子转，下班时人像被掏空一样，好几位老师私下说想改行"])
    assert "重度学生问题" not in plan and "重度孩子问题" not in plan
    assert "教职工心理健康" in plan
    items = [i for area in items_by_area(plan).values() for i in area]
    assert any(re.search("心理|谈心|减压", i) for i in items), items


def test_children_of_two_teachers_alone_after_school_get_after_school_care(composer):
    plan = _plan(composer, focus=["学校里双职工老师不少，孩子放学后没人管，只能在办公室写作业"])
    items = [i for area in items_by_area(plan).values() for i in area]
    assert any("无人看管" in i or "照看" in i for i in items), items


def test_the_idiom_of_what_is_closest_going_unseen_is_not_rewritten(composer):
    plan = _plan(composer, focus=["老师们自家孩子的学习成了灯下黑"])
    assert "灯晚上" not in plan
