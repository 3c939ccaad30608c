"""Chat edits read by general shapes rather than by listed words: an item told in other words found by the character
pairs it shares, the answer to "which section?" that names the item instead, an uploaded notice named without a verb
of adding, a move whose place is said before a restating clause, any verb of carrying said as V到 + place, a follow-on
message counting in the section just edited, a change taken back by pointing at the change (那下), a quoted table
column, and an addition placed in the section its words belong to. The plan is our own
(tests/conversation/data/sample_plan.md); the phrasings are ours."""

from __future__ import annotations

import pytest

from assistant.conversation.edit_ops import closest
from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send, services_with_upload


def test_the_item_sharing_most_character_pairs_is_the_one_meant():
    texts = ["乒乓球队每周二下午训练。", "推行中层干部分片联系教研组的做法，收集教职工意见。", "组织元旦茶话会。"]
    assert closest("干部挂钩教研组", texts) == 2
    assert closest("拔河比赛", texts) is None  # nothing shared: no guess


def test_a_described_item_in_a_named_section_is_deleted_when_only_it_fits(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "女职工那块里头搞家庭教育讲课那条划掉")
    after = items(conversation.plan, "women")
    assert after == items(start, "women")[:4], reply.text
    assert others_unchanged(start, conversation.plan, "women")


def test_the_answer_to_which_section_may_name_the_item_instead(offline, start):
    conversation = open_plan(offline, "culture")
    asked = send(conversation, "慰问那条删了")
    assert "哪一部分" in asked.text and conversation.plan.sections["welfare"].to_dict() == start.sections["welfare"].to_dict()
    reply = send(conversation, "走访困难教职工那个")
    assert items(conversation.plan, "welfare") == [t for n, t in enumerate(items(start, "welfare"), 1) if n != 2], reply.text
    assert others_unchanged(start, conversation.plan, "welfare")


RELAY = """关于组织迎国庆教职工接力跑的通知

各校工会：

迎国庆教职工接力跑定于9月14日（2027年）上午在江城市体育中心田径场进行，每校组一队。

请于9月5日前把队员名单报到市教育工会，联络人孙老师，8888 4321。

江城市教育工会
2027年8月20日
"""


def test_a_notice_named_without_a_verb_of_adding_is_summed_up_not_rewritten(tmp_path_factory, start):
    services = services_with_upload(tmp_path_factory.mktemp("relay"), RELAY, "接力跑.txt", "school-9")
    conversation = open_plan(services, "culture", owner="school-9")
    reply = send(conversation, "市里接力赛那份通知，日子场地报名几样拎出来归成一条，原文别搬")
    after = items(conversation.plan, "culture")
    assert len(after) == len(items(start, "culture")) + 1, reply.text
    assert "9月14日" in after[-1] and "孙老师" not in after[-1] and "各校工会" not in after[-1]
    assert others_unchanged(start, conversation.plan, "culture", "schedule")


@pytest.mark.parametrize("message", ["第四条挪到第二条前面，就是想让它往前靠一靠", "第4条调到第2条前头去，这条想往前放"])
def test_a_move_keeps_the_place_said_first_when_a_later_clause_restates_it(offline, start, message):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, message)
    old = items(start, "culture")
    assert items(conversation.plan, "culture") == [old[0], old[3], old[1], old[2], old[4]], reply.text


@pytest.mark.parametrize("message", ["第三条拎到最上头", "第三条拽到最前面去", "把第三条揪到第一条"])
def test_any_verb_of_carrying_said_with_a_place_is_a_move(offline, start, message):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, message)
    old = items(start, "culture")
    assert items(conversation.plan, "culture") == [old[2], old[0], old[1], old[3], old[4]], reply.text


def test_a_follow_on_message_counts_in_the_section_just_edited(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "退休那块第一条删了")
    reply = send(conversation, "接着把眼下排第二的那条放到最上头")
    old = items(start, "retirees")
    assert items(conversation.plan, "retirees") == [old[2], old[1]], reply.text
    assert items(conversation.plan, "culture") == items(start, "culture")


def test_a_change_taken_back_by_pointing_at_it_is_undone(offline, start):
    conversation = open_plan(offline, "welfare")
    send(conversation, "文体那块乒乓球换成羽毛球")
    assert "羽毛球" in items(conversation.plan, "culture")[0]
    reply = send(conversation, "羽毛球那下撤了吧，还用原来的")
    assert items(conversation.plan, "culture") == items(start, "culture"), reply.text
    assert "撤销" in reply.text or "恢复" in reply.text


def test_a_quoted_column_limits_a_replacement_to_that_column(offline, start):
    conversation = open_plan(offline, None)
    reply = send(conversation, "表格“负责”那一栏，凡是写工会主席的都换成工会副主席")
    leads = [r.lead for r in conversation.plan.ordered_schedule()]
    assert leads.count("工会副主席") == 3 and "工会主席" not in leads, reply.text
    assert [r.activity for r in conversation.plan.ordered_schedule()] == [r.activity for r in start.ordered_schedule()]
    assert others_unchanged(start, conversation.plan, "schedule")


def test_a_measure_on_hearing_staff_views_goes_to_democratic_management(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "每学期排一次校领导和老师面对面恳谈，提的诉求限期答复，这个也加进去")
    assert len(items(conversation.plan, "democracy")) == len(items(start, "democracy")) + 1, reply.text
    assert items(conversation.plan, "retirees") == items(start, "retirees")
    assert items(conversation.plan, "culture") == items(start, "culture")
