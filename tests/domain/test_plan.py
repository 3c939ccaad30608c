"""Plan model: progress, numbering of blocks, schedule and storage round trip."""

from __future__ import annotations

import json

import pytest

from assistant.domain.blocks import Heading, Paragraph, Signature, Table, Title
from assistant.domain.plan import (
    NOT_APPLICABLE_TEXT,
    SCHEDULE_HEADER,
    Plan,
    ScheduleItem,
    delete_items,
    group_items,
    insert_items,
    move_item,
    schedule_from_calendar,
    swap_items,
    ungroup,
)
from assistant.domain.profile import Profile
from assistant.domain.structure import load_structure


@pytest.fixture
def structure():
    return load_structure()


@pytest.fixture
def profile():
    return Profile(school="阳光小学", year=2027, staff=60, female_staff=8, period="学年")


def test_empty_plan_progress_and_missing(profile, structure):
    plan = Plan.empty(profile, structure)
    assert "title" not in plan.sections and "signature" not in plan.sections
    assert plan.progress() == (0, 12)
    assert plan.missing() == structure.drafting_order()
    plan.set_section("guiding", ["以习近平新时代中国特色社会主义思想为指导。"], "accepted")
    plan.set_section("goals", [], "skipped")
    plan.set_section("women", ["开展三八节活动"], "proposed")
    plan.set_status("retirees", "not_applicable")
    # Skipped is put off, not done: it stays missing, though the guided flow does not walk it again.
    assert plan.progress() == (2, 12)
    assert plan.missing()[0] == "goals" and "women" in plan.missing() and "retirees" not in plan.missing()
    assert plan.to_draft()[0] == "democracy" and plan.skipped() == ["goals"]


def test_skipped_and_not_applicable_sections_are_left_out_of_the_plan(profile, structure):
    plan = Plan.empty(profile, structure)
    plan.set_section("women", ["开展三八节活动"], "accepted")
    plan.set_section("retirees", ["走访退休教职工"], "not_applicable")
    plan.set_section("finance", ["编制预算"], "skipped")
    headings = [b.text for b in plan.to_blocks() if isinstance(b, Heading)]
    assert headings == ["一、主要工作", "（一）女职工工作"]
    assert Plan.from_dict(json.loads(json.dumps(plan.to_dict()))).sections["retirees"].status == "not_applicable"
    # Marked 不适用 with the line saying so: the reader sees the section was considered, and nothing else of it.
    plan.set_section("retirees", [NOT_APPLICABLE_TEXT], "not_applicable", numbered=False)
    blocks = plan.to_blocks()
    assert [b.text for b in blocks if isinstance(b, Heading)] == ["一、主要工作", "（一）女职工工作", "（二）退休教职工工作"]
    assert plan.sections["retirees"].status == "not_applicable"


@pytest.mark.parametrize(
    "operation, result",
    [
        (lambda xs: delete_items(xs, [2, 4]), ["a", "c"]),
        (lambda xs: move_item(xs, 1, 4), ["b", "c", "d", "a"]),
        (lambda xs: move_item(xs, 4, 1), ["d", "a", "b", "c"]),
        (lambda xs: swap_items(xs, 2, 3), ["a", "c", "b", "d"]),
        (lambda xs: insert_items(xs, ["x", "y"]), ["a", "b", "c", "d", "x", "y"]),
        (lambda xs: insert_items(xs, ["x"], at=2), ["a", "x", "b", "c", "d"]),
    ],
)
def test_item_operations(operation, result):
    assert operation(["a", "b", "c", "d"]) == result


@pytest.mark.parametrize("operation", [lambda xs: delete_items(xs, [5]), lambda xs: delete_items(xs, []),
                                       lambda xs: move_item(xs, 0, 1), lambda xs: swap_items(xs, 1, 9)])
def test_item_operations_refuse_positions_that_do_not_exist(operation):
    with pytest.raises(ValueError):
        operation(["a", "b", "c", "d"])


def test_items_of_a_numbered_section_carry_their_sub_points():
    paragraphs = ["做好预算。", "（1）年初编制。", "（2）年末决算。", "接受审查。"]
    grouped = group_items(paragraphs, numbered=True)
    assert grouped == [["做好预算。", "（1）年初编制。", "（2）年末决算。"], ["接受审查。"]]
    assert ungroup(swap_items(grouped, 1, 2)) == ["接受审查。", "做好预算。", "（1）年初编制。", "（2）年末决算。"]
    assert group_items(paragraphs, numbered=False) == [[p] for p in paragraphs]


