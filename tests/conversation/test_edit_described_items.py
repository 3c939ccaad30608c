"""Families of chat edits (our own sentences, on tests/conversation/data/sample_plan.md): an item to delete told in
the user's own words around the item's (its content words in another order, with verbs and pointers of their own);
"没有必要再搞了" said the regional way (冇得必要, 没得必要); a measure for a group or a hazard placed in its section
whatever section is open (the union arranging people for retirees; staff's health at work is 维权); a replacement
told by what the places say (凡写着A的) limited to one column of the table; nouns run together before 啥的 written
as a list."""

from __future__ import annotations

import pytest

from assistant.conversation.edit_ops import describing_terms, matching
from assistant.conversation.edit_words import load_edit_words
from assistant.conversation.measures import formalise
from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send

# ---------------------------------------------------------------------------------------------------- described items


@pytest.mark.parametrize("message,key,gone", [
    # the content words of the item in another order, no section named and none open
    ("让工会去参与制定考核方案那一条给去掉", None, "参与学校考核方案的制定"),
    # a section named by its short name, the item told with its words swapped round
    ("文体那块摄影跟书法那个兴趣小组不用留了", "culture", "书法、摄影兴趣小组"),
    # the open section, the item told with a verb and a pointer of the user's own
    ("搞减压的那个心理咨询室那条拿掉吧", "welfare", "心理咨询室"),
])
def test_an_item_told_in_other_words_is_the_one_deleted(offline, start, message, key, gone):
    conversation = open_plan(offline, current=key if key == "welfare" else None)
    before = items(start, "democracy" if key is None else key)
    reply = send(conversation, message)
    plan = conversation.session.plan
    section = "democracy" if key is None else key
    after = items(plan, section)
    assert len(after) == len(before) - 1, reply.text
    assert not any(gone in text for text in after) and any(gone in text for text in before)
    assert others_unchanged(start, plan, section)


def test_a_description_whose_words_one_item_lacks_finds_nothing():
    texts = ["选派教职工参与市级技能竞赛，以赛促学。", "举行青年教师的基本功比武，推动岗位练兵。"]
    assert matching("去市里参加书法技能展览", texts) == []
    assert matching("让青年教师比一比基本功", texts) == [2]


def test_the_words_of_where_and_who_are_not_looked_for():
    terms = describing_terms("最底下讲家访故事那场交流会")
    assert "家访" in terms and "故事" in terms
    assert not {"最底下", "那场", "底下"} & set(terms)


def test_a_description_of_a_thing_the_plan_does_not_hold_is_refused(offline, start):
    conversation = open_plan(offline, current="culture")
    reply = send(conversation, "组织老师们去郊外钓鱼比赛那条删了")
    assert "没有" in reply.text
    assert others_unchanged(start, conversation.session.plan)


@pytest.mark.parametrize("ending", ["冇得必要搞了", "没得必要再办了", "没啥必要组织了", "冒得必要搞了"])
def test_no_need_said_the_regional_way_deletes_the_item(offline, start, ending):
    conversation = open_plan(offline, current="women")
    reply = send(conversation, f"文体那块健步走{ending}，大家都挺忙")
    after = items(conversation.session.plan, "culture")
    assert len(after) == len(items(start, "culture")) - 1, reply.text
    assert not any("健步走" in text for text in after)
    assert others_unchanged(start, conversation.session.plan, "culture")


# ---------------------------------------------------------------------------------------------------- placement


def test_the_union_arranging_help_for_retirees_goes_to_the_retirees_section(offline, start):
    conversation = open_plan(offline, current="culture")
    reply = send(conversation, "退了休的那些老同志网上交医保老是弄不明白，工会安排两名青年教师每季度上门帮一帮")
    plan = conversation.session.plan
    added = items(plan, "retirees")[len(items(start, "retirees")):]
    assert len(added) == 1, reply.text
    assert "退休" in reply.text and "医保" in added[0]
    assert others_unchanged(start, plan, "retirees")


def test_health_at_work_asked_politely_of_the_union_goes_to_welfare_with_the_place_named(offline, start):
    conversation = open_plan(offline, current="women")
    reply = send(conversation, "化学实验室的老师常年接触试剂，工会能不能督促学校配齐防护用品，一年一次给他们安排个职业健康检查")
    plan = conversation.session.plan
    added = items(plan, "welfare")[len(items(start, "welfare")):]
    assert len(added) == 1, reply.text
    assert "实验室" in added[0] and "职业健康" in added[0]
    assert "能不能" not in added[0] and "加个" not in added[0]
    assert others_unchanged(start, plan, "welfare")


def test_a_request_made_of_the_women_committee_is_written_with_its_full_name(offline, start):
    conversation = open_plan(offline, current="welfare")
    send(conversation, "不少女同事带娃压力大，晚上总失眠，女工委看能不能找心理老师来开个减压讲座，这个写进计划")
    added = items(conversation.session.plan, "women")[len(items(start, "women")):]
    assert len(added) == 1
    assert added[0][:2] in ("针对", "女职") and "女工委" not in added[0] and "能不能" not in added[0]


# ---------------------------------------------------------------------------------------------------- replacement


def test_a_replacement_told_by_what_the_cells_say_stays_in_the_column_named(offline, start):
    conversation = open_plan(offline, current="ethics")
    reply = send(conversation, "月度表负责那一栏，凡写着工会主席的全部换作工会副主席，别处不用动")
    plan = conversation.session.plan
    leads = [row.lead for row in plan.schedule]
    assert "工会主席" not in leads and leads.count("工会副主席") == 3, reply.text
    assert others_unchanged(start, plan, "schedule")


# ---------------------------------------------------------------------------------------------------- wording


def test_nouns_run_together_before_and_so_on_are_written_as_a_list():
    text = formalise("在会议室放个书柜茶几啥的给他们用", load_edit_words())
    assert "书柜、茶几等" in text and "啥" not in text
    assert "茶几放" not in formalise("添个茶几沙发啥的", load_edit_words())


# ---------------------------------------------------------------------------------------------------- ordinals


@pytest.fixture(scope="module")
def parser(offline):
    from assistant.conversation.edit_requests import EditParser

    return EditParser(offline.structure, load_edit_words())


@pytest.mark.parametrize("message,position", [
    ("女职工那节的第三小点删掉", 3),        # 小点 / 小条: the sub-items of an outline said as points
    ("维权里头的第二小条去了", 2),
    ("文体那节顶上那个拿掉", 1),          # 顶上 / 顶头: the top of the list
    ("文体那节顶头那条不要了", 1),
    ("女工那块第四条没得必要了", 4),      # no need, said of the item with no verb
    ("女工那块第四条没啥必要了吧", 4),
    ("文体活动第肆条删掉", 4),            # the banker's numerals
    ("女工那块序号2那条删了", 2),         # the label the plan prints
    ("文体那块编号为五的删除", 5),
    ("女工那块条目三去掉", 3),
])
def test_an_item_told_by_its_place_in_other_words_is_found(parser, message, position):
    request = parser.parse(message)
    assert request is not None and request.op == "delete", message
    assert request.items.positions == [position], (message, request.items)


def test_a_number_label_before_a_month_or_day_is_no_item(parser):
    request = parser.parse("女工那块编号为3月的那条删了")
    assert request is None or request.items.positions != [3]
