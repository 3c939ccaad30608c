"""Which article leads a statute answer when the gate's words and the everyday questions disagree
(assistant/conversation/answer_articles.py). The gate's ranking is built from real articles of the shipped statutes;
the articles the everyday questions point to are given, so each rule is seen on its own: the pointed article ranked
close behind leads; a lead the questions also point to stays; the special law's lead stays ahead of the general law's
parallel article (knowledge/questions.yaml `special_laws`); an article far behind, or one without the asked figure,
does not lead.
"""

from __future__ import annotations

from assistant.conversation.answer_articles import gloss_agreed
from assistant.conversation.answer_gate import Scored, Verdict
from assistant.conversation.answer_quotes import Unit
from assistant.conversation.answer_routes import load_question_bank
from assistant.domain.passages import KIND_LAW, Hit, Passage


def _scored(law: str, article: str, coverage: float, answers_number: bool = True) -> Scored:
    passage = Passage(text=f"{law}{article}的条文", source=f"policy/{law}.md", title=law, kind=KIND_LAW, law=law,
                      article=article, section=f"章 > {article}")
    return Scored(Unit(passage.text, Hit(passage, 0.0), 0), coverage, (), coverage, answers_number)


BANK = load_question_bank()


def _lead(verdict: Verdict) -> tuple[str, str]:
    p = verdict.ranked[0].unit.passage
    return (p.law, p.article)


def test_the_article_the_everyday_questions_point_to_leads_when_it_is_close_behind():
    verdict = Verdict(True, [_scored("劳动法", "第九十四条", 0.83), _scored("劳动合同法", "第十四条", 0.64),
                             _scored("劳动合同法", "第四十一条", 0.55)])
    out = gloss_agreed([("劳动合同法", "第四十一条")], BANK, verdict)
    assert _lead(out) == ("劳动合同法", "第四十一条")
    assert len(out.ranked) == 3  # nothing lost, only the order changed


def test_a_lead_the_everyday_questions_also_point_to_stays():
    verdict = Verdict(True, [_scored("工会法", "第二十二条", 0.7), _scored("劳动法", "第三十条", 0.65)])
    out = gloss_agreed([("劳动法", "第三十条"), ("工会法", "第二十二条")], BANK, verdict)
    assert _lead(out) == ("工会法", "第二十二条")


def test_the_special_regulation_stays_ahead_of_the_general_laws_parallel_article():
    verdict = Verdict(True, [_scored("女职工劳动保护特别规定", "第六条", 0.7), _scored("劳动法", "第六十一条", 0.7)])
    out = gloss_agreed([("劳动法", "第六十一条")], BANK, verdict)
    assert _lead(out) == ("女职工劳动保护特别规定", "第六条")
    # ... while the general law's lead gives way to the pointed special regulation
    flipped = Verdict(True, [_scored("劳动法", "第六十一条", 0.7), _scored("女职工劳动保护特别规定", "第六条", 0.7)])
    out = gloss_agreed([("女职工劳动保护特别规定", "第六条")], BANK, flipped)
    assert _lead(out) == ("女职工劳动保护特别规定", "第六条")


def test_a_pointed_article_far_behind_or_without_the_asked_figure_does_not_lead():
    far = Verdict(True, [_scored("劳动法", "第三十六条", 0.8), _scored("劳动法", "第三十九条", 0.3)])
    assert _lead(gloss_agreed([("劳动法", "第三十九条")], BANK, far)) == ("劳动法", "第三十六条")
    no_figure = Verdict(True, [_scored("劳动合同法", "第四十六条", 0.8),
                               _scored("劳动合同法", "第四十七条", 0.75, answers_number=False)])
    out = gloss_agreed([("劳动合同法", "第四十七条")], BANK, no_figure)
    assert _lead(out) == ("劳动合同法", "第四十六条")


def test_the_shipped_question_bank_names_the_special_laws():
    assert "劳动法" in BANK.special_laws["女职工劳动保护特别规定"]
    assert set(BANK.special_laws["教师法"]) >= {"劳动法"}


# ---------------------------------------------------------------------------------------------------- section answers


def test_a_concern_asked_as_a_section_question_gets_its_focus_topics_own_measure(offline):
    """A chair telling a concern a focus topic serves (knowledge/focus_topics.yaml `voice_care`) sees that topic's
    first measure among the practices to write, before the library's closest ones."""
    from assistant.compose.focus import load_focus_topics
    from assistant.conversation.answer_measures import render
    from assistant.conversation.engine import ask_once

    topic = next(t for t in load_focus_topics() if t.key == "voice_care")
    reply = ask_once(offline, "好多老师嗓子天天哑，咽炎的也多，工会计划里这块怎么写？")
    practices = reply.text.split("可写进计划的做法")[-1]
    first = practices.split("\n- ")[1]
    assert first.strip() == render(topic.measures[0])
