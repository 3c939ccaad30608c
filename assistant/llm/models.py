"""The seam to an OpenAI-compatible chat model: build it from settings, stream with bounded retry, map failures.

Every failure becomes an `LLMFailure` with a short Chinese notice for the user; the API key never
appears in a notice, an exception message or a log record produced here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr

from assistant.llm.guard import scrub_secret
from assistant.settings import Settings

if TYPE_CHECKING:  # importing langchain_openai is slow; only needed when a model is built
    from langchain_openai import ChatOpenAI

log = logging.getLogger(__name__)

# Failure kinds.
TIMEOUT = "timeout"
RATE_LIMIT = "rate_limit"
SERVER = "server"
AUTH = "auth"
CONNECTION = "connection"
BROKEN_STREAM = "broken_stream"
BAD_RESPONSE = "bad_response"

RETRYABLE = frozenset({TIMEOUT, RATE_LIMIT, SERVER, CONNECTION})

NOTICES = {
    TIMEOUT: "模型服务响应超时",
    RATE_LIMIT: "模型服务繁忙（429）",
    SERVER: "模型服务暂时不可用",
    AUTH: "API 密钥无效或无权限，请检查 OPENAI_API_KEY",
    CONNECTION: "无法连接模型服务",
    BROKEN_STREAM: "模型回复中途中断",
    BAD_RESPONSE: "模型服务返回了无法使用的内容",
}

DUMMY_LOCAL_KEY = "ollama"  # keyless local servers (Ollama, llama.cpp) accept any key
BACKOFF_BASE = 0.5  # seconds; doubled per retry
BACKOFF_CAP = 4.0

# Loggers of the HTTP stack: their DEBUG/INFO records can carry request options and provider error
# bodies (which may quote the key), so records below WARNING are dropped at the source.
_HTTP_LOGGER_PREFIXES = ("openai", "httpx", "httpcore")


class LLMFailure(Exception):
    """A model call failed; `notice` is a short Chinese message, `partial` the text received before it."""

    def __init__(self, kind: str, notice: str, *, partial: str = "", detail: str = ""):
        super().__init__(f"{kind}: {notice}" + (f" ({detail})" if detail else ""))
        self.kind = kind
        self.notice = notice
        self.partial = partial
        self.detail = detail

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE


@dataclass(frozen=True)
class LLMResult:
    """Collected model output: `complete` is False when the call failed (text may hold a partial answer)."""

    text: str
    complete: bool
    notice: str | None = None
    failure: str | None = None


class _DropBelowWarning(logging.Filter):
    """Logger filter: let only WARNING and above through (applies even if someone sets the level to DEBUG)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING


def quiet_http_loggers() -> None:
    """Keep the HTTP client stack from logging headers, request bodies or provider errors at DEBUG/INFO."""
    names = [
        name
        for name in list(logging.root.manager.loggerDict)
        if name.split(".")[0] in _HTTP_LOGGER_PREFIXES
    ]
    for name in {*names, *_HTTP_LOGGER_PREFIXES, "openai._base_client", "httpcore.http11", "httpcore.connection"}:
        logger = logging.getLogger(name)
        logger.setLevel(logging.WARNING)
        if not any(isinstance(f, _DropBelowWarning) for f in logger.filters):
            logger.addFilter(_DropBelowWarning())


def scrub(text: str, secret: str | None) -> str:
    """Replace the secret (if any) in text by ***."""
    return scrub_secret(text, secret)


def _secret_of(model: Any) -> str | None:
    key = getattr(model, "openai_api_key", None)
    if isinstance(key, SecretStr):
        return key.get_secret_value()
    return key if isinstance(key, str) else None


def make_chat_model(settings: Settings) -> ChatOpenAI | None:
    """The configured chat model, or None when no endpoint is configured (offline mode)."""
    if not settings.llm_configured:
        return None
    from langchain_openai import ChatOpenAI  # noqa: PLC0415 - imported lazily: offline mode never pays for it

    quiet_http_loggers()
    api_key = settings.openai_api_key or SecretStr(DUMMY_LOCAL_KEY)
    return ChatOpenAI(
        model=settings.model,
        api_key=api_key,
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout,
        max_retries=0,  # we retry ourselves, only before the first chunk
        streaming=True,
        temperature=0.3,
        stream_usage=False,  # not every compatible server supports stream_options
    )


def classify(exc: BaseException, *, partial: str = "", secret: str | None = None) -> LLMFailure:
    """Map an exception from the client stack to an LLMFailure (kind, Chinese notice, scrubbed detail)."""
    import httpx  # noqa: PLC0415 - the client stack loads only once a model is in use
    import openai  # noqa: PLC0415

    detail = scrub(f"{type(exc).__name__}: {exc}", secret)[:300]
    status = getattr(exc, "status_code", None)

    def failure(kind: str, notice: str | None = None) -> LLMFailure:
        return LLMFailure(kind, notice or NOTICES[kind], partial=partial, detail=detail)

    if isinstance(exc, LLMFailure):
        return exc
    if partial and isinstance(exc, (httpx.TransportError, openai.APIConnectionError, ConnectionError, OSError)):
        # The answer had started: whatever went wrong, the stream broke midway.
        return failure(BROKEN_STREAM)
    if isinstance(exc, (openai.APITimeoutError, httpx.TimeoutException, TimeoutError)):
        return failure(TIMEOUT)
    if isinstance(exc, openai.RateLimitError) or status == 429:
        return failure(RATE_LIMIT)
    if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)) or status in (401, 403):
        return failure(AUTH)
    if isinstance(exc, openai.InternalServerError) or (isinstance(status, int) and status >= 500):
        return failure(SERVER, f"模型服务暂时不可用（{status}）" if status else None)
    if isinstance(exc, openai.NotFoundError) or status == 404:
        return failure(BAD_RESPONSE, "模型服务找不到该模型（404），请检查 ASSISTANT_MODEL 与 OPENAI_BASE_URL")
    if isinstance(exc, openai.APIStatusError):
        return failure(BAD_RESPONSE, f"模型服务拒绝了请求（{status}）")
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError)):
        return failure(CONNECTION)
    if isinstance(exc, (openai.APIConnectionError, httpx.TransportError, ConnectionError)):
        return failure(CONNECTION)
    return failure(BAD_RESPONSE)


