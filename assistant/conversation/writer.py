"""The chat model as a writer: every model request of the conversation goes through here, with the same guard.

The offline engine always decides what to write about (sections, passages, operations); the writer is asked only to
write or rewrite text, and its output comes back grounded (see assistant.llm.streaming) or not at all.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from assistant.domain.passages import Hit
from assistant.domain.text import drop_control_chars
from assistant.domain.vocab import Intent, Tone
from assistant.llm import prompts
from assistant.llm.guard import prompt_fragments
from assistant.llm.models import LLMResult, generate
from assistant.llm.streaming import guarded_stream
from assistant.loading.statutes import LawBook
from assistant.settings import Settings

# Intents the model may settle when no rule is sure.
MODEL_INTENTS = (Intent.ASK, Intent.DRAFT, Intent.REVISE, Intent.REWRITE)


class ModelWriter:
    """Renders prompts/ files and asks the configured chat model; one per conversation."""

    def __init__(self, model: Any, settings: Settings, lawbook: LawBook):
        self.model = model
        self.settings = settings
        self.lawbook = lawbook

    def _system(self) -> str:
        return prompts.render("system", self.settings.prompts_dir)

    def _messages(self, prompt: str) -> list[tuple[str, str]]:
        return [("system", self._system()), ("human", prompt)]

    def render(self, name: str, **variables: object) -> str:
        """A prompt file filled in (user text must already be escaped with prompts.escape_block_text)."""
        return prompts.render(name, self.settings.prompts_dir, **variables)

    def stream(self, prompt: str, hits: list[Hit]) -> Generator[str, None, LLMResult]:
        """The model's reply to a prompt about `hits`, guarded segment by segment."""
        return guarded_stream(
            self.model, self._messages(prompt), max_retries=self.settings.llm_max_retries,
            backoff=self.settings.llm_retry_backoff, n_passages=len(hits), lawbook=self.lawbook, secret_fragments=prompt_fragments(self._system()),
        )

    def rewrite(self, text: str, tone: Tone) -> LLMResult:
        """The paragraph rewritten in a tone (collected, not streamed)."""
        prompt = self.render("rewrite", tone=tone.label, text=prompts.escape_block_text(text))
        result = generate(self.model, self._messages(prompt), self.settings)
        if result.complete:
            return LLMResult(drop_control_chars(result.text.strip()), result.complete, result.notice, result.failure)
        return result

    def intent(self, message: str) -> Intent | None:
        """The intent the model reads in a message, when it is one the model may settle; None otherwise."""
        prompt = self.render("intent", message=prompts.escape_block_text(message))
        result = generate(self.model, [("human", prompt)], self.settings)
        label = prompts.parse_intent(result.text) if result.complete else Intent.OTHER
        return Intent(label) if label in MODEL_INTENTS else None


def make_writer(model: Any, settings: Settings, lawbook: LawBook) -> ModelWriter | None:
    """A writer for the configured model, or None offline."""
    return ModelWriter(model, settings, lawbook) if model is not None else None
