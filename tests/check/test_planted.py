"""Each defect planted into a correct plan is reported once, with its exact span, a Chinese message and suggestion,
and the place a user can follow — and nothing else in the plan is flagged."""

from __future__ import annotations

import pytest

from assistant.check.findings import KINDS
from tests.check.conftest import PLAN, planted

LAST_YEAR = planted(
    ("2026—2027学年第二学期", "2025—2026学年第二学期"),
    ("第五届教职工代表大会第二次会议", "第五届教职工代表大会第一次会议"),
    ("第三届“晨光杯”", "第二届“晨光杯”"),
    ("2027年2月22日", "2026年2月24日"),
)

# (id, kind, replacements, span, location label, words of the message, words of the suggestion, profile changes)
CASES = [
    ("blank-date", "placeholder", [("2. 会前征集提案，", "2. 于X月X日前征集提案，")], "X月X日", "三、（一）第2条",
     "占位符", "填写", {}),
    ("blank-line", "placeholder", [("组建羽毛球、瑜伽兴趣小组", "组建____兴趣小组")], "____", "三、（五）第2条", "空缺", "填写", {}),
    ("party-congress", "outdated", [("党的二十大和二十届历次全会精神", "党的十九大精神")], "党的十九大精神", "一、指导思想",
     "不是最新提法", "党的二十大", {}),
    ("union-congress", "outdated", [("中国工会第十八次全国代表大会", "中国工会第十七次全国代表大会")],
     "中国工会第十七次全国代表大会", "一、指导思想", "不是最新", "中国工会第十八次全国代表大会", {}),
    ("old-amendment", "outdated", [("2021年修正的《工会法》", "2009年修正的《工会法》")], "2009年修正的《工会法》",
     "三、（六）第1条", "2021年", "2021年修正", {}),
    ("no-such-article", "unknown_article", [("发挥工会女职工委员会作用。", "依据《女职工劳动保护特别规定》第三十条发挥工会女职工委员会作用。")],
     "《女职工劳动保护特别规定》第三十条", "三、（三）第1条", "没有第三十条", "核对条文号", {}),
    ("misquote", "misquote",
     [("发挥工会女职工委员会作用。", "发挥工会女职工委员会作用。《工会法》第十一条规定：“女职工二十人以上的，必须建立女职工委员会。”")],
     "女职工二十人以上的，必须建立女职工委员会。", "三、（三）第1条", "原文不一致", "按原文", {}),
    ("traditional", "script", [("组织女教职工健康讲座", "組織女教职工健康讲座")], "組織", "三、（三）第2条", "繁体", "组织", {}),
    ("pinyin", "script", [("组织女教职工健康讲座", "组织女教职工健(jiàn)康讲座")], "健(jiàn)", "三、（三）第2条", "拼音", "健", {}),
    ("garble", "garble", [("师徒结对帮教", "师徒结对帮助教")], "帮助教", "三、（二）第2条", "错误替换", "帮教", {}),
    ("doubled-joined", "doubled_phrase", [("党的二十大和二十届历次全会精神，", "党的二十大精神和党的二十大精神，")],
     "党的二十大精神和党的二十大精神", "一、指导思想", "两遍", "只保留一个", {}),
    ("doubled-short", "doubled_phrase", [("竭诚服务教职工。", "竭诚服务教职工教职工。")], "教职工教职工", "一、指导思想",
     "两遍", "只保留一个“教职工”", {}),
    ("school-type", "school_type_vocab", [("中考前慰问九年级教师", "高考前慰问九年级教师")], "高考", "三、（四）第2条",
     "初中", "删去", {}),
    ("kindergarten-word", "school_type_vocab", [("2. 会前征集提案，", "2. 围绕保教工作，会前征集提案，")], "保教工作",
     "三、（一）第2条", "幼儿园", "删去", {}),
    ("senior-grade", "school_type_vocab", [("中考前慰问九年级教师", "中考前慰问九年级和高三教师")], "高三", "三、（四）第2条",
     "高中学段", "删去", {}),
    ("dated-month", "out_of_period", [("5月举办教职工趣味运动会", "2027年9月举办教职工趣味运动会")], "2027年9月",
     "三、（五）第1条", "不在", "核对日期", {}),
    ("festival", "out_of_period", [("教职工生病住院及时探望。", "教职工生病住院及时探望，国庆节前慰问一线教师。")], "国庆节",
     "三、（四）第1条", "不在本学期内", "删去", {}),
    ("schedule-month", "out_of_period", [("| 7月 | 学期工作总结 | 工会委员会 | 工会委员 |",
                                          "| 7月 | 学期工作总结 | 工会委员会 | 工会委员 |\n| 8月 | 暑期疗休养 | 工会主席 | 骨干教师 |")],
     "8月", "四、表格第7行", "8月不在本学期内", "删去8月", {}),
    ("whole-year", "out_of_period", [("组建羽毛球、瑜伽兴趣小组。", "组建羽毛球、瑜伽兴趣小组，活动贯穿全年。")], "贯穿全年",
     "三、（五）第2条", "全年计划", "贯穿整个学期", {}),
    ("notice-title", "pasted_notice", [("3. 组织教职工学习", "雁塔区教育工会关于开展2027年教职工读书月活动的通知\n\n3. 组织教职工学习")],
     "雁塔区教育工会关于开展2027年教职工读书月活动的通知", "三、（二）师德与队伍建设", "通知原文", "删去通知原文", {}),
    ("notice-block", "pasted_notice",
     [("2. 组建羽毛球", "各区属学校工会：\n现将有关事项通知如下。\n\n2. 组建羽毛球")],
     "各区属学校工会：\n现将有关事项通知如下", "三、（五）第1条", "主送机关、结束语", "删去通知原文", {}),
    ("stale-ordinal", "stale_ordinal", [("第三届“晨光杯”", "第三届“晨光杯”")], "第三届“晨光杯”青年教师基本功比赛",
     "三、（二）第1条", "届次没有更新", "第四届", {"previous": planted(("第二届“晨光杯”", "第三届“晨光杯”"), text=LAST_YEAR)}),
    ("women-count", "impossible_figure", [("现有女教职工60人", "现有女教职工98人")], "女教职工98人", "三、（三）第1条",
     "比教职工总数92人还多", "核对人数", {}),
    ("no-such-day", "impossible_figure", [("5月举办教职工趣味运动会", "4月31日举办教职工趣味运动会")], "4月31日",
     "三、（五）第1条", "没有31日", "30天", {}),
    ("rate", "impossible_figure", [("教职工满意度稳步提升", "教职工满意率达到110%")], "满意率达到110%", "二、第3条",
     "超过了100%", "100%", {}),
    ("image", "unsafe_content", [("2. 组建羽毛球", "![合影](https://img.example.cn/a.jpg)\n2. 组建羽毛球")],
     "![合影](https://img.example.cn/a.jpg)", "三、（五）第1条", "外部图片", "删去", {}),
    ("script-link", "unsafe_content", [("推进校务公开。", "推进校务公开，[查看公示](javascript:alert(1))。")],
     "[查看公示](javascript:alert(1))", "三、（一）第2条", "javascript", "删去这个链接", {}),
    ("html", "unsafe_content", [("推进校务公开。", "推进校务公开。<iframe src=\"http://a.example\"></iframe>")],
     "<iframe src=\"http://a.example\">", "三、（一）第2条", "HTML", "删去", {}),
    ("bidi", "unsafe_content", [("工会委员会统筹安排", "工会委员\u202e会统筹安排")], "\u202e", "五、保障措施",
     "控制字符", "删去", {}),
    ("skip", "numbering", [("2. 继续开展师徒结对帮教", "3. 继续开展师徒结对帮教"), ("3. 组织教职工学习", "4. 组织教职工学习")],
     "3.", "三、（二）第3条", "跳号", "改为“2.”", {}),
    ("repeat", "numbering", [("2. 组建羽毛球", "1. 组建羽毛球")], "1.", "三、（五）第1条", "重复", "改为“2.”", {}),
    ("level-in-list", "numbering", [("2. 会前征集提案", "（二）会前征集提案")], "（二）", "三、（一）第2条", "层级",
     "改为“2.”", {}),
    ("mixed-style", "numbering", [("2. 做好会员会籍管理", "2、做好会员会籍管理")], "2、", "三、（六）第2条", "混用",
     "统一为“2.”", {}),
    ("empty", "empty_section", [("1. 5月举办教职工趣味运动会。\n2. 组建羽毛球、瑜伽兴趣小组。\n\n", "")], "（五）文体活动",
     "三、（五）文体活动", "只有标题", "兴趣小组", {}),
    ("empty-before-signature", "empty_section",
     [("在学校党总支领导下，工会委员会统筹安排，委员分工负责，每项活动有计划、有总结。\n\n", "")], "五、保障措施", "五、保障措施",
     "只有标题", "分工", {}),
    ("missing", "missing_section",
     [("## 五、保障措施\n\n在学校党总支领导下，工会委员会统筹安排，委员分工负责，每项活动有计划、有总结。\n\n", "")], "",
     "保障措施（缺）", "缺少“保障措施”", "分工", {}),
    ("missing-signature", "missing_section", [("\n雁塔区晨光初级中学工会委员会\n2027年2月22日\n", "\n")], "", "落款（缺）",
     "缺少落款", "工会委员会", {}),
    ("small-school-congress", "rule", [("我校现有教职工92人，3月召开第五届教职工代表大会第二次会议", "我校现有教职工70人，3月召开教职工代表大会")],
     "教代会", "二、第1条", "制度（全文共3处，另见三、（一）第1条、四、表格第2行）", "教职工大会", {"staff": 70}),
    ("few-women", "rule", [("现有女教职工60人，发挥工会女职工委员会作用", "现有女教职工8人，发挥工会女职工委员会作用")],
     "女职工委员会", "三、（三）第1条", "人数较少，按《工会法》第十一条应在工会委员会中设女职工委员（全文共2处，另见四、表格第2行）",
     "女职工委员", {"female_staff": 8}),
    ("no-audit", "rule", [("经费收支接受工会经费审查委员会审查，学期末向会员公开", "经费收支学期末向会员公开")], "经费管理",
     "三、（七）经费管理", "经审", "经费审查委员会", {}),
    ("frequency", "rule", [("1. 教代会按期召开", "1. 教代会每两年召开一次")], "每两年召开一次", "二、第1条", "每学年至少召开一次",
     "每学年", {}),
]


