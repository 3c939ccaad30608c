"""The conversation engine through its API: offline answers, rewrites, a guided session, and the LLM path."""

from __future__ import annotations

import re

import pytest

from assistant.conversation.engine import Conversation, ask_once
from assistant.conversation.session import Session
from assistant.domain.policy import placeholder_spans
from assistant.domain.profile import Profile
from assistant.services import build_services
from tests.events import run
from tests.fake_openai import FAKE_KEY, Reply, closed_port, fake_settings
from tests.fakes import ScriptedChatModel


@pytest.fixture
def profile():
    return Profile.from_dict(
        {"school": "江城市实验中学", "year": 2027, "staff": 126, "female_staff": 78, "retirees": 40,
         "upper_union": "江城市教育工会", "highlights": ["10月建校60周年校庆"]}
    )


def test_women_question_lists_elements_with_sources(offline):
    reply = ask_once(offline, "女工部分应该包括哪些内容")
    assert reply.mode == "offline"
    points = re.findall(r"^\d+\. .+$", reply.text, flags=re.M)
    assert len(points) >= 4
    assert "女职工委员会" in reply.text and "三八" in reply.text
    assert reply.citations and all(c.source for c in reply.citations)
    assert any("女" in c.quote for c in reply.citations)


def test_congress_frequency_cites_the_digest_as_a_digest(offline):
    reply = ask_once(offline, "教代会多久开一次")
    assert "每学年至少召开一次" in reply.text
    digest = [c for c in reply.citations if c.kind == "digest"]
    assert digest, reply.citations
    assert "要点摘编" in reply.text and "非官方原文" in reply.text


def test_out_of_scope_question_is_declined(offline):
    reply = ask_once(offline, "红烧肉怎么做才好吃")
    assert "没有找到" in reply.text
    assert reply.citations == []


def test_empty_question_is_refused(offline):
    from assistant.errors import UserError

    with pytest.raises(UserError, match="不能为空"):
        ask_once(offline, "   ")


def test_colloquial_paragraph_comes_back_formal_with_facts(offline):
    conversation = Conversation(offline, Session())
    text = "咱们学校3月8日搞个三八节活动吧，老师们都参加，由王丽娟负责，预算2000元。"
    _, reply = run(conversation.send(f"把这段改得更正式：{text}"))
    body = reply.text
    for fact in ("3月8日", "王丽娟", "2000元", "三八"):
        assert fact in body
    assert "咱们" not in body and "搞" not in body and "吧" not in body
    assert "我校" in body


def test_guided_session_from_empty_draft_to_complete_plan(offline, profile):
    conversation = Conversation(offline, Session())
    tokens, reply = run(conversation.start(profile))
    assert len(tokens) > 1  # streamed in pieces
    assert reply.proposal is not None and reply.proposal.key == "guiding"
    steps = 0
    while conversation.session.current is not None:
        _, reply = run(conversation.send("采用"))
        steps += 1
        assert steps < 30
    plan = conversation.plan
    done, total = plan.progress()
    assert done == total
    markdown = conversation.markdown()
    assert "江城市实验中学" in markdown and "2027" in markdown
    assert "校庆" in markdown
    headings = [line for line in markdown.splitlines() if line.startswith("#")]
    assert len(headings) == 1 + total + 1  # the title, every drafted section and 主要工作 itself
    assert placeholder_spans(markdown) == []
    # Autosaved after every accepted section.
    saved = offline.store.get(conversation.session.draft_id)
    assert saved.info.current_version >= total
    assert saved.content["plan"]["sections"] == plan.to_dict()["sections"]


def test_progress_and_skip(offline, profile):
    conversation = Conversation(offline, Session())
    run(conversation.start(profile))
    _, reply = run(conversation.send("跳过"))
    assert "已跳过" in reply.text
    _, reply = run(conversation.send("现在进度怎么样"))
    assert re.search(r"已完成 \d+/\d+", reply.text)


def test_revise_adds_requested_content(offline, profile):
    conversation = Conversation(offline, Session())
    run(conversation.start(profile))
    _, reply = run(conversation.send("加上校庆的内容"))
    assert "校庆" in "".join(reply.proposal.paragraphs)


