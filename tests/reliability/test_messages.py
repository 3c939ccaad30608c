"""Odd chat messages and bad school profiles: a Chinese answer or refusal, never a traceback, and the next turn works."""

from __future__ import annotations

import os
import subprocess

import pytest

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Session
from assistant.domain.profile import Profile
from assistant.errors import ProfileError
from assistant.services import build_services
from tests.reliability.conftest import has_cjk, run


@pytest.fixture(scope="module")
def offline(shared_settings):
    return build_services(shared_settings)


@pytest.fixture
def no_exec(monkeypatch):
    """Fail loudly if anything tries to run a program while a message is handled."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"the engine tried to execute something: {args!r}")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(os, "system", refuse)
    monkeypatch.setattr(os, "popen", refuse)


def _assert_next_turn_works(conversation: Conversation) -> None:
    _, reply = run(conversation.send("教代会多久开一次？"))
    assert "每学年至少召开一次" in reply.text and reply.citations


@pytest.mark.parametrize("message", ["", "   ", "\n\t\u3000 \n", None])
def test_empty_message_gets_a_chinese_prompt(offline, message):
    conversation = Conversation(offline, Session())
    tokens, reply = run(conversation.send(message))
    assert "空" in reply.text and has_cjk(reply.text)
    assert "".join(tokens) == reply.text
    _assert_next_turn_works(conversation)


@pytest.mark.parametrize("size", ["limit+1", "1MB"])
def test_over_long_message_is_refused_quickly(offline, size):
    limit = offline.settings.message_limit
    message = "请帮我写" + "工会" * (limit if size == "limit+1" else 500_000)
    conversation = Conversation(offline, Session())
    _, reply = run(conversation.send(message))
    assert "太长" in reply.text and str(limit) in reply.text
    assert all(len(turn.text) <= limit for turn in conversation.session.history)  # the flood is not stored
    _assert_next_turn_works(conversation)


MARKUP = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "<img src=x onerror=alert(1)>女工部分写什么？",
    "__import__('os').system('touch /tmp/pwned')",
    "{{ system }} {{passages}} 教代会怎么开？",
    "`rm -rf /` $(reboot) ; DROP TABLE drafts; --",
]


@pytest.mark.parametrize("message", MARKUP)
def test_markup_and_code_are_treated_as_plain_text(offline, no_exec, message, tmp_path):
    conversation = Conversation(offline, Session())
    _, reply = run(conversation.send(message))
    assert isinstance(reply.text, str) and has_cjk(reply.text)
    # Nothing the user typed comes back as live markup or a clickable script link.
    assert "<script" not in reply.text.lower() and "onerror=" not in reply.text.lower()
    assert "](javascript:" not in reply.text.lower()
    assert not os.path.exists("/tmp/pwned")
    assert conversation.session.history[0].text == message.strip()  # the user's message is kept as typed
    _assert_next_turn_works(conversation)


GOOD = {"school": "江城市实验中学", "year": 2027, "staff": 126, "female_staff": 78, "retirees": 40}


@pytest.mark.parametrize(
    "change, field",
    [
        ({"school": ""}, "学校名称"),
        ({"school": "   "}, "学校名称"),
        ({"school": None}, "学校名称"),
        ({"staff": -5}, "教职工人数"),
        ({"staff": 0}, "教职工人数"),
        ({"staff": 10**12}, "教职工人数"),
        ({"staff": "一百"}, "教职工人数"),
        ({"female_staff": -1}, "女教职工人数"),
        ({"female_staff": 500}, "女教职工"),  # more women than staff
        ({"retirees": -3}, "退休教职工人数"),
        ({"year": 1899}, "年份"),
        ({"year": 3000}, "年份"),
        ({"year": "明年"}, "年份"),
        ({"period": "寒假"}, "计划期间"),
    ],
)
def test_bad_profile_names_the_field_in_chinese(change, field):
    data = {**GOOD, **change}
    if change.get("school", "x") is None:
        data.pop("school")
    with pytest.raises(ProfileError) as caught:
        Profile.from_dict(data)
    message = caught.value.message
    assert field in message and has_cjk(message)
    assert "Traceback" not in message and "validation error" not in message.lower()
    Profile.from_dict(GOOD)  # the corrected form is accepted
