"""Focus areas and highlights of development round 84's kinds (forty-fifth session): too many appraisals and the
papers they ask for, special-school staff bruised by pupils, young teachers the pupils do not heed, small boarders
crying at night, a colleague eight months pregnant still on duty, men who put off the doctor, assistants who leave for low pay, sign language for every post, festival goods nobody
wants and activities the family can join each find their topic of knowledge/focus_topics.yaml and get at least two concrete measures (who acts
and when) in the concern's own words, the plan never naming 照常上课 as the concern; painting porcelain together is
staff culture, and leave refused is a matter of the staff's rest (维权与送温暖). Every sentence is written for this
test; none is an exemplar of knowledge/*.yaml."""

from __future__ import annotations

import re

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area

WHEN = re.compile(r"学期初|学期末|学年初|学年末|每学期|每学年|每月|每周|开学|入学初|\d+月")
WHO = re.compile(r"工会主席|工会[\u4e00-\u9fff]{0,3}委员|工会小组|女职工委员会|工会委员会")

FOCI = [
    ("小学", "评比一个接一个，每回都要交一大摞资料，大家累得够呛", ("评比",)),
    ("特殊教育学校", "给情绪激动的学生做康复，胳膊上常被掐出淤青", ("掐伤", "防护技能")),
    ("高中", "刚来的年轻老师被学生起外号，课上说话没人听", ("课堂管理",)),
    ("九年一贯制", "低年级住校的孩子晚上想家，值班老师要哄到半夜，第二天照常上课", ("想家", "哄睡")),
    ("初中", "有位同事肚子都八个月了，每天还得爬五楼上课", ("怀孕七个月", "孕妇")),
    ("中职", "男老师们有点毛病就硬扛着，谁劝都不去医院", ("讳疾忌医", "小病")),
    ("幼儿园", "配班的阿姨工资低，来了没几个月就辞职，总在招人", ("待遇", "流失")),
    ("特殊教育学校", "听障孩子多，门卫和食堂师傅的手语也得过关", ("手语",)),
    ("初中", "中秋发的月饼年年一样没人要，想换成大家自己挑", ("福利菜单", "积分")),
    ("小学", "周末想陪孩子，希望工会活动能带家属一块来", ("家庭日", "带家属", "亲子")),
]


def _items(composer, school_type: str, **fields) -> dict[str, list[str]]:
    profile = Profile(school="澧水县南岭学校", school_type=school_type, year=2027, period="第一学期", staff=86,
                      female_staff=52, **fields)
    return items_by_area(render(composer.compose_plan(profile).to_blocks()))


@pytest.mark.parametrize(("school_type", "focus", "words"), FOCI)
def test_a_focus_gets_two_concrete_measures_in_its_own_words(composer, school_type, focus, words):
    items = [i for area in _items(composer, school_type, focus=[focus]).values() for i in area]
    concrete = [i for i in items if any(w in i for w in words) and WHEN.search(i) and WHO.search(i)]
    assert len(concrete) >= 2, [i for i in items if any(w in i for w in words)]
    assert not any("照常上课问题" in i for i in items)


def test_painting_porcelain_together_is_staff_culture(composer):
    areas = _items(composer, "初中", highlights=["十月想带老师们去窑口学画瓷器，每人画一只盘子烧好带回家"])
    placed = [name for name, items in areas.items() if any("瓷" in i for i in items)]
    assert placed == ["culture"], placed


def test_leave_refused_is_a_matter_of_the_staffs_rest(composer):
    areas = _items(composer, "初中", highlights=["秋收时老师想请两天假回家帮忙，学校总是卡着不批"])
    placed = [name for name, items in areas.items() if any("请假" in i or "假" in i for i in items)]
    assert "culture" not in placed and "welfare" in placed, placed
