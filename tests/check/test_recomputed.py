"""What a reviewer recomputes or reads against the statutes: totals that their parts contradict, night duty for nursing
mothers, pay during maternity leave, the union's funds run by the school, and the shapes of numbering, blanks and
notices a template leaves. Every sentence is written for this test from the statutes and ordinary plan wording; the
correct look-alikes must stay unflagged."""

from __future__ import annotations

import pytest

from assistant.check.findings import Document
from assistant.check.ordinals import stale_ordinals
from tests.check.conftest import found

KINDERGARTEN = {"school": "北关街道中心幼儿园", "school_type": "幼儿园"}


FLAGGED = [
    # Totals against their parts (assistant/check/totals.py).
    ("5月组织教职工赴红色教育基地研学，为期2天（5月8日至5月10日）。", "impossible_figure", "为期2天", {}),
    ("每周三14:00—15:30（共2小时）开展工会小组学习。", "impossible_figure", "共2小时", {}),
    ("春节慰问每人300元，全校92名教职工合计3.2万元。", "impossible_figure", "每人300元", {}),
    ("今年是建校50周年（1980年建校），组织校史图片展。", "impossible_figure", "建校50周年", {}),
    # Rules of 《女职工劳动保护特别规定》 and 《工会法》 (knowledge/procedures.yaml).
    ("哺乳期女教师照常参加夜间值班。", "rule", "哺乳期女教师照常参加夜间值班", {}),
    ("女教职工产假期间只发岗位工资。", "rule", "产假期间只发岗位工资", {}),
    ("工会经费由学校财务处统一管理。", "rule", "工会经费由学校财务处统一管理", {}),
    # Blanks and instructions a template or a draft leaves (knowledge/policy_terms.yaml placeholders).
    ("本学期发展新会员　人。", "placeholder", "发展新会员　人", {}),
    ("【此处插入运动会照片】", "placeholder", "【此处插入运动会照片】", {}),
    # The closing of an instruction-notice (knowledge/policy_terms.yaml notice).
    ("请各工会小组认真贯彻执行。", "pasted_notice", "请各工会小组认真贯彻执行", {}),
    # A kindergarten tests no teaching quality (knowledge/school_types.yaml).
    ("做好期末检测阶段教师的关怀。", "school_type_vocab", "期末检测", KINDERGARTEN),
    # A spun 送清凉 (knowledge/spinner.yaml).
    ("7月为高温下值守的安保人员送凉快。", "garble", "送凉快", {}),
]


@pytest.mark.parametrize(("text", "kind", "span", "changes"), FLAGGED)
def test_a_contradiction_or_breach_is_flagged(lawbook, text, kind, span, changes):
    assert any(span in words or words in span for words in found(lawbook, text, kind, **changes)), kind


CLEAN = [
    ("5月组织教职工赴红色教育基地研学，为期3天（5月8日至5月10日）。", "impossible_figure", {}),
    ("每周三14:00—16:00（共2小时）开展工会小组学习。", "impossible_figure", {}),
    ("春节慰问每人300元，全校92名教职工合计2.76万元。", "impossible_figure", {}),
    ("今年是建校47周年（1980年建校），组织校史图片展。", "impossible_figure", {}),
    ("哺乳期女教师不安排夜间值班。", "rule", {}),
    ("女教职工产假期间按规定享受生育津贴。", "rule", {}),
    ("工会经费由工会委员会独立管理，委托学校财务代管记账，经费审查委员会定期审查。", "rule", {}),
    ("工会委员会　　　　2027年2月20日", "placeholder", {}),
    ("本届工会委员会于2025年9月经会员大会选举产生。", "out_of_period", {}),
    ("以赛促训，认真执行上级工会的部署。", "pasted_notice", {}),
]


@pytest.mark.parametrize(("text", "kind", "changes"), CLEAN)
def test_a_correct_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []


def test_points_opening_paragraphs_that_skip_a_number_are_flagged(lawbook):
    text = "一、工作目标\n\n第一，开好教代会。\n\n第二，关心教职工生活。\n\n第四，丰富文体活动。\n"
    assert found(lawbook, text, "numbering") == ["第四"]
    fixed = text.replace("第四", "第三")
    assert found(lawbook, fixed, "numbering") == []


def test_a_standing_committees_term_is_not_a_stale_ordinal():
    last_year = "第三届工会委员会认真履职。举办第五届教职工乒乓球赛。"
    this_year = "第三届工会委员会认真履职。举办第五届教职工乒乓球赛。"
    flagged = [f.text for f in stale_ordinals(Document(this_year), last_year)]
    assert flagged == ["第五届教职工乒乓球赛"]
