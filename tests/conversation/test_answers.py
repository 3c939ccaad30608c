"""Answers as a union chair sees them, offline and with a model: the same router and gate decide both times."""

from __future__ import annotations

import pytest

from assistant.conversation.engine import Conversation, ask_once
from assistant.conversation.session import Session
from assistant.services import build_services
from assistant.settings import load_settings
from tests.events import run
from tests.fakes import ScriptedChatModel


@pytest.mark.parametrize("question", ["女工部分应该包括哪些内容", "女工那块咋写啊", "女职工工作这一节写点啥好"])
def test_paraphrases_of_a_section_question_get_the_same_section(offline, question):
    reply = ask_once(offline, question)
    assert reply.text.startswith("“女职工工作”部分一般应包括以下要点：")
    assert "三八" in reply.text and "女职工委员会" in reply.text


def test_a_legal_question_leads_with_the_article_quoted_then_the_plan(offline):
    reply = ask_once(offline, "学校能不能因为女老师怀孕就辞退她")
    first = reply.text.splitlines()[0]
    assert first.startswith("根据《女职工劳动保护特别规定》第五条[1]：“")
    assert "予以辞退" in first
    assert "写进计划：可在“女职工工作”部分" in reply.text
    assert reply.citations[0].label == "《女职工劳动保护特别规定》第五条"


def test_a_county_named_in_the_story_does_not_hide_the_national_statute(offline):
    """县城 sets the scene; what is asked (pay of dispatched staff) is national law (questions.yaml answer_above)."""
    reply = ask_once(offline, "我们县城这所初中从人力公司派来了几个保安，岗位和学校自聘的人相同，可工钱比人家少一截。"
                              "派来的人工钱能不一样吗？")
    assert reply.text.startswith("根据《劳动合同法》")
    assert "知识库中没有" not in reply.text


def test_a_local_allowance_is_still_declined_with_where_to_look(offline):
    reply = ask_once(offline, "我们区里给乡村老师的补贴每月多少钱")
    assert reply.text.startswith("知识库中没有关于地方")


def test_a_procedure_question_quotes_the_digest_as_a_digest(offline):
    reply = ask_once(offline, "教代会代表的任期是几年，可以连任吗")
    assert "任期3年或5年" in reply.text and "连选连任" in reply.text
    assert "要点摘编" in reply.text and "非官方原文" in reply.text
    assert "“代表由教职工" not in reply.text  # our own summary is never put in quotation marks


def test_the_schedule_answer_lists_the_months_of_the_union_year(offline):
    reply = ask_once(offline, "月度工作安排怎么排")
    assert "- 3月：" in reply.text and "- 9月：" in reply.text
    assert "{" not in reply.text  # the calendar's placeholders are filled


def test_a_kind_of_school_adds_its_own_words(offline):
    reply = ask_once(offline, "我们是幼儿园，民主管理那部分写什么")
    assert "园务公开" in reply.text and "保教" in reply.text


# Written for this test: where an activity goes, asked in the words users use; the section is the one the composer
# gives a highlight of that kind (knowledge/highlights.yaml), not one whose chat name the question happens to hold.
PLACED = [
    ("给住院的老师申请职工医疗互助的保障，计划里该归到哪一节", "维权与送温暖"),
    ("下学期想办一次教工合唱比赛，这个挂在哪一部分", "文体活动"),
    ("五月份组织老师去医院体检，写到哪一块比较合适", "维权与送温暖"),
]


@pytest.mark.parametrize("question, section", PLACED)
def test_where_an_activity_belongs_follows_its_kind(offline, question, section):
    reply = ask_once(offline, question)
    assert reply.text.startswith(f"这项内容可以写在“{section}”部分。"), reply.text[:80]


@pytest.mark.parametrize(
    "question, words",
    [
        ("我们省的教师乡镇补贴一个月多少钱", "当地"),
        ("工会会员每月的会费怎么算", "中国工会章程"),
        ("帮我推荐一部好看的电视剧", "无关"),
    ],
)
def test_out_of_scope_questions_are_declined_plainly(offline, question, words):
    reply = ask_once(offline, question)
    opening = reply.text[:60]
    assert "知识库中没有" in opening or "无关" in opening
    assert words in reply.text
    assert reply.citations == []


