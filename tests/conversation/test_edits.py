"""Chat edits as operations on a saved plan: the right section, only what was asked, renumbered, or nothing at all
with a reason. The plan is our own (tests/conversation/data/sample_plan.md); the phrasings are ours."""

from __future__ import annotations

import pytest

from tests.conversation.edit_helpers import items, numbering, open_plan, others_unchanged, send

# ---------------------------------------------------------------------------------------------------- delete, move


@pytest.mark.parametrize(
    "current, message, key, order",
    [
        ("women", "删掉第2条", "women", [1, 3, 4, 5]),
        ("women", "第二、四条不要了", "women", [1, 3, 5]),
        ("culture", "把最后一条删了", "culture", [1, 2, 3, 4]),
        ("culture", "最后两条去掉", "culture", [1, 2, 3]),
        ("culture", "删除第1至3条", "culture", [4, 5]),
        ("welfare", "把涉及体检的那条去掉", "welfare", [1, 2, 4]),
        (None, "文体活动中提到教职工的都删掉", "culture", [4, 5]),
        ("safeguards", "女工那部分第1条删掉", "women", [2, 3, 4, 5]),
        ("self", "经费那块倒数第二条不要", "finance", [1, 3]),
        ("women", "第4条移到最前面", "women", [4, 1, 2, 3, 5]),
        ("women", "把第一条放到最后", "women", [2, 3, 4, 5, 1]),
        ("women", "第2条和第3条互换一下", "women", [1, 3, 2, 4, 5]),
        ("women", "把最后一条挪到第2条后面", "women", [1, 2, 5, 3, 4]),
        ("women", "把关于妇科检查的那条放到第一条", "women", [4, 1, 2, 3, 5]),
    ],
)
def test_delete_and_move_change_only_the_items_asked_for(offline, start, current, message, key, order):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    plan = conversation.plan
    assert items(plan, key) == [items(start, key)[n - 1] for n in order], reply.text
    assert others_unchanged(start, plan, key)
    title = plan.sections[key].title
    assert title in reply.text
    assert numbering(conversation.markdown(), title) == list(range(1, len(order) + 1))


@pytest.mark.parametrize(
    "current, message, says",
    [
        ("women", "删掉第8条", "只有5条"),
        ("women", "删除第3到第9条", "只有5条"),
        ("women", "把第6条挪到最前面", "没有第6条"),
        ("retirees", "最后五条不要了", "只有3条"),
        ("culture", "删掉关于游泳的那条", "没有"),
        (None, "把篮球赛那条删了", "没有找到"),
        (None, "把“篮球”都改成“排球”", "没有“篮球”"),
        ("women", "撤销", "无需撤销"),
        ("culture", "第2条和第2条对调", "同一条"),
    ],
)
def test_an_edit_that_cannot_be_done_says_why_and_changes_nothing(offline, start, current, message, says):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    assert says in reply.text
    assert conversation.plan.to_dict() == start.to_dict()
    assert conversation.session.draft_id is None  # nothing was saved


def test_a_vague_request_asks_which_then_the_answer_completes_it(offline, start):
    conversation = open_plan(offline, "women")
    asked = send(conversation, "那条不要了")
    assert "哪一条" in asked.text and conversation.plan.to_dict() == start.to_dict()
    send(conversation, "第三条")
    assert items(conversation.plan, "women") == [items(start, "women")[n] for n in (0, 1, 3, 4)]


def test_a_missing_section_is_asked_for_and_can_be_called_off(offline, start):
    conversation = open_plan(offline, None)
    asked = send(conversation, "删掉第2条")
    assert "哪一部分" in asked.text
    send(conversation, "退休那块的")
    assert items(conversation.plan, "retirees") == [items(start, "retirees")[n] for n in (0, 2)]

    conversation = open_plan(offline, None)
    send(conversation, "删掉第2条")
    called_off = send(conversation, "算了")
    assert "取消" in called_off.text and conversation.plan.to_dict() == start.to_dict()
    assert conversation.session.pending is None


