"""A rows × columns sparse matrix stored by column (CSC): the shape BM25 and the hashed vectors are searched in.

A query touches only its own columns (its tokens, or the hash slots of its n-grams), so scoring costs what those
columns hold, not what the whole index holds. Built block by block, so building never needs more than the result
plus a few megabytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np

BLOCK_ELEMENTS = 1 << 21  # entries sorted at a time while building


class SparseColumns:
    """data[indptr[c]:indptr[c+1]] are the values of column c, in the rows indices[indptr[c]:indptr[c+1]]."""

    FILES = ("data", "indices", "indptr")

    def __init__(self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, n_rows: int):
        self.data = data
        self.indices = indices
        self.indptr = indptr
        self.n_rows = int(n_rows)

    @property
    def n_cols(self) -> int:
        return len(self.indptr) - 1

    def column_counts(self) -> np.ndarray:
        """Entries per column (for hashed slots: the number of documents having that slot)."""
        return np.diff(self.indptr)

    @classmethod
    def build(
        cls,
        blocks: Iterable[tuple[np.ndarray, np.ndarray, np.ndarray]],
        counts: np.ndarray,
        n_rows: int,
        dtype=np.float32,
    ) -> SparseColumns:
        """From (rows, cols, values) blocks given in increasing row order, with the entries per column known.

        Within a column rows stay in the order given, so a column lists its rows in increasing order.
        """
        indptr = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        cursor = indptr[:-1].copy()
        indices = np.empty(int(indptr[-1]), dtype=np.int32)
        data = np.empty(int(indptr[-1]), dtype=dtype)
        for rows, cols, values in blocks:
            if not len(cols):
                continue
            order = np.argsort(cols, kind="stable")
            ordered = cols[order]
            rank = np.arange(len(ordered)) - np.searchsorted(ordered, ordered, side="left")
            at = cursor[ordered] + rank
            indices[at] = rows[order]
            data[at] = values[order]
            cursor += np.bincount(cols, minlength=len(counts))
        return cls(data, indices, indptr, n_rows)

    def accumulate(self, cols: Iterable[int], weights: Iterable[float] | None = None) -> np.ndarray:
        """Sum of the given columns (each times its weight) per row, in float32, column after column.

        A column holds each row at most once, so `scores[rows] += values` adds exactly what bm25s's np.add.at adds,
        in the same order: BM25 scores are bit-identical to bm25s's.
        """
        scores = np.zeros(self.n_rows, dtype=np.float32)
        weights = list(weights) if weights is not None else None
        for i, col in enumerate(cols):
            start, end = self.indptr[int(col)], self.indptr[int(col) + 1]
            if start == end:
                continue
            values = self.data[start:end]
            if weights is not None:
                values = values * np.float32(weights[i])
            scores[self.indices[start:end]] += values
        return scores

    def save(self, directory: Path, prefix: str) -> None:
        for name in self.FILES:
            np.save(directory / f"{prefix}_{name}.npy", getattr(self, name), allow_pickle=False)

    @classmethod
    def load(cls, directory: Path, prefix: str, n_rows: int) -> SparseColumns:
        """Memory-mapped: a start reads only the pages its searches touch."""
        arrays = [np.load(directory / f"{prefix}_{name}.npy", mmap_mode="r", allow_pickle=False) for name in cls.FILES]
        return cls(*arrays, n_rows=n_rows)


def element_blocks(offsets: np.ndarray, limit: int = BLOCK_ELEMENTS) -> Iterable[tuple[int, int]]:
    """(first row, end row) ranges of consecutive rows holding about `limit` entries each (never splitting a row)."""
    n_rows = len(offsets) - 1
    start = 0
    while start < n_rows:
        end = int(np.searchsorted(offsets, offsets[start] + limit, side="right")) - 1
        end = min(max(end, start + 1), n_rows)
        yield start, end
        start = end


def block_rows(offsets: np.ndarray, start: int, end: int) -> np.ndarray:
    """The row of every entry of rows start..end (entries of row i are offsets[i]:offsets[i+1])."""
    return np.repeat(np.arange(start, end, dtype=np.int32), np.diff(offsets[start : end + 1]))
