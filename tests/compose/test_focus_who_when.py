"""A focus area's measures say who does it and when: each measure of knowledge/focus_topics.yaml names a union officer
or body (工会主席, 工会生活委员, 工会小组长, {women_body}, 经审委员会 …), not the bare word 工会, and each topic has at least one
measures tied to the school calendar (a period word, a frequency, a term point, a season), so a plan shows when
the work is done rather than only that it will be done. The sentences below were written for these tests.
"""

from __future__ import annotations

import re

from assistant.compose.focus import load_focus_topics
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area

# A named doer: an officer or a body of the union (《中国工会章程》, 《工会女职工委员会工作条例》), or the union's contact.
OFFICER = re.compile(r"工会主席|副主席|工会[\u4e00-\u9fff]{0,4}委员|工会小组|小组长|\{women_body\}|联络员|经审委员会|"
                     r"经费审查委员会")
# A point of the school calendar: the plan's own period words, a frequency, a term point, a season.
CALENDAR = re.compile(r"\{period_(?:start|end|open)\}|每(?:学期|学年|月|周|季度|年)|学期[初中末]|学年[初末]|期中|期末|开学|"
                      r"寒暑假|寒假|暑假|入[冬夏]前")
RENDERED_CALENDAR = re.compile(r"学期初|学期末|年初|年末|每(?:学期|学年|月|周|季度|年)|期中|期末|开学|寒暑假|寒假|暑假|入[冬夏]前")


def test_every_topic_measure_names_a_union_officer_or_body():
    bare = [m for topic in load_focus_topics() for m in topic.measures if not OFFICER.search(m)]
    assert not bare, bare[:5]


def test_every_topic_has_a_measure_tied_to_the_school_calendar():
    for topic in load_focus_topics():
        assert len([m for m in topic.measures if CALENDAR.search(m)]) >= 1, topic.key


def test_the_officer_test_can_fail():
    assert not OFFICER.search("工会每学期组织一次体检，关心教职工健康。")
    assert OFFICER.search("工会生活委员每学期组织一次体检，关心教职工健康。")


def test_a_focus_on_toilets_says_who_and_when_in_the_plan(composer):
    """A union chair's concern nobody wrote the plan for: the plan answers it with measures that name an officer and a
    point of the term."""
    profile = Profile(school="测试山区中学", year=2027, period="第一学期", staff=48,
                      focus=["教学楼里没有老师用的厕所，女老师上厕所要跑很远"])
    md = render(composer.compose_plan(profile).to_blocks())
    items = [i for area in items_by_area(md).values() for i in area if "卫生间" in i or "厕" in i]
    assert [i for i in items if OFFICER.search(i) and RENDERED_CALENDAR.search(i)], items