# ---------------------------------------------------------------------------------------------- LLM path


def llm_assistant(server, tmp_path, shared_settings, **overrides):
    settings = fake_settings(server, tmp_path, data_dir=shared_settings.data_dir, **overrides)
    return build_services(settings)


def test_llm_answer_streams_with_passages(shared_settings, shared_index):
    model = ScriptedChatModel().enqueue("女职工工作应包括设立女职工委员会[1]，并组织三八节活动[2]。[9]", chunks=6)
    conversation = Conversation(build_services(shared_settings, model=model, index=shared_index), Session())
    tokens, reply = run(conversation.ask("女工部分应该写什么？"))
    assert reply.mode == "llm"
    prompt = model.text_sent("human")
    assert "<资料" in prompt and "女职工" in prompt
    assert "学校工会工作计划起草助手" in model.text_sent("system")
    assert "[9]" not in reply.text  # a citation to no given passage is removed
    assert "[1]" in reply.text
    assert len(tokens) >= 1


@pytest.mark.parametrize(
    "script, notice",
    [
        (Reply.error(500), "暂时不可用"),
        (Reply.error(429), "429"),
        (Reply.error(401), "密钥"),
        (Reply(mode="hang", hang=10), "超时"),
        (Reply(text="女职工工作应当包括设立女职工委员会，组织三八节活动，开展健康检查等内容。", mode="drop", chunks=6, drop_after=2), "中断"),
    ],
)
def test_llm_failures_fall_back_to_offline_with_notice(fake_llm, tmp_path, shared_settings, caplog, script, notice):
    for _ in range(3):
        fake_llm.enqueue(script)
    assistant = llm_assistant(fake_llm, tmp_path, shared_settings, llm_timeout=1.0, llm_max_retries=1)
    conversation = Conversation(assistant, Session())
    _, reply = run(conversation.send("女工部分应该包括哪些内容？"))
    assert notice in (reply.notice or "")
    assert "离线" in reply.notice
    assert "女职工委员会" in reply.text  # the offline answer is there
    assert reply.complete is False
    assert conversation.session.history[0].text == "女工部分应该包括哪些内容？"  # nothing typed is lost
    assert FAKE_KEY not in reply.text + (reply.notice or "") + caplog.text


def test_connection_refused_falls_back(tmp_path, shared_settings):
    from assistant.settings import load_settings

    settings = load_settings(data_dir=shared_settings.data_dir, openai_base_url=f"http://127.0.0.1:{closed_port()}/v1",
                             openai_api_key=FAKE_KEY, llm_timeout=1.0, llm_max_retries=0)
    conversation = Conversation(build_services(settings), Session())
    _, reply = run(conversation.send("教代会多久开一次？"))
    assert "无法连接" in reply.notice
    assert "每学年至少召开一次" in reply.text


def test_llm_section_draft_is_grounded(shared_settings, shared_index, profile):
    model = ScriptedChatModel().enqueue("1. 依照《工会法》第九十九条，成立女职工委员会。\n2. 组织三八节系列活动[1]。", chunks=5)
    conversation = Conversation(build_services(shared_settings, model=model, index=shared_index), Session())
    conversation.update_profile(profile)
    _, reply = run(conversation.propose("women"))
    assert reply.mode == "llm"
    text = "\n".join(reply.proposal.paragraphs)
    assert "第九十九条" not in text  # an article we do not hold is never shown
    assert "三八节" in text
    prompt = model.text_sent("human")
    assert "江城市实验中学" in prompt and "女职工" in prompt


def test_guided_plan_repeats_no_sentence(offline, profile):
    conversation = Conversation(offline, Session())
    run(conversation.start(profile))
    while conversation.session.current is not None:
        run(conversation.accept())
    sentences = [
        s for d in conversation.plan.sections.values() for p in d.paragraphs for s in re.split(r"(?<=。)", p) if len(s) > 8
    ]
    assert len(sentences) == len(set(sentences))


def test_a_named_article_is_quoted_first(offline):
    reply = ask_once(offline, "工会法第十一条怎么规定的")
    assert reply.citations[0].label == "《工会法》第十一条"
    assert reply.text.startswith("根据《工会法》第十一条[1]")
    assert "二十五人以上" in reply.text
