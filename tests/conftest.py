"""Shared test set-up: offline by default, no real network, settings pointed at temp dirs."""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Nothing may reach a model hub or telemetry endpoint while tests run.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ["ANONYMIZED_TELEMETRY"] = "False"

_ENV_TO_CLEAR = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_API_BASE",
    "ASSISTANT_MODEL",
    "ASSISTANT_EMBEDDING_MODEL",
    "ASSISTANT_EMBEDDER",
    "ASSISTANT_CHROMA_URL",
    "ASSISTANT_DB_URL",
    "ASSISTANT_DATA_DIR",
    "ASSISTANT_MULTI_USER",
)


def _is_local(address) -> bool:
    if isinstance(address, tuple) and address:
        host = address[0]
    else:
        return True  # unix sockets
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def offline_environment(monkeypatch, tmp_path_factory):
    """Clear LLM/env settings and refuse any non-loopback connection: the suite proves it runs unplugged."""
    for name in _ENV_TO_CLEAR:
        monkeypatch.delenv(name, raising=False)
    real_connect = socket.socket.connect

    def guarded_connect(self, address):
        if not _is_local(address):
            raise OSError(f"network access blocked in tests: {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    yield


@pytest.fixture
def settings(tmp_path):
    """Settings with a fresh data dir and the shipped knowledge."""
    from assistant.settings import load_settings

    return load_settings(data_dir=tmp_path / "data", knowledge_dir=ROOT / "knowledge")


# The fake OpenAI-compatible server, available to every test module.
from tests.fake_openai import fake_llm  # noqa: E402,F401


@pytest.fixture(scope="session")
def shared_index(tmp_path_factory):
    """The index of the shipped knowledge, built once per test session; pass it to build_services(index=…)."""
    from assistant.index.knowledge_index import KnowledgeIndex
    from assistant.settings import load_settings

    settings = load_settings(data_dir=tmp_path_factory.mktemp("shared-data"), knowledge_dir=ROOT / "knowledge")
    index = KnowledgeIndex(settings)
    index.ensure_built()
    return index


@pytest.fixture(scope="session")
def shared_settings(shared_index):
    """Settings whose data dir holds the shared index of the shipped knowledge.

    Tests that only read the index (search, ask, draft) use them; tests that upload or corrupt use `settings`.
    """
    return shared_index.settings
