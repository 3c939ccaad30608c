"""Against a real Chroma server (`chroma run`): ingest and search through ASSISTANT_CHROMA_URL."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.index.knowledge_index import KnowledgeIndex
from assistant.retrieval import Retriever
from assistant.settings import load_settings
from tests.processes import stop_process

ROOT = Path(__file__).resolve().parent.parent
CHROMA = Path(sys.executable).parent / "chroma"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    """A `chroma run` subprocess on a free loopback port, stopped after the test."""
    if not CHROMA.exists():
        pytest.skip("chroma CLI not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [str(CHROMA), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("chroma server did not start")
                time.sleep(0.2)
        yield url
    finally:
        stop_process(proc)


@pytest.mark.slow
def test_ingest_and_search_through_chroma_server(chroma_server, tmp_path, monkeypatch):
    kb = tmp_path / "kb" / "policy"
    kb.mkdir(parents=True)
    shutil.copy(ROOT / "knowledge" / "policy" / "工会法(2021-12-24).md", kb)
    monkeypatch.setenv("ASSISTANT_CHROMA_URL", chroma_server)
    settings = load_settings(data_dir=tmp_path / "data", knowledge_dir=tmp_path / "kb")
    assert settings.chroma_url == chroma_server

    index = KnowledgeIndex(settings)
    report = index.ingest()
    assert report.added == report.passages > 30
    assert not (settings.index_dir / "chroma").exists()  # nothing stored locally: the server holds the vectors
    hits = Retriever(index).search("女职工委员会怎么设立", k=3)
    assert any(h.passage.article == "第十一条" for h in hits)

    again = KnowledgeIndex(settings).ingest()
    assert again.added == 0 and again.unchanged == 1
