"""What a rewrite shows for a text, and the check most rewrite tests make of it: the spoken words gone, the rest kept."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def shown(text: str, tone: str = "formal") -> str:
    result = rewrite(text, tone)
    assert result.notice is None, result.notice  # the rewrite was shown, not withheld
    return result.text


def assert_rewritten(text: str, gone: list[str], kept: list[str], tone: str = "formal") -> str:
    """The rewrite of `text` holds none of `gone` and all of `kept`; returns it."""
    out = shown(text, tone)
    assert not [w for w in gone if w in out], out
    assert all(w in out for w in kept), out
    return out
