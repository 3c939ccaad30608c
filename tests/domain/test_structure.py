"""The standard structure yaml: loads, is consistent with TOPICS, and drives the calendar."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.domain.passages import TOPICS
from assistant.domain.profile import Profile
from assistant.domain.structure import load_structure
from assistant.errors import LoadError

ROOT = Path(__file__).resolve().parents[2]
YAML = ROOT / "knowledge" / "structure.yaml"


@pytest.fixture(scope="module")
def structure():
    return load_structure(YAML)


def test_sections_in_standard_order(structure):
    assert structure.keys() == [
        "title", "guiding", "goals", "main", "democracy", "ethics", "women", "welfare",
        "culture", "self", "finance", "retirees", "schedule", "safeguards", "signature",
    ]
    assert [c.key for c in structure.children("main")] == [
        "democracy", "ethics", "women", "welfare", "culture", "self", "finance", "retirees",
    ]
    assert structure.section("women").title == "女职工工作"
    assert structure.is_container("main") and not structure.is_container("women")


def test_drafting_order_skips_generated_sections(structure):
    order = structure.drafting_order()
    assert order[0] == "guiding" and order[-1] == "safeguards"
    assert "title" not in order and "signature" not in order and "main" not in order
    assert order.index("retirees") < order.index("schedule")


def test_every_topic_named_is_a_passage_topic(structure):
    named = {t for s in structure.sections for t in s.topics}
    assert named <= set(TOPICS)
    assert set(TOPICS) <= named  # every topic feeds some section


def test_every_content_section_has_needs_keywords_and_guidance(structure):
    for spec in structure.sections:
        if spec.key == "main":
            continue
        assert spec.needs and spec.guidance, spec.key
        assert set(spec.keywords) == set(spec.needs), spec.key  # each need maps to keywords
        assert all(spec.keywords[n] for n in spec.needs), spec.key


def test_women_needs_cover_reviewer_elements(structure):
    needs = "".join(structure.section("women").needs)
    for element in ("女职工委员会", "三八节", "专项集体合同", "妇科检查", "哺乳期"):
        assert element in needs


def test_profile_applies_the_rules_thresholds(structure):
    staff = structure.rule("congress_form").parameters["staff_threshold"]
    women = structure.rule("women_committee").parameters["female_staff_threshold"]
    assert Profile(school="某小学", year=2027, staff=staff).congress_name == "教职工代表大会"
    assert Profile(school="某小学", year=2027, staff=staff - 1).congress_name == "教职工大会"
    assert Profile(school="某小学", year=2027, staff=50, female_staff=women).women_body == "女职工委员会"
    assert Profile(school="某小学", year=2027, staff=50, female_staff=women - 1).women_body == "女职工委员"
    assert structure.rule("women_committee").article == "第十一条"
    assert structure.rule("congress_form").digest is True
    assert "经审" in structure.rule("finance").parameters["audit_keywords"]


def test_rules_referenced_by_sections_exist(structure):
    for spec in structure.sections:
        for rule_id in spec.rules:
            structure.rule(rule_id)


@pytest.mark.parametrize(
    "period, first_month, congress_month",
    [("年度", 1, 3), ("学年", 9, 9), ("第一学期", 9, 9), ("第二学期", 2, 3)],
)
def test_calendar_for_period_holds_one_congress(structure, period, first_month, congress_month):
    events = structure.calendar_for(period)
    months = structure.months(period)
    assert events[0].month == first_month
    assert all(e.month in months for e in events)
    congress = [e for e in events if e.group == "congress"]
    assert [e.month for e in congress] == [congress_month]


def test_calendar_has_recurring_events(structure):
    by_key = {e.key: e for e in structure.calendar}
    assert by_key["womens_day"].month == 3
    assert by_key["may_day"].month == 5
    assert by_key["double_ninth"].month == 10 and by_key["double_ninth"].section == "retirees"
    assert {by_key["spring_festival"].month, by_key["year_end"].month} == {1, 12}
    assert by_key["checkup"].configurable


def test_configurable_event_can_move(structure):
    events = structure.calendar_for("年度", overrides={"checkup": 11, "womens_day": 6})
    months = {e.key: e.month for e in events}
    assert months["checkup"] == 11
    assert months["womens_day"] == 3  # not configurable: stays


def test_filled_event_uses_names(structure):
    event = next(e for e in structure.calendar if e.key == "congress_spring")
    filled = event.filled({"congress_name": "教职工大会", "congress_members": "全体教职工"})
    assert "召开教职工大会" in filled.activity and filled.participants == "全体教职工"


def test_inconsistent_yaml_is_a_load_error(tmp_path):
    data = yaml.safe_load(YAML.read_text(encoding="utf-8"))
    data["sections"][1]["topics"] = ["不存在的主题"]
    bad = tmp_path / "structure.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LoadError, match="不在 TOPICS"):
        load_structure(bad)


def test_unreadable_yaml_is_a_load_error(tmp_path):
    bad = tmp_path / "s.yaml"
    bad.write_text("sections: [\n", encoding="utf-8")
    with pytest.raises(LoadError):
        load_structure(bad)


def test_a_broken_structure_file_is_refused_with_a_chinese_reason(tmp_path):
    for name, text, reason in (("bad.yaml", "sections: [", "不是有效的 YAML"), ("list.yaml", "- a\n- b\n", "顶层应为映射")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(LoadError, match=f"计划结构文件{reason}|计划结构文件格式有误：{reason}"):
            load_structure(path)
    with pytest.raises(LoadError, match="无法读取计划结构文件"):
        load_structure(tmp_path / "missing.yaml")
