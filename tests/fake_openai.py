"""A small OpenAI-compatible HTTP server for tests: scripted replies, failures, and a record of requests.

Use the `fake_llm` fixture (import it into a test module, or list this module in `pytest_plugins`):

    def test_something(fake_llm, tmp_path):
        fake_llm.enqueue(Reply(text="好的。", chunks=3))
        settings = fake_settings(fake_llm, tmp_path)
        ...
        assert fake_llm.requests[-1].body["model"] == "fake-model"
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FAKE_KEY = "sk-test-SECRET-123"
FAKE_MODEL = "fake-model"
EMBEDDING_DIM = 16

# Modes a Reply can have.
NORMAL = "normal"  # `text` split into `chunks` pieces
ECHO = "echo"  # reply quotes the question of the last user message (markers survive, for concurrency tests)
HANG = "hang"  # sleep `hang` seconds before sending anything
DROP = "drop"  # send `drop_after` chunks, then close the socket without finishing
ERROR = "error"  # HTTP `status` with an OpenAI-style error body


@dataclass
class Reply:
    """One scripted answer of the fake server."""

    text: str = "这是模型的回答。"
    mode: str = NORMAL
    chunks: int = 3
    delay: float = 0.01  # between streamed chunks
    status: int = 500  # for mode=ERROR
    hang: float = 30.0  # for mode=HANG (interrupted when the server stops)
    drop_after: int = 2  # for mode=DROP

    @classmethod
    def error(cls, status: int) -> Reply:
        return cls(mode=ERROR, status=status)


@dataclass
class RecordedRequest:
    """A request as the server saw it; the Authorization value is never kept."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict = field(default_factory=dict)
    had_authorization: bool = False

    @property
    def messages(self) -> list[dict]:
        return list(self.body.get("messages", []))

    def text_of(self, role: str) -> str:
        """All message contents of one role, joined (for asserting what the prompt contained)."""
        return "\n".join(_content_text(m.get("content")) for m in self.messages if m.get("role") == role)


def _echoed(message: str) -> str:
    """What an echoing model repeats: the 【问题】 block of a prompt (as a real model would not repeat its
    instructions, which the output guard blocks), or the whole message when it has none."""
    match = re.search(r"【问题】\n(.*?)(?:\n\n|$)", message, flags=re.S)
    return match.group(1) if match else message


def _content_text(content) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return ""


