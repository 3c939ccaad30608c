"""Answers on development round 102's kinds of question (fifty-fourth session): a question on a part's heading gets
the headings that say what it asks (身体和心理 → 身心健康) among the example plans' headings of that part; "那部分标题" is a part's heading, not the plan's
title, and the union's own people (工会自家队伍) are its 自身建设.
The questions are written for this test, not taken from any evaluation set."""

from __future__ import annotations

from assistant.conversation.engine import ask_once


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
