"""Chat edits a user expects, sixth set: a clause saying to leave something alone ("表里那行先别动", "送温暖那块的别碰")
never says where the edit goes; a new name told with both names quoted is changed everywhere; every item saying a word
is deleted in each section that has one when the user asks for all of them; "带X这几个字的" names the word X. The plan
is our own (tests/conversation/data/sample_plan.md) and the phrasings are ours."""

from __future__ import annotations

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


def test_a_table_row_said_to_stay_does_not_turn_a_delete_into_a_row_delete(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "第二个去掉，今年场地没着落。4月表格里那一行先别动")
    assert items(conversation.plan, "culture") == [items(start, "culture")[n - 1] for n in (1, 3, 4, 5)], reply.text
    assert others_unchanged(start, conversation.plan, "culture")


def test_a_section_said_to_stay_does_not_scope_a_replacement(offline, start):
    conversation = open_plan(offline, "retirees")
    reply = send(conversation, "本节的“走访慰问”换成“上门慰问”，送温暖那块的别碰")
    assert "上门慰问" in items(conversation.plan, "retirees")[1], reply.text
    assert others_unchanged(start, conversation.plan, "retirees")


def test_a_new_name_between_quotes_is_changed_everywhere(offline, start):
    conversation = open_plan(offline, "democracy")
    reply = send(conversation, "“教职工大会”现在统称“教职工代表大会”，整个计划都换过来")
    assert "教职工代表大会" in items(conversation.plan, "goals")[0], reply.text
    assert "教职工代表大会" in items(conversation.plan, "democracy")[0]


def test_every_item_saying_a_word_goes_in_each_section(offline, start):
    conversation = open_plan(offline)
    reply = send(conversation, "凡是提到走访俩字的条目全都删掉，计划里别的不动")
    assert items(conversation.plan, "welfare") == [items(start, "welfare")[n - 1] for n in (1, 3, 4)], reply.text
    assert items(conversation.plan, "retirees") == [items(start, "retirees")[n - 1] for n in (1, 3)]
    assert others_unchanged(start, conversation.plan, "welfare", "retirees")
    assert "走访" in reply.text
    send(conversation, "撤销")
    assert conversation.plan.to_dict() == start.to_dict()


def test_one_section_holding_the_word_is_deleted_in_as_before(offline, start):
    conversation = open_plan(offline)
    send(conversation, "带“健步走”这几个字的那条都删了")
    assert items(conversation.plan, "culture") == [items(start, "culture")[n - 1] for n in (1, 3, 4, 5)]
    assert others_unchanged(start, conversation.plan, "culture")


def test_made_into_one_item_is_an_addition_not_a_replacement(offline):
    from assistant.conversation.edit_requests import EditParser
    from assistant.conversation.edit_words import load_edit_words

    parser = EditParser(offline.structure, load_edit_words())
    request = parser.parse("把刚才说的归纳成一条塞进计划，时间地点要有")
    assert request is not None and request.op == "add", request
    request = parser.parse("讲座那个通知刚发你了，弄成一条塞到计划里，几号开讲要写清楚")
    assert request is not None and request.op == "add" and request.notice, request


def test_inviting_the_people_just_told_of_is_added_as_a_measure(offline, start):
    conversation = open_plan(offline, "ethics")
    reply = send(conversation, "有两位退下来的老教师对本地的老手艺很熟悉，请她们回校当剪纸社团的义务辅导员，给新进的同事和学生讲讲剪纸")
    assert len(items(conversation.plan, "retirees")) == len(items(start, "retirees")) + 1, reply.text
    added = items(conversation.plan, "retirees")[-1]
    assert "辅导员" in added and "讲述" in added, added
    assert not any(w in added for w in ("退下来", "很熟悉", "讲讲", "行进", "沟通")), added
    assert others_unchanged(start, conversation.plan, "retirees")


def test_a_duty_spared_for_pregnant_and_nursing_staff_is_written_as_a_measure(offline, start):
    conversation = open_plan(offline, "welfare")
    reply = send(conversation, "再添一条：怀孕的和正奶孩子的女同事，夜里值班就别给排了，学校排值班表的时候避开她们")
    assert len(items(conversation.plan, "women")) == len(items(start, "women")) + 1, reply.text
    added = items(conversation.plan, "women")[-1]
    assert "孕期、哺乳期女教职工" in added and "不再安排" in added, added
    assert not any(w in added for w in ("奶孩子", "别给排", "时候", "女同事")), added


def test_activity_records_told_the_spoken_way_are_written_as_plans_write_them(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "保障措施里加一条：每次办完读书活动都得存个底，登计表、照片、用了多少钱收到一起，年底方便对账")
    assert len(items(conversation.plan, "safeguards")) == len(items(start, "safeguards")) + 1, reply.text
    added = items(conversation.plan, "safeguards")[-1]
    assert all(w in added for w in ("登记表", "经费支出", "归档", "便于核对")), added
    assert not any(w in added for w in ("登计", "存个底", "多少钱", "收到一起", "办完")), added


def test_a_word_swept_from_the_plan_takes_goals_and_measures_alike(offline, start):
    conversation = open_plan(offline)
    reply = send(conversation, "全文凡是带“教职工大会”字样的条目都删掉")
    assert items(conversation.plan, "goals") == items(start, "goals")[1:], reply.text
    assert items(conversation.plan, "democracy") == items(start, "democracy")[1:]
    assert others_unchanged(start, conversation.plan, "goals", "democracy")


def test_the_spoken_last_one_is_the_last_item(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "末了那个去掉吧，年末联欢今年不办")
    assert items(conversation.plan, "culture") == items(start, "culture")[:-1], reply.text
    assert others_unchanged(start, conversation.plan, "culture")


def test_a_section_whose_other_items_stay_is_still_the_target(offline, start):
    conversation = open_plan(offline, "ethics")
    reply = send(conversation, "文体那节别的不动，把第二条删了")
    assert items(conversation.plan, "culture") == [items(start, "culture")[n - 1] for n in (1, 3, 4, 5)], reply.text
    assert others_unchanged(start, conversation.plan, "culture")
