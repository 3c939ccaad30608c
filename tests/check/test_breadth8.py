"""Eighth breadth pass of the checker (families, not instances): the work the annex of 女职工劳动保护特别规定 forbids in
pregnancy and nursing, the staff congress's powers handed to another body between sessions, arithmetic a plan states
(an age against a birth year, years of service, teams times players, staff groups by post), ended special campaigns,
a form's own instructions, zero amounts and dots for a name, the next year's festivals and seasons, and the
neighbouring stage's grade where a school speaks of its intake. Every sentence is written for these tests from the
statutes and common usage, not taken from an evaluation case."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

VOCATIONAL = {"school": "青岭县职业中专", "school_type": "中职"}
PRIMARY = {"school": "青岭县实验小学", "school_type": "小学"}
YEAR_PLAN = {"period": "年度"}  # January – December 2027

FLAGGED = [
    # 女职工劳动保护特别规定 附录 三、四 and 第六条、第九条.
    ("孕期的刘老师继续负责体育器材室的器材搬运。", "rule", "继续负责体育器材室的器材搬运", {}),
    ("哺乳期女教工照样轮值宿舍夜班。", "rule", "轮值宿舍夜班", {}),
    ("怀孕八个月的班主任仍安排查夜。", "rule", "仍安排查夜", {}),
    # 学校教职工代表大会规定: the congress's powers are its own.
    ("教代会闭会以后，其审议权由行政会代为行使。", "rule", "审议权由行政会代为行使", {}),
    ("由党政联席会代行教职工代表大会职权。", "rule", "代行教职工代表大会职权", {}),
    # Arithmetic the plan states.
    ("退休老教师周某1949年出生，今年正好七十岁，工会登门看望。", "impossible_figure", "1949年出生，今年正好七十岁", {}),
    ("李老师2001年参加工作，教龄已满十五年。", "impossible_figure", "2001年参加工作，教龄已满十五年", {}),
    ("全体教师参加拔河比赛，每队12人，共分成9支队。", "impossible_figure", "每队12人，共分成9支队", {}),
    ("按岗位编为工会小组：专任教师70人编三个组，后勤人员15人、行政人员12人各编一组。", "impossible_figure",
     "专任教师70人编三个组，后勤人员15人、行政人员12人", {}),
    # A finished special campaign named as a current task.
    ("持续开展扫黑除恶专项斗争，建设平安校园。", "outdated", "扫黑除恶专项斗争", {}),
    # A form's own instructions pasted under a line of the plan.
    ("教职工体检6月完成。此表一式两份，请用黑色签字笔填写。", "pasted_notice", "此表一式两份", {}),
    # A template's zero amount and dots standing for a name.
    ("患病职工探望费每次￥0.00。", "placeholder", "￥0.00", {}),
    ("书法社由…老师牵头。", "placeholder", "…", {}),
    # The next year's festival or season in a calendar-year plan.
    ("明年元宵节前再开展一次送温暖活动。", "out_of_period", "明年元宵节", YEAR_PLAN),
    ("来年上半年安排全员健康检查。", "out_of_period", "来年上半年", YEAR_PLAN),
]


@pytest.mark.parametrize("text, kind, span, changes", FLAGGED, ids=[f"{c[1]}-{c[2][:10]}" for c in FLAGGED])
def test_a_new_family_member_is_flagged(lawbook, text, kind, span, changes):
    got = found(lawbook, text, kind, **changes)
    assert any(span in t or t in span for t in got), got


FINE = [
    ("孕期女教工不承担搬运、登高等工作，由学校调到轻便岗位。", "rule", {}),
    ("对哺乳期女教师，学校减少其值班，不安排夜班。", "rule", {}),
    ("教代会闭会期间，由学校工会负责日常工作。", "rule", {}),
    ("退休老教师周某1949年出生，今年七十八岁，工会登门看望。", "impossible_figure", {}),
    ("全体教师参加拔河比赛，每队8人，共分成9支队。", "impossible_figure", {}),
    ("组织学生拔河比赛，每队12人，共20支队。", "impossible_figure", {}),
    ("巩固扫黑除恶专项斗争成果，常态化开展扫黑除恶斗争。", "outdated", {}),
    ("患病职工探望费每次500.00元。", "placeholder", {}),
    ("各位老师……大家辛苦了。", "placeholder", {}),
    ("为明年春节慰问做好摸底。", "out_of_period", YEAR_PLAN),
]


@pytest.mark.parametrize("text, kind, changes", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_a_correct_family_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []


def test_the_next_year_is_inside_a_school_year_plan(lawbook):
    assert found(lawbook, "明年元宵节前再开展一次送温暖活动。", "out_of_period", period="学年") == []


def test_the_neighbouring_stage_grade_is_fine_only_where_the_school_speaks_of_its_intake(lawbook):
    assert found(lawbook, "招生季工会慰问到初中向初三学生介绍专业的老师。", "school_type_vocab", **VOCATIONAL) == []
    assert found(lawbook, "为初三年级组送去慰问品。", "school_type_vocab", **PRIMARY)
    assert found(lawbook, "做好六年级学生升入初一的衔接。", "school_type_vocab", **PRIMARY) == []
