"""The search structures: BM25 bit-identical to bm25s, exact hashed-vector cosines, visibility, tokenizer, files."""

from __future__ import annotations

import jieba
import numpy as np
import pytest

from assistant.domain.passages import Passage
from assistant.index.bm25 import Bm25Index
from assistant.index.embedders import HashEmbedding
from assistant.index.features import bm25_text
from assistant.index.knowledge_index import KnowledgeIndex
from assistant.index.lexicon import base_tokenizer, load_lexicon
from assistant.index.snapshot_files import SnapshotFiles
from assistant.index.vectors import nearest
from assistant.index.visibility import Visibility

QUERIES = ["女职工委员会怎么设立", "工会经费的审查", "教代会每学年至少召开一次", "送温暖慰问困难教职工", "读书会", "∅ 没有的词"]


@pytest.fixture(scope="module")
def shipped(shared_index) -> KnowledgeIndex:
    return shared_index  # tests/conftest.py: the shipped knowledge, built once per session


def test_bm25_scores_are_bit_identical_to_bm25s(shipped):
    bm25s = pytest.importorskip("bm25s")
    docs = [shipped.tokenizer.tokens(bm25_text(p)) or ["\u2205"] for p in shipped.passages()]
    reference = bm25s.BM25()
    reference.index(docs, show_progress=False)
    vocab = sorted({t for doc in docs for t in doc})
    ids = {t: i for i, t in enumerate(vocab)}
    tokens = np.array([ids[t] for doc in docs for t in doc], dtype=np.int32)
    offsets = np.concatenate([[0], np.cumsum([len(doc) for doc in docs])]).astype(np.int64)
    ours = Bm25Index.build(tokens, offsets, vocab)
    for query in QUERIES:
        q = shipped.tokenizer.tokens(query) + ["\u2205"]
        known = [t for t in q if t in ids]
        expected = reference.get_scores(known) if known else np.zeros(len(docs), dtype=np.float32)
        assert np.array_equal(ours.scores(q), expected), query
    # ...and the index the snapshot actually searches scores the same.
    snap = shipped.snapshot()
    assert np.array_equal(snap.bm25_scores(shipped.tokenizer.tokens(QUERIES[0])), ours.scores(shipped.tokenizer.tokens(QUERIES[0])))


def test_hashed_vectors_give_the_exact_cosine_of_every_passage(shipped):
    snap = shipped.snapshot()
    embedder = shipped.embedder
    docs = np.stack([embedder.vector(p.text) for p in snap.passages])
    for query in QUERIES:
        expected = docs @ embedder.vector(query, idf_power=2.0, idf=snap.idf)
        got = snap.vectors.scores(embedder, query)
        assert np.allclose(got, expected, atol=2e-3), query  # float16 values in the snapshot
        allowed = np.ones(len(snap.passages), dtype=bool)
        best = [row for row, _ in snap.nearest(embedder, query, 5, allowed)]
        assert expected[best[0]] >= np.sort(expected)[-2] - 2e-3


def test_nearest_breaks_ties_by_row_and_honours_the_mask():
    scores = np.array([0.5, 0.9, 0.5, 0.5, 0.1], dtype=np.float32)
    assert nearest(scores, 3, np.ones(5, dtype=bool)) == [(1, 0.8999999761581421), (0, 0.5), (2, 0.5)]
    assert [row for row, _ in nearest(scores, 3, np.array([True, False, False, True, True]))] == [0, 3, 4]
    assert nearest(scores, 3, np.zeros(5, dtype=bool)) == []


def test_visibility_is_shared_plus_own_and_optionally_some_kinds():
    owners = np.array(["", "a", "b", ""])
    kinds = np.array(["law", "upload", "upload", "plan"])
    assert Visibility().mask(owners, kinds).tolist() == [True, False, False, True]
    assert Visibility("a").mask(owners, kinds).tolist() == [True, True, False, True]
    assert Visibility("a", ["upload", "law"]).mask(owners, kinds).tolist() == [True, True, False, False]
    assert Visibility("").admits("", "plan") and not Visibility("").admits("a", "upload")
    passages = [Passage(text="t", source="s", title="t", owner=o, kind=k) for o, k in zip(owners, kinds)]
    assert [p.owner for p in Visibility("b").filter(passages)] == ["", "b", ""]


def test_lexicon_tokenizer_segments_as_a_freshly_loaded_jieba_does(shipped):
    lexicon = load_lexicon()
    reference = jieba.Tokenizer()
    reference.initialize()
    for word, freq in lexicon.jieba_words():  # the same domain words, added to a dictionary read the slow way
        reference.add_word(word, freq=freq)
    base = base_tokenizer()
    before = (len(base.FREQ), base.total)
    ours = lexicon.tokenizer()
    for p in shipped.passages()[::3]:
        text = p.text.lower()
        assert list(ours._segmenter().cut_for_search(text, HMM=True)) == list(reference.cut_for_search(text, HMM=True))
    assert base_tokenizer() is base  # the default dictionary is read once per process...
    assert (len(base.FREQ), base.total) == before  # ...and never receives the domain words


def test_saved_snapshot_is_used_only_for_its_own_digest(shipped, tmp_path):
    snap = shipped.snapshot()
    files = SnapshotFiles(tmp_path / "snapshot")
    files.save(snap)
    loaded = files.load(snap.digest)
    assert loaded is not None and [p.id for p in loaded.passages] == [p.id for p in snap.passages]
    assert loaded.passages[0] == snap.passages[0] and loaded.laws == snap.laws
    assert files.load("another digest") is None
    (tmp_path / "snapshot" / "passages.json").write_text("[[", encoding="utf-8")
    assert files.load(snap.digest) is None  # damaged: a miss, never an error


def test_hash_embedder_dimension_is_part_of_the_derived_key(shared_settings, tmp_path):
    from assistant.settings import load_settings

    settings = load_settings(data_dir=tmp_path / "data", knowledge_dir=shared_settings.knowledge_dir)
    a = KnowledgeIndex(settings, embedder=HashEmbedding(dim=1024))
    b = KnowledgeIndex(settings, embedder=HashEmbedding(dim=2048))
    assert a.collection_name != b.collection_name and a._derived_key() != b._derived_key()
