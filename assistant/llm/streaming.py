"""Stream a model reply sentence by sentence through the output guard, so nothing unchecked reaches the user."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from assistant.domain.text import drop_control_chars
from assistant.llm.guard import filter_citations, leaks_prompt, strip_unknown_law_citations
from assistant.llm.models import LLMFailure, LLMResult, stream_chat
from assistant.loading.statutes import LawBook

SENTENCE_END = "。！？；\n"
LEAK_NOTICE = "模型的回复包含不应显示的内部说明，已被拦截"


def guarded_stream(
    model: Any,
    messages: list,
    *,
    max_retries: int,
    backoff: float,
    n_passages: int,
    lawbook: LawBook,
    secret_fragments: list[str],
) -> Generator[str, None, LLMResult]:
    """Yield clean segments of the reply as each sentence completes; return the outcome as an LLMResult.

    Each segment loses control characters, citation markers to passages that were not given and statute articles
    the law book does not hold; a segment that repeats the system prompt ends the reply with nothing shown.
    """
    collected: list[str] = []
    buffer = ""

    def clean(segment: str) -> str:
        segment = drop_control_chars(segment)
        segment, _ = filter_citations(segment, n_passages)
        segment, _ = strip_unknown_law_citations(segment, lawbook)
        return segment

    def leaked(segment: str) -> bool:
        # Checked before a segment is shown: the system prompt never reaches the user.
        return leaks_prompt("".join(collected[-3:]) + segment, secret_fragments)

    try:
        for chunk in stream_chat(model, messages, max_retries=max_retries, backoff=backoff):
            buffer += chunk
            cut = max(buffer.rfind(ch) for ch in SENTENCE_END)
            if cut >= 0:
                segment, buffer = clean(buffer[: cut + 1]), buffer[cut + 1 :]
                if leaked(segment):
                    return LLMResult(text="", complete=False, notice=LEAK_NOTICE, failure="leak")
                collected.append(segment)
                yield segment
        if buffer:
            segment = clean(buffer)
            if leaked(segment):
                return LLMResult(text="", complete=False, notice=LEAK_NOTICE, failure="leak")
            collected.append(segment)
            yield segment
    except LLMFailure as failure:
        if buffer:
            collected.append(clean(buffer))
        return LLMResult(text="".join(collected), complete=False, notice=failure.notice, failure=failure.kind)
    return LLMResult(text="".join(collected), complete=True)
