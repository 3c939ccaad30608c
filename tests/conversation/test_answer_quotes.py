"""Quotes fit to show: no placeholder, dated year, outdated term, typo, OCR noise or another school's names, in any
answer; and sources named by their human title, never a file path."""

from __future__ import annotations

import re

import pytest

from assistant.conversation.answer_quotes import article_units, cite, units_of
from assistant.conversation.answers import Answerer, answer_kit
from assistant.conversation.engine import ask_once
from assistant.domain.passages import KIND_DIGEST, KIND_LAW, KIND_UPLOAD, Hit, Passage
from assistant.services import build_services

# Found by reading knowledge/examples/*.txt: the schools, people and places of the example plans themselves.
EXAMPLE_NAMES = ("城东", "双碑", "陈婕", "陈寅", "马宪华", "东丽", "普陀", "虹口", "上海", "武宁", "虹教")
PLACEHOLDER = re.compile(r"_{2,}|20[xX]{2}|十[xX]大|[xX]月[xX]日|（略）|某[xX]")
DATED_YEAR = re.compile(r"(?:19|20)\d\d\s*年")


@pytest.fixture(scope="module")
def services(shared_settings, shared_index):
    return build_services(shared_settings, model=None, index=shared_index)


@pytest.fixture(scope="module")
def quotes(services):
    services.ensure_ready()
    return answer_kit(services).quotes


def plan_unit(text: str):
    passage = Passage(text=f"一、标题\n{text}", source="examples/x.txt", title="学校工会工作计划范文（篇9）",
                      section="一、标题")
    return units_of(Hit(passage, 1.0), 0)[0]


@pytest.mark.parametrize(
    "sentence, problem",
    [
        ("还可以利用周五时间____文体活动。", "placeholder"),
        ("2019年3月，利用三八节组织一次女教职工活动。", "year"),
        ("组织学习“三个代表”重要思想，切实树立服务意识。", "outdated"),
        ("在女工委员会的组织下，开展女教职工来监督工会的的工作。", "noise"),
        ("组织教职工积极参与活动，营造爱爱校、爱岗的氛围。", "typo"),
        ("继续开展城东中学教工学陈寅活动，弘扬师德风尚。", "names"),
    ],
)
def test_unfit_sentences_are_never_shown(quotes, sentence, problem):
    assert problem in quotes.problems(sentence)
    assert not quotes.fit(plan_unit(sentence))


def test_a_clean_sentence_is_shown(quotes):
    sentence = "关心教职工生活，对生病或有困难的教职工做好慰问工作。"
    assert quotes.problems(sentence) == ()
    assert quotes.fit(plan_unit(sentence))


SECTION_QUESTIONS = [f"{title}部分应该写什么" for title in (
    "指导思想", "工作目标", "民主管理与校务公开", "师德与队伍建设", "女职工工作", "维权与送温暖", "文体活动",
    "工会自身建设", "经费管理", "退休教职工工作", "月度工作安排", "保障措施")]


@pytest.mark.parametrize("question", SECTION_QUESTIONS)
def test_no_answer_shows_placeholders_dated_years_or_other_schools(services, question):
    reply = ask_once(services, question)
    shown = reply.text + "".join(c.quote + c.label for c in reply.citations)
    assert not PLACEHOLDER.search(shown), shown
    assert not DATED_YEAR.search(reply.text), reply.text
    assert not [n for n in EXAMPLE_NAMES if n in shown], shown
    assert reply.citations  # it still quotes the base


def test_sources_are_human_titles_never_file_paths(services):
    for question in ("女工部分应该写什么", "教代会多久开一次", "女职工产假有多少天"):
        for c in ask_once(services, question).citations:
            assert "/" not in c.label and not c.label.endswith((".txt", ".md")), c.label
            assert c.label.startswith(("《", "范文（")), c.label


@pytest.mark.parametrize(
    "passage, label",
    [
        (Passage("第三条 …", "policy/工会法.md", "中华人民共和国工会法", kind=KIND_LAW, law="工会法", article="第三条"),
         "《工会法》第三条"),
        (Passage("…", "examples/000.txt", "学校工会工作计划报告（二）", section="一、指导思想"), "范文（报告二）「一、指导思想」"),
        (Passage("…", "policy/d.md", "学校教职工代表大会规定", section="组织规则（第四章）", kind=KIND_DIGEST),
         "《学校教职工代表大会规定》要点摘编（非官方原文）「组织规则」"),
        (Passage("…", "uploads/abc/去年的计划.docx", "去年的计划", section="三、女职工工作", kind=KIND_UPLOAD),
         "《去年的计划.docx》「三、女职工工作」"),
    ],
)
def test_citation_labels(passage, label):
    assert passage.citation == label


def test_an_article_is_quoted_as_printed_and_a_list_with_its_items():
    passage = Passage("第四十三条 工会经费的来源：\n（一）会费；\n（二）拨缴的经费。\n工会经费主要用于为职工服务。",
                      "policy/工会法.md", "中华人民共和国工会法", kind=KIND_LAW, law="工会法", article="第四十三条")
    units = article_units(Hit(passage, 1.0), 0)
    assert units[0].whole and cite(1, units[0]).quote == "工会经费的来源：（一）会费；（二）拨缴的经费。工会经费主要用于为职工服务。"
    assert any(u.text == "工会经费的来源：（二）拨缴的经费。" for u in units)


def test_answerer_needs_no_model(services):
    answer = Answerer(services).answer("教代会多久开一次")
    assert answer.found and answer.chosen and answer.citations[0].kind == KIND_DIGEST
