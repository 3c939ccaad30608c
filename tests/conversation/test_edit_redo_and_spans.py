"""Chat edits a user notices beyond the phrasing matrix: an undone edit done again ("还是删，按刚才的来"), an
open-ended span (第3条起往后), an undo said after its reason, a written section left as it is (先不动它), an item
found by an everyday verb and its object (搞联欢会那个), and a rights-protection measure placed in 维权与送温暖."""

from __future__ import annotations

import pytest

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send, services_with_upload


def test_an_undone_deletion_is_done_again_on_request(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "第2条删掉")
    send(conversation, "撤销")
    assert items(conversation.plan, "culture") == items(start, "culture")
    reply = send(conversation, "问过大家了，还是删，就按刚才的弄")
    assert items(conversation.plan, "culture") == [t for n, t in enumerate(items(start, "culture"), 1) if n != 2]
    assert "删除" in reply.text and others_unchanged(start, conversation.plan, "culture")


def test_do_it_again_with_nothing_undone_changes_nothing_and_says_so(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "按刚才那样弄")
    assert conversation.plan.to_dict() == start.to_dict()
    assert "没有" in reply.text


def test_an_open_ended_span_drops_the_item_and_all_after_it(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "女工那块第3条起往后的全删了，女工委另有安排")
    assert items(conversation.plan, "women") == items(start, "women")[:2]
    assert others_unchanged(start, conversation.plan, "women")


@pytest.mark.parametrize("message", ["第九条起往后的删掉", "从第9条开始往后都删了"])
def test_an_open_ended_span_past_the_end_is_refused(offline, start, message):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, message)
    assert conversation.plan.to_dict() == start.to_dict()
    assert "只有5条" in reply.text


def test_an_open_ended_span_is_not_read_as_a_step_down(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "第4条起往后的都不要了")
    assert items(conversation.plan, "women") == items(start, "women")[:3]


def test_an_undo_said_after_a_long_reason_takes_the_edit_back(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "全文的“健步走”都改成“徒步”")
    reply = send(conversation, "主任看了说上级文件里都写健步走，大家也都习惯了，刚才那个替换撤回去")
    assert conversation.plan.to_dict() == start.to_dict()
    assert "撤销" in reply.text


def test_a_written_section_left_as_it_is_stays_and_the_reply_says_so(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "经费那块先不动它，等财务室的数据")
    assert conversation.plan.to_dict() == start.to_dict()
    assert "保持现状" in reply.text and "经费管理" in reply.text


def test_an_item_named_by_a_verb_and_its_object_is_found(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "文体那块搞联欢会那个删了")
    assert items(conversation.plan, "culture") == [t for t in items(start, "culture") if "联欢会" not in t]


def test_backing_staff_against_parents_goes_to_rights_in_plan_wording(offline, start):
    conversation = open_plan(offline, "ethics")
    reply = send(conversation, "最近老有家长动不动就跑到学校闹，工会得给老师撑腰，加一条")
    new = [t for t in items(conversation.plan, "welfare") if t not in items(start, "welfare")]
    assert len(new) == 1 and "合法权益" in new[0], reply.text
    assert not any(w in new[0] for w in ("撑腰", "动不动", "跑到学校", "老师")), new[0]
    assert "维权与送温暖" in reply.text
    assert others_unchanged(start, conversation.plan, "welfare", "schedule")


@pytest.mark.parametrize("message", ["表格里“参与”那一列的“全体教职工”都改成“全体会员”",
                                     "月度安排表参与人员一栏，把“全体教职工”统一换成“全体会员”"])
def test_a_replacement_limited_to_one_table_column_leaves_the_other_cells(offline, start, message):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, message)
    rows = conversation.plan.ordered_schedule()
    assert [r.participants for r in rows] == [r.participants.replace("全体教职工", "全体会员")
                                              for r in start.ordered_schedule()], reply.text
    assert [r.activity for r in rows] == [r.activity for r in start.ordered_schedule()]  # 召开全体教职工大会 stays
    assert others_unchanged(start, conversation.plan, "schedule")


def test_the_two_rows_of_one_month_change_places(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "表里3月那两行上下调个个儿")
    rows, before = conversation.plan.ordered_schedule(), start.ordered_schedule()
    assert [r.activity for r in rows] == [before[0].activity, before[2].activity, before[1].activity,
                                          *[r.activity for r in before[3:]]]
    assert others_unchanged(start, conversation.plan, "schedule")


def test_rows_of_different_months_still_keep_the_month_order(offline, start):
    conversation = open_plan(offline, "women")
    reply = send(conversation, "表格第1行和第4行对调")
    assert conversation.plan.to_dict() == start.to_dict()
    assert "按月份排列" in reply.text


_AWARD_NOTICE = """关于开展2027年度工会积极分子推荐工作的通知

各学校工会：
为表彰先进，经研究，决定开展2027年度工会积极分子推荐工作。现将有关事项通知如下：
一、推荐对象
全区在职教职工中，热心工会工作、表现突出的会员。
二、推荐要求
请各学校工会于2027年12月5日前将《工会积极分子推荐表》、事迹材料电子稿发送至区教育工会邮箱。
联系人：周老师
特此通知。

江城市某区教育工会
2027年11月10日
"""


def test_a_notice_measure_keeps_the_deadline_for_a_form_sent_in(tmp_path, start):
    services = services_with_upload(tmp_path, _AWARD_NOTICE, "积极分子推荐通知.txt", "school-7")
    conversation = open_plan(services, "culture", owner="school-7")
    reply = send(conversation, "刚上传的推荐通知提炼一下，写进自身建设那块，别照搬原文")
    new = [t for t in items(conversation.plan, "self") if t not in items(start, "self")]
    assert len(new) == 1, reply.text
    assert "12月5日前报送工会积极分子推荐表" in new[0], new[0]
    assert not any(w in new[0] for w in ("照搬", "周老师", "特此通知", "教职工中")), new[0]
