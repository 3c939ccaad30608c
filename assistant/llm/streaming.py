"""Stream a model reply sentence by sentence through the output guard, so nothing unchecked reaches the user."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

from assistant.llm.guard import OutputGuard
from assistant.llm.models import LLMFailure, LLMResult, stream_chat

SENTENCE_END = "。！？；\n"
LEAK_NOTICE = "模型的回复包含不应显示的内部说明，已被拦截"
LOOKBACK = 3  # earlier segments re-read with each new one, so a leak split across sentences is still seen


def guarded_stream(
    model: Any,
    messages: list,
    *,
    guard: OutputGuard,
    max_retries: int,
    backoff: float,
    options: dict[str, Any] | None = None,
    deadline: float | None = None,
    clock: Callable[[], float] | None = None,
) -> Generator[str, None, LLMResult]:
    """Yield clean segments of the reply as each sentence completes; return the outcome as an LLMResult.

    Each segment goes through `guard.clean` (invisible characters, citation markers to passages not given, statute
    articles the law book does not hold, keys); a segment that repeats the prompts ends the reply with nothing more
    shown and the whole reply withdrawn (the caller falls back to the offline engine).
    """
    collected: list[str] = []
    buffer = ""

    def leaked(segment: str) -> bool:
        # Checked before a segment is shown: the prompts never reach the user.
        return guard.leaks("".join(collected[-LOOKBACK:]) + segment)

    extra = {"clock": clock} if clock is not None else {}
    try:
        for chunk in stream_chat(model, messages, max_retries=max_retries, backoff=backoff, options=options,
                                 deadline=deadline, **extra):
            buffer += chunk
            cut = max(buffer.rfind(ch) for ch in SENTENCE_END)
            if cut >= 0:
                segment, buffer = guard.clean(buffer[: cut + 1]), buffer[cut + 1 :]
                if leaked(segment):
                    return LLMResult(text="", complete=False, notice=LEAK_NOTICE, failure="leak")
                collected.append(segment)
                yield segment
        if buffer:
            segment = guard.clean(buffer)
            if leaked(segment):
                return LLMResult(text="", complete=False, notice=LEAK_NOTICE, failure="leak")
            collected.append(segment)
            yield segment
    except LLMFailure as failure:
        if buffer:
            segment = guard.clean(buffer)
            if not leaked(segment):
                collected.append(segment)
        return LLMResult(text="".join(collected), complete=False, notice=failure.notice, failure=failure.kind)
    return LLMResult(text="".join(collected), complete=True)


def guarded_text(result: LLMResult, guard: OutputGuard) -> LLMResult:
    """A collected (not streamed) reply through the same guard: cleaned, or withdrawn when it repeats the prompts."""
    if guard.leaks(result.text):
        return LLMResult(text="", complete=False, notice=LEAK_NOTICE, failure="leak")
    return LLMResult(guard.clean(result.text).strip(), result.complete, result.notice, result.failure)
