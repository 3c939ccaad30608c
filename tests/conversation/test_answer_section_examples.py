"""Example sentences of a section answer: a sentence of a passage the question finds by itself is worth quoting even
when it repeats none of the section's key words (a plan may say what is asked in its own words)."""

from __future__ import annotations

from assistant.conversation.answer_quotes import Unit
from assistant.conversation.answer_sections import _gain
from assistant.domain.passages import Hit, Passage


def _unit(text: str, source: str = "篇一.txt") -> Unit:
    return Unit(text, Hit(Passage(text=text, source=source, title="范文", section="二、目标"), 1.0), 3)


def test_a_sentence_of_a_passage_the_question_finds_gains():
    unit = _unit("营造积极向上、互助友爱的校园生活风貌。")
    assert _gain(unit, [], ["职工之家"], ["工作目标"], set(), []) == 0.0
    assert _gain(unit, [], ["职工之家"], ["工作目标"], set(), [], {unit.passage.id: 0}) > 1.0


def test_the_first_passage_found_gains_more_than_a_later_one():
    first, later = _unit("开展读书沙龙活动。"), _unit("开展读书沙龙活动。", "篇二.txt")
    found = {first.passage.id: 0, later.passage.id: 3}
    assert first.passage.id != later.passage.id
    assert _gain(first, [], [], [], set(), [], found) > _gain(later, [], [], [], set(), [], found)
