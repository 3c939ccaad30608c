"""Starting from last year's plan: the school's own activities stay, years and wording move on, gaps are filled."""

from __future__ import annotations

import pytest

from assistant.check.review import check_text
from assistant.compose.composer import Composer
from assistant.compose.previous import previous_year, update_from_previous
from assistant.domain.profile import Profile
from assistant.domain.structure import load_structure
from assistant.export.markdown import render
from assistant.loading.statutes import LawBook
from assistant.retrieval import Retriever

LAST_YEAR = """银杏树实验中学2025年工会工作计划

一、指导思想
以党的十九大精神为指导，在学校党支部和区教育工会的领导下，围绕学校中心工作，全心全意为教职工服务。

二、主要工作
（一）文体活动
1、举办一年一度的“银杏杯”教职工羽毛球赛。
2、2025年10月18日组织教职工秋游活动。
3、开展____活动。
（二）民主管理
1、2025年3月召开教职工代表大会，审议学校工作报告。
2、做好校务公开工作，每月更新校务公开栏。
（三）工会自身建设
1、每学期召开两次工会委员会议，学习2021年修正的《工会法》。

三、保障措施
1、加强领导，明确分工，确保各项工作落到实处。

银杏树实验中学工会委员会
2025年1月6日
"""


@pytest.fixture(scope="module")
def composer(shared_settings, shared_index):
    index = shared_index
    lawbook = LawBook.from_dir(shared_settings.knowledge_dir / "policy")
    return Composer(Retriever(index), load_structure(), lawbook)


@pytest.fixture(scope="module")
def updated(composer):
    profile = Profile(school="银杏树实验中学", year=2026, staff=120, female_staff=80, retirees=20, upper_union="滨江区教育工会")
    plan, changes = update_from_previous(LAST_YEAR, profile, composer)
    return profile, plan, changes, render(plan.to_blocks())


def test_keeps_the_schools_own_activities_and_order(updated):
    profile, plan, _, md = updated
    assert "“银杏杯”教职工羽毛球赛" in md
    assert "每月更新校务公开栏" in md
    keys = [k for k, d in plan.sections.items() if d.parent == "main"]
    assert keys.index("culture") < keys.index("democracy")  # last year's order, not the standard one
    assert md.startswith("# 银杏树实验中学2026年工会工作计划")


def test_moves_the_plan_years_but_not_history(updated):
    _, _, changes, md = updated
    assert "2026年10月18日组织教职工秋游活动" in md
    assert "2026年3月召开教职工代表大会" in md
    assert "2021年修正的《工会法》" in md
    assert "2025年" not in md
    assert any(c.kind == "年份更新" and "2025年10月18日" in c.before and "2026年10月18日" in c.after for c in changes)


def test_modernises_wording_and_removes_placeholders(updated, composer):
    profile, _, changes, md = updated
    assert "十九大" not in md and "二十大" in md
    assert "____" not in md
    assert any(c.kind == "表述更新" and "十九大" in c.before for c in changes)
    assert any(c.kind == "删除占位符" and "____" in c.before for c in changes)
    assert check_text(md, profile.year, composer.lawbook, profile=profile, structure=composer.structure) == []


def test_fills_missing_sections(updated):
    _, plan, changes, md = updated
    added = {c.after for c in changes if c.kind == "补充章节"}
    assert {"女职工工作", "经费管理", "工作目标", "月度工作安排"} <= added
    assert "女职工委员会" in md and plan.sections["women"].paragraphs
    assert len(plan.schedule) >= 10
    for change in changes:
        assert change.reason and change.kind in ("年份更新", "表述更新", "补充章节", "删除占位符", "规范用语")


def test_small_school_gets_its_own_congress_name(composer):
    profile = Profile(school="银杏树实验中学", year=2026, staff=40, female_staff=30)
    plan, changes = update_from_previous(LAST_YEAR, profile, composer)
    md = render(plan.to_blocks())
    assert "教职工代表大会" not in md and "教职工大会" in md
    assert any(c.kind == "规范用语" for c in changes)


def test_previous_year_from_title_or_body():
    assert previous_year("某校2024—2025学年工会工作计划\n一、指导思想", 2030) == 2024
    assert previous_year("工会工作计划\n2023年3月召开大会。2023年5月体检。", 2030) == 2023
    assert previous_year("工会工作计划", 2030) == 2030
