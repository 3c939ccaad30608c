"""Routing a chat message: edits by their operation, questions, rewrites and short replies, with no model."""

from __future__ import annotations

import pytest

from assistant.conversation.edit_requests import EditParser
from assistant.conversation.edit_words import load_edit_words
from assistant.conversation.intent import load_exemplars, recognise
from assistant.domain.structure import load_structure
from assistant.domain.vocab import Intent


@pytest.fixture(scope="module")
def route():
    structure = load_structure()
    parser = EditParser(structure, load_edit_words())
    exemplars = load_exemplars()
    return lambda message: recognise(message, structure, parser, exemplars)


@pytest.mark.parametrize(
    "message, op",
    [
        ("第三点划掉", "delete"),
        ("麻烦把女工部分的第五项删除", "delete"),
        ("能不能把第2条删掉？", "delete"),
        ("再补充一条关于青年教师读书活动的", "add"),
        ("第四条调到最前头", "move"),
        ("第1条跟最后一条对调", "swap"),
        ("把“教代会”统一改为“教职工代表大会”", "replace"),
        ("把第2条改成：组织教职工参加健康讲座。", "set_item"),
        ("撤消", "undo"),
        ("刚才那步不要了，恢复原样", "undo"),
        ("我们园没有退休教职工，退休那部分不用写", "not_applicable"),
    ],
)
def test_edits_are_read_as_their_operation(route, message, op):
    found = route(message)
    assert found.kind == Intent.REVISE and found.edit is not None and found.edit.op == op


@pytest.mark.parametrize(
    "message, kind",
    [
        ("女工部分应该写什么？", Intent.ASK),
        ("工会法对撤销工会组织有什么规定", Intent.ASK),
        ("删除会员需要经过什么程序？", Intent.ASK),
        ("教代会一年开几次", Intent.ASK),
        ("把这段改得更正式：咱们学校老师们要搞好师德建设", Intent.REWRITE),
        ("好的，采用", Intent.ACCEPT),
        ("行，就用这一版吧", Intent.ACCEPT),
        ("跳过", Intent.SKIP),
        ("现在写到哪了", Intent.PROGRESS),
        ("导出Word", Intent.EXPORT),
        ("把女工部分写得具体些", Intent.REVISE),
    ],
)
def test_other_messages_keep_their_route(route, message, kind):
    found = route(message)
    assert found.kind == kind
    assert found.edit is None


def test_an_edit_like_message_the_rules_cannot_read_is_not_answered_as_a_question(route):
    found = route("第二条没必要留着")
    assert found.kind == Intent.REVISE and found.edit is not None and found.edit.op == "delete"
    assert found.edit.items.positions == [2]
