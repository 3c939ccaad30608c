"""Answers on development round 86's kind of question (forty-sixth session): a question asking what the one law it
names is for — whom it was made for, how it opens — is answered by that law's first article, quoted, not by an
article of another law that happens to share its words.
The questions are written for this test, not taken from any evaluation set."""

from __future__ import annotations

from assistant.conversation.engine import ask_once


def test_whom_a_named_law_was_made_for_is_its_first_article(offline):
    reply = ask_once(offline, "有同事说工会法是替领导说话的，这法到底为谁定的？头一条怎么写的？")
    assert reply.citations and reply.citations[0].label == "《工会法》第一条", [c.label for c in reply.citations]
    assert "制定本法" in reply.text, reply.text[:300]


def test_the_purpose_of_a_law_asked_in_other_words(offline):
    reply = ask_once(offline, "教师法的立法目的是啥？")
    assert reply.citations and reply.citations[0].label == "《教师法》第一条", [c.label for c in reply.citations]

