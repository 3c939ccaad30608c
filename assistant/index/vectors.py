"""Exact vector search in-process, on vectors the index snapshot holds (Chroma is never asked at search time).

Hash embedder: its vectors are sparse (a few hundred of the slots per passage), kept as per-slot columns; a query
sums only the columns of its own slots, which gives the cosine of every passage exactly. Dense embedders (e5, an
OpenAI endpoint): a float32 matrix, one normalised row per passage, times the query vector.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.index.embedders import Embedder, HashEmbedding
from assistant.index.features import VALUE_DTYPE, Features
from assistant.index.sparse import SparseColumns, block_rows, element_blocks


class HashVectors:
    """Sparse hashed vectors by slot, plus the query idf fitted on exactly these passages."""

    def __init__(self, columns: SparseColumns, idf: np.ndarray):
        self.columns = columns
        self.idf = idf

    @classmethod
    def build(cls, features: Features, hashing: HashEmbedding) -> HashVectors:
        slots, values, offsets = features.slots, features.weights, features.slot_offsets
        n_rows = len(offsets) - 1
        counts = np.bincount(slots, minlength=hashing.dim)[: hashing.dim]  # slots are distinct within a passage

        def blocks():
            for start, end in element_blocks(offsets):
                lo, hi = offsets[start], offsets[end]
                yield block_rows(offsets, start, end), slots[lo:hi], values[lo:hi]

        columns = SparseColumns.build(blocks(), counts, n_rows, dtype=VALUE_DTYPE)
        return cls(columns, hashing.idf_from_counts(counts, n_rows))

    def scores(self, embedder: HashEmbedding, text: str) -> np.ndarray:
        """Cosine of every row with the query (idf²-weighted, as the embedder weighs queries)."""
        slots, values = embedder.query_sparse(text, idf=self.idf)
        return self.columns.accumulate(slots, values)

    def save(self, directory: Path) -> None:
        self.columns.save(directory, "vec")
        np.save(directory / "vec_idf.npy", self.idf, allow_pickle=False)

    @classmethod
    def load(cls, directory: Path, n_rows: int) -> HashVectors:
        idf = np.load(directory / "vec_idf.npy", allow_pickle=False)
        return cls(SparseColumns.load(directory, "vec", n_rows), idf)


class DenseVectors:
    """One L2-normalised float32 row per passage."""

    def __init__(self, matrix: np.ndarray):
        self.matrix = matrix
        self.idf = None

    def scores(self, embedder: Embedder, text: str) -> np.ndarray:
        query = np.asarray(embedder.embed_query([text])[0], dtype=np.float32)
        if not len(self.matrix):
            return np.zeros(0, dtype=np.float32)
        return self.matrix @ query

    def save(self, directory: Path) -> None:
        np.save(directory / "vec_matrix.npy", self.matrix, allow_pickle=False)

    @classmethod
    def load(cls, directory: Path, n_rows: int) -> DenseVectors:
        matrix = np.load(directory / "vec_matrix.npy", mmap_mode="r", allow_pickle=False)
        if len(matrix) != n_rows:
            raise ValueError("vector matrix does not match the passages")
        return cls(matrix)


Vectors = HashVectors | DenseVectors


def nearest(scores: np.ndarray, n: int, allowed: np.ndarray) -> list[tuple[int, float]]:
    """(row, score) of the n best allowed rows, best first; equal scores in row order (rows are in id order)."""
    n = min(n, int(allowed.sum()))
    if n <= 0:
        return []
    masked = np.where(allowed, scores.astype(np.float64), -np.inf)
    kth = -np.partition(-masked, n - 1)[n - 1]
    better = np.flatnonzero(masked > kth)
    top = np.concatenate([better, np.flatnonzero(masked == kth)[: n - len(better)]])
    order = np.lexsort((top, -masked[top]))
    return [(int(top[i]), float(masked[top[i]])) for i in order]
