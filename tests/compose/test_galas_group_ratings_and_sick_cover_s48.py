"""Highlights and focus areas of development round 90's kinds (forty-eighth session): a gala that sees a festival in
(元旦晚会) is held in the days before it, so a calendar year's plan rows it in December; rating the union's groups by
stars is the union's own organisation work, not its accounts, though it pays their activity money; a staff too thin
for anyone to take sick leave gets measures of its own (cover and sick leave), and a teacher from another county who
cannot settle is helped to settle. Every sentence is written for this test; none is an exemplar of knowledge/*.yaml."""

from __future__ import annotations

import re

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area

WHEN = re.compile(r"学期初|学期末|学年初|学年末|年初|年末|每学期|每学年|每月|每周|开学|\d+月")
WHO = re.compile(r"工会主席|工会[\u4e00-\u9fff]{0,3}委员|工会小组|女职工委员会|工会委员会")


def _plan(composer, period: str = "第一学期", **fields) -> str:
    profile = Profile(school="沅江县北湖中学", school_type="初中", year=2027, period=period, staff=86,
                      female_staff=52, **fields)
    return render(composer.compose_plan(profile).to_blocks())


def test_a_new_years_gala_in_a_calendar_years_plan_is_rowed_in_december(composer):
    plan = _plan(composer, period="年度", highlights=["元旦晚会想让老师们排个小合唱"])
    rows = [line for line in plan.splitlines() if line.startswith("|") and "合唱" in line]
    assert rows and all(row.startswith("| 12月") for row in rows), rows


def test_rating_the_union_groups_is_the_unions_own_organisation_work(composer):
    areas = items_by_area(_plan(composer, highlights=["学期末给各工会小组评个星级，评得好的多拨些活动经费"]))
    placed = [name for name, items in areas.items() if any("星级" in i for i in items)]
    assert placed and placed[0] == "self", placed


def test_no_one_able_to_take_sick_leave_gets_cover_and_leave_measures(composer):
    areas = items_by_area(_plan(composer, focus=["人手太少，老师病了也不敢请假，只能自己扛着来上班"]))
    items = [i for area in areas.values() for i in area]
    concrete = [i for i in items if re.search("代班|代课|病假|请假", i) and WHEN.search(i) and WHO.search(i)]
    assert len(concrete) >= 2, concrete


def test_a_teacher_from_elsewhere_who_cannot_settle_is_helped_to_settle(composer):
    areas = items_by_area(_plan(composer, focus=["外省考来的年轻老师吃不惯住不惯，干不满一年就想调走"]))
    items = [i for area in areas.values() for i in area]
    assert any("适应当地" in i or "外地来的" in i for i in items), items
