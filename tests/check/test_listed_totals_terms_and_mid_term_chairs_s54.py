"""What a reviewer catches that the checker missed on development round 102 (fifty-fourth session), and what it flagged
wrongly there. Counts listed one by one and then summed in words must add up; a kindergarten has no 备课组; 保教结合 is
a set term (保教联合 is a spun slip); the party constitution revised in 2017 and the 示范校 programme that ended in
2015 are outdated; 金秋助学 is an August–September campaign and 五月节 is 端午, so neither belongs to a semester without
those months; a chair replaced mid-term at the school leaders' word breaks the election rule. Not flagged: 装不知道,
which only looks like the dictionary's question 知不知道.
Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import REPORT_ITEM, SPORTS_ITEM, STUDY_ITEM, WELFARE_ITEM, found, planted


def test_counts_listed_then_summed_in_words_must_add_up(lawbook):
    text = planted((REPORT_ITEM, "1. 学校现有报告厅1间、多功能室2间、阅览室3间，一共7间，教职工92人。"))
    assert found(lawbook, text, "impossible_figure") == ["报告厅1间、多功能室2间、阅览室3间，一共7间"]
    adds_up = planted((REPORT_ITEM, "1. 学校现有报告厅1间、多功能室2间、阅览室3间，一共6间，教职工92人。"))
    assert found(lawbook, adds_up, "impossible_figure") == []
    not_all = planted((REPORT_ITEM, "1. 学校现有报告厅1间、多功能室2间等，一共7间，教职工92人。"))
    assert found(lawbook, not_all, "impossible_figure") == []


def test_a_kindergarten_has_no_lesson_preparation_group(lawbook):
    text = planted((WELFARE_ITEM, "1. 请备课组长带新教师熟悉一日活动流程。"))
    kindergarten = found(lawbook, text, "school_type_vocab", school_type="幼儿园", school="雁塔区晨光幼儿园")
    assert "备课组" in kindergarten, kindergarten
    assert "备课组" not in found(lawbook, text, "school_type_vocab")  # a junior school has one


def test_care_and_education_joined_is_a_set_term(review):
    text = planted((WELFARE_ITEM, "1. 倡导保教联合，关心保育员的工作强度。"))
    assert [f.text for f in review(text) if f.kind == "garble"] == ["保教联合"]
    right = planted((WELFARE_ITEM, "1. 坚持保教结合，关心保育员的工作强度。"))
    assert [f.text for f in review(right) if f.kind == "garble"] == []


def test_an_old_revision_of_the_party_constitution_named_by_its_year_first(lawbook):
    text = planted((STUDY_ITEM, "1. 组织党员教师重温2017年修订的《中国共产党章程》。"))
    assert found(lawbook, text, "outdated") == ["2017年修订的《中国共产党章程》"]
    current = planted((STUDY_ITEM, "1. 组织党员教师重温2022年修改的《中国共产党章程》。"))
    assert found(lawbook, current, "outdated") == []


def test_striving_for_an_ended_vocational_programme_is_outdated_but_the_title_held_is_not(lawbook):
    text = planted((STUDY_ITEM, "1. 全体教职工为争创国家级中职学校改革发展示范校出力。"))
    assert found(lawbook, text, "outdated") == ["争创国家级中职学校改革发展示范校"]
    held = planted((STUDY_ITEM, "1. 我校是国家中等职业教育改革发展示范学校，工会继续做好服务。"))
    assert found(lawbook, held, "outdated") == []


def test_an_autumn_campaign_and_the_dragon_boat_festivals_other_name_are_out_of_period(lawbook):
    autumn = planted((WELFARE_ITEM, "1. 做好金秋助学，为考上大学的教职工子女送去助学金。"))
    assert found(lawbook, autumn, "out_of_period") == ["金秋助学"]  # the plan is a February–July one
    assert "金秋助学" not in found(lawbook, autumn, "out_of_period", period="第一学期")
    festival = planted((SPORTS_ITEM, "1. 五月节那天请食堂师傅教大家包粽子。"))
    assert any(t.startswith("五月节") for t in found(lawbook, festival, "out_of_period", period="第一学期"))
    assert found(lawbook, festival, "out_of_period") == []  # June is in a February–July plan


def test_a_chair_replaced_mid_term_at_the_school_leaders_word_breaks_the_election_rule(lawbook):
    text = planted((REPORT_ITEM, "1. 工会主席任期内换人的，由校务会研究决定。"))
    assert found(lawbook, text, "rule") == ["校务会研究决定"]
    elected = planted((REPORT_ITEM, "1. 工会主席任期内出缺的，由工会委员会依照规定补选。"))
    assert found(lawbook, elected, "rule") == []


def test_pretending_not_to_know_is_no_garbled_idiom(review):
    text = planted((WELFARE_ITEM, "1. 教职工家里遇到难处，工会不能装不知道，要主动上门。"))
    assert [f.text for f in review(text) if f.kind == "garble"] == []
