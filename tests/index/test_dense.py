"""Dense embedders (e5, an OpenAI endpoint): vectors read back from Chroma into the snapshot, searched in-process."""

from __future__ import annotations

import numpy as np

from assistant.index.embedders import HashEmbedding
from assistant.index.knowledge_index import KnowledgeIndex
from assistant.retrieval import Retriever
from assistant.settings import load_settings
from tests.reliability.conftest import make_small_kb


class TinyDense:
    """A dense stand-in: 64 hashed slots, no idf (as a dense model would embed)."""

    collection_suffix = "tinydense_v1"

    def __init__(self):
        self._hash = HashEmbedding(dim=64)
        self.documents = 0

    @staticmethod
    def name() -> str:
        return "tiny_dense"

    def get_config(self) -> dict:
        return {"dim": 64}

    def __call__(self, input):
        self.documents += len(input)
        return self._hash(input)

    def embed_query(self, input):
        return [self._hash.vector(text) for text in input]


def _ranked(index: KnowledgeIndex, query: str, owner: str | None = None) -> list[str]:
    return [h.passage.id for h in Retriever(index).search(query, k=5, owner=owner)]


def test_dense_vectors_survive_restart_and_rebuild_from_chroma(tmp_path):
    settings = load_settings(data_dir=tmp_path / "data", knowledge_dir=make_small_kb(tmp_path / "kb"))
    embedder = TinyDense()
    index = KnowledgeIndex(settings, embedder=embedder)
    report = index.ingest()
    assert embedder.documents == report.added
    assert index.add_upload("一、特色工作\n紫藤读书会每周三下午活动。\n".encode(), "紫藤.txt", owner="甲").added
    snap = index.snapshot()
    assert snap.vectors.matrix.shape == (len(snap.passages), 64) and snap.idf is None
    expected = _ranked(index, "紫藤读书会", owner="甲")
    assert snap.passages[snap.rows[expected[0]]].source == "紫藤.txt"
    assert _ranked(index, "产假") and "紫藤.txt" not in {h.passage.source for h in Retriever(index).search("紫藤读书会")}

    restarted = KnowledgeIndex(settings, embedder=TinyDense())  # saved snapshot: nothing embedded, no Chroma
    assert _ranked(restarted, "紫藤读书会", owner="甲") == expected
    assert restarted.store._collection is None and restarted.embedder.documents == 0

    for path in settings.index_dir.glob("snapshot__*/*"):
        path.unlink()
    rebuilt = KnowledgeIndex(settings, embedder=TinyDense())  # vectors read back from Chroma, not re-embedded
    assert _ranked(rebuilt, "紫藤读书会", owner="甲") == expected
    assert rebuilt.embedder.documents == 0
    assert np.allclose(rebuilt.snapshot().vectors.matrix, snap.vectors.matrix)
