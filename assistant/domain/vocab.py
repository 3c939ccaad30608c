"""Closed vocabularies shared by every layer: rewriting tones and chat intents, each with its Chinese label."""

from __future__ import annotations

from enum import StrEnum


class Tone(StrEnum):
    """How a passage is to be rewritten."""

    FORMAL = "formal"
    CONCISE = "concise"
    SPECIFIC = "specific"

    @property
    def label(self) -> str:
        """The wording users see and prompts use: 更正式 / 更简洁 / 更具体."""
        return _TONE_LABELS[self]

    @classmethod
    def parse(cls, value: str | Tone) -> Tone:
        """A tone from its value (formal) or its label (更正式); ValueError for anything else."""
        if isinstance(value, Tone):
            return value
        for tone in cls:
            if value in (tone.value, tone.label):
                return tone
        raise ValueError(f"unknown tone: {value!r} (expected formal, concise or specific)")

    @classmethod
    def named_in(cls, text: str) -> Tone | None:
        """The tone a request names by one of its words (正式、规范、公文 → formal …), or None."""
        return next((tone for word, tone in _TONE_WORDS if word in text), None)


_TONE_LABELS = {Tone.FORMAL: "更正式", Tone.CONCISE: "更简洁", Tone.SPECIFIC: "更具体"}
# Words in a request that name a tone, checked in order.
_TONE_WORDS: tuple[tuple[str, Tone], ...] = (
    ("正式", Tone.FORMAL), ("规范", Tone.FORMAL), ("公文", Tone.FORMAL),
    ("简洁", Tone.CONCISE), ("精炼", Tone.CONCISE), ("具体", Tone.SPECIFIC),
)


class Intent(StrEnum):
    """What a chat message asks for."""

    DRAFT = "draft"
    REVISE = "revise"
    ASK = "ask"
    REWRITE = "rewrite"
    PROGRESS = "progress"
    EXPORT = "export"
    ACCEPT = "accept"
    SKIP = "skip"
    REGENERATE = "regenerate"
    OTHER = "other"
