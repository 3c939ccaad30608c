"""Defects found by their shape rather than by lists of known cases — a fixed phrase of the knowledge texts with one
character changed, figures that cannot all be true, blanks and notice parts in forms no list names — and the correct
look-alikes a reviewer must never see flagged. Written for these tests; none is taken from an evaluation set."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.check.nearmiss import near_misses
from assistant.check.review import check_text
from assistant.loading.knowledge import plans_from_text
from assistant.loading.readers import read_document
from tests.check.conftest import planted
from tests.check.test_kinds import small_lawbook

ROOT = Path(__file__).resolve().parents[2]

FOUND = [
    # (text, kind, exact span, words of the suggestion)
    ("大力弘扬工匠精力，争做新时代好老师。", "garble", "工匠精力", "工匠精神"),
    ("充分发挥工会桥梁纽扣作用。", "garble", "桥梁纽扣作用", "桥梁纽带作用"),
    ("全体教职工凝心集力，共创佳绩。", "garble", "凝心集力", "凝心聚力"),
    ("把工会建成温馨的职工之屋。", "garble", "职工之屋", "职工之家"),
    ("持续加强师德师峰建设。", "garble", "师德师峰建设", "师德师风建设"),
    ("活动时间：{{开始时间}}，地点：多功能厅。", "placeholder", "{{开始时间}}", ""),
    ("于YYYY年MM月DD日前完成报名。", "placeholder", "YYYY年MM月DD日", ""),
    ("由工会副主席（姓名）负责联络。", "placeholder", "（姓名）", ""),
    ("讲座地点：待定。", "placeholder", "地点：待定", ""),
    ("此处填写获奖教师名单。", "placeholder", "此处填写获奖教师名单", ""),
    ("计划于2027年某月召开总结会。", "placeholder", "某月", ""),
    ("做好宣传工作。\n主题词：工会　读书　通知", "pasted_notice", "主题词：", ""),
    ("各位老师：", "pasted_notice", "各位老师：", ""),
    ("附件2. 参赛回执", "pasted_notice", "附件2.", ""),
    ("推荐材料5月20日截止，逾期不补。", "pasted_notice", "推荐材料5月20日截止", ""),
    ("全年共举办3次工会小组长培训，分别安排在3月、6月、9月和11月。", "impossible_figure",
     "共举办3次工会小组长培训，分别安排在3月、6月、9月和11月", ""),
    ("全校有专任教师120人、教辅人员18人，合计140人。", "impossible_figure", "全校有专任教师120人、教辅人员18人，合计140人", ""),
    ("全校42名教职工分三批参加体检，第一批15人、第二批14人、第三批16人。", "impossible_figure",
     "42名教职工分三批参加体检，第一批15人、第二批14人、第三批16人", ""),
]


@pytest.mark.parametrize("text, kind, span, fixed", FOUND, ids=[f"{f[1]}-{f[2][:10]}" for f in FOUND])
def test_a_defect_is_found_by_its_shape(text, kind, span, fixed):
    findings = [f for f in check_text(text, 2027, small_lawbook()) if f.kind == kind]
    assert span in [f.text for f in findings], findings
    finding = next(f for f in findings if f.text == span)
    assert finding.message and fixed in finding.suggestion


@pytest.mark.parametrize(
    "text",
    [
        # Real phrases one character away from a fixed phrase: another scope, period or verb, a word added inside.
        "组织教职工参加全市教职工气排球赛。",
        "本学年工会工作要点如下。",
        "教代会每学年按时召开。",
        "开展“巾帼建新功”主题活动。",
        "提升教师信息技术运用能力。",
        "在学校党委领导下开展工作。",
        "组织教职工晚间健身。",
        "会员满意率保持在95%以上。",
        "请医生来园开展健康讲座。",
        "加强行风建设，推进课后服务提质增量。",
        # A plan's own sentences about notices it will send or pass on.
        "工会将及时转发上级工会通知，组织教职工报名参加全区比赛。",
        "各工会小组要按计划开展活动，活动结束后报送小结。",
        # Figures that agree.
        "全校有专任教师120人、教辅人员18人，合计138人。",
        "关心教职工身上的困难。",
        "全年共举办4次工会小组长培训，分别安排在3月、6月、9月和11月。",
        "全校42名教职工分三批参加体检，第一批14人、第二批14人、第三批14人。",
    ],
)
def test_a_correct_look_alike_is_not_flagged(text):
    assert check_text(text, 2027, small_lawbook()) == []


@pytest.mark.parametrize(
    "old, new, span",
    [
        ("我校现有教职工92人，", "我校现有教职工92人，40周岁以下的有50人，41周岁以上的有47人，",
         "40周岁以下的有50人，41周岁以上的有47人"),
        ("做好会员会籍管理，", "已入会90人，入会率100%，做好会员会籍管理，", "已入会90人，入会率100%"),
        ("我校现有女教职工60人，", "我校现有女教职工30人，占教职工总数的六成以上，", "30人，占教职工总数的六成以上"),
    ],
)
def test_parts_that_their_whole_contradicts(review, old, new, span):
    findings = [f for f in review(planted((old, new))) if f.kind == "impossible_figure"]
    assert [f.text for f in findings] == [span]


@pytest.mark.parametrize(
    "old, new",
    [
        ("我校现有教职工92人，", "我校现有教职工92人，40周岁以下的有50人，41周岁以上的有42人，"),
        ("做好会员会籍管理，", "已入会92人，入会率100%，做好会员会籍管理，"),
        ("我校现有女教职工60人，", "我校现有女教职工60人，占教职工总数的六成以上，"),
    ],
)
def test_parts_that_agree_with_their_whole_are_not_flagged(review, old, new):
    assert [f for f in review(planted((old, new))) if f.kind == "impossible_figure"] == []


def _sample_texts() -> list[tuple[str, str]]:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "docs").glob("*.md"))]
    for path in sorted((ROOT / "knowledge" / "examples").glob("*.txt")):
        for plan in plans_from_text(read_document(path.read_bytes(), path.name), path.name):
            texts.append((f"{path.name} {plan.title}", f"{plan.title}\n{plan.text}"))
    return texts


@pytest.mark.parametrize("name, text", _sample_texts(), ids=[t[0][:24] for t in _sample_texts()])
def test_no_phrase_of_the_sample_and_seed_plans_is_taken_for_a_garbled_one(name, text):
    assert [(m.text, m.fixed) for m in near_misses(text)] == []
