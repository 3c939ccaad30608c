"""Wording for the kind of school, for callers outside the composer (the conversation's edits)."""

from __future__ import annotations

from assistant.compose.library import load_library
from assistant.compose.wording import Wording
from assistant.domain.profile import Profile


def adapt_to_school(text: str, profile: Profile) -> str:
    """A text in the school's kind of words: a kindergarten says 我园, 园务公开, 保教 and 幼儿园教师."""
    return Wording(profile, load_library()).adapt(text)
