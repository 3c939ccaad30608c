"""More defects found by their shape — blanks typed as symbols, a notice's orders to "each school", campaigns and
programmes whose years have ended, spun or stuttered fixed terms, figures their whole contradicts, statutory limits
written into a plan's own clause — and the correct look-alikes a reviewer must never see flagged. Written for these
tests; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from assistant.check.review import check_text
from assistant.domain.profile import Profile
from tests.check.test_kinds import small_lawbook


def _profile(**changes) -> Profile:
    values = {"school": "青石镇中心学校", "school_type": "初中", "year": 2027, "period": "年度", "staff": 90,
              "female_staff": 45}
    return Profile(**(values | changes))


FOUND = [
    # (text, kind, exact span) — checked without a school profile
    ("图书角由△△老师负责管理。", "placeholder", "△△"),
    ("图书角由？？？老师负责管理。", "placeholder", "？？？"),
    ("#联系人#负责收集各组材料。", "placeholder", "#联系人#"),
    ("活动安排详见附表X。", "placeholder", "附表X"),
    ("各校要按时上交活动小结。", "pasted_notice", "各校要"),
    ("请按时上报，不得缓报、瞒报。", "pasted_notice", "不得缓报、瞒报"),
    ("接到通知后请在工作群里回复。", "pasted_notice", "接到通知后请在工作群里回复"),
    ("集合时间：上午8点。", "pasted_notice", "集合时间："),
    ("（此件发至各基层分会）", "pasted_notice", "（此件发至各基层分会）"),
    ("本届大赛设一等奖3名。", "pasted_notice", "本届大赛设一等奖"),
    ("组织教职工学习“六五”普法读本。", "outdated", "“六五”普法"),
    ("认真落实“单独两孩”政策。", "outdated", "“单独两孩”政策"),
    ("实施第二期学前教育三年行动计划。", "outdated", "第二期学前教育三年行动计划"),
    ("开展好学习贯彻习近平新时代中国特色社会主义思想主题教育。", "outdated",
     "开展好学习贯彻习近平新时代中国特色社会主义思想主题教育"),
    ("发挥共产党员的前卫模范作用。", "garble", "前卫模范作用"),
    ("增强教职工的主人公意识。", "garble", "主人公意识"),
    ("让老师们的福气感更强。", "garble", "福气感"),
    ("带队教师陪同学生跟岗练习。", "garble", "跟岗练习"),
    ("在教职工节表彰优秀班主任。", "garble", "教职工节"),
    ("每年组织女女职工体检。", "garble", "女女职工"),
    ("全校56名教师中，研究生学历的有60人。", "impossible_figure", "56名教师中，研究生学历的有60人"),
    ("全校90名教职工分布在两个校区：本部50人、分校35人。", "impossible_figure", "本部50人、分校35人"),
    ("第三季度（6—9月）完成资料归档。", "impossible_figure", "第三季度（6—9月）"),
    ("一是办好教代会。\n二是关心女教职工。\n四是办好文体活动。", "numbering", "四是"),
]


@pytest.mark.parametrize("text, kind, span", FOUND, ids=[f"{f[1]}-{f[2][:8]}" for f in FOUND])
def test_a_defect_is_found_by_its_shape(text, kind, span):
    findings = [f for f in check_text(text, 2027, small_lawbook()) if f.kind == kind]
    assert span in [f.text for f in findings], findings
    finding = next(f for f in findings if f.text == span)
    assert finding.message and finding.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "★★★★★",
        "这样安排行不行？？\n",
        "各校区要做好安全工作。",
        "我校积极争取优秀组织奖。",
        "工会会员大会每学年召开一次。",
        "安排走教教师住校。",
        "学校会会同工会研究解决。",
        "“十三五”期间学校荣获省级文明校园。",
        "第二季度（4—6月）完成资料归档。",
        "学校支持、工会主抓、委员分工负责。",
        "教职工节日慰问按标准发放。",
        "全校80名教职工中，党员有30人，全年参加培训共120人次。",
        "全校90名教职工分布在两个校区：本部50人、分校40人。",
        "一是办好教代会。\n二是关心女教职工。\n三是办好文体活动。",
    ],
)
def test_a_correct_look_alike_is_not_flagged(text):
    assert check_text(text, 2027, small_lawbook()) == []


RULES = [
    ("加班时间每月不超过48小时，及时安排调休。", "加班时间每月不超过48小时"),
    ("教职工大会到会55人即可表决。", "教职工大会到会55人"),
    ("本届代表共50名，其中教师代表20名。", "代表共50名，其中教师代表20名"),
    ("新进人员见习期满后再签订劳动合同。", "见习期满后再签订劳动合同"),
    ("哺乳期内合同期满的，自动终止。", "哺乳期内合同期满的，自动终止"),
    ("孕期教师需要调课的，自行承担代课费。", "自行承担代课费"),
    ("教代会提案征集改由办公室负责，工会不再过问。", "教代会提案征集改由办公室负责，工会不再过问"),
    ("工会副主席兼任经费审查委员会主任。", "工会副主席兼任经费审查委员会主任"),
    ("本校不另设女职工委员会，由工会委员兼管。", "不另设女职工委员会"),
    ("《班主任考核办法》经校长办公会研究决定后执行。", "经校长办公会研究决定"),
]


@pytest.mark.parametrize("text, span", RULES, ids=[r[1][:10] for r in RULES])
def test_a_clause_against_a_statute_is_a_rule_finding(text, span):
    findings = [f for f in check_text(text, 2027, small_lawbook(), profile=_profile()) if f.kind == "rule"]
    finding = next((f for f in findings if span in f.text or f.text in span), None)
    assert finding is not None, findings
    assert finding.message and finding.suggestion


@pytest.mark.parametrize(
    "text, staff",
    [
        ("产检时间计入劳动时间，不扣绩效、不算事假。", 90),
        ("孕期、哺乳期内合同到期的，依法续延至相应情形消失时终止。", 90),
        ("加班每月累计不超过30小时。", 90),
        ("教职工大会须有三分之二以上教职工到会，到会50人方可表决。", 75),  # 50 of 75 is two thirds
        ("本届代表共50名，其中教师代表35名。", 90),
        ("《班主任考核办法》经校长办公会研究后提交教代会审议通过。", 90),
    ],
)
def test_a_lawful_clause_is_not_a_rule_finding(text, staff):
    findings = check_text(text + "工会经费接受经费审查委员会审查。", 2027, small_lawbook(), profile=_profile(staff=staff))
    assert [f for f in findings if f.kind == "rule"] == []


def test_a_month_of_the_next_year_is_outside_a_year_plan_but_not_a_school_year_plan():
    text = "疗休养分两批，第一批在暑期，第二批在明年4月。"
    year_plan = check_text(text, 2027, small_lawbook(), profile=_profile(period="年度"))
    school_year = check_text(text, 2027, small_lawbook(), profile=_profile(period="学年"))
    assert [f.text for f in year_plan if f.kind == "out_of_period"] == ["明年4月"]
    assert [f for f in school_year if f.kind == "out_of_period"] == []


def test_a_past_date_in_brackets_is_background_not_an_event():
    text = "第三届工会委员会（2025年9月换届）分工联系各年级组。"
    findings = check_text(text, 2027, small_lawbook(), profile=_profile())
    assert [f for f in findings if f.kind == "out_of_period"] == []


def test_an_item_written_in_the_sub_item_style_is_one_finding_and_the_count_goes_on():
    text = "1、走访困难教职工。\n2、开展心理健康讲座。\n（3）组织青年教师座谈。\n4、做好节日慰问。\n"
    assert [f.text for f in check_text(text, 2027, small_lawbook()) if f.kind == "numbering"] == ["（3）"]


def test_a_sub_section_heading_in_the_top_level_style_is_one_finding():
    text = (
        "## 一、主要工作\n\n### （一）民主管理\n\n1. 开好教代会。\n\n### （二）女职工工作\n\n1. 办好女职工讲座。\n\n"
        "### 三、文体活动\n\n1. 组织趣味运动会。\n\n### （四）自身建设\n\n1. 加强学习。\n\n## 二、保障措施\n\n1. 分工负责。\n"
    )
    assert [f.text for f in check_text(text, 2027, small_lawbook()) if f.kind == "numbering"] == ["三、"]


def test_a_festival_named_as_the_day_of_an_activity_must_fall_in_the_semester():
    autumn = _profile(period="第一学期")  # September 2027 to January 2028; 元宵节 2028 is on 9 February
    on_the_day = check_text("元宵节组织教职工猜灯谜。", 2027, small_lawbook(), profile=autumn)
    prepared = check_text("春节前走访慰问困难教职工。", 2027, small_lawbook(), profile=autumn)
    assert [f.text for f in on_the_day if f.kind == "out_of_period"] == ["元宵节"]
    assert [f for f in prepared if f.kind == "out_of_period"] == []
