"""How many passages hold a phrase (the weight of statute wording): exact on a knowledge base of ordinary size; on a
large one read from the BM25 postings, which may miss a passage that jieba cut differently but never adds one."""

from __future__ import annotations

import pytest

from assistant import retrieval
from assistant.retrieval import Retriever


@pytest.fixture(scope="module")
def phrases(shared_index):
    lexicon = shared_index.lexicon
    found = set(lexicon.statute_wording) | {t for terms in lexicon.statute_wording.values() for t in terms}
    return sorted(p for p in found if len(p) >= 2)


def _exact(snapshot, phrase):
    return sum(1 for p in snapshot.passages if phrase in p.text)


def test_counts_are_exact_on_a_knowledge_base_of_ordinary_size(shared_index, phrases):
    retriever, snapshot = Retriever(shared_index), shared_index.snapshot()
    assert len(snapshot.passages) <= retrieval.EXACT_PHRASE_COUNT
    assert all(retriever._df(p, snapshot) == _exact(snapshot, p) for p in phrases)


def test_on_a_large_base_the_postings_shortcut_never_overcounts_and_mostly_agrees(shared_index, phrases, monkeypatch):
    monkeypatch.setattr(retrieval, "EXACT_PHRASE_COUNT", 0)  # treat the shipped base as a large one
    retriever, snapshot = Retriever(shared_index), shared_index.snapshot()
    pairs = [(retriever._df(p, snapshot), _exact(snapshot, p)) for p in phrases]
    assert all(fast <= exact for fast, exact in pairs)
    assert sum(fast == exact for fast, exact in pairs) >= 0.9 * len(pairs)
    assert sum(exact > 0 and fast == 0 for fast, exact in pairs) <= 0.05 * len(pairs)
