"""The chat model as a writer: every model request of the conversation goes through here, with the same guard.

The offline engine always decides what to write about (sections, passages, operations); the writer is asked only to
write or rewrite text, and its output comes back through one `OutputGuard` (assistant.llm.guard) or not at all —
answers, drafts, revisions, rewrites and intent labels alike. Each request is bounded: `max_tokens` by prompt kind,
an overall deadline, and a prompt budget (passages trimmed to a total size, long user text cut with a note).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Generator
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from assistant.domain.passages import Hit
from assistant.domain.vocab import Intent, Tone
from assistant.llm import prompts
from assistant.llm.guard import LeakDetector, OutputGuard
from assistant.llm.models import LLMResult, generate
from assistant.llm.streaming import guarded_stream, guarded_text
from assistant.loading.statutes import LawBook
from assistant.settings import Settings

# Intents the model may settle when no rule is sure.
MODEL_INTENTS = (Intent.ASK, Intent.DRAFT, Intent.REVISE, Intent.REWRITE)
# Which max_tokens setting each prompt file is sent with.
PROMPT_KINDS = {"answer": "answer", "draft_section": "draft", "revise_section": "revise", "rewrite": "rewrite",
                "intent": "intent"}
_BLOCK = re.compile(r"(<资料 [^>\n]*>\n)(.*?)(\n</资料>)", re.DOTALL)
CUT_NOTE = "……（以下从略）"
TOO_LONG = "文字太长（{n} 字），超出模型单次改写的上限（{limit} 字）"


class Prompt(str):
    """A rendered prompt that remembers which prompt file it came from (for its max_tokens)."""

    name: str = "answer"


@functools.lru_cache(maxsize=4)
def _detector(prompts_dir: Path) -> LeakDetector:
    return LeakDetector.from_prompts(prompts_dir)


def trim_passages(passages: str, budget: int) -> str:
    """Passage blocks (prompts.format_passages) with their texts cut so that all of them fit `budget` characters,
    each getting an even share of what the shorter ones leave.

    >>> trim_passages('<资料 编号="1">\\n' + "甲" * 10 + '\\n</资料>\\n\\n<资料 编号="2">\\n乙\\n</资料>', 6)
    '<资料 编号="1">\\n甲甲甲……\\n</资料>\\n\\n<资料 编号="2">\\n乙\\n</资料>'
    """
    blocks = list(_BLOCK.finditer(passages))
    if not blocks or sum(len(m.group(2)) for m in blocks) <= budget:
        return passages
    shares: dict[int, int] = {}
    left, remaining = budget, sorted(range(len(blocks)), key=lambda i: len(blocks[i].group(2)))
    while remaining:
        share = max(left // len(remaining), 0)
        index = remaining.pop(0)
        shares[index] = min(len(blocks[index].group(2)), share)
        left -= shares[index]
    out, pos = [], 0
    for index, match in enumerate(blocks):
        body = match.group(2)
        kept = body if len(body) <= shares[index] else body[: max(shares[index] - 2, 0)] + "……"
        out.append(passages[pos : match.start(2)] + kept)
        pos = match.end(2)
    return "".join(out) + passages[pos:]


class ModelWriter:
    """Renders prompts/ files and asks the configured chat model; one per conversation."""

    def __init__(self, model: Any, settings: Settings, lawbook: LawBook):
        self.model = model
        self.settings = settings
        self.lawbook = lawbook
        secret = settings.openai_api_key.get_secret_value() if isinstance(settings.openai_api_key, SecretStr) else None
        self.guard = OutputGuard(lawbook, _detector(Path(settings.prompts_dir)), secret)

    def _system(self) -> str:
        return prompts.render("system", self.settings.prompts_dir)

    def _messages(self, prompt: str) -> list[tuple[str, str]]:
        return [("system", self._system()), ("human", prompt)]

    def _options(self, prompt: str) -> dict[str, Any]:
        kind = PROMPT_KINDS.get(getattr(prompt, "name", "answer"), "answer")
        return {"max_tokens": getattr(self.settings, f"llm_max_tokens_{kind}")}

    def render(self, name: str, **variables: object) -> Prompt:
        """A prompt file filled in within the prompt budget (user text must already be escaped with
        prompts.escape_block_text): passages trimmed to llm_passage_chars, any other long value cut with a note."""
        cap = self.settings.llm_prompt_chars // 4
        values: dict[str, object] = {}
        for key, value in variables.items():
            if key == "passages":
                values[key] = trim_passages(str(value), self.settings.llm_passage_chars)
            elif isinstance(value, str) and len(value) > cap:
                values[key] = value[:cap] + CUT_NOTE
            else:
                values[key] = value
        text = prompts.render(name, self.settings.prompts_dir, **values)
        excess = len(text) - self.settings.llm_prompt_chars
        if excess > 0 and "passages" in values:
            budget = max(self.settings.llm_passage_chars - excess, 0)
            values["passages"] = trim_passages(str(variables["passages"]), budget)
            text = prompts.render(name, self.settings.prompts_dir, **values)
        prompt = Prompt(text)
        prompt.name = name
        return prompt

    def stream(self, prompt: str, hits: list[Hit]) -> Generator[str, None, LLMResult]:
        """The model's reply to a prompt about `hits`, guarded segment by segment."""
        return guarded_stream(
            self.model, self._messages(prompt), guard=self.guard.for_passages(len(hits)),
            max_retries=self.settings.llm_max_retries, backoff=self.settings.llm_retry_backoff,
            options=self._options(prompt), deadline=self.settings.llm_deadline,
        )

    def rewrite(self, text: str, tone: Tone) -> LLMResult:
        """The paragraph rewritten in a tone (collected, not streamed), through the same guard."""
        limit = self.settings.llm_prompt_chars // 4
        if len(text) > limit:
            return LLMResult("", complete=False, notice=TOO_LONG.format(n=len(text), limit=limit), failure="too_long")
        prompt = self.render("rewrite", tone=tone.label, text=prompts.escape_block_text(text))
        result = generate(self.model, self._messages(prompt), self.settings, options=self._options(prompt))
        return guarded_text(result, self.guard) if result.complete else result

    def intent(self, message: str) -> Intent | None:
        """The intent the model reads in a message, when it is one the model may settle; None otherwise."""
        prompt = self.render("intent", message=prompts.escape_block_text(message))
        result = generate(self.model, [("human", prompt)], self.settings, options=self._options(prompt))
        result = guarded_text(result, self.guard) if result.complete else result
        label = prompts.parse_intent(result.text) if result.complete else Intent.OTHER
        return Intent(label) if label in MODEL_INTENTS else None


def make_writer(model: Any, settings: Settings, lawbook: LawBook) -> ModelWriter | None:
    """A writer for the configured model, or None offline."""
    return ModelWriter(model, settings, lawbook) if model is not None else None
