"""Highlights and focus areas of development round 96's kinds (fifty-first session): colleagues' smoke in the office is
a matter of a smoke-free school, named by the smoking and not by the headache it gives; graduating-year teachers short
of sleep get measures on their sleep and rest, and their grade says whose complaint it is, not what it is; pupils
insulting or defying teachers get measures on exactly that; a parent bedridden at home gets a measure that names it and visits the family;
a spring outing to see blossoms with a farm-stay meal after it is recreation, not a matter of the canteen.
Every sentence is written for this test; none is an exemplar of knowledge/*.yaml."""

from __future__ import annotations

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


def _items(composer, school: str, school_type: str, **fields) -> dict[str, list[str]]:
    profile = Profile(school=school, school_type=school_type, year=2027, period="学年", staff=96, female_staff=58,
                      **fields)
    return items_by_area(render(composer.compose_plan(profile).to_blocks()))


def _all(areas: dict[str, list[str]]) -> list[str]:
    return [i for items in areas.values() for i in items]


def test_smoke_in_the_office_is_a_matter_of_a_smoke_free_school(composer):
    items = _all(_items(composer, "柳湾镇中学", "初中", focus=["隔壁组两位男老师烟瘾大，办公室里呛得人嗓子疼"]))
    smoke = [i for i in items if "吸烟" in i or "控烟" in i or "二手烟" in i]
    assert len(smoke) >= 2, items
    assert not any("嗓子疼问题" in i or "疼问题" in i for i in items), smoke


def test_graduating_year_teachers_short_of_sleep_get_measures_on_sleep(composer):
    items = _all(_items(composer, "柳湾县第一高级中学", "高中",
                        focus=["高三老师天没亮就到教室，一个个觉都睡不够"]))
    sleep = [i for i in items if "睡眠" in i or "补觉" in i]
    assert len(sleep) >= 2, items
    assert not any("高三问题" in i for i in items), sleep


def test_pupils_insulting_teachers_get_measures_on_it(composer):
    items = _all(_items(composer, "柳湾职业技术学校", "中职", focus=["有学生当面顶撞、辱骂老师，新来的老师不知道咋处理"]))
    assert len([i for i in items if "辱骂" in i or "顶撞" in i]) >= 2, items


def test_a_parent_bedridden_at_home_is_named(composer):
    items = _all(_items(composer, "柳湾镇中学", "初中", focus=["有几位老师家中老人卧床多年，下班还得回去伺候"]))
    visited = [i for i in items if ("卧床" in i or "瘫痪" in i) and "登门" in i and "照护" in i]
    assert visited, items


def test_a_spring_outing_to_see_blossoms_is_recreation(composer):
    areas = _items(composer, "柳湾镇中学", "初中", highlights=["三月底组织老师们去看油菜花，顺路在农家乐吃午饭"])
    placed = [name for name, items in areas.items() if any("油菜花" in i for i in items)]
    assert placed and placed[0] == "culture", placed
