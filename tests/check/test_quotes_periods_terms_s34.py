"""An article's "原话" quoted after a law named without title marks (…法在第N条的原话是：“…”), a planning document's
ended period written without its title marks, and one character changed in the standing terms of special and rural
schooling (knowledge/spinner.yaml `set_phrases`: 随班就读, 控辍保学). Thirty-fourth session, from development round 62;
every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import found, planted

STAFF_LINE_OF_PLAN = "1. 坚持“五必访”，教职工生病住院及时探望。"  # the welfare item of the test plan


def test_a_changed_word_in_an_articles_own_words_is_a_misquote(lawbook):
    line = "1. 办好福利：工会法在第三十一条的原话是：“工会代替用人单位办好职工集体福利事业，做好工资、劳动安全卫生和社会保险工作”。"
    spans = found(lawbook, planted((STAFF_LINE_OF_PLAN, line)), "misquote")
    assert len(spans) == 1 and "代替用人单位" in spans[0]


def test_the_articles_own_words_quoted_that_way_pass(lawbook):
    line = "1. 办好福利：工会法在第三十一条的原话是：“工会协助用人单位办好职工集体福利事业，做好工资、劳动安全卫生和社会保险工作”。"
    text = planted((STAFF_LINE_OF_PLAN, line))
    assert found(lawbook, text, "misquote") == []
    assert found(lawbook, text, "unknown_article") == []


def test_an_ended_plan_named_without_title_marks_is_outdated(lawbook):
    line = "1. 对照本区义务教育均衡发展规划（2016—2020年）的要求，做好送教上门教师的关爱。"
    assert found(lawbook, planted((STAFF_LINE_OF_PLAN, line)), "outdated") == ["本区义务教育均衡发展规划（2016—2020年）"]


def test_a_current_or_looked_back_on_plan_is_not_outdated(lawbook):
    current = "1. 落实学校三年发展规划（2026—2028年），做好送教上门教师的关爱。"
    looked_back = "1. 本校上一轮发展规划（2016—2020年）实施以来，教师队伍不断壮大。"
    for line in (current, looked_back):
        assert found(lawbook, planted((STAFF_LINE_OF_PLAN, line)), "outdated") == []


def test_one_character_changed_in_a_standing_term_of_special_or_rural_schooling_is_a_garble(lawbook):
    line = "1. 关心承担随班就续和控缀保学任务的教师，学期末由工会走访慰问。"
    spans = found(lawbook, planted((STAFF_LINE_OF_PLAN, line)), "garble")
    assert "控缀保学" in spans and any("随班就续" in s for s in spans)
    fine = "1. 关心承担随班就读和控辍保学任务的教师，学期末由工会走访慰问。"
    assert found(lawbook, planted((STAFF_LINE_OF_PLAN, fine)), "garble") == []
