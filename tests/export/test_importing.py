"""A plan read back from the product's Markdown: sections, numbered measures, sub-points and the monthly table."""

from __future__ import annotations

from pathlib import Path

from assistant.domain.profile import Profile
from assistant.domain.structure import load_structure
from assistant.export.importing import plan_from_markdown, section_for
from assistant.export.markdown import render

SAMPLE = Path(__file__).resolve().parents[1] / "conversation" / "data" / "sample_plan.md"
PROFILE = Profile(school="江城市第三小学", year=2027, staff=70, female_staff=50, retirees=12,
                  upper_union="江城市教育工会", sign_on="2027-01-06")


def test_a_plan_file_reads_back_to_the_same_markdown():
    text = SAMPLE.read_text(encoding="utf-8")
    plan = plan_from_markdown(text, PROFILE, load_structure())
    assert render(plan.to_blocks()) == text
    assert plan.sections["women"].numbered and len(plan.sections["women"].paragraphs) == 5
    assert [r.month for r in plan.schedule] == [1, 3, 3, 4, 9, 11]
    assert plan.missing() == []


def test_a_file_saved_with_the_old_signature_marker_reads_as_the_same_plan():
    text = SAMPLE.read_text(encoding="utf-8")
    old_style = text.replace("江城市第三小学工会委员会  \n", "<!-- 落款 -->\n江城市第三小学工会委员会\n")
    assert old_style != text
    plan = plan_from_markdown(old_style, PROFILE, load_structure())
    assert render(plan.to_blocks()) == text and "<!--" not in render(plan.to_blocks())


def test_sub_points_stay_under_their_measure_and_headings_keep_their_wording():
    text = ("# 标题\n\n## 三、主要工作\n\n### （一）民主管理与园务公开\n\n1. 召开教职工大会。\n\n（1）审议工作计划。\n\n"
            "2. 推进园务公开。\n")
    plan = plan_from_markdown(text, PROFILE, load_structure())
    assert plan.sections["democracy"].title == "民主管理与园务公开"
    assert plan.sections["democracy"].paragraphs == ["召开教职工大会。", "（1）审议工作计划。", "推进园务公开。"]
    assert plan.sections["women"].status == "empty"


def test_headings_are_matched_by_title_then_alias():
    structure = load_structure()
    assert section_for("（三）女职工工作", structure) == "women"
    assert section_for("五、工作要求", structure) == "safeguards"
    assert section_for("一、指导思想", structure) == "guiding"
