"""The API key never shows up: not in logs at DEBUG, output, replies, notices, saved drafts or exports."""

from __future__ import annotations

import logging

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Session
from assistant.domain.plan import Plan
from assistant.domain.profile import Profile
from assistant.services import build_services
from assistant.settings import load_settings
from tests.fake_openai import FakeOpenAIServer, Reply
from tests.reliability.conftest import run

KEY = "sk-test-SECRET-4f9c2a7e1b"


def _all_loggers_debug() -> None:
    logging.root.setLevel(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        logging.getLogger(name).setLevel(logging.DEBUG)


def test_key_appears_nowhere(tmp_path, small_kb, monkeypatch, caplog, capsys):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    caplog.set_level(logging.DEBUG)
    with FakeOpenAIServer() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        settings = load_settings(data_dir=tmp_path / "data", knowledge_dir=small_kb, model="fake-model",
                                 llm_timeout=2.0, llm_max_retries=1)
        assert settings.openai_api_key.get_secret_value() == KEY  # taken from the environment
        assistant = build_services(settings)
        _all_loggers_debug()
        assert assistant.chat_model is not None  # built now, so its loggers exist before we turn everything to DEBUG
        _all_loggers_debug()
        session = Session(owner="学校甲")
        session.plan = Plan.empty(Profile.from_dict({"school": "江城市实验中学", "year": 2027, "staff": 90}),
                                  assistant.structure)
        conversation = Conversation(assistant, session)
        server.enqueue(Reply(text="女职工工作要健全女职工委员会[1]。"))
        _, ok = run(conversation.send("女工部分应该包括哪些内容？"))
        server.default = Reply.error(401)  # the provider's error body quotes the key
        _, failed = run(conversation.send("教代会多久开一次？"))
        server.default = Reply.error(429)
        _, busy = run(conversation.send("女职工权益保护有哪些规定？"))
        notice = conversation.edit_section("women", ok.text)
        assert server.chat_requests and all(r.had_authorization for r in server.chat_requests)
    assert notice is None
    assert ok.mode == "llm" and failed.notice and "密钥" in failed.notice and busy.notice
    exports = [conversation.markdown().encode("utf-8"), conversation.docx_bytes()]
    captured = capsys.readouterr()
    texts = [caplog.text, captured.out, captured.err, *(r.text for r in (ok, failed, busy)),
             *(r.notice or "" for r in (ok, failed, busy)), *(t.text for t in session.history),
             *(t.notice or "" for t in session.history), repr(session.content()), repr(settings)]
    for text in texts:
        assert KEY not in text and KEY[8:] not in text
    for data in exports + [p.read_bytes() for p in settings.data_dir.rglob("*") if p.is_file()]:
        assert KEY.encode() not in data
    assert any(r.levelno == logging.DEBUG for r in caplog.records)  # DEBUG logging really was on
