"""The LLM seam, exercised with the real openai client (via ChatOpenAI) against the fake OpenAI server."""

from __future__ import annotations

import logging
import time

import pytest

from assistant.domain.passages import KIND_LAW, Hit, Passage
from assistant.llm import models as llm
from assistant.llm.models import LLMFailure, generate, make_chat_model, stream_chat
from assistant.llm.prompts import format_passages, render
from tests.fake_openai import (
    DROP,
    ECHO,
    FAKE_KEY,
    HANG,
    Reply,
    closed_port,
    fake_settings,
    split_text,
)

SLACK = 1.5  # seconds of scheduling slack on timing assertions


def _messages(settings, question: str = "基层工会委员会怎么建立？") -> list[tuple[str, str]]:
    law = Passage(
        text="用人单位有会员二十五人以上的，应当建立基层工会委员会。",
        source="policy/工会法(2021-12-24).md",
        title="中华人民共和国工会法",
        kind=KIND_LAW,
        law="工会法",
        article="第十一条",
    )
    passages = format_passages([Hit(law, 1.0)])
    return [
        ("system", render("system", settings.prompts_dir)),
        ("user", render("answer", settings.prompts_dir, question=question, passages=passages)),
    ]


def _fail(model, settings, **kw) -> tuple[LLMFailure, float]:
    start = time.monotonic()
    with pytest.raises(LLMFailure) as info:
        list(stream_chat(model, _messages(settings), max_retries=settings.llm_max_retries, **kw))
    return info.value, time.monotonic() - start


# --- building the model --------------------------------------------------------------------------------


def test_no_model_when_nothing_is_configured(settings):
    assert make_chat_model(settings) is None


def test_model_uses_configured_name_timeout_and_no_client_retries(fake_llm, tmp_path):
    settings = fake_settings(fake_llm, tmp_path, llm_timeout=7.5)
    model = make_chat_model(settings)
    assert model.model_name == "fake-model"
    assert model.request_timeout == settings.llm_timeout == 7.5
    assert model.max_retries == 0
    assert model.root_client.timeout == 7.5 and model.root_client.max_retries == 0


def test_keyless_local_server_gets_a_dummy_key(fake_llm, tmp_path):
    settings = fake_settings(fake_llm, tmp_path, openai_api_key=None)
    assert settings.llm_configured
    model = make_chat_model(settings)
    assert model.openai_api_key.get_secret_value() == llm.DUMMY_LOCAL_KEY
    assert "".join(stream_chat(model, [("user", "你好")], max_retries=0)) == "这是模型的回答。"


# --- streaming ---------------------------------------------------------------------------------------


def test_streamed_answer_arrives_in_pieces_and_request_carries_prompt(fake_llm, tmp_path):
    fake_llm.enqueue(Reply(text="依据《工会法》第十一条，会员二十五人以上应当建立基层工会委员会[1]。", chunks=5))
    settings = fake_settings(fake_llm, tmp_path)
    pieces = list(stream_chat(make_chat_model(settings), _messages(settings), max_retries=0))
    assert len(pieces) >= 4
    assert "".join(pieces) == "依据《工会法》第十一条，会员二十五人以上应当建立基层工会委员会[1]。"

    request = fake_llm.chat_requests[-1]
    assert request.body["model"] == "fake-model"
    assert request.body["stream"] is True
    assert request.had_authorization
    assert "学校工会工作计划起草助手" in request.text_of("system")
    user = request.text_of("user")
    assert '<资料 编号="1"' in user and "《工会法》第十一条" in user and "基层工会委员会怎么建立" in user


def test_tiktoken_is_never_used(fake_llm, tmp_path, monkeypatch):
    import tiktoken

    def refuse(*args, **kwargs):
        raise AssertionError("tiktoken would download encodings")

    monkeypatch.setattr(tiktoken, "get_encoding", refuse)
    monkeypatch.setattr(tiktoken, "encoding_for_model", refuse)
    settings = fake_settings(fake_llm, tmp_path)
    assert generate(make_chat_model(settings), _messages(settings), settings).complete


def test_echo_reply_quotes_the_last_user_message(fake_llm, tmp_path):
    fake_llm.enqueue(Reply(mode=ECHO))
    settings = fake_settings(fake_llm, tmp_path)
    result = generate(make_chat_model(settings), [("user", "标记-ABC-42")], settings)
    assert result.complete and "标记-ABC-42" in result.text


