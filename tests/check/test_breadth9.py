"""Ninth breadth pass of the checker (families, not instances): made-up words of feeling (a verb + 感 no dictionary
knows), laws and rules repealed or replaced under another name, the union's dues rate, a form's pen-and-ink note,
commemorative days of health, disability and public life with their months, and a neighbouring stage's grade named
where the school speaks of its intake. Every sentence is written for these tests from the statutes, the bodies that set
the days and common usage, not taken from an evaluation case."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

VOCATIONAL = {"school": "青岭县职业中专", "school_type": "中职"}
FIRST_TERM = {"period": "第一学期"}  # September 2027 – January 2028

FLAGGED = [
    ("让每位教工都有实现感和获得感。", "garble", "实现感", {}),
    ("依据《合同法》规范食堂承包。", "outdated", "《合同法》", {}),
    ("学习《女职工劳动保护规定》，维护女教工权益。", "outdated", "《女职工劳动保护规定》", {}),
    ("对照学校教职工代表大会暂行条例修订实施细则。", "outdated", "教职工代表大会暂行条例", {}),
    ("会员会费按本人工资的1%按月收缴。", "rule", "会费按本人工资的1%", {}),
    ("报名后请使用黑色签字笔书写姓名。", "pasted_notice", "使用黑色签字笔书写", {}),
    ("结合世界卫生日开展健康讲座。", "out_of_period", "世界卫生日", FIRST_TERM),
    ("世界孤独症日组织志愿服务。", "out_of_period", "世界孤独症日", FIRST_TERM),
]


@pytest.mark.parametrize("text, kind, span, changes", FLAGGED, ids=[f"{c[1]}-{c[2][:10]}" for c in FLAGGED])
def test_a_new_family_member_is_flagged(lawbook, text, kind, span, changes):
    got = found(lawbook, text, kind, **changes)
    assert any(span in t or t in span for t in got), got


FINE = [
    ("增强教职工的获得感、幸福感和仪式感。", "garble", {}),
    ("让每位老师都有被需要感和成长感。", "garble", {}),
    ("依据《劳动合同法》签订聘用合同。", "outdated", {}),
    ("落实《女职工劳动保护特别规定》。", "outdated", {}),
    ("会员会费按本人工资的0.5%按月收缴。", "rule", {}),
    ("结合世界粮食日开展节约教育。", "out_of_period", FIRST_TERM),
    ("九月招生宣传周，慰问到初中给九年级学生介绍专业的老师。", "school_type_vocab", VOCATIONAL),
]


@pytest.mark.parametrize("text, kind, changes", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_a_correct_family_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []
