"""A complaint is never named by the head who asked it (段长, 书记, 园长);
and the topics a school union really takes up that were missing (winter ice on the way to work, buying food on a
rural market day, proof-of-work photos) carry measures that say who and when.

The complaints below were written for these tests; none is an exemplar of knowledge/*.yaml or an evaluation case.
"""

from __future__ import annotations

import pytest

from assistant.compose.concern import candidates, concern_stop
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area
from tests.compose.test_focus_breadth import WHEN, WHO


def _profile(focus: str, **extra) -> Profile:
    return Profile(school="测试镇中心小学", year=2027, period="第一学期", staff=60, focus=[focus], **extra)


def _items(composer, focus: str) -> list[str]:
    md = render(composer.compose_plan(_profile(focus)).to_blocks())
    return [i for area in items_by_area(md).values() for i in area]


@pytest.mark.parametrize("head", ["段长", "书记", "园长"])
def test_the_head_who_asks_is_not_what_the_complaint_is_about(head):
    words = candidates(f"{head}让大家每晚把作业批改记录发到群里，周末还要补交总结", concern_stop())
    assert head not in words, words


SAID = [
    ("下了雪校门前的台阶全结冰了，好几个老师走路摔了跤", ("防滑", "摔")),
    ("镇上逢集日才有菜卖，老师们平时只能轮流做饭凑合吃", ("蔬菜", "买菜", "做饭")),
    ("每做一件事都要拍照上传证明做过，老师们上课之余光顾着拍照了", ("拍照",)),
]


@pytest.mark.parametrize(("focus", "words"), SAID)
def test_a_widened_topic_answers_with_measures_that_say_who_and_when(composer, focus, words):
    items = [i for i in _items(composer, focus) if any(w in i for w in words)]
    concrete = [i for i in items if WHEN.search(i) and WHO.search(i)]
    assert len(concrete) >= 2, items