@pytest.mark.parametrize(
    "kind, replacements, span, label, message, suggestion, changes", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_planted_defect_is_the_one_finding(review, kind, replacements, span, label, message, suggestion, changes):
    previous = changes.pop("previous", None)
    findings = review(planted(*replacements), previous=previous, **changes)
    assert [(f.kind, f.text, f.location.label) for f in findings] == [(kind, span, label)], findings
    (finding,) = findings
    assert message in finding.message and suggestion in finding.suggestion, finding


def test_every_kind_is_planted():
    assert {case[1] for case in CASES} == set(KINDS)


def test_two_defects_on_one_line_are_two_findings_and_one_problem_is_one(review):
    text = planted(("中考前慰问九年级教师。", "中考前慰问九年级教师，国庆节前后组织教职工健步走，国庆节当天升旗。"))
    findings = review(text)
    assert [(f.kind, f.text) for f in findings] == [("out_of_period", "国庆节前后组织教职工健步走，国庆节")]  # one sentence
    text = planted(("| 7月 | 学期工作总结 |", "| 9月 | 教师节表彰 |"))
    assert [(f.kind, f.text) for f in review(text)] == [("out_of_period", "9月 | 教师节")]  # one row


def test_a_stale_ordinal_moved_on_or_without_last_year_is_fine(review):
    assert review(PLAN) == []
    assert review(PLAN, previous=LAST_YEAR) == []  # 晨光杯 moved on; the congress's 届 the same, its 次 moved on


def test_school_money_in_safeguards_is_not_the_unions_funds(review):
    without_finance = planted(
        ("### （七）经费管理\n\n1. 坚持“收好、管好、用好”工会经费，严格执行预算。\n2. 经费收支接受工会经费审查委员会审查，学期末向会员公开。\n\n", ""),
        ("委员分工负责，", "委员分工负责，学校做好场地和经费保障，"),
        ("### （八）退休教职工工作", "### （七）退休教职工工作"),
    )
    findings = review(without_finance)
    assert [(f.kind, f.location.section) for f in findings] == [("missing_section", "finance")]
