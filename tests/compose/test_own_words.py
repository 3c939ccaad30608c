"""A complaint served by a focus topic is answered in the school's own word: the topic's measures that do not say the
word the user and the topic share (头盔, 公众号) are introduced by it, so the school finds its concern in each of them.

The complaints below were written for these tests; none is an exemplar of knowledge/*.yaml or an evaluation case.
"""

from __future__ import annotations

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area
from tests.compose.test_focus_breadth import WHEN, WHO

OWN = [
    ("不少同事骑电动车赶早上班，路口车多，头盔却常常忘了戴", "头盔"),
    ("学校的公众号几个月都没人打理，工会办了哪些事情大家都不清楚", "公众号"),
]


def _items(composer, focus: str) -> list[str]:
    profile = Profile(school="测试实验学校", year=2027, period="第一学期", staff=70, focus=[focus])
    md = render(composer.compose_plan(profile).to_blocks())
    return [i for area in items_by_area(md).values() for i in area]


@pytest.mark.parametrize(("focus", "word"), OWN)
def test_a_complaint_finds_its_own_word_in_its_topic_measures(composer, focus, word):
    area = composer.understand(Profile(school="测试实验学校", year=2027, period="第一学期", staff=70,
                                       focus=[focus])).focus[0]
    assert area.topic is not None and word in area.own, (area.words, area.own)
    items = _items(composer, focus)
    own = [i for i in items if any(w in i for w in area.own) and (WHEN.search(i) or WHO.search(i))]
    assert len(own) >= 3 and sum(word in i for i in own) >= 2, own
