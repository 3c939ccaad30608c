"""Rewrites in the conversation: the offline rules, and the model's rewrite held to the same fact check."""

from __future__ import annotations

import pytest

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Session
from assistant.domain.profile import Profile
from assistant.domain.vocab import Tone
from assistant.services import build_services
from tests.events import run
from tests.fakes import ScriptedChatModel

SPOKEN = "咱们3月7号下午搞个座谈会吧，请王丽负责，每人补贴50块。"


@pytest.fixture(scope="module")
def offline(shared_settings, shared_index):
    return build_services(shared_settings, model=None, index=shared_index)


def _with_model(shared_settings, shared_index, reply: str) -> tuple[Conversation, ScriptedChatModel]:
    model = ScriptedChatModel().enqueue(reply, chunks=3)
    return Conversation(build_services(shared_settings, model=model, index=shared_index), Session()), model


def test_offline_rewrite_in_the_conversation(offline):
    _, reply = run(Conversation(offline, Session()).rewrite(SPOKEN, Tone.FORMAL))
    assert reply.mode == "offline" and reply.notice is None
    assert reply.text.endswith("我们3月7日下午举办座谈会，由王丽负责，每人补贴50元。")


def test_a_model_rewrite_that_keeps_every_fact_is_shown(shared_settings, shared_index):
    good = "我们定于3月7日下午召开座谈会，由王丽负责，每人补贴50元。"
    conversation, model = _with_model(shared_settings, shared_index, good)
    _, reply = run(conversation.rewrite(SPOKEN, Tone.FORMAL))
    assert reply.mode == "llm" and reply.text.endswith(good)
    assert "3月7号" in model.text_sent()  # the model was given the user's paragraph


@pytest.mark.parametrize("bad, why", [
    ("我们定于3月8日下午召开座谈会，由王丽负责，每人补贴50元。", "7号"),  # a date changed
    ("我们定于3月7日下午召开座谈会，由专人负责，每人补贴50元。", "王丽"),  # a name dropped
    ("我们定于3月7日下午召开座谈会，由王丽负责，每人补贴50元，共30人参加。", "30"),  # a number invented
])
def test_a_model_rewrite_that_changes_a_fact_is_replaced_by_the_rules(shared_settings, shared_index, bad, why):
    conversation, _ = _with_model(shared_settings, shared_index, bad)
    _, reply = run(conversation.rewrite(SPOKEN, Tone.FORMAL))
    assert reply.mode == "offline"
    assert "模型改写未采用" in reply.notice and why in reply.notice
    assert reply.text.endswith("我们3月7日下午举办座谈会，由王丽负责，每人补贴50元。")


def test_specific_rewrite_uses_the_schools_profile(offline):
    profile = Profile.from_dict({"school": "江城市实验小学", "year": 2027, "period": "第二学期", "staff": 64,
                                 "female_staff": 51})
    conversation = Conversation(offline, Session())
    run(conversation.start(profile))
    _, reply = run(conversation.rewrite("围绕三八节组织女职工开展巾帼建功展示活动。", Tone.SPECIFIC))
    assert "【请核实：" in reply.text and "3月8日" in reply.text and "共51人" in reply.text


def test_formalizing_a_proposal_keeps_its_facts(offline):
    profile = Profile.from_dict({"school": "江城市实验小学", "year": 2027, "staff": 64})
    conversation = Conversation(offline, Session())
    run(conversation.start(profile))
    before = list(conversation.session.proposal.paragraphs)
    _, reply = run(conversation.formalize(Tone.FORMAL))
    assert reply.proposal is not None and len(reply.proposal.paragraphs) == len(before)
    for old, new in zip(before, reply.proposal.paragraphs):
        assert sorted(c for c in old if c.isdigit()) == sorted(c for c in new if c.isdigit())