def test_with_a_model_the_router_and_gate_still_decide(shared_settings, shared_index):
    model = ScriptedChatModel().enqueue("依据《女职工劳动保护特别规定》第七条，女职工生育享受98天产假[1]。", chunks=3)
    conversation = Conversation(build_services(shared_settings, model=model, index=shared_index), Session())
    _, reply = run(conversation.ask("生孩子能休多少天产假"))
    assert reply.mode == "llm"
    prompt = model.text_sent("human")
    assert "98天产假" in prompt  # the article the offline engine chose is what the model writes from
    assert prompt.count("<资料") <= 3  # only the chosen passages, not the whole retrieval
    assert reply.citations[0].label == "《女职工劳动保护特别规定》第七条"


def test_with_a_model_a_decline_never_reaches_the_model(shared_settings, shared_index):
    model = ScriptedChatModel()  # nothing enqueued: any request would fail the test
    conversation = Conversation(build_services(shared_settings, model=model, index=shared_index), Session())
    _, reply = run(conversation.ask("今天天气怎么样"))
    assert model.history == []
    assert reply.mode == "offline" and "无关" in reply.text


def test_with_a_model_the_output_guard_still_applies(shared_settings, shared_index):
    model = ScriptedChatModel().enqueue("依据《工会法》第九十九条[1]，应当设立女职工委员会[7]。", chunks=2)
    conversation = Conversation(build_services(shared_settings, model=model, index=shared_index), Session())
    _, reply = run(conversation.ask("女职工委员会怎么设立"))
    assert "第九十九条" not in reply.text and "[7]" not in reply.text


def test_a_schools_own_upload_answers_what_the_base_has_no_rule_on(tmp_path):
    services = build_services(load_settings(data_dir=tmp_path / "data"), model=None)
    notice = "关于举办第三届教职工读书节的安排\n本届读书节活动定于四月举行，各年级组推荐书目两本。\n"
    assert services.add_upload(notice.encode("utf-8"), "读书节安排.txt", owner="学校甲").added > 0
    own = Conversation(services, Session(owner="学校甲"))
    _, reply = run(own.send("我们的读书节是几月举行？"))
    assert "四月举行" in reply.text and reply.citations[0].kind == "upload"
    assert "规定" not in reply.text  # the school's own notice is quoted as what it is, not as a rule
    other = Conversation(services, Session(owner="学校乙"))  # another school never sees it
    _, reply = run(other.send("我们的读书节是几月举行？"))
    assert "四月" not in reply.text and all(c.kind != "upload" for c in reply.citations)


# Written for this test: asked in words of its own, with no name of a section and none of the route's words of
# writing (写什么, 放哪…); the router is sure it is about a part of the plan (questions.yaml matching.section_lead).
def test_a_section_question_in_its_own_words_is_answered_with_the_section(offline):
    reply = ask_once(offline, "职工之家建设在工会计划中通常有哪些内容")
    assert reply.text.startswith("这项内容可以写在“工会自身建设”部分。"), reply.text[:60]


def test_an_off_topic_question_is_not_placed_in_a_section(offline):
    reply = ask_once(offline, "暑假带家里人去青海湖自驾，路线怎么走比较顺")
    assert "部分一般应包括" not in reply.text and "可以写在" not in reply.text


def test_a_part_called_by_its_place_gets_that_part_and_what_it_must_hold(offline):
    """The last part of the plan is its 保障措施, whose key points include checking how the plan went
    (knowledge/structure.yaml needs: 督查、评估与总结); the second is the goals, the union's pull among its members."""
    last = ask_once(offline, "计划收尾那部分我只写了一句狠抓落实，还该补上点什么实在的")
    assert last.text.startswith("“保障措施”部分一般应包括以下要点：") and "评估" in last.text
    second = ask_once(offline, "第二部分几条要达到的结果该怎么提才不空")
    assert second.text.startswith("“工作目标”部分一般应包括以下要点：") and "凝聚力" in second.text
