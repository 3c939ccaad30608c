"""Families a district reviewer circles that the checker used to pass (twenty-seventh session): a pay cut written in 折,
a trial set again when a contract is renewed, a scheme the congress is said not to review, a stale plenum quoted with
its 精神, a superseded education outline, a season glossed with a month of the other semester, a kindergarten marking papers, counts of men and women written with 的, a
staff split that ends with the rest, a template's note to its user, a contest notice's instructions to entrants and a
spun 送温暖 or 跑步机. Every sentence is written for this test; the correct look-alikes must stay unflagged."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

KINDERGARTEN = {"school": "河湾镇中心幼儿园", "school_type": "幼儿园"}
SEMESTER = {"period": "第二学期", "year": 2027}


FLAGGED = [
    # 《女职工劳动保护特别规定》第五条: pay is not cut for pregnancy or maternity leave, however the cut is written.
    ("休产假的老师，产假期间奖励性绩效按八折计发。", "rule", "八折", {}),
    # 《劳动合同法》第十九条: one trial per employer and employee.
    ("临聘保安合同到期后续签的，照常再约定一个月试用期。", "rule", "试用期", {}),
    # 《学校教职工代表大会规定》第七条: the congress passes the staff's pay scheme.
    ("年度考核办法由行政会商定后印发，教代会不再讨论。", "rule", "教代会不再讨论", {}),
    # The stale plenum is quoted with its 精神, one phrase.
    ("认真学习党的十九届五中全会精神，做好本学期工作。", "outdated", "十九届五中全会精神", {}),
    ("工会工作以《中国教育改革和发展纲要》为遵循。", "outdated", "中国教育改革和发展纲要", {}),
    # A kindergarten holds no papers to mark and no attainment to analyse.
    ("期末阅卷结束后，工会为老师们准备水果。", "school_type_vocab", "阅卷", KINDERGARTEN),
    ("各班学业质量分析会后，工会送上热汤。", "school_type_vocab", "学业质量", KINDERGARTEN),
    # Men and women written with the spoken 的 still add up to the whole.
    ("工会现有会员90名（女的52人、男的41人），全部按时缴纳会费。", "impossible_figure", "男的41人", {}),
    # A split that ends with the rest of the staff shares the whole out.
    ("全校92名教职工里面，在编60人、编外20人、其余工勤人员15人。", "impossible_figure", "其余工勤人员15人", {}),
    # A template's note to whoever adapts it.
    ("每学期评选一次优秀工会小组。（此项各校可结合实际调整）", "placeholder", "（此项各校可结合实际调整）", {}),
    # A contest notice's instructions to the entrants, pasted into the plan.
    ("参赛教师检录时须携带工作证，证件不齐者不予参赛。", "pasted_notice", "证件不齐者不予参赛", {}),
    # A time of the year glossed with its month in brackets: the month is when the activity is held.
    ("毕业季（6月）来临前，工会为毕业班老师送去凉茶。", "out_of_period", "毕业季（6月）", {"period": "第一学期", "year": 2027}),
    # A spinner's synonym inside a fixed phrase.
    ("春节前开展送和煦慰问活动。", "garble", "送和煦", {}),
    ("教工活动室新添两台奔跑机。", "garble", "奔跑机", {}),
]


@pytest.mark.parametrize(("text", "kind", "span", "changes"), FLAGGED)
def test_the_family_is_flagged(lawbook, text, kind, span, changes):
    assert any(span in words or words in span for words in found(lawbook, text, kind, **changes)), kind


CLEAN = [
    ("续签劳动合同的临聘人员，不再约定试用期。", "rule", {}),
    ("产假期间奖励性绩效照常发放，不打折扣。", "rule", {}),
    ("绩效分配方案提交教代会审议通过后实施。", "rule", {}),
    ("工会经费按年初预算使用，大额支出经委员会集体研究。", "out_of_period", SEMESTER),
    ("毕业季（6月）来临前，工会为毕业班老师送去凉茶。", "out_of_period", SEMESTER),
    ("去年毕业季（6月）的经验值得借鉴。", "out_of_period", {"period": "第一学期", "year": 2027}),
    ("工会现有会员90名（女的52人、男的38人），全部按时缴纳会费。", "impossible_figure", {}),
    ("全校92名教职工里面，在编60人、编外20人、其余工勤人员12人。", "impossible_figure", {}),
    ("全校92名教职工里面，党员40人、骨干教师30人、其余青年教师50人。", "impossible_figure", {}),
    ("户外拓展活动（可根据天气情况调整时间）安排在4月。", "placeholder", {}),
    ("组织教职工参加区工会广播操比赛，赛前集中练习两周。", "pasted_notice", {}),
    ("期末各年级开展学业质量分析会，工会做好后勤服务。", "school_type_vocab", {}),
    ("教学质量分析会后，工会组织教师座谈。", "garble", {}),
    ("春节前开展送温暖活动，走访困难教职工。", "garble", {}),
]


@pytest.mark.parametrize(("text", "kind", "changes"), CLEAN)
def test_a_correct_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []
