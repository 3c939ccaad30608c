"""Highlights and focus areas of development round 102's kinds (fifty-fourth session): a traditional martial art or a
folk game played against a neighbouring school is recreation, even when men and women are said to take part; teachers
driving home drowsy after the evening session get measures on drowsy driving; a junior school's plan names its
graduating year (九年级, 初三) whichever variant it draws.
Every sentence is written for this test; none is an exemplar of knowledge/*.yaml."""

from __future__ import annotations

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


def _areas(composer, school: str, school_type: str, period: str = "学年", **fields) -> dict[str, list[str]]:
    profile = Profile(school=school, school_type=school_type, year=2027, period=period, staff=96, female_staff=58,
                      **fields)
    return items_by_area(render(composer.compose_plan(profile).to_blocks()))


@pytest.mark.parametrize(("highlight", "word"), [
    ("四月请武术队的教练来教教形意拳，每周两次，男女老师都可以报", "形意拳"),
    ("打算约隔壁乡中学的老师比一场友谊赛，输的一方请吃烤全羊", "友谊赛"),
])
def test_martial_arts_and_a_friendly_match_are_recreation(composer, highlight, word):
    areas = _areas(composer, "柳湾镇中学", "初中", highlights=[highlight])
    placed = [name for name, items in areas.items() if any(word in i for i in items)]
    assert placed and placed[0] == "culture", placed


def test_drowsy_driving_home_after_the_evening_session_gets_its_own_measures(composer):
    areas = _areas(composer, "柳湾县第一高级中学", "高中",
                   focus=["下了晚自习快十一点，好几个老师开车回家上下眼皮打架，怕出事故"])
    items = [i for items in areas.values() for i in items]
    drowsy = [i for i in items if "疲劳驾驶" in i or "犯困" in i]
    assert len(drowsy) >= 2, items


@pytest.mark.parametrize("school", ["柳湾镇中学", "河西镇初级中学", "东关中学"])
def test_a_junior_schools_autumn_plan_names_its_graduating_year(composer, school):
    text = render(composer.compose_plan(Profile(school=school, school_type="初中", year=2027, period="第一学期",
                                                staff=96, female_staff=58)).to_blocks())
    assert any(word in text for word in ("九年级", "初三", "毕业班")), school
