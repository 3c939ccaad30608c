"""Defects found by a rule written from the domain rather than from one plan's words: duties the statutes lay on the
school and on the union's funds, a fixed phrase with one word swapped by a spinner, parts of one division of the
staff exceeding the whole, rates times lengths against a stated total, the week off named by its date, the Young
Pioneers' words in a school without them, the closings of a 批复, 函 or 请示, a single underscore for a digit — each
with look-alikes a reviewer would not flag. Written for these tests; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from assistant.check.review import check_text
from assistant.domain.profile import Profile
from tests.check.test_kinds import small_lawbook


def _profile(**changes) -> Profile:
    values = {"school": "桐溪县实验学校", "school_type": "初中", "year": 2027, "period": "年度", "staff": 120,
              "female_staff": 70}
    return Profile(**(values | changes))


def _found(text: str, kind: str, **profile) -> list[str]:
    findings = check_text(text, 2027, small_lawbook(), profile=_profile(**profile))
    return [f.text for f in findings if f.kind == kind]


# Each duty with three wordings of its breach: 《劳动法》第七十二条 (social insurance, both sides pay), 《工会法》第四十七条
# (the union's funds are not moved to the school or spent on its costs), 第四十一条 (union activities in working time
# need the school's consent), 《学校教职工代表大会规定》第七条 and 《工会法》第四十五条 (steps not to be skipped),
# 《劳动法》第三十六条、第三十八条、第五十一条 (hours, the weekly day off, pay on leave).
BREACHES = [
    ("临聘教师的养老保险由本人全额承担。", "养老保险由本人全额承担"),
    ("合同制实训教师社保自理，学校按月发放交通补助。", "社保自理"),
    ("学校以每月250元生活补贴代替社保，不再另行缴纳。", "以每月250元生活补贴代替社保"),
    ("新聘保安自愿放弃社会保险的，签订承诺书后上岗。", "自愿放弃社会保险"),
    ("会费余款在学年末划入学校账户统一使用。", "会费余款在学年末划入学校"),
    ("工会结余资金转作学校办公经费，用于添置打印机。", "工会结余资金转作学校办公经费"),
    ("工会经费可用于学校公务接待和校舍维修。", "工会经费可用于学校公务接待"),
    ("工会委员会例会安排在每周一第三节课上课时间，无需向学校请示。", "无需向学校请示"),
    ("分工会的趣味活动利用教学时间进行，不必再报教务处审批。", "不必再报教务处审批"),
    ("不经校长室同意，工会可以占用工作时间组织会员活动。", "不经校长室同意"),
    ("新修订的职称评聘办法由行政会研究后直接公布，无需提交教代会。", "无需提交教代会"),
    ("金额较小的报销单据，不必经经审委员会审核。", "不必经经审委员会审核"),
    ("毕业班冲刺阶段取消双休日，教师统一到校坐班。", "取消双休日"),
    ("考试周内教师每天坐班时间不少于10小时。", "每天坐班时间不少于10小时"),
    ("教职工休婚假期间扣发当月绩效。", "婚假期间扣发"),
]


@pytest.mark.parametrize("text, span", BREACHES, ids=[b[1][:10] for b in BREACHES])
def test_a_clause_against_a_statutory_duty_is_a_rule_finding(text, span):
    findings = [f for f in check_text(text, 2027, small_lawbook(), profile=_profile()) if f.kind == "rule"]
    finding = next((f for f in findings if span in f.text or f.text in span), None)
    assert finding is not None, findings
    assert "《" in finding.message and finding.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "学校依法为全体教职工（含临聘人员）缴纳社会保险，个人缴纳部分由学校代扣代缴。",
        "工会监督学校为合同制教师足额缴纳社保，杜绝不缴纳社保的现象。",
        "工会经费当年结余结转下年度，继续用于教职工活动。",
        "工会经费不得挪作学校公用经费，按规定向上级工会上解经费。",
        "工会活动一般安排在课后；确需占用上课时间的，提前报学校同意。",
        "绩效工资分配方案经行政会研究后，提交教代会审议通过。",
        "毕业班老师周末常常加班，工会要多关心他们的休息。",
        "教职工婚假、丧假期间工资照发。",
    ],
)
def test_a_lawful_clause_on_the_same_duties_is_not_a_rule_finding(text):
    findings = check_text(text + "工会经费接受经费审查委员会审查。", 2027, small_lawbook(), profile=_profile())
    assert [f for f in findings if f.kind == "rule"] == []


# One word of a set phrase swapped for a look-alike sharing a character with it, as a thesaurus spinner does: the
# national formulations a 指导思想 quotes and the set phrases of union plans, other phrases and other swaps than any
# evaluation case.
SWAPS = [
    ("深化产教交融，推进校企合作。", "产教交融"),
    ("践行以民众为中心的发展思想。", "以民众为中心"),
    ("坚持以人民为核心，办好人民满意的教育。", "以人民为核心"),
    ("积极投身乡间振兴，组织教师送教下乡。", "乡间振兴"),
    ("引导教职工爱岗乐业、教书育才。", "爱岗乐业"),
    ("关注教职工身心康健。", "身心康健"),
]


@pytest.mark.parametrize("text, span", SWAPS, ids=[s[1] for s in SWAPS])
def test_a_fixed_phrase_with_a_word_swapped_is_a_garble(text, span):
    findings = [f for f in check_text(text, 2027, small_lawbook()) if f.kind == "garble"]
    assert span in [f.text for f in findings], findings
    assert next(f for f in findings if f.text == span).suggestion.startswith("改为")


@pytest.mark.parametrize(
    "text",
    [
        "全面从严治校，建设教育强市。",  # the phrase put to the writer's own unit
        "评选优秀老师，组织手工活动，推进全员阅读。",  # places that many words fill
        "积极配合党委，同步推进各项工作，广泛发动教职工参与。",
        "在二楼建设爱心妈咪小屋。",  # a real name holding another fixed phrase
        "学习全国教育大会精神，做好春节慰问。",  # words the texts use everywhere
        "教代会提案办结率达到100%，继续办好职工之家。",  # verbs are the writer's choice
    ],
)
def test_a_writers_own_variation_is_not_a_garble(text):
    assert [f for f in check_text(text, 2027, small_lawbook()) if f.kind == "garble"] == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("全校120名教职工，其中男教师50人、女教师75人。", "其中男教师50人、女教师75人"),
        ("全校120名教职工，其中在编98人、编外30人。", "其中在编98人、编外30人"),
        ("全校120名教职工，其中专任教师100人、职员12人、工勤人员15人。", "其中专任教师100人、职员12人、工勤人员15人"),
    ],
)
def test_parts_of_one_division_exceeding_the_whole_are_impossible(text, span):
    assert any(span in found or found in span for found in _found(text, "impossible_figure"))


@pytest.mark.parametrize(
    "text",
    [
        "全校120名教职工，其中女教职工70人、党员60人。",  # two divisions overlap
        "全校120名教职工，其中骨干教师40人、青年教师90人。",  # labels that may share a member
        "本学期发展新会员7名，入会率保持100%。",  # this term's newcomers, not the membership
    ],
)
def test_parts_that_may_overlap_are_not_summed(text):
    assert _found(text, "impossible_figure") == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("午间护导每天安排3名教师，每周5天，全学期18周，共需护导300人次。", "共需护导300人次"),
        ("每月送教1次，每次4名教师，全年10个月，合计30人次。", "合计30人次"),
        ("教职工合唱队每周排练2次，每次2小时，共16周，累计60小时。", "累计60小时"),
    ],
)
def test_a_total_its_rates_and_lengths_do_not_give_is_impossible(text, span):
    assert any(span in found or found in span for found in _found(text, "impossible_figure"))


def test_a_total_its_rates_and_lengths_give_is_not_flagged():
    assert _found("午间护导每天安排2名教师，每周5天，全学期18周，共需护导180人次。", "impossible_figure") == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("“十一”长假前组织教职工安全教育。", "“十一”"),
        ("十一黄金周期间做好值班安排。", "十一黄金周"),
        ("十一假期后开展教职工趣味运动会。", "十一假期"),
    ],
)
def test_the_national_day_week_is_outside_a_spring_semester(text, span):
    assert _found(text, "out_of_period", period="第二学期") == [span]


def test_the_national_day_week_is_inside_an_autumn_semester_and_eleven_is_a_number():
    assert _found("“十一”长假前组织教职工安全教育。", "out_of_period", period="第一学期") == []
    assert _found("第十一届教职工运动会在5月举行，每队十一人。", "out_of_period", period="第二学期") == []


@pytest.mark.parametrize(
    "text, kind, span",
    [
        ("组织红领巾志愿服务队慰问退休教师。", "高中", "红领巾"),
        ("学校鼓号队参加开学典礼。", "中职", "鼓号队"),
        ("请大队辅导员为教职工子女讲故事。", "幼儿园", "大队辅导员"),
        ("给高一、高二年级组老师送清凉。", "初中", "高一、高二"),
    ],
)
def test_the_words_of_a_stage_the_school_does_not_have_are_flagged(text, kind, span):
    assert _found(text, "school_type_vocab", school_type=kind) == [span]


def test_the_young_pioneers_words_are_right_in_a_primary_school():
    assert _found("组织红领巾志愿服务队慰问退休教师，大队辅导员带队。", "school_type_vocab", school_type="小学") == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("经研究，同意你校举办趣味运动会。特此批复。", "特此批复"),
        ("以上请示，妥否，请批示。", "以上请示，妥否，请批示"),
        ("请予函复为盼。", "请予函复"),
        ("专此函达。", "专此函达"),
    ],
)
def test_the_closing_of_a_reply_letter_or_request_is_a_pasted_notice(text, span):
    findings = [f.text for f in check_text(text, 2027, small_lawbook()) if f.kind == "pasted_notice"]
    assert any(span in found or found in span for found in findings), findings


@pytest.mark.parametrize("text", ["因此复习备考期间减少活动。", "方案报学校审批后执行。", "对此复核无误。"])
def test_words_that_only_contain_a_closing_are_not_a_notice(text):
    assert [f for f in check_text(text, 2027, small_lawbook()) if f.kind == "pasted_notice"] == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("第＿届教代会第二次会议于3月召开。", "＿"),
        ("本学期共＿人参加培训。", "＿"),
        ("定于9月＿日召开会员大会。", "9月＿日"),
        ("20＿年度工会工作计划", "20＿"),
    ],
)
def test_a_single_underscore_for_a_digit_is_a_placeholder(text, span):
    assert span in [f.text for f in check_text(text, 2027, small_lawbook()) if f.kind == "placeholder"]


def test_an_underscore_inside_a_latin_name_is_not_a_placeholder():
    text = "资料存放在 union_files 文件夹，第2届比赛在5月举行。"
    assert [f for f in check_text(text, 2027, small_lawbook()) if f.kind == "placeholder"] == []


@pytest.mark.parametrize(
    "text, period, span",
    [
        ("立冬那天组织教职工包饺子。", "第二学期", "立冬"),
        ("秋分前后组织教职工登山。", "第二学期", "秋分"),
        ("立夏那天举办教职工趣味运动会。", "第一学期", "立夏"),
    ],
)
def test_a_solar_term_outside_the_semester_is_out_of_period(text, period, span):
    assert _found(text, "out_of_period", period=period) == [span]


def test_a_solar_term_inside_the_semester_is_not_flagged():
    assert _found("立冬那天组织教职工包饺子，霜降时节组织登山。", "out_of_period", period="第一学期") == []


@pytest.mark.parametrize(
    "text, kind, span",
    [
        ("为本校九年级毕业班老师安排体检。", "中职", "九年级"),
        ("初中部与高中部教师联合教研。", "初中", "高中部"),
        ("做好新生入园期间的教职工值班。", "小学", "新生入园"),
    ],
)
def test_a_stage_or_department_the_school_does_not_have_is_flagged(text, kind, span):
    assert _found(text, "school_type_vocab", school_type=kind) == [span]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("为高三毕业班老师送清凉，初中部与高中部联合教研。", "完全中学"),
        ("为九年级毕业班老师安排体检。", "九年一贯制"),
        ("做好新生入园期间的教职工值班。", "幼儿园"),
    ],
)
def test_the_stages_a_school_has_are_not_flagged(text, kind):
    assert _found(text, "school_type_vocab", school_type=kind) == []
