"""Further shapes of each kind a district reviewer sends back — fill-in notes, notice fragments, appointed delegates,
figures that contradict each other, awaited congresses, ended planning periods — and the correct look-alikes that must
stay unflagged. Written for these tests; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from assistant.check.review import check_text
from tests.check.conftest import PLAN, planted
from tests.check.test_kinds import small_lawbook

FOUND = [
    # (text, year, kind, exact span)
    ("联系人：（请填写姓名）。", 2027, "placeholder", "（请填写姓名）"),
    ("于**月**日前上报材料。", 2027, "placeholder", "**月**日"),
    ("10月举办第M次读书会。", 2027, "placeholder", "第M次"),
    ("共有N名青年教师参赛。", 2027, "placeholder", "N"),
    ("□□中学工会委员会", 2027, "placeholder", "□□"),
    ("报名时间：即日起至4月10日。", 2027, "pasted_notice", "报名时间："),
    ("组织教职工参加，请扫描文末二维码登记。", 2027, "pasted_notice", "扫描文末二维码"),
    ("各代表队务必提前半小时到场。", 2027, "pasted_notice", "各代表队务必"),
    ("开展评比。本细则自公布之日起施行。", 2027, "pasted_notice", "本细则自公布之日起施行"),
    ("努力构建和谐劳动干系。", 2027, "garble", "和谐劳动干系"),
    ("对困难教职工实施精密帮扶。", 2027, "garble", "精密帮扶"),
    ("每天7:40—7:10组织晨练。", 2027, "impossible_figure", "7:40—7:10"),
    ("全年活动经费8万元，其中体育比赛5万元、读书活动4万元。", 2027, "impossible_figure", "5万元、读书活动4万元"),
    ("全年工作以喜迎党的二十大为主线。", 2026, "outdated", "喜迎党的二十大"),
    ("落实《全市教师队伍建设规划（2016—2020年）》的要求。", 2027, "outdated", "《全市教师队伍建设规划（2016—2020年）》"),
    ("工作思路：一是抓学习，二是抓服务，三是抓活动，五是抓自身建设。", 2027, "numbering", "五是"),
    ("《工会法》第十一条规定，用人单位有会员二十五人以上的，“应当建立基层工会委员会；女职工人数较多的，必须建立工会女职工委员会”。",
     2027, "misquote", "应当建立基层工会委员会；女职工人数较多的，必须建立工会女职工委员会"),
    ("成文日期：2027年　月　日", 2027, "placeholder", "2027年　月　日"),
    ("举办第　届书画展。", 2027, "placeholder", "第　届"),
    ("负责人：（　　）", 2027, "placeholder", "（　　）"),
    ("〇〇小学工会", 2027, "placeholder", "〇〇"),
    ("开展庆祝建党100周年系列活动。", 2027, "outdated", "建党100周年"),
    ("要求：第一，加强学习；第二，优化服务；第二，抓好落实。", 2027, "numbering", "第二"),
    ("措施：（1）加强学习；（2）优化服务；（4）抓好落实。", 2027, "numbering", "（4）"),
    ("2027年9月10日（星期三）召开表彰会。", 2027, "impossible_figure", "2027年9月10日（星期三）"),
    ("我校教职工60人，其中班主任64人。", 2027, "impossible_figure", "班主任64人"),
    ("区里组织参加，咨询电话：6253 1187。", 2027, "pasted_notice", "咨询电话：6253 1187"),
    ("抄送：区教育局", 2027, "pasted_notice", "抄送："),
    ("比赛规则：每队5人。", 2027, "pasted_notice", "比赛规则："),
    ("提高教职工福利招待。", 2027, "garble", "福利招待"),
]


@pytest.mark.parametrize("text, year, kind, span", FOUND, ids=[f"{f[2]}-{f[3][:10]}" for f in FOUND])
def test_kind_is_found_with_its_exact_span(text, year, kind, span):
    findings = [f for f in check_text(text, year, small_lawbook()) if f.kind == kind]
    assert span in [f.text for f in findings], findings
    finding = next(f for f in findings if f.text == span)
    assert finding.message and finding.suggestion


@pytest.mark.parametrize(
    "text, year",
    [
        ("**月度工作安排**", 2027),
        ("开展“1+N”特色项目，每学期评选1+N个示范岗。", 2027),
        ("组织女教职工乳腺B超检查。", 2027),
        ("因疗休养名额有限，优先安排一线教师。", 2027),
        ("学校夜间值班22:00—6:00，工会为值班教师送夜宵。", 2027),
        ("全年经费收入12万元，其中拨缴经费10万元、上级补助2万元，支出11万元。", 2027),
        ("学习《教育强国建设规划纲要（2024—2035年）》。", 2027),
        ("《乡村教师支持计划（2015—2020年）》实施以来，乡村教师待遇明显改善。", 2027),
        ("迎接党的二十一大胜利召开。", 2027),
        ("一是加强学习，二是优化服务。明年一是抓落实，二是抓创新。", 2027),
        ("《工会法》第十一条规定，工会组织要发挥作用，开展“书香校园”活动。", 2027),
        ("二〇二七年一月", 2027),
        ("2021年庆祝建党100周年时，我校获评先进；今年庆祝新中国成立78周年。", 2027),
        ("2027年9月10日（星期五）召开表彰会，1月8日（周六）总结。", 2027),
        ("工会会员60人，其中女会员40人、男会员20人、党员30人。", 2027),
        ("女职工委员会主任担任联系人。", 2027),
    ],
)
def test_correct_text_is_not_flagged(text, year):
    assert check_text(text, year, small_lawbook()) == []


def test_a_kindergartens_find_and_replace_break_is_a_garble_but_its_own_words_are_not():
    title = "某区实验幼儿园2027年工会工作计划\n"
    findings = check_text(title + "会议材料由办公室认真园核后印发。", 2027, small_lawbook())
    assert [(f.kind, f.text, f.suggestion) for f in findings] == [("garble", "园核", "改为“校核”")]
    fine = title + "我园对新入职教师开展岗前培训，开园准备在8月完成，全园正在推进园务公开。"
    assert [f for f in check_text(fine, 2027, small_lawbook()) if f.kind == "garble"] == []


def test_a_holiday_before_or_after_points_at_its_first_or_last_day():
    spring = "某中学2026—2027学年第二学期工会工作计划\n"
    autumn = "某中学2027—2028学年第一学期工会工作计划\n"
    found = [f.text for f in check_text(spring + "寒假前走访困难教职工。", 2027, small_lawbook())]
    assert found == ["寒假"]
    assert check_text(spring + "寒假后返校第一周慰问教职工；学期末为秋季运动会做筹备。", 2027, small_lawbook()) == []
    assert check_text(autumn + "寒假前走访困难教职工。", 2027, small_lawbook()) == []
    assert [f.text for f in check_text(autumn + "暑假前组织体检。", 2027, small_lawbook())] == ["暑假"]


# (id, replacements, span, words of the message)
RULES = [
    ("appointed-delegates", [("2. 会前征集提案，", "2. 缺额的教职工代表由校长直接任命，会前征集提案，")], "由校长直接任命", "选举"),
    ("scheme-passed-elsewhere", [("2. 会前征集提案，", "2. 《教师岗位设置方案》由学校行政会研究决定后实施。会前征集提案，")],
     "由学校行政会研究决定后实施", "教职工代表大会"),
    ("term-of-office", [("做好会员会籍管理，", "本届工会委员会任期四年，做好会员会籍管理，")], "任期四年", "三年或者五年"),
]


@pytest.mark.parametrize("replacements, span, words", [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_procedure_rules_of_the_union_and_the_congress(review, replacements, span, words):
    findings = review(planted(*replacements))
    assert [(f.kind, f.text) for f in findings] == [("rule", span)]
    assert words in findings[0].message and findings[0].suggestion


@pytest.mark.parametrize(
    "replacements",
    [
        [("2. 会前征集提案，", "2. 工会委员的分工由工会主席指定，会前征集提案，")],
        [("2. 会前征集提案，", "2. 教职工代表由各部门教职工选举产生，会前征集提案，")],
        [("2. 会前征集提案，", "2. 《教职工绩效工资分配方案》经校长办公会研究后，提交教代会审议通过。会前征集提案，")],
        [("2. 会前征集提案，", "2. 困难补助标准由工会委员会研究决定，会前征集提案，")],
        [("做好会员会籍管理，", "家长委员会任期一年，做好会员会籍管理，")],
        [("做好会员会籍管理，", "依照《工会法》第十六条，本届工会委员会任期五年，做好会员会籍管理，")],
    ],
    ids=["duties-assigned", "delegates-elected", "scheme-to-congress", "union-own-aid", "parents-committee", "five-years"],
)
def test_correct_procedures_are_not_flagged(review, replacements):
    assert review(planted(*replacements)) == []


def test_groups_of_the_staff_cannot_outnumber_it(review):
    text = planted(("2. 会前征集提案，", "2. 全体教职工编成3个工会小组：甲组30人、乙组32人、丙组35人，会前征集提案，"))
    findings = review(text)
    assert [(f.kind, f.text) for f in findings] == [("impossible_figure", "甲组30人、乙组32人、丙组35人")]
    assert "97人" in findings[0].message and "92人" in findings[0].message
    right = planted(("2. 会前征集提案，", "2. 全体教职工编成3个工会小组：甲组30人、乙组30人、丙组32人，会前征集提案，"))
    assert review(right) == []


def test_a_plan_without_its_finance_part_is_told_so_once(review):
    text = planted(
        ("### （七）经费管理\n\n1. 坚持“收好、管好、用好”工会经费，严格执行预算。\n2. 经费收支接受工会经费审查委员会审查，学期末向会员公开。\n\n", ""),
        ("在学校党总支领导下，", "学校按规定拨缴工会经费。在学校党总支领导下，"),
        ("### （八）退休教职工工作", "### （七）退休教职工工作"),
    )
    assert [(f.kind, f.text, f.location.label) for f in review(text)] == [("missing_section", "", "经费管理（缺）")]


def test_the_plan_used_by_these_tests_is_clean(review):
    assert review(PLAN) == []


def test_words_of_another_kind_of_school_and_festivals_of_another_term():
    kindergarten = "某区实验幼儿园2027年工会工作计划\n开展课后服务。"
    assert [(f.kind, f.text) for f in check_text(kindergarten, 2027, small_lawbook())] == [("school_type_vocab", "课后服务")]
    senior = "某县第一高级中学2027年工会工作计划\n关心顶岗实习带队教师。"
    assert [(f.kind, f.text) for f in check_text(senior, 2027, small_lawbook())] == [("school_type_vocab", "顶岗实习")]
    autumn = "某中学2027—2028学年第一学期工会工作计划\n七夕节组织青年教师联谊；“八一”建军节慰问退役军人教师。"
    assert [f.kind for f in check_text(autumn, 2027, small_lawbook())] == ["out_of_period", "out_of_period"]


@pytest.mark.parametrize(
    "new, span",
    [
        ("教代会须有过半数代表出席方可召开，", "过半数代表出席"),
        ("教师代表不少于代表总数的50%，", "教师代表不少于代表总数的50%"),
        ("工会经费收支由学校财务室审核，", "工会经费收支由学校财务室审核"),
    ],
    ids=["quorum", "teacher-share", "audit-body"],
)
def test_figures_and_bodies_the_statutes_fix(review, new, span):
    findings = review(planted(("2. 会前征集提案，", f"2. {new}会前征集提案，")))
    assert [(f.kind, f.text) for f in findings] == [("rule", span)]


@pytest.mark.parametrize(
    "new",
    ["教师代表占代表总数的65%，", "工会经费收支由工会经费审查委员会审查，",
     "《工会法》规定“工会经费由学校财务部门审查”的说法不对，"],
    ids=["teacher-share-fine", "audit-committee", "quoted"],
)
def test_statute_figures_and_bodies_written_right_are_not_flagged(review, new):
    assert [f for f in review(planted(("2. 会前征集提案，", f"2. {new}会前征集提案，"))) if f.kind == "rule"] == []
