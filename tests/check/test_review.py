"""Plan checker: planted problems of every kind are found with their exact span; correct text is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.check.findings import KINDS, Finding
from assistant.check.review import check_text
from assistant.check.sections import missing_elements
from assistant.domain.policy import current_congress
from assistant.domain.profile import Profile
from assistant.domain.structure import load_structure
from assistant.loading.statutes import LawBook

ROOT = Path(__file__).resolve().parents[2]

ART11 = (
    "第十一条 用人单位有会员二十五人以上的，应当建立基层工会委员会。女职工人数较多的，可以建立工会女职工委员会，"
    "在同级工会领导下开展工作；女职工人数较少的，可以在工会委员会中设女职工委员。"
)


def small_lawbook() -> LawBook:
    """A real LawBook holding one law (two articles) and one digest."""
    return LawBook(
        articles={"工会法": {"第十一条": ART11, "第四十五条": "第四十五条 工会应当根据经费独立原则，建立预算、决算和经费审查监督制度。"}},
        titles={"工会法": "中华人民共和国工会法", "学校教职工代表大会规定": "学校教职工代表大会规定"},
        digests={"学校教职工代表大会规定"},
    )


@pytest.fixture(scope="module")
def real_lawbook():
    return LawBook.from_dir(ROOT / "knowledge" / "policy")


def only(findings: list[Finding], kind: str) -> list[tuple[str, int]]:
    return [(f.text, f.line) for f in findings if f.kind == kind]


PLANTED = [
    # (kind, text, year, expected span)
    ("placeholder", "本学期工会在____的领导下开展工作。", 2027, "____"),
    ("placeholder", "20xx年工会工作计划", 2027, "20xx"),
    ("placeholder", "计划于20XX年x月x日召开。", 2027, "20XX年x月x日"),
    ("placeholder", "时间：x月x日", 2027, "x月x日"),
    ("placeholder", "XX学校工会委员会", 2027, "XX"),
    ("placeholder", "××镇中心小学", 2027, "××"),
    ("placeholder", "学习贯彻党的十x大精神。", 2027, "十x大"),
    ("placeholder", "具体安排（略）。", 2027, "（略）"),
    ("placeholder", "由某某同志负责。", 2027, "某某"),
    ("outdated", "认真学习贯彻党的十九大精神。", 2027, "党的十九大"),
    ("outdated", "组织教职工学习领会“十八大”精神。", 2023, "十八大"),
    ("outdated", "为“十三五”规划开好局。", 2024, "十三五"),
    ("outdated", "围绕“十四五”规划目标。", 2026, "十四五"),
    ("outdated", "践行“八荣八耻”。", 2027, "八荣八耻"),
    ("outdated", "组织教职工学习《公民道德建设纲要》。", 2027, "《公民道德建设纲要》"),
    ("outdated", "以科学发展观重要思想为指导，推进工作。", 2027, "以科学发展观重要思想为指导"),
    ("outdated", "以邓小平理论和“三个代表”重要思想为指导。", 2027, "以邓小平理论和“三个代表”重要思想为指导"),
    ("outdated", "认真学习贯彻新《工会法》。", 2027, "新《工会法》"),
    ("outdated", "宣传新颁布的《劳动合同法》。", 2027, "新颁布的《劳动合同法》"),
    ("outdated", "深入开展创先争优活动。", 2027, "创先争优活动"),
    ("outdated", "巩固党的群众路线教育实践活动成果。", 2027, "党的群众路线教育实践活动"),
    ("outdated", "推进“两学一做”学习教育常态化。", 2027, "“两学一做”学习教育"),
    ("outdated", "开展“不忘初心、牢记使命”主题教育。", 2027, "“不忘初心、牢记使命”主题教育"),
    ("bad_citation", "依据《工会法》第九十九条开展工作。", 2027, "《工会法》第九十九条"),
    ("bad_citation", "按照《工会法》第十一条、第99条执行。", 2027, "第99条"),
    ("bad_citation", "按照《中小学教师职业道德规范》第三条要求。", 2027, "《中小学教师职业道德规范》第三条"),
    ("misquote", "《工会法》第十一条规定：“女职工人数较多的，必须建立女职工委员会。”", 2027, "女职工人数较多的，必须建立女职工委员会。"),
    ("misquote", "《工会法》规定：女职工一律建立女职工委员会。", 2027, "女职工一律建立女职工委员会"),
    ("misquote", "《学校教职工代表大会规定》指出：“教代会每学年至少召开一次”。", 2027, "教代会每学年至少召开一次"),
    ("traditional", "加強學校工會建設。", 2027, "強學校工會建設"),
    ("pinyin", "不會出現(xiàn)問題", 2027, "現(xiàn)"),
    ("numbering", "1、开展活动。\n2.组织学习。", 2027, "2."),
    ("numbering", "一、主要工作\n1、民主管理。\n2、师德建设。\n4、文体活动。", 2027, "4、"),
    ("numbering", "一、主要工作\n（一）民主管理\n（一）师德建设", 2027, "（一）", 3),
    ("numbering", "一、主要工作\n（1）民主管理。", 2027, "（1）"),
    ("numbering", "一、主要工作\n1.总体要求。\n（一）民主管理\n1.召开教代会。", 2027, "1."),
]


@pytest.mark.parametrize(
    "kind, text, year, span, line", [(*p, None)[:5] for p in PLANTED], ids=[f"{p[0]}-{p[3]}" for p in PLANTED]
)
def test_planted_problem_is_found(kind, text, year, span, line):
    """Each planted problem is reported with its exact span on its line (default: the span's first occurrence)."""
    findings = check_text(text, year, small_lawbook())
    spans = [f.text for f in findings if f.kind == kind]
    assert span in spans, findings
    line = line or text.count("\n", 0, text.index(span)) + 1
    finding = next(f for f in findings if f.kind == kind and f.text == span and f.line == line)
    assert finding.message and finding.suggestion


def test_every_kind_is_planted():
    planted = {k for k, *_ in PLANTED} | {"missing_section", "rule"}
    assert planted == set(KINDS)


def test_line_and_column_point_at_the_span():
    text = "第一行正常。\n第二行有XX学校。"
    (f,) = check_text(text, 2027, small_lawbook())
    assert (f.kind, f.text, f.line, f.column) == ("placeholder", "XX", 2, 5)
    assert f.to_dict()["text"] == "XX"


@pytest.mark.parametrize(
    "text, year",
    [
        ("依据《工会法》第十一条，建立女职工委员会。", 2027),
        ("依据《工会法》第11条，建立女职工委员会。", 2027),
        ("坚持以习近平新时代中国特色社会主义思想为指导。", 2027),
        ("坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导。", 2027),
        ("深入学习贯彻党的二十大精神。", 2027),
        ("党的十八大以来，教育事业取得历史性成就。", 2027),
        ("2027年3月召开教代会，2027年9月10日庆祝教师节。", 2027),
        ("一、主要工作\n（一）民主管理\n1.召开教代会。\n2.校务公开。\n（二）师德建设\n1.师德学习。", 2027),
        ("围绕“十四五”规划目标。", 2024),
        ("《工会法》第十一条规定：“女职工人数较多的，可以建立工会女职工委员会，在同级工会领导下开展工作”。", 2027),
        ("《工会法》第十一条规定：女职工人数较多的，可以建立工会女职工委员会。", 2027),
        ("组织学习《中小学教师职业道德规范》。", 2027),
        ("显著提高著作水平，干净利落。", 2027),
        ("会员二十五人以上的单位。", 2027),
        ("组织学习《新时代公民道德建设实施纲要》。", 2027),
        ("九月份\n1.开学慰问。\n2.教师节。\n十月份\n1.重阳节。", 2027),
    ],
)
def test_correct_text_is_not_flagged(text, year):
    assert check_text(text, year, small_lawbook()) == []


CLEAN_PLAN = """# 阳光小学2027年工会工作计划

## 一、指导思想

坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实区教育工会和学校党支部的工作部署，围绕学校中心工作，服务教职工。

## 二、工作目标

建设让教职工满意的“职工之家”，推进民主管理，加强师德和队伍建设，依法维护教职工合法权益。

## 三、主要工作

### （一）民主管理与校务公开

1. 2027年3月召开教职工代表大会，审议学校工作报告，征集和办理提案，教代会每学年至少召开一次。
2. 坚持校务公开，重要事项及时公示。

### （二）师德与队伍建设

1. 开展师德师风建设和理论学习，组织青年教师基本功比赛。
2. 围绕“五一”开展劳动竞赛，评选表彰先进。

### （三）女职工工作

1. 发挥女职工委员会作用，开展三八节活动。
2. 组织女教职工妇科检查，关爱孕期、哺乳期女职工。依据《工会法》第十一条，女职工委员会在同级工会领导下开展工作。

### （四）维权与送温暖

1. 做好困难教职工帮扶，节日慰问和生病探望。

### （五）文体活动

1. 成立兴趣小组，举办教职工运动会。

### （六）工会自身建设

1. 加强工会委员学习培训，做好会员管理和档案建设。

### （七）经费管理

1. 按照“收好、管好、用好”的要求管理工会经费，做好预算决算，接受经费审查委员会审查监督。

### （八）退休教职工工作

1. 重阳节走访慰问退休教职工。

## 四、月度工作安排

| 月份 | 工作内容 | 负责 | 参与 |
| --- | --- | --- | --- |
| 3月 | 召开教代会 | 工会主席 | 全体教职工代表 |
| 5月 | 健康体检 | 工会 | 全体教职工 |
| 10月 | 重阳节慰问 | 工会主席 | 退休教职工 |

## 五、保障措施

在学校党支部领导下，明确分工、落实责任，做好经费和场地保障，年底检查总结。

<!-- 落款 -->
阳光小学工会委员会
2027年1月4日
"""

PROFILE = Profile(school="阳光小学", year=2027, staff=120, female_staff=80)


def test_clean_realistic_plan_has_no_findings(real_lawbook):
    assert check_text(CLEAN_PLAN, 2027, real_lawbook, PROFILE, load_structure()) == []


def test_missing_and_empty_sections_are_reported():
    text = CLEAN_PLAN.replace("### （三）女职工工作", "### （三）其他").replace(
        "1. 发挥女职工委员会作用，开展三八节活动。\n2. 组织女教职工妇科检查，关爱孕期、哺乳期女职工。依据《工会法》第十一条，女职工委员会在同级工会领导下开展工作。",
        "1. 做好其他工作。",
    )
    text = text.replace("在学校党支部领导下，明确分工、落实责任，做好经费和场地保障，年底检查总结。\n\n", "")
    findings = check_text(text, 2027, small_lawbook(), structure=load_structure())
    missing = [f for f in findings if f.kind == "missing_section"]
    messages = [f.message for f in missing]
    assert "缺少“女职工工作”部分" in messages
    empty = next(f for f in missing if "保障措施" in f.message)
    assert empty.text == "## 五、保障措施" and empty.line == text.splitlines().index("## 五、保障措施") + 1
    assert "缺少落款" not in "".join(messages)  # 落款 is still there


def test_missing_title_and_signature():
    findings = check_text("工会要做好服务。", 2027, small_lawbook(), structure=load_structure())
    messages = " ".join(f.message for f in findings if f.kind == "missing_section")
    assert "缺少标题" in messages and "缺少落款" in messages and "缺少“指导思想”部分" in messages


def test_missing_elements_lists_uncovered_needs():
    gaps = missing_elements("开展三八节活动，组织妇科检查。", load_structure())
    assert "三八节活动" not in gaps["women"]
    assert "关爱孕期哺乳期女职工" in gaps["women"]


RULES = [
    # (profile changes, text, span)
    ({"staff": 60, "female_staff": 40}, "每学年召开一次教职工代表大会。", "教职工代表大会"),
    ({"staff": 60, "female_staff": 40}, "按时召开教代会。", "教代会"),
    ({"staff": 120}, "每学年召开一次教职工大会。", "教职工大会"),
    ({}, "教代会每两年召开一次。", "每两年召开一次"),
    ({"staff": 30, "female_staff": 6}, "成立女职工委员会。", "女职工委员会"),
    ({"staff": 120, "female_staff": 80}, "在工会委员会中设女职工委员。", "女职工委员"),
    ({}, "合理使用工会经费，做好预算。", "工会经费"),
]


@pytest.mark.parametrize("changes, text, span", RULES, ids=[r[2] for r in RULES])
def test_domain_rule_violations(changes, text, span):
    profile = Profile(**{**{"school": "阳光小学", "year": 2027, "staff": 120, "female_staff": 80}, **changes})
    rules = [f for f in check_text(text, 2027, small_lawbook(), profile) if f.kind == "rule"]
    assert span in [f.text for f in rules], rules
    assert not [f for f in check_text(text, 2027, small_lawbook()) if f.kind == "rule"]  # rules need a profile


@pytest.mark.parametrize(
    "changes, text",
    [
        ({"staff": 60, "female_staff": 40}, "按照《学校教职工代表大会规定》召开教职工大会，参加区教代会培训。"),
        ({"staff": 120}, "召开教职工代表大会，会前召开全体教职工大会动员。"),
        ({"staff": 30, "female_staff": 6}, "在工会委员会中设女职工委员。"),
        ({}, "工会经费收支接受经审委员会审查。"),
    ],
)
def test_domain_rules_accept_correct_text(changes, text):
    profile = Profile(**{**{"school": "阳光小学", "year": 2027, "staff": 120, "female_staff": 80}, **changes})
    assert [f for f in check_text(text, 2027, small_lawbook(), profile) if f.kind == "rule"] == []


def test_congress_number_follows_the_year():
    assert [current_congress(y) for y in (2017, 2018, 2022, 2023, 2027, 2028)] == [18, 19, 19, 20, 20, 21]
    assert only(check_text("学习党的二十大精神。", 2028, small_lawbook()), "outdated") == [("党的二十大", 1)]


# ---------------------------------------------------------------- with the real LawBook


@pytest.mark.parametrize(
    "text, kind, span",
    [
        ("依据《工会法》第九十九条开展工作。", "bad_citation", "《工会法》第九十九条"),
        ("《中华人民共和国工会法》第十一条规定：“女职工人数较多的，必须建立女职工委员会”。", "misquote", "女职工人数较多的，必须建立女职工委员会"),
        ("《学校教职工代表大会规定》第十五条规定：“教代会每学年至少召开一次”。", "misquote", "教代会每学年至少召开一次"),
        ("《女职工劳动保护特别规定》第九十条规定孕期保护。", "bad_citation", "《女职工劳动保护特别规定》第九十条"),
    ],
)
def test_real_lawbook_findings(real_lawbook, text, kind, span):
    assert span in [f.text for f in check_text(text, 2027, real_lawbook) if f.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "依据《工会法》第十一条建立女职工委员会。",
        "《中华人民共和国工会法》第十一条规定：“女职工人数较多的，可以建立工会女职工委员会，在同级工会领导下开展工作”。",
        "《工会法》规定：“各级工会建立经费审查委员会。”",
        "根据《教师法》第七条，教师享有参与民主管理的权利。",
        "按照《学校教职工代表大会规定》，教代会每学年至少召开一次。",
    ],
)
def test_real_lawbook_accepts_correct_citations(real_lawbook, text):
    assert check_text(text, 2027, real_lawbook) == []


def test_scraped_examples_show_their_known_problems(real_lawbook):
    traditional = (ROOT / "knowledge" / "examples" / "000_378b3479bbbb14a0.txt").read_text(encoding="utf-8")
    kinds = {f.kind for f in check_text(traditional, 2027, real_lawbook)}
    assert {"traditional", "pinyin", "placeholder", "outdated"} <= kinds
    censored = (ROOT / "knowledge" / "examples" / "003_dfa1114e08482e2e.txt").read_text(encoding="utf-8")
    found = {(f.kind, f.text) for f in check_text(censored, 2027, real_lawbook)}
    assert ("placeholder", "____") in found and ("placeholder", "20xx") in found
    assert ("outdated", "新《工会法》") in found
