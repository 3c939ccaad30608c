"""Families a district reviewer circles that the checker used to pass or flagged wrongly (thirty-first session, from
development round 56): union groups named by what their members teach adding up to more than the staff, a quotation
right after an article named on its own (特别是第二十五条“……”) checked against the law named before it, the 2021
campaign 我为群众办实事 and the first centenary goal as this year's tasks, a contest notice's catch-all clause (未尽事宜
以……为准), 工作 spun into 事情 inside 工作室/工作量, 文综/理综 groups in a school with no senior stage, and two correct
texts the checker flagged (业务轮训 beside 业务培训; the item after a stray number). Every sentence is written for this
test."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

FLAGGED = [
    # SCHOOL has 92 staff: 35 + 33 + 30 = 98.
    ("全校教职工按学科划分为三个工会小组：语数英教师35人、理化生教师33人、综合学科及后勤30人。", "impossible_figure",
     "语数英教师35人"),
    ("持续开展“我为群众办实事”实践活动，为教职工解决急难愁盼问题。", "outdated", "我为群众办实事"),
    ("团结带领全体教职工向第一个百年奋斗目标奋进。", "outdated", "第一个百年奋斗目标"),
    ("未尽事宜，以区教育工会印发的比赛细则为准。", "pasted_notice", "未尽事宜"),
    ("依托区级名师事情室开展青年教师培养。", "garble", "事情室"),
    ("组织文综、理综教研组教师开展一次命题研讨。", "school_type_vocab", "文综"),
    # 《教师法》第二十五条 compares with 国家公务员, not with local enterprise staff.
    ("组织学习《教师法》里关于待遇的条文，尤其是第二十五条“教师的平均工资水平应当不低于或者高于本地企业职工的平均工资水平”。",
     "misquote", "本地企业职工"),
]


@pytest.mark.parametrize(("text", "kind", "span"), FLAGGED)
def test_the_family_is_flagged(lawbook, text, kind, span):
    assert any(span in words or words in span for words in found(lawbook, text, kind)), found(lawbook, text, kind)


CLEAN = [
    ("全校教职工按学科划分为三个工会小组：语数英教师35人、理化生教师27人、综合学科及后勤30人。", "impossible_figure"),
    ("健全为教职工办实事长效机制，巩固“我为群众办实事”实践活动成果。", "outdated"),
    ("回顾实现第一个百年奋斗目标的历程，向第二个百年奋斗目标进军。", "outdated"),
    ("工会委员参加区教育工会组织的业务轮训，学习台账记录和简报撰写。", "garble"),
    ("开展人文综合实践活动，组织教职工参观地方博物馆。", "school_type_vocab"),
    ("这类事情日益增多，工会及时收集教职工的意见。", "garble"),
    ("组织学习《教师法》里关于待遇的条文，尤其是第二十五条“教师的平均工资水平应当不低于或者高于国家公务员的平均工资水平”。",
     "misquote"),
]


@pytest.mark.parametrize(("text", "kind"), CLEAN)
def test_a_correct_look_alike_is_not_flagged(lawbook, text, kind):
    assert found(lawbook, text, kind) == []


def test_a_high_school_keeps_its_senior_subject_groups(lawbook):
    assert found(lawbook, "组织文综、理综备课组教师开展命题研讨。", "school_type_vocab",
                 school="雁塔区晨光高级中学", school_type="高中") == []


def test_a_stray_item_number_is_one_finding(lawbook):
    text = ("（一）师德建设\n1、开展师德主题学习。\n2、组织青年教师读书会。\n3、评选师德标兵。\n"
            "2、邀请专家来校开展心理健康讲座。\n4、做好教师继续教育学时登记。\n")
    assert found(lawbook, text, "numbering") == ["2、"]
