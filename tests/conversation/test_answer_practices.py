"""A section answer names the practice a plan writes for what is asked in everyday words (knowledge/practices.yaml and
the composer's measure library), and a procedure answer says its steps: when, and who does what
(knowledge/procedure_steps.yaml)."""

from __future__ import annotations

from assistant.conversation.answer_measures import MeasureMatcher, render
from assistant.conversation.answer_procedures import CardMatcher, load_cards
from assistant.conversation.answer_sections import MEASURES_HEAD
from assistant.conversation.engine import ask_once


def test_library_phrasings_are_rendered_for_no_school_in_particular():
    assert render("{self}[每学期|每学年]组织一次{congress_short}代表培训。") == "学校每学期组织一次教代会代表培训。"
    assert render("{self}{retirees}名退休教职工。") is None  # needs the school's own figure
    assert render("依照《工会法》第十一条健全女职工委员会。") is None  # a section answer leads with no article


def test_the_practice_closest_to_an_everyday_question_comes_first_without_the_embedder():
    matcher = MeasureMatcher(embedder=None)
    found = matcher.best("让老教师和新教师结成师徒，计划里叫什么", "ethics", limit=1)
    assert found and "青蓝工程" in found[0]


def test_every_procedure_card_has_steps_and_a_basis():
    cards = load_cards()
    assert len(cards) >= 15
    for card in cards:
        assert card.steps and card.basis and len(card.asks) >= 3, card.key


def test_a_procedure_question_finds_its_card_by_characters_alone():
    card, sim = CardMatcher(load_cards(), embedder=None).best("经审会审查完工会的账目以后要向谁报告")
    assert card is not None and card.key == "union_funds_audit" and sim > 0.2


def test_a_section_question_in_everyday_words_gets_the_practice_a_plan_writes(offline):
    reply = ask_once(offline, "同事们过生日时工会想一起操办一下，这个在计划里怎么写")
    assert MEASURES_HEAD in reply.text
    assert "集体生日" in reply.text
    assert "{" not in reply.text and "[" not in reply.text.split(MEASURES_HEAD)[1]


def test_a_procedure_answer_adds_the_steps_with_their_time_and_doer(offline):
    reply = ask_once(offline, "教代会代表几年选一次？可不可以连着当？")
    assert "知识库中没有" not in reply.text
    assert "的程序：" in reply.text  # the card's steps follow the quoted rule
    assert "60%" in reply.text and "青年教师" in reply.text and "补选" in reply.text