def _stream_once(model: Any, messages: list, secret: str | None, options: dict[str, Any] | None = None,
                 ends_at: float | None = None, clock: Callable[[], float] = time.monotonic) -> Iterator[str]:
    """One attempt: yield text chunks; raise LLMFailure on any error, an unfinished stream or the deadline passing.

    The read timeout bounds the wait for each chunk; `ends_at` (a `clock()` time) bounds the whole reply, so a
    server trickling one chunk just inside the read timeout is cut off too. The HTTP response is closed either way.
    """
    received: list[str] = []
    finished = False
    stream = model.stream(messages, **(options or {}))
    try:
        for chunk in stream:
            if (chunk.response_metadata or {}).get("finish_reason"):
                finished = True
            text = chunk.content if isinstance(chunk.content, str) else _parts_text(chunk.content)
            if text:
                received.append(text)
                yield text
            if ends_at is not None and clock() > ends_at and not finished:
                raise LLMFailure(TIMEOUT, NOTICES[TIMEOUT], partial="".join(received), detail="deadline")
    except LLMFailure:
        raise
    except Exception as exc:  # every client failure becomes an LLMFailure
        raise classify(exc, partial="".join(received), secret=secret) from None
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            try:
                close()  # stop reading: the connection is released, the server sees us go
            except Exception as exc:  # noqa: BLE001 - closing a broken stream may fail; the failure is already reported
                log.debug("closing the model stream failed: %r", exc)
    if not finished:
        # The connection closed without a finish_reason: the server stopped midway.
        if received:
            raise LLMFailure(BROKEN_STREAM, NOTICES[BROKEN_STREAM], partial="".join(received))
        raise LLMFailure(CONNECTION, NOTICES[CONNECTION])
    if not received:
        raise LLMFailure(BAD_RESPONSE, "模型未返回任何内容")


def _parts_text(content: Iterable) -> str:
    parts = []
    for part in content:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
    return "".join(parts)


def stream_chat(
    model: Any,
    messages: list,
    *,
    max_retries: int,
    on_retry: Callable[[int, LLMFailure, float], None] | None = None,
    backoff: float = BACKOFF_BASE,
    sleep: Callable[[float], None] = time.sleep,
    options: dict[str, Any] | None = None,
    deadline: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[str]:
    """Yield the model's text chunks as they arrive; retry transient failures only before the first chunk.

    `messages` is anything `ChatOpenAI.stream` accepts: (role, content) tuples, dicts or LangChain messages.
    `options` go with the request (e.g. max_tokens); `deadline` (seconds) bounds the whole call, retries included.
    `on_retry(attempt, failure, delay)` is called before each retry. Raises `LLMFailure` when giving up.
    """
    secret = _secret_of(model)
    ends_at = clock() + deadline if deadline is not None else None
    attempt = 0
    while True:
        yielded = False
        try:
            for text in _stream_once(model, messages, secret, options, ends_at, clock):
                yielded = True
                yield text
            return
        except LLMFailure as failure:
            failure = _scrubbed(failure, secret)
            if yielded or not failure.retryable or attempt >= max_retries:
                log.warning("模型调用失败：%s", failure)
                raise failure from None
            delay = min(backoff * (2**attempt), BACKOFF_CAP)
            if ends_at is not None and clock() + delay >= ends_at:
                log.warning("模型调用失败且已到总时限：%s", failure)
                raise LLMFailure(TIMEOUT, NOTICES[TIMEOUT], detail="deadline") from None
            attempt += 1
            log.info("模型调用失败（%s），%.1f 秒后第 %d 次重试", failure.kind, delay, attempt)
            if on_retry is not None:
                on_retry(attempt, failure, delay)
            sleep(delay)


def _scrubbed(failure: LLMFailure, secret: str | None) -> LLMFailure:
    if not secret:
        return failure
    return LLMFailure(
        failure.kind,
        scrub(failure.notice, secret),
        partial=failure.partial,
        detail=scrub(failure.detail, secret),
    )


def generate(
    model: Any, messages: list, settings: Settings, *, backoff: float | None = None,
    sleep: Callable[[float], None] = time.sleep, options: dict[str, Any] | None = None,
) -> LLMResult:
    """Collect a whole answer within the settings' deadline; failures come back as an incomplete LLMResult."""
    parts: list[str] = []
    try:
        delay = settings.llm_retry_backoff if backoff is None else backoff
        for text in stream_chat(model, messages, max_retries=settings.llm_max_retries, backoff=delay, sleep=sleep,
                                options=options, deadline=settings.llm_deadline):
            parts.append(text)
    except LLMFailure as failure:
        return LLMResult(text="".join(parts), complete=False, notice=failure.notice, failure=failure.kind)
    return LLMResult(text="".join(parts), complete=True)
