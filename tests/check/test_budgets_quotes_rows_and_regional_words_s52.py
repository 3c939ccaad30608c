"""What a reviewer catches that the checker missed on development round 98 (fifty-second session), and what it flagged
wrongly there. A bracketed writing note that asks for a length is a placeholder; a statute quoted after a question
(第四十六条是咋写的？“…”) is read as a quotation, so a changed word in it is one misquote, not also a garble; conduct
said with 待人 is no garble of 待遇, and a regional verb said twice after 来 is no doubled phrase; a heading about
what guarantees the plan (靠什么保证) is its 保障措施, so a plan without a month table lacks the schedule; parts of a
total said to be the sum must add up to it; delegates counted before the word 代表 with the teachers among them
break the 60% rule; a dotted date's weekday is checked; 来园 is a kindergarten's word; a later period's month in a
table cell (二八年十月) is out of the period; 办真事 is a spun 办实事.
Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import PLAN, REPORT_ITEM, SPORTS_ITEM, STUDY_ITEM, WELFARE_ITEM, found, planted


def test_a_note_asking_for_a_length_is_a_placeholder(lawbook):
    text = planted((STUDY_ITEM, "1. 【本校工会概况，300字左右】"))
    assert found(lawbook, text, "placeholder") == ["【本校工会概况，300字左右】"]


def test_a_statute_quoted_after_a_question_is_one_misquote(review):
    text = planted((WELFARE_ITEM, "1. 临聘人员的工资，《劳动法》第四十六条是咋写的？“工资分配应当遵循按劳分配原则，实行同岗同酬。”"))
    kinds = [(f.kind, f.text) for f in review(text) if f.kind in ("misquote", "garble")]
    assert kinds == [("misquote", "工资分配应当遵循按劳分配原则，实行同岗同酬。")]


def test_conduct_and_a_spoken_verb_said_twice_are_not_flagged(lawbook):
    text = planted((WELFARE_ITEM, "1. 晨光的老师待人和气，工会小组每周来摆谈摆谈，有事当面说。"))
    assert found(lawbook, text, "garble") == []
    assert found(lawbook, text, "doubled_phrase") == []


def test_a_heading_on_what_guarantees_the_plan_is_its_safeguards(review):
    table = PLAN[PLAN.index("## 四、月度工作安排") : PLAN.index("## 五、保障措施")]
    text = planted((table, ""), ("## 五、保障措施", "## 四、咱们靠什么保证"))
    messages = [f.message for f in review(text) if f.kind == "missing_section"]
    assert messages == ["缺少“月度工作安排”部分"], messages


def test_parts_of_a_sum_must_add_up_to_it(lawbook):
    text = planted((SPORTS_ITEM, "1. 本学期文体经费合计3.6万元，其中比赛1.2万元、兴趣小组0.8万元、奖品0.5万元。"))
    assert found(lawbook, text, "impossible_figure") == ["1.2万元、兴趣小组0.8万元、奖品0.5万元"]
    some = planted((SPORTS_ITEM, "1. 本学期文体经费合计3.6万元，其中比赛1.2万元、兴趣小组0.8万元等。"))
    assert found(lawbook, some, "impossible_figure") == []


def test_delegates_counted_first_with_too_few_teachers_break_the_rule(lawbook):
    text = planted((REPORT_ITEM, "1. 我校现有教职工92人，本届40名代表，老师只有20名，3月召开教代会。"))
    assert found(lawbook, text, "rule") == ["40名代表，老师只有20名"]
    fine = planted((REPORT_ITEM, "1. 我校现有教职工92人，本届40名代表，老师有28名，3月召开教代会。"))
    assert found(lawbook, fine, "rule") == []


def test_a_dotted_dates_weekday_is_checked(lawbook):
    text = planted((SPORTS_ITEM, "1. 趣味运动会定在2027.5.14（周四）下午举行。"))
    assert found(lawbook, text, "impossible_figure") == ["2027.5.14（周四）"]
    right = planted((SPORTS_ITEM, "1. 趣味运动会定在2027.5.14（周五）下午举行。"))
    assert found(lawbook, right, "impossible_figure") == []


def test_coming_to_the_kindergarten_is_a_kindergartens_word(lawbook):
    text = planted((WELFARE_ITEM, "1. 家长开放日请家长来园听课，工会做好接待。"))
    assert found(lawbook, text, "school_type_vocab") == ["来园"]
    park = planted((WELFARE_ITEM, "1. 组织教职工来园区企业参观学习。"))
    assert found(lawbook, park, "school_type_vocab") == []


def test_a_later_periods_month_in_a_table_cell_is_out_of_the_period(lawbook):
    text = planted(("| 7月 | 学期工作总结 |", "| 7月以后 | 二七年十月运动会筹备 |"))
    assert found(lawbook, text, "out_of_period") == ["二七年十月"]


def test_a_spun_practical_deed_is_a_garble(review):
    text = planted((WELFARE_ITEM, "1. 坚持为教职工办真事，有人住院当天探望。"))
    assert [f.text for f in review(text) if f.kind == "garble"] == ["办真事"]
