"""Concerns the plan now serves by their own names (fortieth session, development round 74): an underactive thyroid
said as 甲减 is 甲状腺功能减退, not thyroid disease at large; a 富贵包 on the neck is named with the neck's strain, not
taken for a frozen shoulder; young women who dare not have children get the women's committee's measures, never
"教职工反映的不敢生问题"; exhaust in a vocational school's workshop is the workshop's protection; a highlight to be
rehearsed "九月一开学" is dated September, not the February opening of a calendar-year plan. Every complaint is
written for this test."""

from __future__ import annotations

from assistant.compose.timing import timing
from assistant.domain.profile import Profile
from tests.compose.conftest import numbered_lines

THYROID = "今年体检好几个女老师查出甲减，整天没精神、手脚冰凉，自己还以为是累的"
HUMP = "一天到晚低头批作业，不少老师后脖子鼓起个富贵包，肩膀也僵"
CHILDREN = "年轻女老师天天带别人家的孩子，累怕了，好几个都说结了婚也不敢生"
EXHAUST = "汽修实训车间发动车的时候尾气呛人，抽风机坏了好久没人修"


def _profile(*focus: str, kind: str = "小学", period: str = "第一学期") -> Profile:
    return Profile(school="桐梓县城关第三学校", school_type=kind, year=2027, period=period, staff=70, female_staff=48,
                   focus=list(focus))


def test_an_underactive_thyroid_is_named_as_doctors_name_it(composer):
    area = composer.understand(_profile(THYROID)).focus[0]
    assert area.topic is not None and "甲状腺功能减退" in area.topic.name
    assert sum("甲状腺功能减退" in item for item in numbered_lines(composer, _profile(THYROID))) >= 2


def test_a_hump_on_the_neck_is_the_necks_strain_not_a_frozen_shoulder(composer):
    area = composer.understand(_profile(HUMP)).focus[0]
    assert area.topic is not None and "富贵包" in area.topic.name and "肩周炎" not in area.topic.name


def test_young_women_afraid_to_have_children_get_the_womens_committees_measures(composer):
    area = composer.understand(_profile(CHILDREN)).focus[0]
    assert area.topic is not None and area.topic.section == "women"
    items = numbered_lines(composer, _profile(CHILDREN))
    assert not any("不敢生问题" in item for item in items)
    assert sum("生育" in item and "女职工委员会" in item for item in items) >= 2


def test_exhaust_in_a_vocational_workshop_is_the_workshops_protection(composer):
    area = composer.understand(_profile(EXHAUST, kind="中职")).focus[0]
    assert area.topic is not None and area.topic.name == "实训场所劳动保护"


def test_a_month_said_before_the_opening_dates_the_opening():
    year = _profile(period="年度")
    assert timing("舞蹈队九月一开学就开始排练", year).months == (9,)
    assert timing("开学后组织一次拔河比赛", year).months == (2,)  # no month said: the first opening of the year
