"""Focus areas and a highlight of development round 82's kinds (forty-fourth session): a habit that harms the mouth
(betel nut), feet worn out by standing in heels, quarrels at home after an exhausting day, a staff whose spirit is low,
children sent to board in town and colleagues with nowhere to sit and talk each find their topic of
knowledge/focus_topics.yaml and get at least two concrete measures (who acts and when) in the concern's own words; a
bookkeeper's handover of the union's accounts is a funds matter, placed in 经费管理. Every sentence is written for
this test; none is an exemplar of knowledge/*.yaml."""

from __future__ import annotations

import re

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area

WHEN = re.compile(r"学期初|学期末|学年初|学年末|每学期|每学年|每月|每周|开学|\d+月")
WHO = re.compile(r"工会主席|工会[\u4e00-\u9fff]{0,3}委员|工会小组|女职工委员会|工会委员会")

FOCI = [
    ("后勤几个师傅一天到晚嚼槟榔，说话都含糊了，怕嚼出病来", ("槟榔",)),
    ("礼仪课老师穿着高跟鞋一站一上午，脚疼得厉害，有的拇外翻了", ("足部", "高跟鞋", "拇外翻")),
    ("白天在学校说了一天话，晚上回家跟爱人没说两句就吵架", ("家庭沟通", "家庭关系")),
    ("快退休的老同志没了干劲，年轻人看在眼里也泄气", ("干劲", "精气神")),
    ("住校值班的老师孩子送到镇上寄读，一个月才见一次", ("寄读",)),
    ("同事们下了课各回各屋，想找个坐下来聊天的地方都没有", ("交流角", "茶歇")),
]


def _items(composer, **fields) -> dict[str, list[str]]:
    profile = Profile(school="湘东县石门中学", school_type="初中", year=2027, period="第一学期", staff=88,
                      female_staff=50, **fields)
    return items_by_area(render(composer.compose_plan(profile).to_blocks()))


@pytest.mark.parametrize(("focus", "words"), FOCI)
def test_a_focus_gets_two_concrete_measures_in_its_own_words(composer, focus, words):
    items = [i for area in _items(composer, focus=[focus]).values() for i in area]
    concrete = [i for i in items if any(w in i for w in words) and WHEN.search(i) and WHO.search(i)]
    assert len(concrete) >= 2, [i for i in items if any(w in i for w in words)]


def test_a_handover_of_the_unions_accounts_is_placed_in_funds(composer):
    areas = _items(composer, highlights=["原来管工会账的老师调走了，新来的出纳不会记账，账本还没交接清楚"])
    placed = [name for name, items in areas.items() if any("出纳" in i or "账" in i for i in items)]
    assert placed == ["finance"], placed
