"""What the answer tests share: the gate's verdict on a question over the whole book, as the answerer reaches it, and
an offline answer read as the tests check it (the labels of its sources, the first one leading, and its text)."""

from __future__ import annotations

from assistant.conversation.answers import FACT_KINDS
from assistant.conversation.engine import ask_once
from assistant.services import Services


def verdict(answerer, question):
    return answerer._judge(question, answerer.search(question, FACT_KINDS), FACT_KINDS, whole_book=True)


def cited(services: Services, question: str) -> tuple[list[str], str]:
    """The source labels of the answer to `question`, in the order the answer cites them, and the answer's text."""
    reply = ask_once(services, question)
    return [c.label for c in reply.citations], reply.text
