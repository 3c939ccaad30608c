"""Eighth breadth pass of the checker (families, not instances): a template's slot named by its field in brackets, a
split of the whole staff into batches larger than the staff, an article retold after the writer's own lead-in, 元月
for January, the kindergarten's day in a school's plan, and a scheme kept from the staff congress in so many words.
Every sentence is written for these tests from the statutes, the calendar and the sources in knowledge/, not taken
from an evaluation case."""

from __future__ import annotations

import pytest

from tests.check.conftest import found, planted

VOCATIONAL = {"school": "青岭县职业中专", "school_type": "中职"}
PRIMARY = {"school": "青岭县实验小学", "school_type": "小学"}
YEAR_PLAN = {"period": "年度"}  # January – December 2027

FLAGGED = [
    # A template's field left in brackets (knowledge/policy_terms.yaml placeholders).
    ("表彰名单于【学期】末在公示栏公布。", "placeholder", "【学期】", {}),
    ("本次培训共〔人数〕人参加。", "placeholder", "〔人数〕", {}),
    ("活动由[负责人]牵头组织。", "placeholder", "[负责人]", {}),
    # The staff split into batches whose sizes add up to more than the 92 staff (assistant/check/wholes.py).
    ("全校教职工分三批参加急救技能培训，第一批40人，第二批35人，第三批30人。", "impossible_figure",
     "第一批40人，第二批35人，第三批30人", {}),
    # A statute retold after the writer's own lead-in, its duty made optional (assistant/check/citations.py).
    ("《中华人民共和国工会法》第三十九条说得清楚：召开会议讨论有关工资、福利等涉及职工切身利益的问题，可以有工会代表参加。",
     "misquote", "可以有工会代表参加", {}),
    # The article's sentences quoted one after another: each is checked (assistant/check/citations.py).
    ("《中华人民共和国工会法》第三十九条规定“企业、事业单位、社会组织研究经营管理和发展的重大问题应当听取工会的意见”"
     "“召开会议讨论有关工资、福利、劳动安全卫生等涉及职工切身利益的问题，可以有工会代表参加”。", "misquote",
     "可以有工会代表参加", {}),
    # A set three-character word with its two-character part swapped for a look-alike (assistant/check/threes.py).
    ("学期末评选一次优秀班主人，颁发证书。", "garble", "班主人", {}),
    ("夏季为食堂员工和保养员发放防暑用品。", "garble", "保养员", {}),
    # A curated phrase's word at an open place swapped for a rare look-alike kin to that word alone (swaps.py).
    ("工会建立艰难帮扶台账，逐户走访。", "garble", "艰难帮扶", {}),
    # 元月 is January: a January of the next year lies outside a calendar-year plan (assistant/check/rows.py).
    ("次年元月组织教职工新春联欢。", "out_of_period", "次年元月", YEAR_PLAN),
    # The kindergarten's day in a school's plan (knowledge/school_types.yaml stage_words).
    ("工会协助做好在园幼儿午餐看护。", "school_type_vocab", "在园幼儿", PRIMARY),
    ("组织班主任学习师幼互动的观察方法。", "school_type_vocab", "师幼互动", VOCATIONAL),
    # A scheme kept from the staff congress (knowledge/policy_terms.yaml statutory_limits).
    ("《教师坐班考勤细则》不交教代会讨论，由行政会研究后直接下发。", "rule",
     "《教师坐班考勤细则》不交教代会讨论，由行政会研究后直接下发", {}),
    ("新的课时津贴方案绕过教代会，经校长办公会决定后实施。", "rule", "方案绕过教代会", {}),
    # Work on a statutory holiday paid under three times the day's pay (《劳动法》第四十四条).
    ("元旦当天留校护校的老师，按日工资的2倍计发护校补贴。", "rule", "按日工资的2倍计发护校补贴", {}),
    # The union committee's members settled by the administration (《工会法》第十条).
    ("下届工会委员人选由校长办公会商定。", "rule", "人选由校长办公会商定", {}),
    # The school's bodies in a kindergarten's plan (knowledge/school_types.yaml stage_words).
    ("每月列席校务会，反映保育员的意见。", "school_type_vocab", "校务会",
     {"school": "青岭县机关幼儿园", "school_type": "幼儿园"}),
]


