"""A scripted chat model for engine tests: a real LangChain chat model that records what it was sent and streams
what was enqueued, ending each reply with a finish_reason as a real endpoint does.

Transport behaviour (HTTP errors, retries, timeouts, key scrubbing) is tested against tests/fake_openai.py instead.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr


@dataclass(frozen=True)
class Scripted:
    """One reply: its text, cut into `chunks` pieces; `fail_after` pieces then a dropped connection."""

    text: str
    chunks: int = 4
    fail_after: int | None = None


class ScriptedChatModel(BaseChatModel):
    """Replies with what was enqueued, in order; `history` holds every list of messages it was sent."""

    _queue: deque = PrivateAttr(default_factory=deque)
    _history: list = PrivateAttr(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "scripted-test-model"

    @property
    def history(self) -> list[list[BaseMessage]]:
        return self._history

    def enqueue(self, text: str, *, chunks: int = 4, fail_after: int | None = None) -> ScriptedChatModel:
        self._queue.append(Scripted(text, chunks, fail_after))
        return self

    def text_sent(self, role: str = "human", index: int = -1) -> str:
        """The text of the messages of one role in the index-th request."""
        return "\n".join(str(m.content) for m in self._history[index] if m.type == role)

    def _next(self, messages: list[BaseMessage]) -> Scripted:
        self._history.append(list(messages))
        if not self._queue:
            raise AssertionError("the scripted model was asked more often than replies were enqueued")
        return self._queue.popleft()

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        reply = self._next(messages)
        message = AIMessage(content=reply.text, response_metadata={"finish_reason": "stop"})
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        reply = self._next(messages)
        size = max(1, -(-len(reply.text) // max(1, reply.chunks)))
        pieces = [reply.text[i : i + size] for i in range(0, len(reply.text), size)] or [""]
        for n, piece in enumerate(pieces):
            if reply.fail_after is not None and n >= reply.fail_after:
                raise ConnectionResetError("the scripted connection dropped")
            last = n == len(pieces) - 1
            metadata = {"finish_reason": "stop"} if last else {}
            yield ChatGenerationChunk(message=AIMessageChunk(content=piece, response_metadata=metadata))
