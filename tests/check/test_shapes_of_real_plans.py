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


def test_a_table_row_dated_after_the_period_is_out_of_period(lawbook):
    text = ("| 月份 | 工作内容 | 负责人 |\n| --- | --- | --- |\n| 2028年1月 | 寒假前走访困难教职工 | 工会主席 |\n"
            "| 2028年3月 | 开学返岗座谈 | 工会主席 |\n")
    found = [f.text for f in _findings(text, lawbook, FIRST_TERM) if f.kind == "out_of_period"]
    assert found == ["2028年3月"]


def test_a_notice_field_after_the_sentence_it_came_with_is_pasted(lawbook):
    text = "5月组织教职工参加区教育工会的演讲比赛。参赛对象：各校在职教职工。"
    assert [f for f in _findings(text, lawbook, FIRST_TERM) if f.kind == "pasted_notice"]
    plain = "5月组织教职工参加区教育工会的演讲比赛，参赛教师由各工会小组推荐。"
    assert not [f for f in _findings(plain, lawbook, FIRST_TERM) if f.kind == "pasted_notice"]


def test_union_work_in_working_time_taken_as_leave_breaks_the_trade_union_law(lawbook):
    text = "工会小组长参加区工会会议须占用上课时间的，由教务处安排代课，代课不成的按请假处理。"
    found = [f for f in _findings(text, lawbook, FIRST_TERM) if f.kind == "rule"]
    assert found and "第四十一条" in found[0].message and found[0].text.startswith("代课不成")
    fine = "工会小组长参加区工会会议须占用上课时间的，由教务处安排代课，工资照发。"
    assert not [f for f in _findings(fine, lawbook, FIRST_TERM) if f.kind == "rule"]


def test_sessions_on_listed_weekdays_are_counted(lawbook):
    wrong = "教工太极拳每周一、三、五傍晚各练1次，本学期16周共计40次。"
    assert [f for f in _findings(wrong, lawbook, FIRST_TERM) if f.kind == "impossible_figure"]
    right = "教工太极拳每周一、三、五傍晚各练1次，本学期16周共计48次。"
    assert not [f for f in _findings(right, lawbook, FIRST_TERM) if f.kind == "impossible_figure"]
