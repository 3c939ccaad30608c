"""Focus areas and highlights nobody tuned for: every focus area gets at least two concrete measures (who acts, what is
done, when), whether a topic of knowledge/focus_topics.yaml fits it or not, and a complaint is placed by what the union
should do about it, not by a passing word.

The focus areas and highlights below were written for these tests; none is an exemplar of knowledge/*.yaml.
"""

from __future__ import annotations

import re

import pytest

from assistant.compose.focus import load_focus_topics
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area

WHEN = re.compile(r"学期初|学期末|学年初|学年末|年初|年末|每学期|每学年|每月|每周|每季度|期中|期末|开学|当天|当周|当月|首月|[一二三两]?[日天周]内|\d+月")
WHO = re.compile(r"工会主席|工会[\u4e00-\u9fff]{0,2}委员|工会小组|女职工委员会|经费审查委员会")


def _items(composer, **fields) -> list[str]:
    profile = Profile(school="测试实验学校", year=2027, period="第一学期", staff=70, **fields)
    md = render(composer.compose_plan(profile).to_blocks())
    return [i for area in items_by_area(md).values() for i in area]


def _concrete(items: list[str], word: str) -> list[str]:
    return [i for i in items if word in i and WHEN.search(i) and WHO.search(i)]


# Areas no topic of the library is about: each still gets two measures that name it, say who acts and when.
UNFORESEEN = [("校门口早晚接送车辆乱停", "接送车辆"), ("学校后山的野猴子常来办公室捣乱", "野猴子")]


def test_areas_no_topic_fits_still_get_two_concrete_measures_each(composer):
    items = _items(composer, focus=[text for text, _ in UNFORESEEN])
    for _, word in UNFORESEEN:
        assert len(_concrete(items, word)) >= 2, [i for i in items if word in i]


def test_two_unforeseen_areas_in_one_section_are_not_written_in_the_same_words(composer):
    items = _items(composer, focus=[text for text, _ in UNFORESEEN])
    first, second = ([i.replace(t, "") for i in items if w in i] for t, w in UNFORESEEN)
    # The plain wording of each area differs from what the user typed only in a few words: compare the rest.
    strip = [re.sub(r"“[^”]*”", "", i) for i in first + second]
    assert len(set(strip)) == len(strip), strip


def test_an_area_is_never_left_at_an_empty_make_it_a_priority_sentence(composer):
    items = _items(composer, focus=["校门口早晚接送车辆乱停"])
    named = [i for i in items if "接送车辆" in i]
    assert named and all(not re.match(r"^把“?[^”]*”?作为", i) for i in named), named


# A short focus that names a concern of the library gets that concern's own measures, under the school's own name.
SHORT = [
    ("编外老师待遇", ("同工同酬", "社会保险", "待遇差距", "编外")),
    ("老师下班后被工作群打扰", ("工作群",)),
    ("教职工法律援助", ("法律援助", "律师", "普法")),
]


@pytest.mark.parametrize(("focus", "words"), SHORT)
def test_a_short_focus_gets_the_measures_of_its_topic(composer, focus, words):
    items = _items(composer, focus=[focus])
    concrete = [i for i in items if any(w in i for w in words) and WHEN.search(i) and WHO.search(i)]
    assert len(concrete) >= 2, [i for i in items if any(w in i for w in words)]


def test_a_focus_in_regional_words_finds_its_topic(composer):
    """娃 is 孩子: a teacher whose own child is far away is a family matter, not the boarders she watches."""
    items = _items(composer, focus=["我们好几个老师自己的娃丢在老家，一学期见不上几回"])
    assert len([i for i in items if "子女" in i or "孩子" in i]) >= 2, items


# Complaints about too much of something are a workload and care matter, whatever the thing is (the union acts on the
# burden, it does not organise more of it).
OVERLOAD = ["培训太多老师都累垮了", "各种评比一个接一个，老师们吃不消", "会议太多了，天天放学后开会"]


@pytest.mark.parametrize("text", OVERLOAD)
def test_an_overload_complaint_goes_to_workload_and_care(composer, text):
    placement = composer.placements(Profile(school="测试实验学校", year=2027, staff=90, highlights=[text]))[0]
    assert placement.section == "welfare", placement.kind.key


def test_a_training_highlight_without_complaint_stays_with_the_teams(composer):
    placement = composer.placements(Profile(school="测试实验学校", year=2027, staff=90, highlights=["暑期新教师岗前集中培训"]))[0]
    assert placement.section == "ethics", placement.kind.key


def test_the_knowledge_has_breadth():
    """The focus inventory covers at least 120 concerns, each with at least two measures that say who acts and when.
    (The highlight kinds keep their first exemplars: 444 more, written for breadth, placed two more highlights of the
    blind round 7 wrongly and were dropped; see eval/RESULTS.md.)"""
    topics = load_focus_topics()
    assert len(topics) >= 120
    timed = re.compile(r"\{period_start\}|\{period_open\}|\{period_end\}|每|当天|当周|当月|首月|前|后|期间|期内|时")
    actor = re.compile(r"工会|委员|小组长|\{women_body\}|联络员")
    for topic in topics:
        assert len([m for m in topic.measures if timed.search(m) and actor.search(m)]) >= 2, topic.key


def test_a_keyword_said_with_an_adverb_inside_still_finds_its_topic(composer):
    """信号也差 is 信号差: the spoken adverb does not hide the concern."""
    profile = Profile(school="青石乡中心小学", year=2027, period="第一学期", staff=30,
                      focus=["学校在山坳里，住校的同事宿舍手机信号也差"])
    items = [i for area in items_by_area(render(composer.compose_plan(profile).to_blocks())).values() for i in area]
    assert len([i for i in items if "信号" in i or "通信" in i]) >= 2, items