@pytest.mark.parametrize("text, kind, span, changes", FLAGGED, ids=[f"{c[1]}-{c[2][:10]}" for c in FLAGGED])
def test_a_new_family_member_is_flagged(lawbook, text, kind, span, changes):
    got = found(lawbook, text, kind, **changes)
    assert any(span in t or t in span for t in got), got


FINE = [
    ("【工作目标】：会员评议优良率稳中有升。", "placeholder", {}),
    ("详见[活动内容](https://example.org/a)。", "placeholder", {}),
    ("全校教职工体检分两批安排，第一批45人，第二批47人。", "impossible_figure", {}),
    ("全校学生分两批参观，第一批300人，第二批280人。", "impossible_figure", {}),
    ("《中华人民共和国工会法》第三十九条说得清楚：研究经营管理和发展的重大问题应当听取工会的意见。", "misquote", {}),
    ("2027年元月给离岗病休教师送年货。", "out_of_period", YEAR_PLAN),
    ("语文组逢单元月考后开展质量分析。", "out_of_period", {}),
    ("工会协助落实学生一日常规检查。", "school_type_vocab", PRIMARY),
    ("奖励性绩效方案未经教代会表决的，一律不得实施。", "rule", {}),
    ("考核细则交教代会表决后实施。", "rule", {}),
    ("法定节假日安排值守的，按日工资的3倍支付报酬。", "rule", {}),
    ("工作日延时服务按小时工资的1.5倍计发。", "rule", {}),
    ("工会委员候选人名单经学校党支部审查同意后提交会员大会。", "rule", {}),
    ("秋季运动会设教工组接力赛。", "garble", {}),
    ("号召青年教师乐于奉献、敢于担当。", "garble", {}),
    ("2027年暑假安排骨干教师外出研修。", "garble", {}),
    ("女教职工体检筛查和随访由校医负责。", "garble", {}),
    ("工会委员上下班途中注意交通安全。", "garble", {}),
    # A school-year event named as the topic of a talk is not held in the term (calendar.yaml period_events).
    ("5月请老班主任介绍军训那几天怎么带班。", "out_of_period", {}),
]


@pytest.mark.parametrize("text, kind, changes", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_a_correct_family_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []


def test_the_compulsory_stage_policy_in_a_vocational_plan_is_one_problem(lawbook):
    got = found(lawbook, "工会配合落实“双减”要求，给课后服务中加班的班主任申请补贴。", "school_type_vocab", **VOCATIONAL)
    assert len(got) == 1 and "双减" in got[0], got
    assert found(lawbook, "工会给课后服务中加班的教师申请补贴。", "school_type_vocab", **PRIMARY) == []


def test_an_empty_funds_part_is_one_problem(review):
    text = planted(("1. 坚持“收好、管好、用好”工会经费，严格执行预算。\n2. 经费收支接受工会经费审查委员会审查，学期末向会员公开。\n\n", ""))
    assert [f.kind for f in review(text)] == ["empty_section"]


def test_a_kindergarten_may_write_its_own_day(lawbook):
    text = "保育员培训以幼儿一日活动的安排为主题。"
    assert found(lawbook, text, "school_type_vocab", school="青岭县机关幼儿园", school_type="幼儿园") == []


def test_a_january_row_of_the_next_year_is_out_of_a_calendar_year_plan(lawbook):
    text = planted(("| 7月 | 学期工作总结", "| 2029年元月 | 学期工作总结"))
    assert "2029年元月" in found(lawbook, text, "out_of_period", **YEAR_PLAN)
