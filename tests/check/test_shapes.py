"""Correct plans in the shapes schools really write them are not flagged, and every finding says where it is."""

from __future__ import annotations

import re

import docx
import pytest

from assistant.check.findings import Document
from assistant.check.review import check_text, plan_facts
from assistant.check.title import title_facts
from assistant.domain.structure import load_structure
from assistant.loading.readers import read_document
from tests.check.conftest import GOALS, PLAN, planted


def as_plain_text(markdown: str, blank_lines: bool) -> str:
    """The plan as a school types it in a text editor: no Markdown marks, full-width item numbers, month lines."""
    lines = []
    for line in markdown.splitlines():
        line = re.sub(r"^#+\s*", "", line)
        line = re.sub(r"^(\d)\. ", r"\1．", line)
        if line.startswith("| 月份") or line.startswith("| ---"):
            continue
        if line.startswith("| ") and re.match(r"\| \d+月", line):
            cells = [c.strip() for c in line.strip("|").split("|")]
            line = f"{cells[0]}：{cells[1]}（{cells[2]}负责）"
        if blank_lines or line.strip():
            lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("blank_lines", [True, False], ids=["blank-lines", "no-blank-lines"])
def test_plain_text_plan_with_or_without_blank_lines_is_clean(review, blank_lines):
    text = as_plain_text(PLAN, blank_lines)
    assert "\n\n雁塔区晨光初级中学工会委员会" not in text or blank_lines  # 落款 straight after the last line
    assert review(text) == []


@pytest.mark.parametrize(
    "goals",
    [
        "本学期，教代会按期召开，提案办理及时反馈；师德师风建设常态化；困难教职工帮扶到位，教职工满意度稳步提升。",
        "- 教代会按期召开，提案办理及时反馈。\n- 师德师风建设常态化。\n- 困难教职工帮扶到位。",
        "（一）教代会按期召开，提案办理及时反馈\n（二）师德师风建设常态化\n（三）困难教职工帮扶到位",
        "（一）教代会按期召开，提案办理及时反馈。\n（二）师德师风建设常态化。\n（三）困难教职工帮扶到位。",
    ],
    ids=["paragraph", "bullets", "numbered-like-headings", "numbered-sentences"],
)
def test_goals_without_a_numbered_list_are_fine(review, goals):
    assert review(planted((GOALS, goals))) == []


def test_markdown_lists_numbered_1_1_1_are_numbered_when_rendered(review):
    assert review(re.sub(r"(?m)^\d\. ", "1. ", PLAN)) == []


def test_a_list_restarts_in_a_new_section_and_continues_after_a_table(review):
    text = PLAN
    assert "2. 继续开展师徒结对帮教" in text and "| 王老师 |" in text and "3. 组织教职工学习" in text
    assert review(text) == []
    restarted_after_label = planted(("2. 组建羽毛球、瑜伽兴趣小组。", "兴趣小组：\n\n1. 组建羽毛球、瑜伽兴趣小组。"))
    assert review(restarted_after_label) == []


@pytest.mark.parametrize(
    "signature",
    [
        "\n雁塔区晨光初级中学工会委员会\n2027年2月22日\n",
        "雁塔区晨光初级中学工会委员会\n2027年2月22日\n",
        "\n<!-- 落款 -->\n雁塔区晨光初级中学工会委员会\n二〇二七年二月二十二日\n",
        "\n                                        雁塔区晨光初级中学工会委员会\n                                        2027年2月\n",
    ],
    ids=["blank-line", "no-blank-line", "comment-and-chinese-date", "right-aligned"],
)
def test_signature_with_or_without_blank_line(review, signature):
    text = planted(("\n雁塔区晨光初级中学工会委员会\n2027年2月22日\n", signature))
    assert review(text) == []


def test_docx_plan_reads_and_checks_clean(review, tmp_path):
    document = docx.Document()
    lines = as_plain_text(PLAN, blank_lines=False).splitlines()
    for line in lines[:-2]:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=3)  # a table the way Word holds it, then the 落款
    for i, cell in enumerate(("月份", "工作内容", "负责")):
        table.rows[0].cells[i].text = cell
    for i, cell in enumerate(("3月", "召开教代会", "工会主席")):
        table.rows[1].cells[i].text = cell
    for line in lines[-2:]:
        document.add_paragraph(line)
    path = tmp_path / "plan.docx"
    document.save(path)
    text = read_document(path.read_bytes(), path.name)
    assert "3月 | 召开教代会 | 工会主席" in text
    assert review(text) == []


