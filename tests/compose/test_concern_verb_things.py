"""A complaint that names its thing by a word jieba tags as a verb (快递, 理发, 报销: a service or an act of daily life
said as a noun) is about that thing when it opens its clause as the subject: the word is then a candidate concern,
while common verbs and verbs closed by a complement of direction or result (送到, 拿走) never are
(assistant/compose/concern.py).

The sentences below were written for these tests; none is an exemplar of knowledge/*.yaml or an evaluation case.
"""

from __future__ import annotations

import pytest

from assistant.compose.concern import candidates, concern_stop
from assistant.domain.profile import Profile
from tests.compose.conftest import WHO, plan_items


@pytest.mark.parametrize("text, kept", [
    ("快递不进村，同事们的包裹常常在乡里压一个礼拜", "快递"),
    ("理发要跑二十里路，男同事头发长了只能互相剪", "理发"),
])
def test_a_thing_said_as_a_verb_is_a_candidate_concern(text, kept):
    assert kept in candidates(text, concern_stop())


@pytest.mark.parametrize("text, gone", [
    ("材料交上去又被退回来，年底还要送到教育局盖章", "送到"),
    ("好不容易招来的年轻人，待不了一年就走了", "招来"),
])
def test_a_common_verb_or_one_with_a_complement_is_not(text, gone):
    assert gone not in candidates(text, concern_stop())


def test_a_complaint_about_parcels_gets_two_concrete_measures_that_name_them(composer):
    focus = "学校离镇子十几里，快递只能放到镇上的小卖部，大家隔几天才去取一回"
    profile = Profile(school="测试山区学校", year=2027, period="第一学期", staff=40, focus=[focus])
    items = plan_items(composer, profile)
    named = [i for i in items if "快递" in i and WHO.search(i)]
    assert len(named) >= 2, [i for i in items if "快递" in i]
