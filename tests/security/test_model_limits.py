"""Finding 6 (medium): model use was unbounded.

As found: the timeout was per read, so a stream trickling one chunk every 2 s ran 97.6 s with
ASSISTANT_LLM_TIMEOUT=5; requests carried no max_tokens; a 208,000-character passage went whole into a
209,872-character prompt; only chat `send` was throttled (25 clicks on 换一版 = 25 model calls in 4.7 s; every new
browser session got a fresh allowance).
"""

from __future__ import annotations

import pytest

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Session
from assistant.conversation.writer import ModelWriter
from assistant.domain.passages import Hit, Passage
from assistant.domain.profile import Profile
from assistant.drafts.accounts import Account
from assistant.llm.models import TIMEOUT, LLMFailure, make_chat_model, stream_chat
from assistant.llm.prompts import format_passages
from assistant.services import build_services
from assistant.settings import load_settings
from assistant.web import support as ui
from assistant.web.throttle import MessageThrottle
from tests.events import run
from tests.fake_openai import Reply, fake_settings
from tests.fakes import ScriptedChatModel

PROFILE = {"school": "江城市实验中学", "year": 2027, "staff": 126, "female_staff": 78}


class SteppingClock:
    """Each reading is 2 s later: a server sending one chunk every 2 s, without the test waiting for it."""

    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 2.0
        return self.now


def test_a_trickling_stream_is_cut_off_at_the_overall_deadline(fake_llm, tmp_path):
    fake_llm.enqueue(Reply(text="工" * 60, chunks=60, delay=0.001))  # would run 120 "seconds" at 2 s a chunk
    settings = fake_settings(fake_llm, tmp_path, llm_timeout=5.0, llm_deadline=20.0)
    received: list[str] = []
    with pytest.raises(LLMFailure) as caught:
        for piece in stream_chat(make_chat_model(settings), [("user", "你好")], max_retries=0,
                                 deadline=settings.llm_deadline, clock=SteppingClock()):
            received.append(piece)
    assert caught.value.kind == TIMEOUT and caught.value.partial == "".join(received)
    assert 0 < len(received) <= 11  # about 20 s / 2 s (the chunk that crossed the line included), not all 60


def test_every_prompt_kind_is_sent_with_its_own_max_tokens(fake_llm, tmp_path, shared_settings, shared_index):
    settings = fake_settings(fake_llm, tmp_path, data_dir=shared_settings.data_dir, llm_max_tokens_answer=111,
                             llm_max_tokens_draft=222, llm_max_tokens_rewrite=333, llm_max_tokens_intent=4,
                             llm_max_tokens_revise=555)
    conversation = Conversation(build_services(settings, index=shared_index), Session())
    conversation.update_profile(Profile.from_dict(PROFILE))
    actions = [(lambda: conversation.ask("女工部分应该写什么？"), 111), (lambda: conversation.propose("women"), 222),
               (lambda: conversation.rewrite("我们要搞好工会工作，大家一起努力。"), 333),
               (lambda: conversation.revise("女工部分写得具体些", "women"), 555)]
    for action, expected in actions:
        fake_llm.enqueue(Reply(text="切实做好女职工工作。"))
        run(action())
        body = fake_llm.chat_requests[-1].body
        assert body.get("max_completion_tokens", body.get("max_tokens")) == expected
    fake_llm.enqueue(Reply(text="ask"))
    writer = ModelWriter(make_chat_model(settings), settings, conversation.services.lawbook)
    assert writer.intent("嗯嗯嗯") is not None
    body = fake_llm.chat_requests[-1].body
    assert body.get("max_completion_tokens", body.get("max_tokens")) == 4


def test_a_huge_passage_is_trimmed_to_the_prompt_budget(shared_settings, shared_index):
    huge = Passage(text="甲" * 208_000, source="uploads/大文件.txt", title="大文件")
    small = Passage(text="女职工委员会每年至少召开两次会议。", source="policy/x.md", title="规定")
    writer = ModelWriter(ScriptedChatModel(), shared_settings, build_services(shared_settings, model=None,
                                                                              index=shared_index).lawbook)
    prompt = writer.render("answer", question="女工部分写什么？", passages=format_passages([Hit(huge, 1.0), Hit(small, 0.9)]))
    assert len(prompt) <= shared_settings.llm_prompt_chars
    assert small.text in prompt  # the short passage is kept whole; only the long one gives way


def test_a_megabyte_section_does_not_become_a_megabyte_prompt(shared_settings, shared_index):
    model = ScriptedChatModel().enqueue("1. 切实做好女职工工作。")
    settings = load_settings(data_dir=shared_settings.data_dir, llm_prompt_chars=12_000)
    conversation = Conversation(build_services(settings, model=model, index=shared_index), Session())
    conversation.update_profile(Profile.from_dict(PROFILE))
    conversation.edit_section("women", "组织女教职工开展健步走活动。" * 75_000)  # ~1 MB typed into the editor
    run(conversation.revise("女工部分写得具体些", "women"))
    sent = model.text_sent("human")
    assert len(sent) <= 12_000 and "以下从略" in sent


def test_every_action_of_an_account_counts_against_one_budget_whatever_the_session():
    throttle = MessageThrottle(8, 10.0, clock=lambda: 0.0, school_capacity=12)
    teacher = Account("wang", "sch_a", "江城市实验中学")
    allowed = 0
    for _click in range(25):  # the attack as found: 25 clicks on 换一版, each from a fresh browser session
        keys = ui.throttle_keys(teacher, "203.0.113.9", ui.new_session_key())
        allowed += ui.throttle_notice(throttle, keys, "") is None
    assert allowed == 8
    colleague = Account("li", "sch_a", "江城市实验中学")
    others = sum(ui.throttle_notice(throttle, ui.throttle_keys(colleague, "", ui.new_session_key()), "") is None
                 for _ in range(25))
    assert others == 4  # the school's budget (12) is shared by all its accounts
    stranger = Account("zhao", "sch_b", "江城市第二中学")
    assert ui.throttle_notice(throttle, ui.throttle_keys(stranger, "", "s"), "") is None  # other schools unaffected
    anonymous = [ui.throttle_keys(None, "198.51.100.4", ui.new_session_key()) for _ in range(25)]
    assert sum(ui.throttle_notice(throttle, keys, "") is None for keys in anonymous) == 8  # by address when unsigned
