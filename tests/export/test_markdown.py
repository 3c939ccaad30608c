"""Markdown rendering of plan blocks and reading it back."""

from __future__ import annotations

import pytest

from assistant.domain.blocks import Heading, Paragraph, Signature, Table, Title
from assistant.domain.plan import Plan, schedule_from_calendar
from assistant.domain.profile import Profile
from assistant.domain.structure import load_structure
from assistant.export.markdown import parse, render

BLOCKS = [
    Title("阳光小学2027年工会工作计划"),
    Heading("一、指导思想", 1),
    Paragraph("以习近平新时代中国特色社会主义思想为指导。"),
    Heading("二、主要工作", 1),
    Heading("（一）女职工工作", 2),
    Paragraph("1. 开展“三八”节活动。"),
    Paragraph("（1）组织健步走。"),
    Heading("1. 第三层标题", 3),
    Heading("（1）第四层标题", 4),
    Heading("三、月度工作安排", 1),
    Table(("月份", "工作内容", "负责", "参与"), (("3月", "召开教职工大会|审议", "工会主席", ""),)),
    Signature(("阳光小学工会委员会", "2027年1月4日")),
]


def test_render_layout():
    md = render(BLOCKS)
    assert md.startswith("# 阳光小学2027年工会工作计划\n\n## 一、指导思想\n\n以习近平")
    assert "### （一）女职工工作" in md
    assert "| 月份 | 工作内容 | 负责 | 参与 |\n| --- | --- | --- | --- |" in md
    assert "召开教职工大会\\|审议" in md
    # the 落款 is two lines joined by a Markdown hard break, with no HTML comment anywhere in the file
    assert md.rstrip().endswith("阳光小学工会委员会  \n2027年1月4日") and "<!--" not in md


def test_round_trip():
    assert parse(render(BLOCKS)) == BLOCKS


@pytest.mark.parametrize(
    "text",
    ["# 不是标题", "- 不是列表", "| 不是表格 |", "两行\n文字", "以反斜杠结尾\\", "\\开头", "2027年1月4日", "a\n\nb"],
)
def test_round_trip_tricky_paragraphs(text):
    blocks = [Title("标题"), Paragraph(text), Paragraph("末段。")]
    assert parse(render(blocks)) == blocks


def test_round_trip_of_a_real_plan():
    profile = Profile(school="阳光小学", year=2027, staff=120, female_staff=80)
    structure = load_structure()
    plan = Plan.empty(profile, structure)
    plan.set_section("guiding", ["指导思想。"], "accepted")
    plan.set_section("democracy", ["召开教代会", "（1）征集提案"], "accepted")
    plan.set_schedule(schedule_from_calendar(profile, structure))
    blocks = plan.to_blocks()
    assert parse(render(blocks)) == blocks


def test_parse_tolerates_user_edits():
    md = (
        "#  阳光小学2027年工会工作计划 \n"
        "##一、指导思想\n"
        "以习近平新时代中国特色社会主义思想为指导，\n全面贯彻党的二十大精神。\n\n"
        "- 第一条\n- 第二条\n\n"
        "|月份|工作内容|\n|:---|---:|\n|3月|召开教代会|多余|\n\n"
        "阳光小学工会委员会\n2027年1月4日\n"
    )
    assert parse(md) == [
        Title("阳光小学2027年工会工作计划"),
        Heading("一、指导思想", 1),
        Paragraph("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。"),
        Paragraph("第一条"),
        Paragraph("第二条"),
        Table(("月份", "工作内容"), (("3月", "召开教代会"),)),
        Signature(("阳光小学工会委员会", "2027年1月4日")),
    ]


def test_english_soft_wrap_keeps_a_space():
    assert parse("PDCA cycle\nfor work") == [Paragraph("PDCA cycle for work")]
