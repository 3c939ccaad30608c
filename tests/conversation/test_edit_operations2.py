"""More chat edits a user expects: items counted from the end, a position beside an item named by content, restoring
one of several deleted items, undoing an edit by what it did, a section left alone beside another edit, a table cell,
a new name everywhere but in a kept phrase, a request told as a situation, and a title edit refused. The plan is our
own (tests/conversation/data/sample_plan.md); the phrasings are ours."""

from __future__ import annotations

import pytest

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


@pytest.mark.parametrize(
    "current, message, key, order",
    [
        ("women", "文体那边末尾两条都划了", "culture", [1, 2, 3]),
        ("culture", "女工里头一至三、还有第五条，都拿掉", "women", [4]),
        ("women", "第一条跟妇科检查那条都删掉", "women", [2, 3, 5]),
        ("women", "维权那块讲心理减压的那条删了", "welfare", [1, 2, 3]),
        ("women", "文体那块后两条删了，月度表里已经有了", "culture", [1, 2, 3]),
    ],
)
def test_deleting_items_named_from_the_end_or_by_content(offline, start, current, message, key, order):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    assert items(conversation.plan, key) == [items(start, key)[n - 1] for n in order], reply.text
    assert others_unchanged(start, conversation.plan, key)


def test_the_last_rows_of_the_table_go_when_said_from_the_bottom(offline, start):
    conversation = open_plan(offline, "schedule")
    send(conversation, "表格最下面那两行删了")
    assert conversation.plan.ordered_schedule() == start.ordered_schedule()[:-2]


def test_one_of_two_deleted_items_comes_back_in_its_place(offline, start):
    conversation = open_plan(offline, "ethics")
    send(conversation, "这节第一条和第三条删掉")
    reply = send(conversation, "等一下，教师节表彰那条还是要的，恢复回来；另一条删了就删了")
    assert items(conversation.plan, "ethics") == [items(start, "ethics")[n] for n in (1, 2, 3)], reply.text
    assert "恢复" in reply.text or "放回" in reply.text


def test_an_edit_undone_by_what_it_did_keeps_the_later_one(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "这节再补个活动：十月组织教职工登山")
    send(conversation, "女工那节第5条删了")
    reply = send(conversation, "登山那个不搞了，撤销掉")
    assert items(conversation.plan, "culture") == items(start, "culture"), reply.text
    assert items(conversation.plan, "women") == items(start, "women")[:4]


def test_undo_of_the_last_two_steps_said_with_dou(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "第一条删了")
    send(conversation, "文体第一条挪到最后头")
    send(conversation, "退休那节第二条也删掉")
    send(conversation, "后面这两步都撤了")
    assert items(conversation.plan, "culture") == items(start, "culture")
    assert items(conversation.plan, "retirees") == items(start, "retirees")
    assert items(conversation.plan, "women") == items(start, "women")[1:]


def test_a_section_put_off_in_the_same_message_is_left_alone(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "计划里的‘健步走’都改成‘徒步走’。月度表这回先跳过，回头我自己对")
    assert "徒步走" in items(conversation.plan, "culture")[1]
    assert conversation.plan.schedule == start.schedule
    conversation = open_plan(offline, "ethics")
    send(conversation, "师德这节没问题，跳过。往下那节第5条拿掉")
    assert items(conversation.plan, "ethics") == items(start, "ethics")
    assert items(conversation.plan, "women") == items(start, "women")[:4]


def test_one_cell_of_one_row_is_changed(offline, start):
    conversation = open_plan(offline, "schedule")
    send(conversation, "表里11月那行，负责人改成工会副主席")
    rows = conversation.plan.ordered_schedule()
    changed = [r for r, s in zip(rows, start.ordered_schedule(), strict=True) if r != s]
    assert len(changed) == 1 and changed[0].month == 11 and changed[0].lead == "工会副主席"


def test_a_new_name_everywhere_but_in_the_phrase_kept(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "以后不叫健步走了，统一叫徒步。只有一处例外：“春季组织教职工健步走”这句照原样留着")
    assert items(conversation.plan, "culture") == items(start, "culture")
    assert [r.activity for r in conversation.plan.schedule if r.month == 4] == ["组织教职工徒步活动"]


def test_a_request_told_as_a_situation_is_written_from_what_should_be_done(offline, start):
    conversation = open_plan(offline, "self")
    reply = send(conversation, "教师宿舍的空调老是坏，夏天热得睡不着，工会得出面找总务处定期检修，补进计划里")
    added = items(conversation.plan, "welfare")[len(items(start, "welfare")):]
    assert len(added) == 1 and "宿舍" in added[0] and "检修" in added[0], reply.text
    assert "开展" not in added[0] and "老是" not in added[0]


def test_a_title_edit_is_refused_and_changes_nothing(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "标题那行，在年后面加个“度”字")
    assert conversation.plan.to_dict() == start.to_dict()
    assert "标题" in reply.text and "未作改动" in reply.text
