"""Everyday words for the statutes' wording (knowledge/lexicon.yaml, eighteenth session): finding work (职业介绍, 就业),
an official who lets a complaint lie (玩忽职守, 不履行法定职责), inspectors who come to check (监督检查), staff seats
on a company board (职工代表), which level of government (各级), whether a rule reaches a private school (参照执行); and the example plans' words for what a section
question asks (倾听, 网页). The questions are written for this test, not taken from any evaluation set.
"""

from __future__ import annotations

import collections
from pathlib import Path

import pytest
import yaml

from assistant.conversation.engine import ask_once

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"

# (question, the articles that may answer it first)
ANSWERED = [
    ("学校几位老师的家属下岗了，帮他们找活儿这事，地方政府有没有责任？", ("《劳动法》第十一条",)),
    ("学校办的公司里，职工董事是怎么产生的？", ("《工会法》第四十条",)),
    ("给老师搞培训是哪一级的责任，学校要不要订计划？", ("《教师法》第十九条",)),
    ("管女职工保护的那个规定，哪些部门上门检查？", ("《女职工劳动保护" "特别规定》第十二条",)),
]


@pytest.mark.parametrize(("question", "articles"), ANSWERED)
def test_an_everyday_question_is_answered_by_the_article_in_the_statutes_wording(offline, question, articles):
    reply = ask_once(offline, question)
    assert not reply.text.startswith("知识库中没有")
    assert reply.citations and reply.citations[0].label in articles


def test_a_private_kindergarten_asking_whether_the_congress_rules_reach_it_hears_they_apply_by_reference(offline):
    reply = ask_once(offline, "私人办的园所，教代会那套规定跟我们搭界吗？")
    assert "参照执行" in reply.text


def test_a_retiree_section_question_about_listening_quotes_a_sentence_on_listening(offline):
    reply = ask_once(offline, "退休老师爱发牢骚，退休那部分想写工会愿意听他们的难处，怎么写？")
    assert "倾听" in reply.text


def test_a_publicity_question_on_phones_quotes_the_plans_web_measures(offline):
    reply = ask_once(offline, "想在公众号上宣传工会，写进工会自身建设，一般怎么写？")
    assert "工会自身建设" in reply.text
    assert any(w in reply.text for w in ("网页", "网络", "网站"))


class _NoDuplicates(yaml.SafeLoader):
    """A loader that refuses a mapping holding one key twice (PyYAML silently keeps the last)."""


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    twice = [k for k, n in collections.Counter(map(str, keys)).items() if n > 1]
    if twice:
        raise AssertionError(f"duplicate keys at line {node.start_mark.line + 1}: {twice}")
    return loader.construct_mapping(node, deep=deep)


_NoDuplicates.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("name", ["lexicon.yaml", "questions.yaml"])
def test_the_answer_data_holds_no_key_twice(name):
    yaml.load((KNOWLEDGE / name).read_text(encoding="utf-8"), Loader=_NoDuplicates)

