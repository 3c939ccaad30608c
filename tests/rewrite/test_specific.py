"""The specific tone adds what a paragraph lacks — when, who leads, who takes part, a proven practice — only from
what is known (profile, union calendar, festival dates, knowledge base), always marked 【请核实：…】."""

from __future__ import annotations

import re

import pytest

from assistant.domain.profile import Profile
from assistant.rewrite.rules import Context, rewrite


@pytest.fixture
def spring_semester():
    return Profile.from_dict({"school": "江城市实验小学", "year": 2027, "period": "第二学期", "staff": 64,
                              "female_staff": 51, "retirees": 12})


def _mark(text: str) -> str:
    found = re.findall(r"【请核实：([^】]+)】", text)
    assert len(found) == 1, text
    return found[0]


def test_festival_activity_gets_its_date_lead_and_the_schools_numbers(spring_semester):
    text = "围绕三八节组织女职工开展巾帼建功展示活动。"
    out = rewrite(text, "specific", Context(profile=spring_semester)).text
    assert out.startswith(text)
    added = _mark(out)
    assert "3月8日" in added and "女职工委员会牵头" in added and "共51人" in added


def test_without_a_profile_nothing_school_specific_is_claimed():
    added = _mark(rewrite("围绕三八节组织女职工开展巾帼建功展示活动。", "specific").text)
    assert "3月8日" in added
    assert not re.search(r"共\d+人", added)  # no head count without a profile
    assert "女职工委员会（或女职工委员）" in added  # which body depends on the school: both are offered


def test_an_event_outside_the_plan_period_gets_no_date(spring_semester):
    # 重阳节 falls in the first semester: a second-semester plan is not told to hold it in October.
    added = _mark(rewrite("重阳节为退休教职工送去节日问候。", "specific", Context(profile=spring_semester)).text)
    assert "10月" not in added and "共12人" in added


def test_the_union_calendar_gives_the_month_and_lead():
    added = _mark(rewrite("做好教职工健康体检工作。", "specific").text)
    assert "5月" in added and "学校办公室" in added  # knowledge/structure.yaml: the checkup event


def test_a_practice_comes_from_the_knowledge_base_when_fit_to_show():
    text = "工会将组织教职工读书沙龙，倡导全民阅读。"
    good = Context(passages=("各教研组每月开展一次读书交流，期末评选书香教师。",))
    assert "每月开展一次读书交流" in _mark(rewrite(text, "specific", good).text)
    dated = Context(passages=("2019年向城东小学王明老师学习读书经验，每周读书一次。",))
    assert "每周" not in rewrite(text, "specific", dated).text


def test_a_paragraph_that_already_says_when_who_and_how_many_is_left_alone():
    text = "3月8日由女职工委员会组织全体女教职工参加健步走活动。"
    result = rewrite(text, "specific")
    assert result.text == text
    assert any("未补充" in c for c in result.changes)


def test_specific_also_writes_formally_keeps_facts_and_is_idempotent(spring_semester):
    text = "咱们准备搞个教职工拔河比赛，以教研组为单位，时间还没定。"
    once = rewrite(text, "specific", Context(profile=spring_semester)).text
    assert "咱们" not in once and "搞个" not in once and "教研组" in once
    assert rewrite(once, "specific", Context(profile=spring_semester)).text == once


def test_headings_get_no_additions():
    text = "（三）女职工工作\n组织三八节活动。"
    lines = rewrite(text, "specific").text.split("\n")
    assert lines[0] == "（三）女职工工作" and "【请核实" in lines[1]