def test_generate_collects_text(fake_llm, tmp_path):
    settings = fake_settings(fake_llm, tmp_path)
    result = generate(make_chat_model(settings), _messages(settings), settings)
    assert result == llm.LLMResult(text="这是模型的回答。", complete=True, notice=None, failure=None)


# --- failures ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status, kind, notice",
    [
        (500, "server", "模型服务暂时不可用（500）"),
        (503, "server", "模型服务暂时不可用（503）"),
        (429, "rate_limit", "模型服务繁忙（429）"),
    ],
)
def test_transient_errors_are_retried_then_fail(fake_llm, tmp_path, status, kind, notice):
    settings = fake_settings(fake_llm, tmp_path, llm_max_retries=2)
    fake_llm.default = Reply.error(status)
    retries = []
    failure, elapsed = _fail(make_chat_model(settings), settings, backoff=0.05, on_retry=lambda *a: retries.append(a))
    assert failure.kind == kind and failure.notice == notice
    assert len(fake_llm.chat_requests) == 3  # first try + 2 retries
    assert [a[0] for a in retries] == [1, 2] and [a[2] for a in retries] == [0.05, 0.1]
    assert elapsed < settings.llm_timeout * 3 + SLACK


def test_retry_succeeds_after_a_429_with_default_backoff(fake_llm, tmp_path):
    settings = fake_settings(fake_llm, tmp_path)
    fake_llm.enqueue(Reply.error(429), Reply(text="第二次成功。"))
    waits = []
    result = generate(make_chat_model(settings), _messages(settings), settings, backoff=llm.BACKOFF_BASE, sleep=waits.append)
    assert result.complete and result.text == "第二次成功。"
    assert waits == [llm.BACKOFF_BASE]  # waited the first backoff step, once
    assert len(fake_llm.chat_requests) == 2


@pytest.mark.parametrize("status", [401, 403])
def test_auth_errors_are_not_retried(fake_llm, tmp_path, status):
    settings = fake_settings(fake_llm, tmp_path, llm_max_retries=3)
    fake_llm.default = Reply.error(status)
    failure, elapsed = _fail(make_chat_model(settings), settings)
    assert failure.kind == "auth"
    assert failure.notice == "API 密钥无效或无权限，请检查 OPENAI_API_KEY"
    assert len(fake_llm.chat_requests) == 1
    assert elapsed < SLACK


def test_hang_times_out_within_timeout_and_retries(fake_llm, tmp_path):
    settings = fake_settings(fake_llm, tmp_path, llm_timeout=0.5, llm_max_retries=1)
    fake_llm.default = Reply(mode=HANG, hang=30)
    failure, elapsed = _fail(make_chat_model(settings), settings)
    assert failure.kind == "timeout" and failure.notice == "模型服务响应超时"
    assert len(fake_llm.chat_requests) == 2
    assert elapsed < settings.llm_timeout * 2 + llm.BACKOFF_BASE + SLACK


def test_connection_refused(tmp_path, fake_llm):
    settings = fake_settings(fake_llm, tmp_path, openai_base_url=f"http://127.0.0.1:{closed_port()}/v1", llm_max_retries=1)
    failure, elapsed = _fail(make_chat_model(settings), settings, backoff=0.05)
    assert failure.kind == "connection" and failure.notice == "无法连接模型服务"
    assert elapsed < settings.llm_timeout * 2 + SLACK


def test_dropped_stream_keeps_partial_and_is_not_retried(fake_llm, tmp_path):
    settings = fake_settings(fake_llm, tmp_path, llm_max_retries=2)
    text = "一、指导思想。二、工作目标。三、主要工作。"
    fake_llm.enqueue(Reply(mode=DROP, text=text, chunks=6, drop_after=2))
    model = make_chat_model(settings)
    received: list[str] = []
    with pytest.raises(LLMFailure) as info:
        for piece in stream_chat(model, _messages(settings), max_retries=settings.llm_max_retries):
            received.append(piece)
    assert info.value.kind == "broken_stream"
    assert info.value.partial == "".join(received) == "".join(split_text(text, 6)[:2])
    assert info.value.notice == "模型回复中途中断"
    assert len(fake_llm.chat_requests) == 1  # text was already shown: never retried


