"""The model endpoint failing in every way we know, through the Conversation API against a real fake server."""

from __future__ import annotations

import io
import time

import pytest

from assistant.conversation.engine import Conversation, ask_once
from assistant.conversation.session import Session
from assistant.domain.plan import Plan
from assistant.domain.profile import Profile
from assistant.services import Services, build_services
from tests.fake_openai import DROP, FAKE_KEY, HANG, FakeOpenAIServer, Reply, closed_port
from tests.reliability.conftest import has_cjk, run

QUESTION = "女工部分应该包括哪些内容？"
TIMEOUT = 1.0
RETRIES = 1
SLACK = 8.0  # backoff between attempts plus local work (retrieval, offline composition) on a loaded 2-core machine;
# still far below a hang (the server never answers) or the client default of minutes


@pytest.fixture(scope="module")
def offline_answer(shared_settings) -> str:
    return ask_once(build_services(shared_settings), QUESTION).text


def _assistant(server_or_url, shared_settings) -> Services:
    """Services on the prebuilt shared index whose model is the fake server (or a dead URL)."""
    from assistant.settings import load_settings

    base_url = server_or_url if isinstance(server_or_url, str) else server_or_url.base_url
    settings = load_settings(
        data_dir=shared_settings.data_dir, knowledge_dir=shared_settings.knowledge_dir,
        openai_base_url=base_url, openai_api_key=FAKE_KEY, model="fake-model",
        llm_timeout=TIMEOUT, llm_max_retries=RETRIES,
    )
    return build_services(settings)


FAULTS = {
    "500": Reply.error(500),
    "502": Reply.error(502),
    "429": Reply.error(429),
    "401": Reply.error(401),
    "403": Reply.error(403),
    "hang": Reply(mode=HANG, hang=30.0),
    "drop-midway": Reply(mode=DROP, text="根据资料，女职工工作包括：一是组织建设。二是权益维护。三是关爱活动。", chunks=6, drop_after=3),
    "drop-before-anything": Reply(mode=DROP, text="不会送出", chunks=3, drop_after=0),
    "empty-reply": Reply(text="", chunks=1),
}
NOTICE_WORDS = {
    "500": "暂时不可用", "502": "暂时不可用", "429": "繁忙", "401": "密钥", "403": "密钥", "hang": "超时",
    "drop-midway": "中断", "drop-before-anything": "连接", "empty-reply": "模型",
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_model_failure_falls_back_to_the_offline_answer_with_a_notice(fault, tmp_path, shared_settings, offline_answer):
    with FakeOpenAIServer(default=FAULTS[fault]) as server:
        assistant = _assistant(server, shared_settings)
        conversation = Conversation(assistant, Session())
        started = time.perf_counter()
        tokens, reply = run(conversation.send(QUESTION))
        elapsed = time.perf_counter() - started
    assert elapsed < TIMEOUT * (RETRIES + 1) + SLACK, f"{fault}: took {elapsed:.1f}s"
    assert offline_answer in reply.text
    assert reply.notice and has_cjk(reply.notice) and NOTICE_WORDS[fault] in reply.notice, reply.notice
    assert reply.complete is False
    for text in (reply.text, reply.notice, "".join(tokens)):
        assert FAKE_KEY not in text and "Traceback" not in text and "Error" not in text
    history = conversation.session.history
    assert [t.role for t in history] == ["user", "assistant"] and history[0].text == QUESTION
    assert history[1].notice == reply.notice


def test_connection_refused_falls_back_quickly(tmp_path, shared_settings, offline_answer):
    assistant = _assistant(f"http://127.0.0.1:{closed_port()}/v1", shared_settings)
    conversation = Conversation(assistant, Session())
    started = time.perf_counter()
    _, reply = run(conversation.send(QUESTION))
    assert time.perf_counter() - started < TIMEOUT * (RETRIES + 1) + SLACK
    assert offline_answer in reply.text and "无法连接" in reply.notice
    assert conversation.session.history[0].text == QUESTION


def test_after_a_failure_the_next_request_uses_the_model_again(tmp_path, shared_settings):
    with FakeOpenAIServer() as server:
        server.enqueue(Reply.error(500), Reply.error(500))  # both attempts of the first question fail
        server.enqueue(Reply(text="女职工工作要健全女职工委员会[1]。"))
        assistant = _assistant(server, shared_settings)
        conversation = Conversation(assistant, Session())
        _, first = run(conversation.send(QUESTION))
        _, second = run(conversation.send(QUESTION))
    assert first.mode == "offline" and first.notice
    assert second.mode == "llm" and second.notice is None and "健全女职工委员会" in second.text
    assert len(conversation.session.history) == 4


CONTROL_OUTPUT = "健全女职工委员会\x00组织\x07机构\x1b[31m。\x0b开展\x08“三八”节\x0c活动\x7f[1]。\ud800"


def test_control_characters_from_the_model_never_reach_the_reply_or_exports(tmp_path, shared_settings):
    profile = Profile.from_dict({"school": "江城市实验中学", "year": 2027, "staff": 126, "female_staff": 78})
    with FakeOpenAIServer(default=Reply(text=CONTROL_OUTPUT.replace("\ud800", ""), chunks=5)) as server:
        assistant = _assistant(server, shared_settings)
        session = Session()
        session.plan = Plan.empty(profile, assistant.structure)
        conversation = Conversation(assistant, session)
        _, answer = run(conversation.send(QUESTION))
        _, revised = run(conversation.send("把女工部分写得具体些"))
    for text in (answer.text, revised.text):
        assert "\x00" not in text and "\x07" not in text and "\x1b" not in text
    assert "健全女职工委员会组织机构" in answer.text
    # A section holding raw model text (as an older client might have stored it) still exports.
    assert revised.proposal is not None
    session.plan.set_section("women", revised.proposal.paragraphs, status="accepted")
    session.plan.set_section("guiding", [CONTROL_OUTPUT], status="accepted")
    markdown = conversation.markdown()
    assert "健全女职工委员会" in markdown
    data = conversation.docx_bytes()
    from docx import Document

    text = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    assert "健全女职工委员会组织机构" in text and "\x00" not in text