def test_several_items_mentioning_a_word_are_asked_about_unless_all_are_meant(offline, start):
    conversation = open_plan(offline, "culture")
    asked = send(conversation, "把提到教职工的那条删掉")
    assert "哪一条" in asked.text and conversation.plan.to_dict() == start.to_dict()
    send(conversation, "都删掉")
    assert all("教职工" not in text for text in items(conversation.plan, "culture"))


# ---------------------------------------------------------------------------------------------------- replace


def test_replacing_across_the_plan_reaches_title_table_and_signature(offline, start):
    conversation = open_plan(offline, "women")
    reply = send(conversation, "学校改名了，全文“江城市第三小学”都换成“江城市实验第三小学”")
    markdown = conversation.markdown()
    assert "江城市第三小学" not in markdown
    assert markdown.startswith("# 江城市实验第三小学2027年工会工作计划")
    assert "江城市实验第三小学工会委员会" in markdown
    assert "标题" in reply.text and "落款" in reply.text
    assert conversation.plan.profile.school == "江城市实验第三小学"  # the title and 落款 are built from it
    assert "江城市实验第三小学工会" in conversation.plan.sections["guiding"].paragraphs[0]
    assert all(items(conversation.plan, k) == items(start, k) for k in start.sections if k != "guiding")


def test_replacing_in_one_section_leaves_the_same_word_elsewhere(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "把月度安排表里的“工会主席”都改成“工会主席、副主席”")
    rows = conversation.plan.schedule
    assert all("工会主席、副主席" in r.lead for r in rows if "工会主席" in r.lead)
    assert others_unchanged(start, conversation.plan, "schedule")

    conversation = open_plan(offline, "culture")
    send(conversation, "这一节的“教职工”都改成“全体教职工”")
    assert "全体教职工" in items(conversation.plan, "culture")[2]
    assert others_unchanged(start, conversation.plan, "culture")


def test_replacing_with_a_longer_name_does_not_double_it(offline):
    conversation = open_plan(offline, None)
    send(conversation, "把“教职工大会”统一改为“全体教职工大会”")
    text = conversation.markdown()
    assert "全体全体" not in text and "召开全体教职工大会" in text


# ---------------------------------------------------------------------------------------------------- table rows


def test_table_rows_are_deleted_by_month_and_added_with_all_cells(offline, start):
    conversation = open_plan(offline, "schedule")
    send(conversation, "表里11月那行不要了")
    assert [r.month for r in conversation.plan.ordered_schedule()] == [1, 3, 3, 4, 9]
    asked = send(conversation, "3月那行删掉")
    assert "哪一行" in asked.text
    send(conversation, "表里加一行：10月，重阳节看望退休教职工，工会主席负责，退休教职工参加")
    row = [r for r in conversation.plan.ordered_schedule() if r.month == 10][0]
    assert "重阳" in row.activity and row.lead == "工会主席" and row.participants == "退休教职工"
    assert others_unchanged(start, conversation.plan, "schedule")


def test_two_edits_in_one_message_run_in_order(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "把第1条和第5条删掉，再加一条插花活动")
    after = items(conversation.plan, "women")
    assert after[:3] == [items(start, "women")[n] for n in (1, 2, 3)]
    assert len(after) == 4 and "插花" in after[3]
    conversation = open_plan(offline, "culture")
    send(conversation, "删掉第2条，然后把现在的第3条挪到最前面")
    assert items(conversation.plan, "culture") == [items(start, "culture")[n] for n in (3, 0, 2, 4)]


def test_a_bare_verb_asks_what_to_delete(offline, start):
    conversation = open_plan(offline, "women")
    asked = send(conversation, "删掉吧")
    assert "哪一条" in asked.text and conversation.plan.to_dict() == start.to_dict()
    send(conversation, "4")
    assert items(conversation.plan, "women") == [items(start, "women")[n] for n in (0, 1, 2, 4)]
