"""Chat edits said in phrasings nobody tuned for, by family of grammar: ordinals run together (二三两条, 第二第三条),
spoken verbs of deleting (砍了, 取消掉, 不搞了), a pair swapped by its end (头两条颠个个), 提前到 a place, two edits of
different kinds joined by a bare comma, undo said as 不作数 / 回到之前, and additions told as a proposal with no word of
adding (弄个…, 想组织…, 归纳成一条). The plan is our own (tests/conversation/data/sample_plan.md); the sentences
are ours."""

from __future__ import annotations

import pytest

from assistant.conversation.edit_requests import EditParser
from assistant.conversation.edit_words import load_edit_words
from assistant.conversation.intent import load_exemplars, recognise
from assistant.domain.structure import load_structure
from assistant.domain.vocab import Intent
from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


@pytest.mark.parametrize(
    "current, message, key, order",
    [
        # ordinals run together, with or without 第 and a count
        ("culture", "第二第三条删了", "culture", [1, 4, 5]),
        ("culture", "这部分二三两条去掉", "culture", [1, 4, 5]),
        ("women", "一二条都不要了", "women", [3, 4, 5]),
        ("women", "末两条删了", "women", [1, 2, 3]),
        # spoken and regional verbs of deleting
        ("culture", "运动会那一项砍了", "culture", [1, 2, 4, 5]),
        ("women", "妇科检查那个取消掉", "women", [1, 2, 3, 5]),
        ("culture", "健步走那个不搞了", "culture", [1, 3, 4, 5]),
        ("culture", "第四条删喽", "culture", [1, 2, 3, 5]),
        # a pair swapped, told by its end or run together
        ("culture", "头两条颠个个", "culture", [2, 1, 3, 4, 5]),
        ("culture", "二三两条对调", "culture", [1, 3, 2, 4, 5]),
        ("self", "经费那节前两条换个位置", "finance", [2, 1, 3]),
        ("self", "退休那块一二条颠倒一下", "retirees", [2, 1, 3]),
        ("culture", "最后两条对换一下", "culture", [1, 2, 3, 5, 4]),
        # 提前到 names the place; a later verb with a place overrides the step
        ("welfare", "把第4条提前到第2条", "welfare", [1, 4, 2, 3]),
        ("women", "把讲座那条往前放放，放第一个", "women", [5, 1, 2, 3, 4]),
        # two edits of different kinds joined by a comma, the second counting from what the first leaves
        ("culture", "第2条去掉，第4条挪到第一", "culture", [5, 1, 3, 4]),
        ("culture", "末一条移到开头，第三条删掉", "culture", [5, 1, 3, 4]),
    ],
)
def test_new_phrasings_of_delete_and_move(offline, start, current, message, key, order):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    assert items(conversation.plan, key) == [items(start, key)[n - 1] for n in order], reply.text
    assert others_unchanged(start, conversation.plan, key)


def test_same_kind_edits_joined_by_a_comma_count_as_numbered_now(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "第三条删掉，第五条也删了")
    assert items(conversation.plan, "culture") == [items(start, "culture")[n] for n in (0, 1, 3)]


@pytest.mark.parametrize("undo", ["刚那步不作数", "刚才的不算，回到之前", "恢复成删之前的样子", "还是加回来吧", "刚才那个操作取消"])
def test_undo_said_in_other_words(offline, start, undo):
    conversation = open_plan(offline, "culture")
    send(conversation, "第二条删掉")
    assert len(items(conversation.plan, "culture")) == 4
    send(conversation, undo)
    assert conversation.plan.to_dict() == start.to_dict()


