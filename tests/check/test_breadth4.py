"""Sixth breadth pass of the checker (families, not instances): a festival named with its year outside the period, a
solar term named as such, notes left in round brackets, a trial longer than the contract allows (computed from the two
terms), staff kept out of the union, what a meeting or contest notice asks of those who come, grades a kind of school
does not have, men and women who do not add up to their count, finished campaigns' slogans and superseded editions.
Every sentence is written for these tests from the statutes, the calendar and the sources in knowledge/, not taken
from an evaluation case."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

YEAR_PLAN = {"period": "年度"}  # January – December 2027
AUTUMN = {"period": "第一学期"}  # September 2027 – January 2028
JUNIOR = {"school": "白沙镇初级中学", "school_type": "初中"}
COMPLETE = {"school": "青岭县第二中学", "school_type": "完全中学"}

FLAGGED = [
    # A festival named with its year (knowledge/calendar.yaml festivals), in a year's plan too.
    ("2029年元宵节前后组织猜灯谜。", "out_of_period", "2029年元宵节", YEAR_PLAN),
    ("2025年国庆节期间安排值班补休。", "out_of_period", "2025年国庆节", YEAR_PLAN),
    # A solar term named as such (knowledge/calendar.yaml).
    ("芒种时节组织教职工到农场劳动体验。", "out_of_period", "芒种", AUTUMN),
    ("小满时节开展健步走。", "out_of_period", "小满时节", AUTUMN),
    # Notes left in round brackets (knowledge/policy_terms.yaml placeholders).
    ("由（单位全称）工会牵头组织。", "placeholder", "（单位全称）", {}),
    ("慰问标准每人500元（金额待确认）。", "placeholder", "（金额待确认）", {}),
    ("（此处粘贴获奖名单）", "placeholder", "（此处粘贴获奖名单）", {}),
    # 《劳动合同法》第十九条, computed (assistant/check/limits.py).
    ("学校与新聘的编外保育员签订一年合同，试用期定为三个月。", "rule", "一年合同，试用期定为三个月", {}),
    ("临聘教师合同为三年，试用期按八个月执行。", "rule", "合同为三年，试用期按八个月", {}),
    # 《工会法》第三条 (knowledge/policy_terms.yaml statutory_limits).
    ("劳务派遣的保安暂不发展为会员。", "rule", "暂不发展为会员", {}),
    # A meeting's or contest's notice to those who come (knowledge/policy_terms.yaml notice).
    ("比赛期间请将手机调至静音，请勿大声喧哗。", "pasted_notice", "调至静音", {}),
    ("参赛课件格式为PPT，赛前统一拷贝至比赛电脑。", "pasted_notice", "格式为PPT", {}),
    # Grades the kind of school does not have (knowledge/school_types.yaml grades).
    ("组织三四年级班主任交流作业管理经验。", "school_type_vocab", "三四年级", JUNIOR),
    ("为一年级新生家长开展入学讲座。", "school_type_vocab", "一年级", COMPLETE),
    # Men and women against their count (assistant/check/wholes.py).
    ("今年新入职教师26人，男教师9人、女教师15人。", "impossible_figure", "26人，男教师9人、女教师15人", {}),
    # Finished campaigns and superseded editions (knowledge/policy_terms.yaml outdated).
    ("工会要在打赢脱贫攻坚战中发挥作用。", "outdated", "打赢脱贫攻坚战", {}),
    ("组织党员学习《中国共产党章程》（2017年修改）。", "outdated", "中国共产党章程》（2017年修改）", {}),
]


@pytest.mark.parametrize("text, kind, span, changes", FLAGGED, ids=[f"{c[1]}-{c[2]}" for c in FLAGGED])
def test_a_new_family_member_is_flagged(lawbook, text, kind, span, changes):
    assert any(span in t or t in span for t in found(lawbook, text, kind, **changes)), found(lawbook, text, kind, **changes)


FINE = [
    ("2027年元宵节组织猜灯谜。", "out_of_period", YEAR_PLAN),
    ("2026年教师节被评为市级模范教工之家。", "out_of_period", YEAR_PLAN),
    ("青年教师要戒骄戒躁，不能小满足。", "out_of_period", AUTUMN),
    ("遇大雪天气，工会协助做好错峰上下班。", "out_of_period", AUTUMN),
    ("学习《中华人民共和国工会法》（以下简称《工会法》）。", "placeholder", {}),
    ("春游时间另行通知（视天气而定）。", "placeholder", {}),
    ("学校与编外保安签订三年劳动合同，试用期两个月。", "rule", {}),
    ("在编教师的聘用合同为三年，试用期十二个月。", "rule", {}),  # 聘用合同: 《事业单位人事管理条例》第十二条
    ("把临聘教师全部吸收入会，做到应入尽入。", "rule", {}),
    ("工会组织教职工参加全区合唱比赛，赛前安排两次彩排。", "pasted_notice", {}),
    ("严肃会风会纪，杜绝中途离场。", "pasted_notice", {}),
    ("5、七年级新生入学后，组织班主任交流经验。", "school_type_vocab", JUNIOR),
    ("做好九年级毕业班教师的关心工作。", "school_type_vocab", JUNIOR),
    ("高一年级新生军训期间，工会为班主任送去防暑用品。", "school_type_vocab", COMPLETE),
    ("今年新入职教师26人，男教师9人、女教师17人。", "impossible_figure", {}),
    ("每晚安排男女值班老师各1名。", "impossible_figure", {}),
    ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接。", "outdated", {}),
    ("组织党员学习新修订的《中国共产党纪律处分条例》。", "outdated", {}),
]


@pytest.mark.parametrize("text, kind, changes", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_a_correct_family_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []
