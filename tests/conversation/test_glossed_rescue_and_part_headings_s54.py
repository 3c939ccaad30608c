"""Answers on development round 102's kinds of question (fifty-fourth session). A statute question the gate would
decline for want of coverage is answered when the gate's own first articles include the one its everyday questions
point to (words and meaning agree); a question on a part's heading gets the headings that say what it asks (身体和
心理 → 身心健康) among the example plans' headings of that part; "那部分标题" is a part's heading, not the plan's
title, and the union's own people (工会自家队伍) are its 自身建设.
The questions are written for this test, not taken from any evaluation set."""

from __future__ import annotations

from assistant.conversation.answer_articles import gloss_rescued
from assistant.conversation.answer_gate import Scored, Verdict
from assistant.conversation.answer_quotes import Unit
from assistant.conversation.engine import ask_once
from assistant.domain.passages import KIND_LAW, Hit, Passage


def _scored(law: str, article: str, coverage: float, answers_number: bool = True) -> Scored:
    passage = Passage(text=f"{article} ……", source="law", title=law, kind=KIND_LAW, law=law, article=article)
    return Scored(Unit(passage.text, Hit(passage, 1.0), 0), coverage, (), coverage, answers_number)


def _book(pointed: list[tuple[str, str]]) -> tuple:
    """The Answerer's record of its last book verdict: (key, verdict, the articles the glosses point to, best first)."""
    return (("", "", ()), Verdict(False), tuple(pointed))


def test_the_article_both_signals_name_leads_a_declined_verdict():
    declined = Verdict(False, [_scored("劳动合同法", "第四十二条", 0.36), _scored("劳动合同法", "第四十二条", 0.36),
                               _scored("劳动法", "第二十五条", 0.21), _scored("劳动法", "第九十四条", 0.14)])
    rescued = gloss_rescued(_book([("劳动法", "第二十五条"), ("劳动合同法", "第三十九条")]), declined)
    assert rescued is not None and rescued.passed
    assert rescued.best.unit.passage.article == "第二十五条"
    assert len(rescued.ranked) == len(declined.ranked)  # nothing dropped, only the order changed


def test_no_rescue_when_the_signals_disagree_or_the_article_says_too_little():
    third = Verdict(False, [_scored("劳动合同法", "第四十二条", 0.36), _scored("劳动合同法", "第三十七条", 0.3),
                            _scored("劳动法", "第二十五条", 0.42)])
    assert gloss_rescued(_book([("劳动法", "第二十五条")]), third) is None  # only the gate's third article
    thin = Verdict(False, [_scored("劳动法", "第二十五条", 0.1)])
    assert gloss_rescued(_book([("劳动法", "第二十五条")]), thin) is None
    no_figure = Verdict(False, [_scored("劳动法", "第二十五条", 0.3, answers_number=False)])
    assert gloss_rescued(_book([("劳动法", "第二十五条")]), no_figure) is None
    assert gloss_rescued(None, Verdict(False, [_scored("劳动法", "第二十五条", 0.3)])) is None


def _headings(text: str) -> list[str]:
    assert "范文中这一部分的标题提法" in text, text
    block = text.split("范文中这一部分的标题提法", 1)[1].split("\n\n", 1)[0]
    return [line[2:] for line in block.splitlines() if line.startswith("- ")]


def test_a_heading_that_says_what_is_asked_is_offered(offline):
    reply = ask_once(offline, "送温暖这部分想起个新小标题，最好兼顾教师身体、心理两方面，范文里怎么写的？")
    headings = _headings(reply.text)
    assert any("身心健康" in h for h in headings), headings
    assert all("溫" not in h and "維" not in h for h in headings), headings  # shown in simplified characters


def test_a_parts_heading_is_not_the_plans_title(offline):
    reply = ask_once(offline, "讲工会自家队伍那部分的标题怎么起比较好，想往学习型上靠？")
    assert reply.text.startswith("“工会自身建设”部分"), reply.text[:80]
    assert any("学习型" in h for h in _headings(reply.text)), reply.text
