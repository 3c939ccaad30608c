"""Seventh breadth pass of the checker (families, not instances): schedule rows dated after a school year's or a
calendar year's plan ends, a month list running on into the 落款, one problem reported once under one kind, finished
study campaigns and epidemic-era tasks, statute quotations introduced by 写明 or by a bare colon, primary-school
wording in other schools, and a contest notice's kit rules. Every sentence is written for these tests from the statutes,
the calendar and the sources in knowledge/, not taken from an evaluation case."""

from __future__ import annotations

import pytest

from tests.check.conftest import PLAN, found, planted

VOCATIONAL = {"school": "青岭县职业中专", "school_type": "中职"}
SENIOR = {"school": "青岭县第一高级中学", "school_type": "高中"}
SCHOOL_YEAR = {"period": "学年"}  # September 2027 – August 2028
YEAR_PLAN = {"period": "年度"}  # January – December 2027


def test_a_table_row_after_a_school_year_is_out_of_period(lawbook):
    text = planted(("| 7月 | 学期工作总结", "| 2028年10月 | 学期工作总结"))
    assert "2028年10月" in found(lawbook, text, "out_of_period", **SCHOOL_YEAR)
    inside = planted(("| 7月 | 学期工作总结", "| 2028年7月 | 学期工作总结"))
    assert found(lawbook, inside, "out_of_period", **SCHOOL_YEAR) == []


def test_a_month_list_entry_just_before_the_signature_is_still_read(lawbook):
    text = PLAN.replace("## 五、保障措施\n\n在学校党总支领导下，工会委员会统筹安排，委员分工负责，每项活动有计划、有总结。\n\n", "")
    text = text.replace("雁塔区晨光初级中学工会委员会", "2028年2月：新春团拜会\n雁塔区晨光初级中学工会委员会")
    assert any("2028年2月" in t for t in found(lawbook, text, "out_of_period", **YEAR_PLAN))


def test_a_doubled_phrase_is_not_also_a_garble(lawbook):
    text = planted(("竭诚服务教职工。", "竭诚服务教职工，同心同向同心同向。"))
    assert found(lawbook, text, "doubled_phrase")
    assert found(lawbook, text, "garble") == []


FLAGGED = [
    # Study campaigns held for a fixed span (knowledge/policy_terms.yaml outdated).
    ("本学期继续深化“四史”学习教育，引导教职工坚定理想信念。", "outdated", "“四史”学习教育", {}),
    ("工会把党纪学习教育作为全年的工作主线。", "outdated", "党纪学习教育", {}),
    # The COVID-19 tasks ended by 乙类乙管 (2023).
    ("严格落实常态化疫情防控各项措施，每日报送健康情况。", "outdated", "常态化疫情防控", {}),
    ("做好新冠肺炎疫情防控，为一线教师送口罩。", "outdated", "新冠肺炎疫情防控", {}),
    ("进校一律查验健康码。", "outdated", "健康码", {}),
    # A quotation introduced by 写明 is checked like one after 规定.
    ("《女职工劳动保护特别规定》第九条写明“对哺乳未满2周岁婴儿的女职工，用人单位不得延长劳动时间。”", "misquote",
     "对哺乳未满2周岁婴儿的女职工，用人单位不得延长劳动时间。", {}),
    # An article retold after a bare colon: the duty made optional, or a figure changed.
    ("依据《中华人民共和国工会法》第四十六条：各级人民政府和用人单位可以为工会办公和开展活动提供必要的设施。",
     "misquote", "各级人民政府和用人单位可以为工会办公和开展活动提供必要的设施", {}),
    # The primary school's stages and after-class care in an upper-secondary school (knowledge/school_types.yaml).
    ("工会委员轮流到低年级教室帮忙看护。", "school_type_vocab", "低年级", VOCATIONAL),
    ("暑期为双职工子女开设课后托管班。", "school_type_vocab", "课后托管", SENIOR),
    # A contest's rules for the entrants and what the organisers supply (knowledge/policy_terms.yaml notice).
    ("各参赛教师须自带教案两份。", "pasted_notice", "各参赛教师须", {}),
    ("比赛器材由主办单位统一提供。", "pasted_notice", "器材由主办单位统一提供", {}),
    # A curated slogan reworded by a spinner (knowledge/policy_terms.yaml fixed_terms): a verb swapped for a synonym,
    # or a one-character verb stretched into a two-character one.
    ("倡导勤学笃行、求是革新的躬耕态度。", "garble", "求是革新", {}),
    ("青年教师赛课坚持以赛推进学。", "garble", "以赛推进学", {}),
    ("按照《中华人民共和国工会法》第十一条：用人单位有会员三十人以上的，应当建立基层工会委员会。", "misquote",
     "用人单位有会员三十人以上的，应当建立基层工会委员会", {}),
]


@pytest.mark.parametrize("text, kind, span, changes", FLAGGED, ids=[f"{c[1]}-{c[2][:10]}" for c in FLAGGED])
def test_a_new_family_member_is_flagged(lawbook, text, kind, span, changes):
    got = found(lawbook, text, kind, **changes)
    assert any(span in t or t in span for t in got), got


FINE = [
    ("巩固拓展党史学习教育成果，推动党史学习教育常态化长效化。", "outdated", {}),
    ("秋冬季做好流感、诺如病毒等传染病疫情防控。", "outdated", {}),
    ("依据《中华人民共和国工会法》第四十六条：学校应当为工会办公和开展活动提供必要的设施和活动场所。", "misquote", {}),
    ("按照《中华人民共和国工会法》第十一条：会员二十五人以上的单位应当建立基层工会委员会。", "misquote", {}),
    ("高中年级组长每月汇总一次教职工意见。", "school_type_vocab", SENIOR),
    ("坚持以赛促进教学改革，做到因材施教。", "garble", {}),
    ("青年教师赛课坚持以赛促研。", "garble", {}),
    ("一年级新生实训课由专业部统一安排。", "school_type_vocab", VOCATIONAL),
    ("我校承办全县教职工篮球赛，提供场地和裁判。", "pasted_notice", {}),
]


@pytest.mark.parametrize("text, kind, changes", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_a_correct_family_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []


def test_a_campaign_and_its_anniversary_in_one_clause_are_one_finding(lawbook):
    got = found(lawbook, "深入开展党史学习教育，以实际行动庆祝建党100周年。", "outdated", year=2026)
    assert len(got) == 1 and "党史学习教育" in got[0] and "100周年" in got[0], got


def test_youth_league_words_in_one_sentence_are_one_problem(lawbook):
    got = found(lawbook, "请镇上少先队辅导员来讲讲红领巾广播站怎么办。", "school_type_vocab", **VOCATIONAL)
    assert len(got) == 1, got


@pytest.mark.parametrize("text, period", [
    ("为五一路校区的教职工安排午间休息室。", "第一学期"),
    ("工会配合做好秋季招生咨询的后勤保障。", "第二学期"),
])
def test_a_street_named_after_a_day_or_an_intake_enrolment_is_not_out_of_period(lawbook, text, period):
    assert found(lawbook, text, "out_of_period", period=period) == []


def test_the_day_itself_is_still_out_of_period(lawbook):
    assert found(lawbook, "“八一”建军节当天慰问退役军人教职工。", "out_of_period", period="第一学期")
