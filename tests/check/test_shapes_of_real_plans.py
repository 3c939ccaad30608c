"""Shapes real plans take that must give one finding per problem, or none: an item numbered like a part of the plan
in the middle of a list, a 落款 whose date is left blank, and work done in the holidays before the period told as
the past. Plans written for these tests."""

from __future__ import annotations

from assistant.check.review import check_text
from assistant.domain.profile import Profile
from tests.check.conftest import SCHOOL

FIRST_TERM = {**SCHOOL, "period": "第一学期", "year": 2027}

LIST_WITH_A_STRAY_MARKER = """# 晨光初级中学2027—2028学年第一学期工会工作计划

## 一、主要工作

### （一）民主管理与校务公开

1、9月召开教职工代表大会。
2、落实校务公开。
三、配合学校办好青年教师读书会。
4、10月开展提案征集。

### （二）师德与队伍建设

1、11月举办青年教师基本功展示。

晨光初级中学工会委员会
2027年　月　日
"""


def _findings(text: str, lawbook, school: dict):
    profile = Profile(**school)
    return check_text(text, profile.year, lawbook, profile=profile)


def test_an_item_numbered_like_a_part_is_one_finding_and_the_list_goes_on(lawbook):
    findings = [f for f in _findings(LIST_WITH_A_STRAY_MARKER, lawbook, FIRST_TERM) if f.kind == "numbering"]
    assert [f.text for f in findings] == ["三、"]
    assert "3、" in findings[0].suggestion


def test_a_signature_with_a_blank_date_is_a_signature_with_a_blank(lawbook):
    findings = _findings(LIST_WITH_A_STRAY_MARKER, lawbook, FIRST_TERM)
    assert not [f for f in findings if f.kind == "missing_section" and "落款" in f.message]
    assert [f for f in findings if f.kind == "placeholder" and f.location.label.startswith("落款")]


def test_work_done_in_the_summer_before_a_first_term_is_the_past(lawbook):
    text = "利用暑假完成的教工活动室改造本学期正式开放。"
    assert not [f for f in _findings(text, lawbook, FIRST_TERM) if f.kind == "out_of_period"]
    planned = "利用暑假组织教职工外出疗休养。"
    assert [f.text for f in _findings(planned, lawbook, FIRST_TERM) if f.kind == "out_of_period"] == ["暑假"]
