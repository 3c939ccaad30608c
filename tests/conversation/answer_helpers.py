"""What the gate tests share: the gate's verdict on a question over the whole book, as the answerer reaches it."""

from __future__ import annotations

from assistant.conversation.answers import FACT_KINDS


def verdict(answerer, question):
    return answerer._judge(question, answerer.search(question, FACT_KINDS), FACT_KINDS, whole_book=True)
