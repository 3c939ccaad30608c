"""A complaint's concern is the hazard or condition it tells of, not how the staff get about or where on the stairs it
bites; and a focus told in the everyday words of physical condition, damp quarters or sleeping in with boarders is
answered by measures that name it (knowledge/focus_topics.yaml).

The sentences below were written for these tests; none is an exemplar of knowledge/*.yaml or an evaluation case.
"""

from __future__ import annotations

import re

import pytest

from assistant.compose.concern import candidates, concern_stop
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area

WHO = re.compile(r"工会主席|工会[\u4e00-\u9fff]{0,2}委员|工会小组|生活委员|文体委员")


@pytest.mark.parametrize("text, gone", [
    ("一层楼二十几个班挤在一起，下课吵得人头疼", "一层楼"),
])
def test_a_numeral_with_its_measure_word_is_never_the_concern(text, gone):
    assert gone not in candidates(text, concern_stop())


@pytest.mark.parametrize("text, gone, kept", [
    ("工地的翻斗车在路上横冲直撞，大家骑车上班心惊肉跳", "骑车", "工地"),
    ("冬天天黑得早，路灯又坏了好几盏，女老师走路回宿舍心里发慌", "走路", "路灯"),
    ("路口没有红绿灯，老师们步行过马路很危险", "步行", "红绿灯"),
])
def test_how_the_staff_get_about_is_not_the_concern(text, gone, kept):
    found = candidates(text, concern_stop())
    assert gone not in found and kept in found, found


def _items(composer, focus: str, period: str = "第一学期", **fields) -> list[str]:
    profile = Profile(school="测试实验学校", year=2027, period=period, staff=60, focus=[focus], **fields)
    md = render(composer.compose_plan(profile).to_blocks())
    return [i for area in items_by_area(md).values() for i in area]


@pytest.mark.parametrize("focus, words", [
    ("大家整天坐办公室批改，一点不动弹，体力一年不如一年", ("体能", "体力")),
    ("宿舍在一楼，雨季一来墙根发霉，衣柜里的衣服都长毛", ("防潮", "除湿", "发霉", "返潮")),
    ("住宿生晚上要有老师陪宿，第二天照样一早就上课", ("陪寝", "值宿", "陪宿")),
])
def test_a_focus_in_everyday_words_gets_two_measures_that_name_it_with_who(composer, focus, words):
    items = _items(composer, focus)
    named = [i for i in items if any(w in i for w in words) and WHO.search(i)]
    assert len(named) >= 2, [i for i in items if any(w in i for w in words)]


def test_a_noun_closed_by_a_word_of_position_says_where_not_what():
    found = candidates("停车位太少，晚到的同事把车搁在马路边，还老被贴罚单", concern_stop())
    assert "马路边" not in found, found


@pytest.mark.parametrize("text, stage", [
    ("家里两个娃都到了青春期，老师下了班回家还得斗智斗勇", "青春期"),
    ("四十好几的女老师正赶上更年期，夜里出汗睡不踏实", "更年期"),
])
def test_a_stage_of_life_is_a_concern_although_jieba_calls_it_a_time(text, stage):
    assert stage in candidates(text, concern_stop())


def test_a_stage_of_the_calendar_is_not_a_concern():
    assert not [w for w in candidates("这学期刚开学，假期里的培训材料还没交", concern_stop()) if w.endswith("期")]