def test_stall_midway_is_a_broken_stream(fake_llm, tmp_path):
    settings = fake_settings(fake_llm, tmp_path, llm_timeout=0.4, llm_max_retries=2)
    fake_llm.enqueue(Reply(text="甲乙丙", chunks=3, delay=2.0))
    failure, elapsed = _fail(make_chat_model(settings), settings)
    assert failure.kind == "broken_stream" and failure.partial == "甲"
    assert len(fake_llm.chat_requests) == 1
    assert elapsed < settings.llm_timeout + SLACK


def test_empty_answer_is_a_bad_response(fake_llm, tmp_path):
    settings = fake_settings(fake_llm, tmp_path)
    fake_llm.enqueue(Reply(text=""))
    result = generate(make_chat_model(settings), _messages(settings), settings)
    assert (result.complete, result.failure, result.text) == (False, "bad_response", "")
    assert len(fake_llm.chat_requests) == 1


def test_generate_reports_failure_with_partial_text(fake_llm, tmp_path):
    settings = fake_settings(fake_llm, tmp_path)
    fake_llm.enqueue(Reply(mode=DROP, text="甲乙丙丁戊己", chunks=6, drop_after=3))
    result = generate(make_chat_model(settings), _messages(settings), settings)
    assert not result.complete
    assert result.failure == "broken_stream" and result.notice == llm.NOTICES["broken_stream"]
    assert result.text == "甲乙丙"


def test_dropped_before_any_text_is_retried(fake_llm, tmp_path):
    settings = fake_settings(fake_llm, tmp_path, llm_max_retries=1)
    fake_llm.enqueue(Reply(mode=DROP, drop_after=0), Reply(text="重试后成功。"))
    result = generate(make_chat_model(settings), _messages(settings), settings, backoff=0.01)
    assert result.complete and result.text == "重试后成功。"


# --- the key never leaks -----------------------------------------------------------------------------


def test_api_key_never_appears_in_notices_logs_or_stderr(fake_llm, tmp_path, caplog, capsys):
    settings = fake_settings(fake_llm, tmp_path, llm_max_retries=1)
    model = make_chat_model(settings)
    # Turn on DEBUG for every logger, including the HTTP stack's, after the model is built.
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    failures = []
    for reply in (Reply.error(401), Reply.error(403), Reply.error(429), Reply.error(500), Reply(mode=DROP, drop_after=1)):
        fake_llm.default = reply
        failures.append(_fail(model, settings, backoff=0.01)[0])
    fake_llm.default = Reply()
    assert "".join(stream_chat(model, [("user", "你好")], max_retries=0)) == "这是模型的回答。"

    captured = capsys.readouterr()
    assert caplog.records, "debug logging was on: something must have been logged"
    assert any("***" in f.detail for f in failures), "the fake server quotes the key in errors: it must be scrubbed"
    for failure in failures:
        for text in (failure.notice, str(failure), failure.detail, repr(failure)):
            assert FAKE_KEY not in text
    assert FAKE_KEY not in caplog.text
    assert all(FAKE_KEY not in record.getMessage() for record in caplog.records)
    assert FAKE_KEY not in captured.err and FAKE_KEY not in captured.out


def test_failure_is_not_chained_to_the_provider_error(fake_llm, tmp_path):
    # A traceback of the LLMFailure must not print the provider's message (which quotes the key).
    import traceback

    settings = fake_settings(fake_llm, tmp_path)
    fake_llm.default = Reply.error(401)
    failure, _ = _fail(make_chat_model(settings), settings)
    assert FAKE_KEY not in "".join(traceback.format_exception(failure))


# --- the fake server's other endpoints ----------------------------------------------------------------


def test_fake_server_models_and_embeddings(fake_llm):
    import openai

    client = openai.OpenAI(api_key=FAKE_KEY, base_url=fake_llm.base_url, max_retries=0, timeout=5)
    assert [m.id for m in client.models.list()] == ["fake-model"]
    first = client.embeddings.create(model="emb", input=["工会", "教代会"]).data
    again = client.embeddings.create(model="emb", input="工会").data
    assert len(first) == 2 and len(first[0].embedding) == 16
    assert first[0].embedding == pytest.approx(again[0].embedding)
    assert first[0].embedding != pytest.approx(first[1].embedding)
    assert all(FAKE_KEY not in str(r.headers) for r in fake_llm.requests)