@pytest.mark.parametrize(
    "text, period",
    [
        ("教职工生病住院及时探望，元旦、春节前走访慰问困难教职工。", "第一学期"),
        ("组织教职工学习先进事迹，评选“三八”红旗手和五一劳动奖章推荐人选。", "第一学期"),
        ("9月结合教师节表彰优秀教师；重阳节前走访慰问退休教职工；寒假前做好送温暖工作。", "第一学期"),
        ("开学之初谋划新年度工作，全年级教师参加培训；端午节、“六一”期间慰问一线教师。", "第二学期"),
        ("统筹安排全年工作，年初编制预算，年末决算；9月庆祝教师节，3月开展“三八”活动。", "年度"),
        ("暑假后返校时慰问新入职教师，国庆节前组织教职工合唱比赛。", "第一学期"),
    ],
)
def test_dates_inside_the_period_are_fine(lawbook, text, period):
    findings = check_text(f"某中学2027年{period if period != '年度' else ''}工会工作计划\n{text}", 2027, lawbook)
    assert [f for f in findings if f.kind == "out_of_period"] == []


@pytest.mark.parametrize(
    "text",
    [
        "认真学习贯彻中国工会十八大精神，党的十八大以来学校民主管理取得长足进步。",
        "帮助教师提升课堂教学能力，开展帮扶困难教职工和帮困送温暖活动，帮助扶持青年教师成长。",
        "人人参与、个个出力，互帮互学；教研组研究研究新课标后再定方案；一个一个落实到人。",
        "入会率保持在100%，女教职工占教职工总数的65%，添置自动体外除颤器（AED），举办3x3篮球友谊赛。",
        "依照《中国工会章程》第二十九条和《教育法》第三十五条开展工作。",
        "按照《学校教职工代表大会规定》，教代会每学年至少召开一次，会前征集提案。",
        "《工会法》第十一条规定：“女职工人数较多的，可以建立工会女职工委员会，在同级工会领导下开展工作”。",
        "2028年2月29日前完成会员信息核对。",
    ],
)
def test_correct_wording_is_not_flagged(lawbook, text):
    assert check_text(text, 2028, lawbook) == []


def test_title_says_period_year_and_school():
    assert title_facts("城东小学2026—2027学年第二学期工会工作计划") == title_facts("城东小学2027年春季学期工会工作计划")
    assert title_facts("城东小学2026年秋季学期工会工作计划").period == "第一学期"
    facts = title_facts("城东小学2026—2027学年工会工作计划")
    assert (facts.school, facts.period, facts.year) == ("城东小学", "学年", 2026)
    assert plan_facts("# 星河幼儿园2027年工会工作要点\n\n一、指导思想\n").school == "星河幼儿园"


def test_without_a_profile_the_title_gives_period_and_kind(lawbook):
    text = "星河幼儿园2026—2027学年第二学期工会工作计划\n一、主要工作\n1、深化校务公开。\n2、9月组织教职工庆祝教师节。"
    kinds = [(f.kind, f.text) for f in check_text(text, 2027, lawbook, structure=load_structure())
             if f.kind in ("school_type_vocab", "out_of_period")]
    assert kinds == [("school_type_vocab", "校务公开"), ("out_of_period", "9月组织教职工庆祝教师节")]


def test_headings_written_as_sentences_still_start_their_sections(lawbook):
    text = (
        "一、主要工作\n（一）加强民主管理，推进校务公开。\n1、按时召开教代会。\n2、推进校务公开。\n"
        "（二）进一步加强师德建设，提高教职工师德素养。\n要把师德建设放在首位。\n1、开展师德承诺活动。\n"
        "（三）组织好文体活动。\n1、举办教职工运动会。"
    )
    findings = check_text(text, 2027, lawbook)
    assert findings == []
    place = Document(text).finding("numbering", text.index("举办"), text.index("举办") + 2, "", "").location
    assert (place.section, place.label) == ("culture", "一、（三）第1条")
