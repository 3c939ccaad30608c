"""A focus told as a complaint is named by what it is about, in the words the user wrote (thirty-seventh session,
development round 68): a thing the staff rely on or order is a thing even when jieba tags it a verb (点外卖, 全靠外卖),
and a verb said twice before its object (讲讲法) names nothing — neither as 讲法 cut from it nor as the 讲解法 the plain
wording makes of it. Before, such complaints were named by a word of who they are about (教职工反映的刚毕业问题) or
by the made-up run (教职工反映的讲解法问题). Written for this test."""

from __future__ import annotations

from assistant.domain.profile import Profile
from assistant.export.markdown import render

TAKEAWAY = "年轻老师下班就点外卖，时间长了胃都不舒服"
LAND = "好几位老师老家为宅基地的事跟邻居闹得不愉快，想请人来讲讲法"


def _profile(*focus: str) -> Profile:
    return Profile(school="青石镇中心小学", year=2027, period="第一学期", staff=48, female_staff=30, focus=list(focus))


def test_a_thing_ordered_names_the_complaint(composer):
    area = composer.understand(_profile(TAKEAWAY)).focus[0]
    assert "外卖" in area.words
    plan = render(composer.compose_plan(_profile(TAKEAWAY)).to_blocks())
    assert sum("外卖" in line for line in plan.splitlines() if line[:1].isdigit()) >= 2


def test_a_verb_said_twice_names_nothing(composer):
    area = composer.understand(_profile(LAND)).focus[0]
    assert "宅基地" in area.words
    assert "讲法" not in area.words and "讲解" not in area.words
