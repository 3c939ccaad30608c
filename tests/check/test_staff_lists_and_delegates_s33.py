"""A whole of the staff followed by a list of its posts with no 其中 (全校教工61人，任课教师45人、…) whose parts add up to more
than it, and delegates elected for the school's own meeting in a school under the congress threshold (thirty-third
session, from development round 60). Every sentence is written for this test."""

from __future__ import annotations

import pytest

from tests.check.conftest import PLAN, found, planted

STAFF_LINE = "1. 我校现有教职工92人，3月召开第五届教职工代表大会第二次会议，审议学校工作报告和绩效工资分配方案。"


def test_posts_listed_after_the_staff_count_may_not_add_up_to_more_than_it(lawbook):
    text = planted((STAFF_LINE, "1. 全校教工61人，任课教师47人、生活老师9人、门卫和保洁员7人。3月召开教代会。"))
    assert found(lawbook, text, "impossible_figure") == ["教工61人，任课教师47人、生活老师9人、门卫和保洁员7人"]


def test_a_list_that_adds_up_or_groups_that_may_overlap_pass(lawbook):
    adds_up = planted((STAFF_LINE, "1. 全校教工61人，任课教师45人、生活老师9人、门卫和保洁员7人。3月召开教代会。"))
    overlap = planted((STAFF_LINE, "1. 全校教工61人，党员34人、骨干教师30人。3月召开教代会。"))
    assert found(lawbook, adds_up, "impossible_figure") == []
    assert found(lawbook, overlap, "impossible_figure") == []


def test_a_small_school_that_elects_delegates_for_its_own_meeting_is_told_once(lawbook):
    line = "1. 11月由各年级组推选代表26名召开大会，审议午餐配餐管理办法。"
    assert "推选代表26名" in found(lawbook, planted((STAFF_LINE, line)), "rule", staff=64)
    # the congress named beside the election is the one finding of the sentence
    both = "1. 11月召开第三届教职工代表大会，由各年级组推选代表26名，审议午餐配餐管理办法。"
    assert "推选代表26名" not in found(lawbook, planted((STAFF_LINE, both)), "rule", staff=64)


def test_delegates_sent_to_an_upper_body_or_elected_in_a_large_school_pass(lawbook):
    sent = "1. 3月召开教职工大会，推选代表2名出席区教育工会代表大会。"
    assert not [f for f in found(lawbook, planted((STAFF_LINE, sent)), "rule", staff=64) if "代表2名" in f]
    large = "1. 11月由各年级组推选代表26名，召开第三届教职工代表大会第一次会议。"
    assert found(lawbook, planted((STAFF_LINE, large)), "rule") == []


def test_a_congress_session_in_its_short_form_moves_on_from_last_years(review):
    # 五届二次职代会 is the short form of 第五届教职工代表大会第二次会议: last year's session again is stale, in either form
    last_year = PLAN.replace(STAFF_LINE, "1. 开学初召开第五届教职工代表大会第二次会议，审议校车接送管理办法。")
    this_year = planted((STAFF_LINE, "1. 开学初召开五届二次职代会，审议午休室使用办法。"))
    stale = [f.text for f in review(this_year, previous=last_year) if f.kind == "stale_ordinal"]
    assert "五届二次职代会" in stale
    moved_on = planted((STAFF_LINE, "1. 开学初召开五届三次职代会，审议午休室使用办法。"))
    assert not [f for f in review(moved_on, previous=last_year) if f.kind == "stale_ordinal" and "职代会" in f.text]


def test_the_third_of_the_third_month_is_a_spring_festival_and_march_the_third_a_date(lawbook):
    # a first-semester (September–January) plan: 三月三 (农历三月初三, knowledge/calendar.yaml) falls outside it
    autumn = planted((STAFF_LINE, "1. 组织教职工参加壮族“三月三”歌圩联欢。"), text=PLAN)
    assert "三月三" in found(lawbook, autumn, "out_of_period", period="第一学期")
    dated = planted((STAFF_LINE, "1. 三月三十日前完成教代会提案征集。"), text=PLAN)
    assert not [t for t in found(lawbook, dated, "out_of_period") if "三月三" in t]


def test_a_contests_team_limit_is_the_organisers_notice_and_the_schools_own_team_is_not(lawbook):
    pasted = planted((STAFF_LINE, "1. 参加区羽毛球团体赛，每队不超过8人（含领队1名），3月召开教代会。"))
    assert found(lawbook, pasted, "pasted_notice") == ["每队不超过8人（含领队"]
    own = planted((STAFF_LINE, "1. 本校组队8人参加区羽毛球团体赛，3月召开教代会。"))
    assert found(lawbook, own, "pasted_notice") == []


@pytest.mark.parametrize(("cited", "current"), [
    ("按照《残疾人教育条例》（1994年版）", "2017"),
    ("依据2007年颁布的《劳动合同法》", "2012"),
])
def test_a_law_cited_by_an_edition_since_revised_or_replaced_is_outdated(review, cited, current):
    text = planted((STAFF_LINE, f"1. {cited}，3月召开教代会。"))
    messages = [f.message for f in review(text) if f.kind == "outdated" and f.text in cited]
    assert messages and current in messages[0], messages


def test_the_current_editions_are_not_outdated(review):
    text = planted((STAFF_LINE, "1. 依据《劳动合同法》和《残疾人教育条例》，3月召开教代会。"))
    assert [f.text for f in review(text) if f.kind == "outdated"] == []
