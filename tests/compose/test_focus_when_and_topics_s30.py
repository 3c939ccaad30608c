"""Focus measures a reader can check (thirtieth session, from development round 54 of eval/plans):
- a dated measure of a 学年 or 年度 plan says when in the school's terms (秋季开学后, 春季开学后: knowledge/calendar.yaml
  `open`), not the bare 学年初 / 年初 that names no month;
- complaints of five families find a topic with measures of their own: smiling at children and parents all day with
  nowhere to let it out (emotional_labour), who sits in the congress (delegate_composition), activities that reach
  the same few (activity_reach), lead in glazes of a ceramics programme (vocational_workshop_safety) and no locker in
  the office (office_conditions).
Texts written for these tests (none is an eval case)."""

from __future__ import annotations

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


@pytest.mark.parametrize(("period", "open_word", "bare"), [("学年", "秋季开学后", "学年初由"), ("年度", "春季开学后", "年初由")])
def test_a_year_plans_dated_focus_measure_says_when_in_the_schools_terms(composer, period, open_word, bare):
    profile = Profile(school="测试第二中学", year=2027, period=period, staff=110, school_type="初中",
                      focus=["教职工医疗互助保障"])
    md = render(composer.compose_plan(profile).to_blocks())
    welfare = items_by_area(md)["welfare"]
    assert any(open_word in item for item in welfare), welfare
    assert not any(item.startswith(bare) or f"，{bare}" in item for item in welfare), welfare


def test_a_semester_plan_keeps_its_term_start(composer):
    profile = Profile(school="测试第三小学", year=2027, period="第一学期", staff=60, school_type="小学",
                      focus=["教职工医疗互助保障"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert "秋季开学后" not in md and "春季开学后" not in md


@pytest.mark.parametrize(("complaint", "kind", "topic"), [
    ("班上天天对孩子对家长都得强颜欢笑，委屈全憋着，下班了整个人都是空的", "幼儿园", "教师情绪压力疏导"),
    ("教代会的代表名额几乎都给了中层干部，一线教师代表少得可怜", "初中", "教代会代表构成"),
    ("工会活动报名的少，一学期下来参与率不到三成", "小学", "扩大工会活动参与面"),
    ("陶瓷专业的老师天天和釉料打交道，担心重金属超标", "中职", "实训场所劳动保护"),
    ("办公室连个放包的更衣柜都没有，贵重东西只能随身带", "初中", "教职工办公条件改善"),
])
def test_a_complaint_of_these_families_finds_its_topic(composer, complaint, kind, topic):
    found = composer.focus_matcher.match(complaint, kind)
    assert found is not None and found.topic.name == topic, found


def test_the_congress_composition_focus_gets_measures_on_the_delegates(composer):
    profile = Profile(school="测试第四中学", year=2027, period="第二学期", staff=130, school_type="初中",
                      focus=["教代会的代表名额几乎都给了中层干部，一线教师代表少得可怜"])
    democracy = items_by_area(render(composer.compose_plan(profile).to_blocks()))["democracy"]
    assert sum("一线教师代表" in item or "代表构成" in item for item in democracy) >= 2, democracy