@pytest.mark.parametrize(
    "current, message, key",
    [
        ("self", "老同志们大多不上网，建个退休老师联络群，专人负责每月转发学校的消息", "retirees"),
        ("self", "下学期想给女同事们办一次插花沙龙", "women"),
        ("culture", "再搞一场教工包饺子比赛", "culture"),
        ("self", "天太热了，夏天给一线教师送点绿豆汤", "welfare"),
        ("self", "有两位老师正哺乳，学校空出一间房改作母婴室，你归纳成一条", "women"),
        ("ethics", "区里的篮球赛我们要报名，把时间整理成一条措施", "culture"),
        ("women", "加上：邀请专家开展女性健康讲座", "women"),
    ],
)
def test_an_addition_told_as_a_proposal_goes_to_its_section(offline, start, current, message, key):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    assert len(items(conversation.plan, key)) == len(items(start, key)) + 1, reply.text
    assert others_unchanged(start, conversation.plan, key)


@pytest.mark.parametrize(
    "message",
    ["教代会一年开几次", "工会想组织教职工旅游，经费能出吗", "学校打算开个运动会，要注意什么", "帮我写一下文体活动"],
)
def test_questions_and_drafts_are_not_proposals(message):
    structure = load_structure()
    found = recognise(message, structure, EditParser(structure, load_edit_words()), load_exemplars())
    assert found.kind != Intent.REVISE or found.edit is None or found.edit.op != "add"


@pytest.mark.parametrize(
    "current, message, key",
    [
        # everyday verbs of putting something in (安排上, 体现进去, 写一笔, 增设, 新添, 塞一条, 纳进去)
        ("culture", "教工篮球友谊赛也安排上", "culture"),
        ("culture", "把教工登山活动体现进去", "culture"),
        ("culture", "教工乒乓球团体赛写一笔", "culture"),
        ("self", "文体活动里增设一项教工拔河赛", "culture"),
        ("self", "往退休那块塞一条重阳节登高", "retirees"),
        ("culture", "教工书画展纳进去", "culture"),
        # a section called by its everyday name before a pointer (女同胞那块, 困难帮扶那块, 比赛那部分)
        ("self", "女同胞那块加个茶艺沙龙", "women"),
        ("self", "困难帮扶那块补一条大病救助", "welfare"),
    ],
)
def test_more_ways_of_adding(offline, start, current, message, key):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    added = [i for i in items(conversation.plan, key) if i not in items(start, key)]
    assert len(added) == 1, reply.text
    assert others_unchanged(start, conversation.plan, key)
    assert not any(w in added[0] for w in ("安排上", "体现进去", "写一笔", "纳进去", "给我", "一句"))


@pytest.mark.parametrize(
    "current, message, key, order",
    [
        ("safeguards", "女同胞那一块第2条删掉", "women", [1, 3, 4, 5]),
        ("safeguards", "比赛那部分第二条删掉", "culture", [1, 3, 4, 5]),
        ("safeguards", "民主那块第二条删掉", "democracy", [1, 3, 4]),
        ("safeguards", "业务提升那部分第二条删掉", "ethics", [1, 3, 4]),
    ],
)
def test_sections_called_by_everyday_names(offline, start, current, message, key, order):
    conversation = open_plan(offline, current)
    send(conversation, message)
    assert items(conversation.plan, key) == [items(start, key)[n - 1] for n in order]
    assert others_unchanged(start, conversation.plan, key)


def test_a_correction_with_the_right_word_quoted_replaces_the_whole_new_word(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "把全文的“趣味运动会”都改成“金秋运动会”")
    send(conversation, "说错了，定下来的是“秋韵运动会”，不是金秋")
    text = conversation.markdown()
    assert "秋韵运动会" in text and "金秋" not in text and "“秋韵运动会”运动会" not in text


def test_spoken_words_are_written_formally_and_chat_apps_are_no_slips(offline, start):
    conversation = open_plan(offline, "self")
    reply = send(conversation, "老同志们看不到学校通知，建个退休老师微信群，由一名委员管着")
    added = [i for i in items(conversation.plan, "retirees") if i not in items(start, "retirees")]
    assert len(added) == 1, reply.text
    assert "微信群" in added[0] and "管着" not in added[0]
