"""Focus complaints of three families the topic library served badly (knowledge/focus_topics.yaml): water for staff
where the supply fails (staff_water_supply), a grave illness named by its disease with the family turning to online
fundraising (illness_hardship: the union's answer is hardship help, not a lecture on the disease), older staff named
as 老师傅 who want to step back (older_staff_care); and a noun that says when the trouble comes (天干的时候) never names
it (assistant/compose/concern.py). Complaints written for these tests (none is an eval case)."""

from __future__ import annotations

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


@pytest.mark.parametrize(("complaint", "kind", "topic"), [
    ("一到冬天枯水，宿舍的自来水就停，老师们只能拎着桶到村口井边打水", "小学", "教职工饮水和生活用水保障"),
    ("教务处小刘去年查出尿毒症，每周透析三次，家里全靠轻松筹撑着", "初中", "困难与大病教职工帮扶"),
    ("几位老师傅五十好几了还带着两个班，想退二线又开不了口", "中职", "大龄在职教师关爱"),
])
def test_a_complaint_of_these_families_finds_its_topic(composer, complaint, kind, topic):
    found = composer.focus_matcher.match(complaint, kind)
    assert found is not None and found.topic.name == topic


def test_a_grave_illness_gets_hardship_help_not_a_lecture_on_the_disease(composer):
    profile = Profile(school="测试第二中学", year=2027, period="第一学期", staff=120, school_type="初中",
                      focus=["数学组一位老师确诊白血病，同事们自发在水滴筹上捐了一轮，总不能次次都这样"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert "白血病防治" not in md
    welfare = items_by_area(md)["welfare"]
    assert sum(any(w in i for w in ("大病", "互助", "帮扶")) for i in welfare) >= 2, welfare


def test_a_noun_of_when_never_names_the_concern(composer):
    """天干的时候 says when; the plan speaks of the water, never of "天干问题"."""
    profile = Profile(school="测试山区小学", year=2027, period="第二学期", staff=30, school_type="小学",
                      focus=["每年天干的时候井就枯了，住校老师做饭都得去半里外背水"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert "天干问题" not in md
    assert sum("水" in i for i in items_by_area(md)["welfare"]) >= 2


@pytest.mark.parametrize("text", [
    "几个年轻人想把工会活动室收拾出来，下了晚自习能去坐坐",
    "想给工会活动室添台跑步机，上完晚自习能练一练",
])
def test_a_word_that_says_when_does_not_decide_what_a_highlight_is(composer, text):
    """下了晚自习 / 上完晚自习 say when (knowledge/highlights.yaml `when_before`): the highlight is about the union's rooms,
    not about evening duty or teaching."""
    placement = composer.placements(Profile(school="测试实验学校", year=2027, staff=90, highlights=[text]))[0]
    assert placement.kind.key == "union_home", placement.kind.key
