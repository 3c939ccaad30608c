"""What the search structures are built from, per passage: BM25 token ids and, for the hash embedder, its sparse
vector. Cached by passage id in one file, so a rebuild tokenises and hashes only passages it has not seen before.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.domain.passages import Passage
from assistant.index import atomic
from assistant.index.embedders import HashEmbedding, Sparse
from assistant.index.lexicon import Tokenizer
from assistant.loading.cleaning import bounded_pieces

log = logging.getLogger(__name__)

EMPTY_TOKEN = "\u2205"  # a passage without word-like tokens still counts one token (as it always has for BM25)
# Values of the hashed vectors as kept for search: float16 halves their memory; cosines move by about 1e-4 at most,
# which leaves every evaluation figure unchanged (bench/RESULTS.md).
VALUE_DTYPE = np.float16
TOKENIZE_CHARS = 1000  # jieba keeps a graph of every character of its input: it never gets more than this at once
JIEBA_BREAKS = "\n 。，、；：？！“”（）《》"  # jieba splits its input at every one of these (none is a word character)


def tokens_of(tokenizer: Tokenizer, text: str) -> list[str]:
    """The tokenizer's tokens of a text of any length, in linear time: jieba sees at most TOKENIZE_CHARS characters
    at once, cut after characters where it splits its input anyway (so the tokens are the same)."""
    if len(text) <= TOKENIZE_CHARS:
        return tokenizer.tokens(text)
    out: list[str] = []
    for piece in bounded_pieces(text, TOKENIZE_CHARS, JIEBA_BREAKS):
        out += tokenizer.tokens(piece)
    return out


def bm25_text(p: Passage) -> str:
    """The text BM25 indexes: headings carry the topic words ("女职工工作") that body sentences often omit."""
    last = re.split(r"\s*>\s*", p.section)[-1] if p.section else ""
    return f"{last}\n{p.text}" if last and last not in p.text else p.text


def _offsets(parts: Sequence[np.ndarray]) -> np.ndarray:
    offsets = np.zeros(len(parts) + 1, dtype=np.int64)
    np.cumsum([len(part) for part in parts], out=offsets[1:])
    return offsets


def _concat(parts: Sequence[np.ndarray], dtype) -> np.ndarray:
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype=dtype)


@dataclass(frozen=True)
class Features:
    """Derived data of a list of passages, row i for passage i: rows of a ragged array are arr[off[i]:off[i+1]]."""

    vocab: list[str]  # token id -> token
    tokens: np.ndarray  # int32 token ids
    token_offsets: np.ndarray  # int64
    slots: np.ndarray | None = None  # uint16 hash slots (hash embedder only)
    weights: np.ndarray | None = None  # VALUE_DTYPE values of the normalised document vector at those slots
    slot_offsets: np.ndarray | None = None

    def compacted(self) -> Features:
        """The same features over only the tokens still used (passages removed since leave theirs behind)."""
        used = np.unique(self.tokens)
        if len(used) == len(self.vocab):
            return self
        remap = np.full(len(self.vocab), -1, dtype=np.int32)
        remap[used] = np.arange(len(used), dtype=np.int32)
        return Features(
            [self.vocab[i] for i in used], remap[self.tokens], self.token_offsets,
            self.slots, self.weights, self.slot_offsets,
        )


class FeatureCache:
    """The cache file of one collection; `features()` reads it, completes it and writes it back."""

    def __init__(self, path: Path, key: str, tokenizer: Tokenizer, hashing: HashEmbedding | None):
        self.path = path
        self.key = key  # what tokens and slots depend on: a different key invalidates the whole file
        self.tokenizer = tokenizer
        self.hashing = hashing

    def features(self, passages: Sequence[Passage], fresh: Mapping[str, Sparse] | None = None) -> Features:
        """Features of these passages (cached ones reused; `fresh` holds sparse vectors computed by a write)."""
        cached = self._load()
        rows: dict[str, int] = cached.pop("rows", {})
        vocab_index = {token: i for i, token in enumerate(cached.get("vocab", []))}
        tokens: list[np.ndarray] = []
        slots: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        computed = 0
        for p in passages:
            row = rows.get(p.id)
            if row is not None:
                tokens.append(cached["tokens"][cached["token_offsets"][row] : cached["token_offsets"][row + 1]])
                if self.hashing is not None:
                    start, end = cached["slot_offsets"][row], cached["slot_offsets"][row + 1]
                    slots.append(cached["slots"][start:end])
                    weights.append(cached["weights"][start:end])
                continue
            computed += 1
            words = tokens_of(self.tokenizer, bm25_text(p)) or [EMPTY_TOKEN]
            tokens.append(np.fromiter((vocab_index.setdefault(w, len(vocab_index)) for w in words), dtype=np.int32))
            if self.hashing is not None:
                sparse = (fresh or {}).get(p.id) or self.hashing.sparse(p.text)
                slots.append(sparse[0])
                weights.append(sparse[1])
        hashed = self.hashing is not None
        features = Features(
            list(vocab_index),
            _concat(tokens, np.int32),
            _offsets(tokens),
            _concat(slots, np.uint16) if hashed else None,
            _concat(weights, VALUE_DTYPE) if hashed else None,
            _offsets(slots) if hashed else None,
        ).compacted()
        if computed or len(rows) != len(passages):
            self._save([p.id for p in passages], features)
        return features

    def _load(self) -> dict:
        """The cached arrays plus rows (id -> row); empty when missing, stale or unreadable."""
        try:
            with np.load(self.path, allow_pickle=False) as data:
                if str(data["key"]) != self.key or bool(data["hashed"]) != (self.hashing is not None):
                    return {}
                out = {name: data[name] for name in ("ids", "tokens", "token_offsets", "slots", "weights", "slot_offsets")}
                out["vocab"] = json.loads(bytes(data["vocab"]).decode("utf-8"))
        except (OSError, ValueError, KeyError, UnicodeDecodeError) as exc:
            if not isinstance(exc, FileNotFoundError):
                log.warning("ignoring unreadable feature cache %s: %r", self.path.name, exc)
            return {}
        n = len(out["ids"])
        if len(out["token_offsets"]) != n + 1 or (self.hashing is not None and len(out["slot_offsets"]) != n + 1):
            return {}
        out["rows"] = {str(pid): i for i, pid in enumerate(out.pop("ids"))}
        return out

    def _save(self, ids: list[str], features: Features) -> None:
        """Write the cache atomically; a failure only costs the next rebuild some time."""
        empty = np.zeros(0, dtype=np.int64)
        arrays = dict(
            key=np.array(self.key),
            hashed=np.array(self.hashing is not None),
            ids=np.array(ids, dtype=str) if ids else np.zeros(0, dtype="<U1"),
            vocab=np.frombuffer(json.dumps(features.vocab, ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
            tokens=features.tokens,
            token_offsets=features.token_offsets,
            slots=features.slots if features.slots is not None else empty,
            weights=features.weights if features.weights is not None else empty,
            slot_offsets=features.slot_offsets if features.slot_offsets is not None else empty,
        )
        try:
            atomic.write_with(self.path, lambda fh: np.savez(fh, **arrays))
        except OSError as exc:
            log.warning("could not write the feature cache: %r", exc)
