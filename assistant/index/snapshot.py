"""The immutable searchable view of the index: passages, BM25, vectors and lookup tables, built together and
published by one assignment, so a search never reads half an old and half a new index.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from assistant.domain.passages import Passage
from assistant.index.bm25 import Bm25Index
from assistant.index.embedders import Embedder, HashEmbedding
from assistant.index.features import Features
from assistant.index.vectors import DenseVectors, HashVectors, Vectors, nearest
from assistant.index.visibility import Visibility


def _str_array(values) -> np.ndarray:
    values = list(values)
    return np.array(values, dtype=str) if values else np.zeros(0, dtype="<U1")


@dataclass(frozen=True, eq=False)
class IndexSnapshot:
    """Everything a search reads; rows are passages in id order."""

    passages: tuple[Passage, ...] = ()
    owners: np.ndarray = field(default_factory=lambda: _str_array(()))  # owner per row
    kinds: np.ndarray = field(default_factory=lambda: _str_array(()))  # kind per row
    laws: frozenset[str] = frozenset()  # short law names present
    article_rows: Mapping[str, tuple[int, ...]] = field(default_factory=dict)  # "第十一条" -> rows of that article
    bm25: Bm25Index | None = None
    vectors: Vectors | None = None
    digest: str = ""  # of the sorted ids (see manifest.ids_digest): equal digests mean equal contents

    @classmethod
    def of(cls, passages: list[Passage], bm25: Bm25Index | None, vectors: Vectors | None, digest: str) -> IndexSnapshot:
        """A snapshot of passages sorted by id, with their lookup tables."""
        articles: dict[str, list[int]] = {}
        for i, p in enumerate(passages):
            if p.article:
                articles.setdefault(p.article, []).append(i)
        return cls(
            passages=tuple(passages),
            owners=_str_array(p.owner for p in passages),
            kinds=_str_array(p.kind for p in passages),
            laws=frozenset(p.law for p in passages if p.law),
            article_rows={a: tuple(rows) for a, rows in articles.items()},
            bm25=bm25,
            vectors=vectors,
            digest=digest,
        )

    @cached_property
    def rows(self) -> Mapping[str, int]:
        """Passage id -> row; computed on first use (a start that only searches never needs 75,000 digests)."""
        return {p.id: i for i, p in enumerate(self.passages)}

    def shared_token_counts(self) -> dict[str, int]:
        """Each BM25 token of the shared knowledge (no school's upload) → the number of shared passages holding it."""
        if self.bm25 is None or not self.passages:
            return {}
        columns = self.bm25.columns
        shared = np.concatenate([[0], np.cumsum(self.owners[columns.indices] == "", dtype=np.int64)])
        per_token = shared[columns.indptr[1:]] - shared[columns.indptr[:-1]]
        return {token: int(n) for token, n in zip(self.bm25.vocab, per_token, strict=True) if n}

    @property
    def idf(self) -> np.ndarray | None:
        """Query idf of the hash embedder over exactly these passages (None for dense embedders)."""
        return self.vectors.idf if self.vectors is not None else None

    def visible(self, visibility: Visibility) -> np.ndarray:
        """Row mask of the passages a caller may see."""
        return visibility.mask(self.owners, self.kinds)

    def bm25_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every row for a token list."""
        if self.bm25 is None or not tokens:
            return np.zeros(len(self.passages), dtype=np.float32)
        return self.bm25.scores(tokens)

    def nearest(self, embedder: Embedder, text: str, n: int, allowed: np.ndarray) -> list[tuple[int, float]]:
        """(row, cosine) of the n allowed passages nearest to the text, best first; exact, no approximation."""
        if self.vectors is None or not self.passages or n <= 0:
            return []
        return nearest(self.vectors.scores(embedder, text), n, allowed)


def build_snapshot(
    passages: list[Passage],
    features: Features,
    embedder: Embedder,
    matrix: np.ndarray | None,
    digest: str,
) -> IndexSnapshot:
    """Build BM25 and vectors for passages sorted by id (features and matrix rows aligned with them)."""
    if not passages:
        return IndexSnapshot(digest=digest)
    bm25 = Bm25Index.build(features.tokens, features.token_offsets, features.vocab)
    if isinstance(embedder, HashEmbedding):
        vectors: Vectors = HashVectors.build(features, embedder)
    else:
        vectors = DenseVectors(np.asarray(matrix, dtype=np.float32))
    return IndexSnapshot.of(passages, bm25, vectors, digest)
