"""Highlights and focus areas of development round 94's kinds (fiftieth session): staff afraid of being filmed and
exposed online get measures that say so (曝光, 舆情), not only the general ones on attacks online; colleagues who
have fallen out get the measures of a team that holds together (mediation, 同事关系); a night's outing on the
grassland in a yurt is recreation, not a duty with pupils; a special school's staff lifting pupils and carrying
equipment get a measure that shares the heavy work out.
Every sentence is written for this test; none is an exemplar of knowledge/*.yaml."""

from __future__ import annotations

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


def _items(composer, school: str, school_type: str, **fields) -> dict[str, list[str]]:
    profile = Profile(school=school, school_type=school_type, year=2027, period="学年", staff=58, female_staff=49,
                      **fields)
    return items_by_area(render(composer.compose_plan(profile).to_blocks()))


def test_staff_afraid_of_being_filmed_get_measures_on_exposure_online(composer):
    areas = _items(composer, "汀州镇第二幼儿园", "幼儿园", focus=["家长动不动就录视频传到网上，老师们处处提心吊胆"])
    exposed = [i for area in areas.values() for i in area if "曝光" in i or "舆情" in i]
    assert len(exposed) >= 2, exposed


def test_colleagues_fallen_out_get_the_measures_of_a_team_that_holds_together(composer):
    areas = _items(composer, "汀州镇中学", "初中", focus=["两位老师为抢课时闹僵了，碰面都不说话"])
    mended = [i for area in areas.values() for i in area if "调解" in i or "同事关系" in i or "隔阂" in i]
    assert mended, areas


def test_a_night_in_a_yurt_on_the_grassland_is_recreation(composer):
    areas = _items(composer, "汀州镇中学", "初中", highlights=["七月初带老师们去草原住蒙古包"])
    placed = [name for name, items in areas.items() if any("蒙古包" in i for i in items)]
    assert placed and placed[0] == "culture", placed


def test_heavy_lifting_in_a_special_school_is_shared_out(composer):
    areas = _items(composer, "汀州镇特殊教育学校", "特殊教育学校",
                   focus=["抱学生上下校车、搬训练器材，活全压在几位女老师身上"])
    shared = [i for area in areas.values() for i in area if "体力活" in i or "增配人手" in i]
    assert shared, areas
