"""Drafting a section in the chat: with a model, the prompt carries the school's kind, the period's months, each
highlight's kind and section and the chosen measures, and asks for no placeholders; offline, an unsure placement is
explained and the other section offered."""

from __future__ import annotations

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Session
from assistant.domain.profile import Profile
from assistant.services import build_services
from tests.compose.conftest import load
from tests.events import run
from tests.fakes import ScriptedChatModel


def test_the_section_prompt_gives_the_model_the_plans_structure(shared_settings, shared_index):
    model = ScriptedChatModel().enqueue("1. 组织青年教师开展技能练兵。\n2. 慰问集训指导教师。", chunks=3)
    conversation = Conversation(build_services(shared_settings, model=model, index=shared_index), Session())
    conversation.update_profile(load("vocational_spring"))
    _, reply = run(conversation.propose("ethics"))
    assert reply.mode == "llm"
    prompt = model.text_sent("human")
    assert "中职" in prompt and "第二学期" in prompt
    assert "2月、3月、4月、5月、6月、7月" in prompt
    assert "省职业院校技能大赛" in prompt and "承办赛事与指导学生竞赛" in prompt and "本节应写入" in prompt
    assert "工作重点“专业课教师的职业倦怠”" in prompt
    assert "【本节的措施要点】" in prompt and "“双师型”" in prompt
    assert "××" not in prompt.split("输出要求")[1].replace("“××”", "")
    assert "不要写“××”" in prompt


def test_an_unsure_highlight_is_explained_in_the_offline_proposal(shared_settings, shared_index):
    conversation = Conversation(build_services(shared_settings, model=None, index=shared_index), Session())
    profile = Profile(school="测试实验学校", year=2027, staff=90, highlights=["下半年的一件大事"])
    conversation.update_profile(profile)
    placement = conversation.services.composer.placements(profile)[0]
    _, reply = run(conversation.propose(placement.section))
    other = conversation.services.structure.section(placement.alternative_section).title
    assert "“下半年的一件大事”的归属不太确定" in reply.text and f"更适合写在“{other}”" in reply.text


def test_a_kindergartens_proposal_uses_its_own_title(shared_settings, shared_index):
    conversation = Conversation(build_services(shared_settings, model=None, index=shared_index), Session())
    conversation.update_profile(load("kindergarten_autumn"))
    _, reply = run(conversation.propose("democracy"))
    assert reply.text.startswith("【民主管理与园务公开】")
    assert "园务公开" in "".join(reply.proposal.paragraphs)
