"""Helpers shared by tests that drive the conversation engine."""

from __future__ import annotations

from assistant.conversation.session import Done, Token


def run(events):
    """Collect streamed tokens and the final reply of a conversation action."""
    tokens, reply = [], None
    for event in events:
        if isinstance(event, Token):
            tokens.append(event.text)
        elif isinstance(event, Done):
            reply = event.reply
    assert reply is not None, "the action ended without a Done event"
    return tokens, reply