def split_text(text: str, n: int) -> list[str]:
    """Split text into about n non-empty pieces (fewer when the text is shorter)."""
    n = max(1, min(n, len(text))) if text else 1
    size = -(-len(text) // n) if text else 0
    return [text[i : i + size] for i in range(0, len(text), size)] if text else [""]


def embed_text(text: str, dim: int = EMBEDDING_DIM) -> list[float]:
    """A deterministic unit vector for a text (same text, same vector)."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    while len(digest) < dim * 4:
        digest += hashlib.sha256(digest).digest()
    raw = [int.from_bytes(digest[i * 4 : i * 4 + 4], "big") / 2**32 - 0.5 for i in range(dim)]
    norm = sum(x * x for x in raw) ** 0.5 or 1.0
    return [x / norm for x in raw]


class FakeOpenAIServer(ThreadingHTTPServer):
    """ThreadingHTTPServer on 127.0.0.1 (port 0) speaking enough of the OpenAI API for our client."""

    daemon_threads = True

    def __init__(self, default: Reply | None = None):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.default = default or Reply()
        self.requests: list[RecordedRequest] = []
        self.stopping = threading.Event()
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def enqueue(self, *replies: Reply) -> None:
        """Script the next chat replies, in order; afterwards `default` is used."""
        with self._lock:
            self._queue.extend(replies)

    def next_reply(self) -> Reply:
        with self._lock:
            return self._queue.popleft() if self._queue else self.default

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def handle_error(self, request, client_address) -> None:
        """Clients hanging up (timeouts, dropped streams) are expected here; stay quiet about them."""
        import sys

        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    def start(self) -> FakeOpenAIServer:
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()  # wakes hanging handlers
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FakeOpenAIServer

    def log_message(self, format, *args):  # keep test output quiet
        pass

    # -- plumbing -------------------------------------------------------------------------------

    def _read_json(self) -> dict:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw.decode("utf-8")) if raw else {}
        except (UnicodeDecodeError, json.JSONDecodeError):
            return {}

    def _record(self, body: dict) -> None:
        headers = {k.lower(): v for k, v in self.headers.items() if k.lower() != "authorization"}
        self.server.record(
            RecordedRequest(
                method=self.command,
                path=self.path,
                headers=headers,
                body=body,
                had_authorization="authorization" in {k.lower() for k in self.headers.keys()},
            )
        )

    def _bearer(self) -> str:
        value = self.headers.get("Authorization") or ""
        return value[7:] if value.lower().startswith("bearer ") else value

    def _send_json(self, status: int, payload: dict) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode("ascii") + data + b"\r\n")
        self.wfile.flush()

    def _sse(self, payload: dict | str) -> None:
        text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
        self._write_chunk(f"data: {text}\n\n".encode())

    # -- routes ---------------------------------------------------------------------------------

    def do_GET(self):
        self._record({})
        if self.path.rstrip("/").endswith("/models"):
            self._send_json(200, {"object": "list", "data": [{"id": FAKE_MODEL, "object": "model", "owned_by": "fake"}]})
        else:
            self._send_json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

    def do_POST(self):
        body = self._read_json()
        self._record(body)
        if self.path.endswith("/chat/completions"):
            self._chat(body)
        elif self.path.endswith("/embeddings"):
            self._embeddings(body)
        else:
            self._send_json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

    def _embeddings(self, body: dict) -> None:
        inputs = body.get("input", [])
        if isinstance(inputs, str):
            inputs = [inputs]
        data = []
        for i, item in enumerate(inputs):
            vector = embed_text(item if isinstance(item, str) else json.dumps(item))
            if body.get("encoding_format") == "base64":
                encoded = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")
                data.append({"object": "embedding", "index": i, "embedding": encoded})
            else:
                data.append({"object": "embedding", "index": i, "embedding": vector})
        self._send_json(
            200,
            {"object": "list", "data": data, "model": body.get("model", ""), "usage": {"prompt_tokens": 0, "total_tokens": 0}},
        )

    def _chat(self, body: dict) -> None:
        reply = self.server.next_reply()
        model = body.get("model", FAKE_MODEL)
        if reply.mode == HANG:
            self.server.stopping.wait(reply.hang)
            self.close_connection = True
            return
        if reply.mode == ERROR:
            self._error(reply.status)
            return
        text = reply.text
        if reply.mode == ECHO:
            users = [m for m in body.get("messages", []) if m.get("role") == "user"]
            text = "回声：" + _echoed(_content_text(users[-1].get("content")) if users else "")
        if not body.get("stream"):
            self._send_json(
                200,
                {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": model,
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                },
            )
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        pieces = split_text(text, reply.chunks)
        for i, piece in enumerate(pieces):
            if reply.mode == DROP and i >= reply.drop_after:
                self._drop()
                return
            delta = {"role": "assistant", "content": piece} if i == 0 else {"content": piece}
            self._sse(_chunk(model, delta, None))
            if reply.delay:
                time.sleep(reply.delay)
        if reply.mode == DROP:
            self._drop()
            return
        self._sse(_chunk(model, {}, "stop"))
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = _chunk(model, {}, None)
            usage["choices"] = []
            usage["usage"] = {"prompt_tokens": 1, "completion_tokens": len(pieces), "total_tokens": 1 + len(pieces)}
            self._sse(usage)
        self._sse("[DONE]")
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _drop(self) -> None:
        """Close the socket abruptly, midway through a chunked body."""
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _error(self, status: int) -> None:
        bearer = self._bearer()
        # Like real providers, some error messages quote the key: the client must scrub it.
        kinds = {
            401: ("invalid_request_error", "invalid_api_key", f"Incorrect API key provided: {bearer}."),
            403: ("permission_error", "permission_denied", f"Key {bearer} has no access to this model."),
            429: ("rate_limit_error", "rate_limit_exceeded", f"Rate limit reached for key {bearer}."),
        }
        err_type, code, message = kinds.get(status, ("server_error", "server_error", f"Internal error (key {bearer})."))
        self._send_json(status, {"error": {"message": message, "type": err_type, "param": None, "code": code}})


def _chunk(model: str, delta: dict, finish_reason: str | None) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }


def fake_settings(server: FakeOpenAIServer, tmp_path: Path, **overrides):
    """Settings pointing at the fake server (fake key and model, short timeout, fast to fail)."""
    from assistant.settings import load_settings

    values = {
        "data_dir": tmp_path / "data",
        "openai_base_url": server.base_url,
        "openai_api_key": FAKE_KEY,
        "model": FAKE_MODEL,
        "llm_timeout": 2.0,
        "llm_max_retries": 1,
        "llm_retry_backoff": 0.01,  # the waiting itself is tested with an injected sleep
    }
    values.update(overrides)
    return load_settings(**values)


def closed_port() -> int:
    """A loopback port with nothing listening (for connection-refused tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def fake_llm():
    """A running fake OpenAI-compatible server, stopped after the test."""
    with FakeOpenAIServer() as server:
        yield server
