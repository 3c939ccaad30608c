"""A start on an up-to-date index reads its saved snapshot: chromadb is not even imported, no passage is read back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assistant.index import chroma_store
from assistant.index.knowledge_index import KnowledgeIndex
from assistant.retrieval import Retriever
from assistant.settings import load_settings
from tests.reliability.conftest import make_small_kb

ROOT = Path(__file__).resolve().parents[2]

SEARCH_SCRIPT = """
import sys
from assistant.index.knowledge_index import KnowledgeIndex
from assistant.retrieval import Retriever
from assistant.settings import load_settings

index = KnowledgeIndex(load_settings(data_dir=sys.argv[1], knowledge_dir=sys.argv[2]))
hits = Retriever(index).search("工会法第十一条", k=5)
assert hits and hits[0].passage.article == "第十一条", [h.passage.citation for h in hits]
assert "chromadb" not in sys.modules, "chromadb was imported"
print("ok")
"""


def _env(settings) -> dict:
    env = dict(os.environ)
    env.update(ASSISTANT_DATA_DIR=str(settings.data_dir), ASSISTANT_KNOWLEDGE_DIR=str(settings.knowledge_dir),
               ANONYMIZED_TELEMETRY="False", HF_HUB_OFFLINE="1", PYTHONPATH=str(ROOT))
    return env


def test_search_in_a_new_process_never_imports_chromadb(shared_settings):
    proc = subprocess.run(
        [sys.executable, "-c", SEARCH_SCRIPT, str(shared_settings.data_dir), str(shared_settings.knowledge_dir)],
        cwd=ROOT, env=_env(shared_settings), capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


def test_cli_search_never_imports_chromadb(shared_settings):
    # -X importtime lists every module the process imports, on stderr.
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "assistant", "search", "-k", "5", "工会法第十一条"],
        cwd=ROOT, env=_env(shared_settings), capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "第十一条" in proc.stdout
    imported = [line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")]
    assert imported and not [name for name in imported if name.split(".")[0] == "chromadb"]


def test_another_processs_upload_is_picked_up_from_its_saved_snapshot(tmp_path, monkeypatch):
    settings = load_settings(data_dir=tmp_path / "data", knowledge_dir=make_small_kb(tmp_path / "kb"))
    writer = KnowledgeIndex(settings)
    writer.ensure_built()
    reader = KnowledgeIndex(settings)  # e.g. a second app process sharing the data dir
    reader.ensure_built()
    reader.freshness_seconds = 0.0
    real = chroma_store.ChromaStore.collection

    def guarded(store):
        assert store is not reader.store, "the reader opened Chroma"
        return real.fget(store)

    monkeypatch.setattr(chroma_store.ChromaStore, "collection", property(guarded))
    assert writer.add_upload("一、特色工作\n紫藤读书会每周三下午活动。\n".encode(), "紫藤.txt", owner="甲").added
    hits = Retriever(reader).search("紫藤读书会", k=3, owner="甲")
    assert hits[0].passage.source == "紫藤.txt"
    assert reader.store._collection is None  # reading it took a manifest stat and the writer's saved snapshot


def test_restart_after_a_change_to_the_knowledge_files_is_a_full_ingest(tmp_path):
    kb = make_small_kb(tmp_path / "kb")
    settings = load_settings(data_dir=tmp_path / "data", knowledge_dir=kb)
    KnowledgeIndex(settings).ensure_built()
    (kb / "examples" / "new.txt").write_text("一、文体活动\n举办教工气排球联赛。\n", encoding="utf-8")
    again = KnowledgeIndex(settings)
    report = again.ingest()
    assert report.added >= 1 and again.store._collection is not None
    assert any("气排球" in h.passage.text for h in Retriever(again).search("气排球联赛", k=3))
