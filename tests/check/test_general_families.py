"""General shapes a reviewer catches whatever the wording (nineteenth session): a year written in Chinese digits, a
stated length of time that the clock times do not give (any way of writing either), the second of two quotations of
one article, a chair put in office by appointment after a nomination, a scheme kept away from the congress by any verb
of taking it there and a notice's exhortation to the units it is sent to. Every sentence is written for this test;
the correct look-alikes must stay unflagged."""

from __future__ import annotations

import pytest

from assistant.domain.numerals import arabic_years
from tests.check.conftest import found

YEAR_PLAN = {"period": "年度", "year": 2027}
SENIOR = {"school": "松溪县育才高中", "school_type": "高中"}


FLAGGED = [
    # A year in Chinese digits is a year all the same (out of a 2027 year plan).
    ("二〇二八年五一假期带退休教职工爬山。", "out_of_period", "二〇二八年", YEAR_PLAN),
    ("工会会员健步走挑战赛安排在二零二八年三月举行。", "out_of_period", "二零二八年", YEAR_PLAN),
    # A stated length that the clock times do not give, however the times and the length are written.
    ("6月3日下午2点至4点半开展教职工心理沙龙，共两小时。", "impossible_figure", "共两小时", {}),
    ("书法社活动安排在上午八时至十时三十分，历时三小时。", "impossible_figure", "历时三小时", {}),
    ("5月12日14:10—15:40举办护眼讲座，时长两个钟头。", "impossible_figure", "14:10—15:40", {}),
    # The second quotation of one article, after a comma, is checked against its text as the first one is.
    ("女工委带大家读《女职工劳动保护特别规定》第七条：“难产的，增加产假15天”，“生育多胞胎的，每多生育1个婴儿，增加产假20天”。",
     "misquote", "增加产假20天", {}),
    # A nominee put in office by appointment is not elected.
    ("工会副主席人选由校长办公会研究后直接任命。", "rule", "任命", {}),
    # A staff-interest scheme kept away from the congress, whatever verb takes it there.
    ("全体教师的年度考核方案经行政会讨论后实施，不再拿到教代会上表决。", "rule", "不再拿到教代会", {}),
    # A notice's exhortation to the units it is sent to.
    ("希望各学校切实加强领导，把这件好事办好。", "pasted_notice", "希望各学校切实", {}),
    # What pupils of grades 1–2 learn, in a senior high school's plan (school_types.yaml stage_words 小学).
    ("协助教务处做好学生拼音过关测试的监考。", "school_type_vocab", "拼音", SENIOR),
]


@pytest.mark.parametrize(("text", "kind", "span", "changes"), FLAGGED)
def test_the_general_shape_is_flagged(lawbook, text, kind, span, changes):
    assert any(span in words or words in span for words in found(lawbook, text, kind, **changes)), kind


CLEAN = [
    ("二〇二七年五月组织退休教师登山。", "out_of_period", YEAR_PLAN),
    ("6月3日下午2点至4点半开展教职工心理沙龙，共两个半小时。", "impossible_figure", {}),
    ("书法社活动安排在上午八时至十时三十分，历时两个半小时。", "impossible_figure", {}),
    ("每周四15:40—16:40开放职工书屋，全学期共开放12次，共12小时。", "impossible_figure", {}),
    ("女工委带大家读《女职工劳动保护特别规定》第七条：“难产的，增加产假15天”，“生育多胞胎的，每多生育1个婴儿，增加产假15天”。",
     "misquote", {}),
    ("工会副主席人选由党总支提名，经会员代表大会选举产生。", "rule", {}),
    ("工会主席不由行政任命，由会员代表大会选举。", "rule", {}),
    ("全体教师的年度考核方案经行政会讨论后拿到教代会上表决通过。", "rule", {}),
    ("希望全体教职工积极参与，踊跃报名参赛。", "pasted_notice", {}),
    ("青年教师与师傅一对一带课，互相听课评课。", "garble", {}),
    ("协助做好一年级学生拼音过关活动的后勤保障。", "school_type_vocab", {"school": "城东小学", "school_type": "小学"}),
]


@pytest.mark.parametrize(("text", "kind", "changes"), CLEAN)
def test_a_correct_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []


def test_years_in_chinese_digits_are_read_with_their_offsets_kept():
    text = "延至二〇二九年十一月底，再议二零二八年三月的安排；十年一次的大会。"
    read = arabic_years(text)
    assert read == "延至2029年11月底，再议2028年3月的安排；十年一次的大会。"
    assert len(read) == len(text)
