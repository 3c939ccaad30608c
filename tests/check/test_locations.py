"""Findings point at places a user can follow (section, item, table row), and a saved draft's skipped section is
reported missing."""

from __future__ import annotations

import pytest

from assistant.check.findings import Document
from assistant.conversation.engine import Conversation
from assistant.conversation.session import Session
from assistant.domain.plan import STATUSES, Plan
from assistant.domain.profile import Profile
from assistant.services import build_services
from tests.check.conftest import PLAN, SCHOOL

SHAPES = """某幼儿园2027年工会工作计划
## 指导思想
第一段。

第二段。
## 主要工作
### 民主管理
- 第一项
- 第二项
### （二）女职工工作
1．关爱女教职工。
（1）三八节活动。
（2）健康体检。
2．做好哺乳期关怀。
四、月度工作安排
| 月份 | 工作内容 |
| --- | --- |
| 3月 | 三八节 |
某幼儿园工会委员会
2027年2月20日
"""


@pytest.mark.parametrize(
    "words, section, item, label",
    [
        ("某幼儿园2027年", "title", 0, "标题"),
        ("第一段", "guiding", 0, "“指导思想”"),
        ("第二段", "guiding", 0, "“指导思想”第2段"),
        ("第二项", "democracy", 2, "“主要工作”“民主管理”第2条"),
        ("健康体检", "women", 1, "“主要工作”（二）第1条（2）"),
        ("哺乳期", "women", 2, "“主要工作”（二）第2条"),
        ("| 3月", "schedule", 0, "四、表格第1行"),
        ("| 月份", "schedule", 0, "四、表头"),
        ("2027年2月20日", "signature", 0, "落款"),
    ],
)
def test_every_line_has_a_place(words, section, item, label):
    doc = Document(SHAPES)
    place = doc.finding("placeholder", SHAPES.index(words), SHAPES.index(words) + 1, "", "").location
    assert (place.section, place.item, place.label) == (section, item, label)


@pytest.fixture(scope="module")
def services(shared_settings, shared_index):
    return build_services(shared_settings, model=None, index=shared_index)


def _written_plan(services) -> Plan:
    """Every section written from the test plan's own text, all accepted."""
    profile = Profile(**SCHOOL)
    plan = Plan.empty(profile, services.structure)
    for key in plan.draftable():
        title = plan.sections[key].title
        body = PLAN.split(title, 1)[1].split("\n\n#", 1)[0] if title in PLAN else ""
        lines = [line.split(". ", 1)[-1] for line in body.splitlines() if line.strip() and not line.startswith("|")]
        plan.set_section(key, lines or ["按计划做好本项工作，明确分工、落实责任。"], status="accepted")
    return plan


def test_a_skipped_section_is_missing_and_points_at_its_section(services):
    plan = _written_plan(services)
    plan.set_status("women", "skipped")
    findings = Conversation(services, Session(plan=plan)).findings()
    missing = [f for f in findings if f.kind == "missing_section"]
    assert [(f.location.section, f.location.label, f.message) for f in missing] == [
        ("women", "女职工工作（缺）", "缺少“女职工工作”部分")
    ]


@pytest.mark.skipif("not_applicable" not in STATUSES, reason="drafts cannot mark a section 不适用 yet")
def test_a_section_marked_not_applicable_is_not_missing(services):
    plan = _written_plan(services)
    plan.set_status("retirees", "not_applicable")
    findings = Conversation(services, Session(plan=plan)).findings()
    assert not [f for f in findings if f.kind == "missing_section"]
