"""Answers on development round 106's kinds of section question (fifty-sixth session). A heading asked with its
length (小标题要八个字) is answered with the example plans' headings of that many characters first, whatever part
of their plan they head and whether or not they name the part (a 对仗 heading of two four-character halves names
neither 自身建设 nor 送温暖); the closest comes first, helped by what the passages under it hold. And the passage the
question finds first by itself belongs to the section when its topic is the section's, though its heading names
neither word (a 保障措施 passage headed by 风险 and 应对). The questions are written for this test, not taken from any
evaluation set."""

from __future__ import annotations

from assistant.conversation.answer_sections import han_count
from assistant.conversation.engine import ask_once


def _headings(text: str) -> list[str]:
    part = text.split("范文中这一部分的标题提法（可按本校情况改写）：", 1)
    assert len(part) == 2, text[:300]
    return [line[2:] for line in part[1].split("\n\n", 1)[0].splitlines() if line.startswith("- ")]


def test_a_heading_of_eight_characters_comes_first(offline):
    reply = ask_once(offline, "自身建设那一节，小标题想用八个字的，要讲打基础、讲效率，有啥现成的？")
    headings = _headings(reply.text)
    assert han_count(headings[0]) == 8 and sum(han_count(h) == 8 for h in headings) >= 3, headings
    # a question without a length keeps the part's own headings first
    plain = _headings(ask_once(offline, "自身建设那一节的小标题一般怎么起？").text)
    assert any("自身建设" in h for h in plain[:2]), plain


def test_the_closest_heading_of_that_length_is_helped_by_what_it_heads(offline):
    # the plans' heading over their 帮困、体检、疗休养 items names none of them
    reply = ask_once(offline, "送温暖那块要起个八字标题，底下是帮困基金、全员体检和暑期疗休养，范文有合适的吗？")
    headings = _headings(reply.text)
    assert han_count(headings[0]) == 8 and not any(w in headings[0] for w in ("帮困", "体检", "疗休养")), headings


def test_the_passage_a_question_finds_first_is_quoted_for_its_section(offline):
    reply = ask_once(offline, "保障措施里要不要写万一预算不够、合作的单位靠不住这种情况怎么办？")
    quoted = reply.text.split("知识库中的参考写法：", 1)[1].split("\n\n", 1)[0]
    assert "风险" in quoted, quoted
