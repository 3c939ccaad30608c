"""BM25 over token ids, scored exactly as bm25s scores it (method "lucene", k1 1.5, b 0.75, float32).

Built from integer token ids rather than token strings, so indexing 75,000 passages never holds millions of
Python strings; the scores are bit-identical to `bm25s.BM25().index(tokens)` + `get_scores` (tests check this).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from assistant.index.sparse import SparseColumns, block_rows, element_blocks

K1 = 1.5
B = 0.75


def _pairs(tokens: np.ndarray, offsets: np.ndarray, start: int, end: int, n_vocab: int):
    """(row, token id, term frequency) of the distinct tokens of rows start..end, by row then token id."""
    docs = block_rows(offsets, start, end).astype(np.int64)
    key = docs * n_vocab + tokens[offsets[start] : offsets[end]].astype(np.int64)
    unique, tf = np.unique(key, return_counts=True)
    return (unique // n_vocab).astype(np.int32), unique % n_vocab, tf.astype(np.float32)


def _idf(df: np.ndarray, n_docs: int) -> np.ndarray:
    """Lucene idf per token in float32, through math.log as bm25s computes it (np.log may differ in the last ulp)."""
    idf = np.zeros(len(df), dtype=np.float32)
    values, inverse = np.unique(df, return_inverse=True)
    table = np.array([math.log(1 + (n_docs - v + 0.5) / (v + 0.5)) if v else 0.0 for v in values], dtype=np.float32)
    idf[:] = table[inverse]
    return idf


class Bm25Index:
    """Per-token columns of precomputed BM25 term scores; a query sums the columns of its tokens."""

    def __init__(self, columns: SparseColumns, vocab: list[str]):
        self.columns = columns
        self.vocab = vocab
        self._ids = {token: i for i, token in enumerate(vocab)}

    @classmethod
    def build(cls, tokens: np.ndarray, offsets: np.ndarray, vocab: list[str]) -> Bm25Index:
        """From the token ids of every row (row i: tokens[offsets[i]:offsets[i+1]]) and the vocabulary they index."""
        n_docs, n_vocab = len(offsets) - 1, max(len(vocab), 1)
        lengths = np.diff(offsets)
        avgdl = lengths.mean() if n_docs else np.float64(1.0)
        df = np.zeros(n_vocab, dtype=np.int64)
        for start, end in element_blocks(offsets):
            df += np.bincount(_pairs(tokens, offsets, start, end, n_vocab)[1], minlength=n_vocab)
        idf = _idf(df, n_docs)

        def blocks() -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
            for start, end in element_blocks(offsets):
                docs, ids, tf = _pairs(tokens, offsets, start, end, n_vocab)
                # The same float64 operations, in the same order, as bm25s's lucene scorer; stored as float32.
                norm = K1 * ((1 - B) + B * lengths[docs].astype(np.float64) / avgdl)
                yield docs, ids, idf[ids] * (tf / (norm + tf))

        return cls(SparseColumns.build(blocks(), df, n_docs, dtype=np.float32), list(vocab))

    def rows_with_all(self, tokens: list[str]) -> np.ndarray:
        """Rows holding every one of the tokens (sorted); empty when a token is in no row."""
        rows: np.ndarray | None = None
        for token in dict.fromkeys(tokens):
            col = self._ids.get(token)
            if col is None:
                return np.zeros(0, dtype=np.int32)
            start, end = self.columns.indptr[col], self.columns.indptr[col + 1]
            posting = self.columns.indices[start:end]
            rows = posting if rows is None else np.intersect1d(rows, posting, assume_unique=True)
            if not len(rows):
                break
        return rows if rows is not None else np.zeros(0, dtype=np.int32)

    def scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every row for a query's tokens (unknown tokens ignored, repeated ones counted again)."""
        return self.columns.accumulate(self._ids[t] for t in tokens if t in self._ids)

    def save(self, directory: Path) -> None:
        self.columns.save(directory, "bm25")
        (directory / "bm25_vocab.json").write_text(json.dumps(self.vocab, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path, n_rows: int) -> Bm25Index:
        vocab = json.loads((directory / "bm25_vocab.json").read_text(encoding="utf-8"))
        return cls(SparseColumns.load(directory, "bm25", n_rows), vocab)