def test_set_section_rejects_unknown(profile, structure):
    plan = Plan.empty(profile, structure)
    with pytest.raises(KeyError):
        plan.set_section("nonsense", ["x"])
    with pytest.raises(ValueError):
        plan.set_section("guiding", ["x"], status="done")


def test_to_blocks_numbers_only_present_sections(profile, structure):
    plan = Plan.empty(profile, structure)
    plan.set_section("guiding", ["指导思想正文。"], "accepted")
    plan.set_section("women", ["开展三八节活动", "组织妇科检查"], "accepted")
    plan.set_section("finance", ["2、收好、管好、用好工会经费", "（1）做好预算", "- 接受经审"], "accepted")
    plan.set_section("ethics", ["不会出现"], "skipped")
    plan.set_section("safeguards", ["加强领导。"], "proposed")
    blocks = plan.to_blocks()
    assert blocks[0] == Title("阳光小学2027—2028学年工会工作计划")
    headings = [(b.text, b.level) for b in blocks if isinstance(b, Heading)]
    assert headings == [
        ("一、指导思想", 1),
        ("二、主要工作", 1),
        ("（一）女职工工作", 2),
        ("（二）经费管理", 2),
        ("三、保障措施", 1),
    ]
    paragraphs = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert "1. 开展三八节活动" in paragraphs and "2. 组织妇科检查" in paragraphs
    # existing numbers are replaced, sub-points become （1）（2）, restarting per measure
    i = paragraphs.index("1. 收好、管好、用好工会经费")
    assert paragraphs[i + 1 : i + 3] == ["（1）做好预算", "（2）接受经审"]
    assert blocks[-1] == Signature(("阳光小学工会委员会", "2027年9月1日"))


def test_schedule_table_keeps_the_plans_row_order_and_a_new_row_goes_in_at_its_month(profile, structure):
    plan = Plan.empty(profile, structure)  # a 学年 plan: September first
    plan.set_schedule([
        ScheduleItem(9, "教师节慰问", "工会主席", "全体教职工"),
        ScheduleItem(12, "元旦迎新活动", "文体委员", "全体教职工"),
        ScheduleItem(3, "三八节活动", "女职工委员", "全体女教职工"),
        ScheduleItem(10, "重阳节看望退休教职工", "工会主席", "退休教职工"),  # the user's own order, kept
    ])
    blocks = plan.to_blocks()
    assert Heading("一、月度工作安排", 1) in blocks
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.header == SCHEDULE_HEADER == ("月份", "工作内容", "负责", "参与")
    assert [r[0] for r in table.rows] == ["9月", "12月", "3月", "10月"]
    rows = plan.with_row(plan.ordered_schedule(), ScheduleItem(11, "教职工趣味运动会", "文体委员", "全体教职工"))
    assert [r.month for r in rows] == [9, 11, 12, 3, 10]  # before the first row of a later month of the period
    rows = plan.with_row(rows, ScheduleItem(1, "寒假前慰问困难教职工", "工会主席", "困难教职工"))
    assert [r.month for r in rows] == [9, 11, 12, 1, 3, 10]
    rows = plan.with_row(rows, ScheduleItem(7, "暑期疗休养", "工会主席", "教职工代表"))
    assert [r.month for r in rows] == [9, 11, 12, 1, 3, 10, 7]  # no later month: at the end
    rows = plan.with_row([], ScheduleItem(9, "教师节慰问", "工会主席", "全体教职工"))
    assert [r.month for r in rows] == [9]


def test_schedule_from_calendar_uses_profile_names(profile, structure):
    items = schedule_from_calendar(profile, structure)
    text = "".join(i.activity + i.lead + i.participants for i in items)
    assert "教职工大会" in text and "教代会" not in text and "教职工代表大会" not in text  # 60 staff
    assert any(i.lead == "女职工委员" for i in items)  # 8 women
    assert items[0].month == 9


def test_dict_round_trip_is_exact_and_json_safe(profile, structure):
    plan = Plan.empty(profile, structure)
    plan.set_section("women", ["开展三八节活动", "（1）慰问"], "accepted")
    plan.set_section("goals", ["目标一", "目标二"], "proposed", numbered=True)
    plan.set_schedule(schedule_from_calendar(profile, structure))
    data = json.loads(json.dumps(plan.to_dict(), ensure_ascii=False))
    again = Plan.from_dict(data)
    assert again == plan
    assert list(again.sections) == list(plan.sections)
    assert again.to_blocks() == plan.to_blocks()
