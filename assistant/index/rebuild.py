"""Bringing the snapshot in line with the manifest: loaded from the saved files when they match, else built from
the passages already known (the current snapshot, what a write just stored) plus what else the store holds.
"""

from __future__ import annotations

import logging

import numpy as np

from assistant.domain.passages import KIND_UPLOAD, Passage
from assistant.index.chroma_store import ChromaStore
from assistant.index.embedders import Embedder, HashEmbedding
from assistant.index.features import FeatureCache
from assistant.index.ingest import Fresh
from assistant.index.manifest import ids_digest
from assistant.index.snapshot import IndexSnapshot, build_snapshot
from assistant.index.snapshot_files import SnapshotFiles
from assistant.loading.chunking import HARD_MAX_PASSAGE_CHARS

log = logging.getLogger(__name__)


class SnapshotMaker:
    """Makes the snapshot of a given set of passage ids, reading the store only for passages it does not know."""

    def __init__(
        self, files: SnapshotFiles, features: FeatureCache, store: ChromaStore, embedder: Embedder, key: str,
        max_chars: int = HARD_MAX_PASSAGE_CHARS,
    ):
        self.files = files
        self.features = features
        self.store = store
        self.embedder = embedder
        self.key = key  # what the derived data depend on; part of every digest
        self.dense = not isinstance(embedder, HashEmbedding)
        self.max_chars = max_chars
        # Ids of upload passages longer than max_chars found in the store (written before passages had a hard
        # maximum): left out of the snapshot before anything tokenises them; the index drops those uploads and reads
        # them again from their originals.
        self.too_long: set[str] = set()

    def digest(self, ids: list[str]) -> str:
        return ids_digest(ids, self.key)

    def load(self, ids: list[str]) -> IndexSnapshot | None:
        """The saved snapshot of exactly these (sorted) ids, or None: never touches the store. A saved snapshot
        holding an over-long passage (saved before passages had a hard maximum) is not used."""
        return self._saved(self.digest(ids))

    def _saved(self, digest: str) -> IndexSnapshot | None:
        snapshot = self.files.load(digest)
        if snapshot is not None and any(p.kind == KIND_UPLOAD and len(p.text) > self.max_chars for p in snapshot.passages):
            log.warning("the saved snapshot holds passages over %d characters; rebuilding it", self.max_chars)
            return None
        return snapshot

    def make(self, ids: list[str], previous: IndexSnapshot, fresh: Fresh | None = None) -> IndexSnapshot:
        """The snapshot of these sorted ids: the previous one if equal, the saved one if it matches, else built
        (and saved). `fresh` (what a write just stored) is consumed: emptied once used, to free its vectors early.
        """
        digest = self.digest(ids)
        if previous.digest == digest:
            return previous
        loaded = self._saved(digest)
        if loaded is not None:
            return loaded
        snapshot = self._build(ids, previous, fresh if fresh is not None else {})
        self.files.save(snapshot)
        return snapshot

    def _build(self, ids: list[str], previous: IndexSnapshot, fresh: Fresh) -> IndexSnapshot:
        known: dict[str, tuple[Passage, object]] = {}
        matrix = getattr(previous.vectors, "matrix", None) if self.dense else None
        for pid in ids:
            if pid in fresh:
                known[pid] = fresh[pid]
            elif (row := previous.rows.get(pid)) is not None:
                known[pid] = (previous.passages[row], matrix[row] if matrix is not None else None)
        missing = [pid for pid in ids if pid not in known]
        if missing:
            log.info("reading %d passages from the store to rebuild the index snapshot", len(missing))
            for passage, vector in self.store.get(missing, embeddings=self.dense):
                known[passage.id] = (passage, vector)
            lost = len(ids) - len(known)
            if lost:
                log.warning("%d passages listed in the manifest are missing from the store", lost)
        too_long = {pid for pid, (p, _) in known.items() if p.kind == KIND_UPLOAD and len(p.text) > self.max_chars}
        if too_long:
            log.warning("%d passages over %d characters are left out of the snapshot", len(too_long), self.max_chars)
            self.too_long |= too_long
        present = [pid for pid in ids if pid in known and pid not in too_long]
        passages = [known[pid][0] for pid in present]
        sparse = {pid: vector for pid, (_, vector) in fresh.items()} if not self.dense else None
        features = self.features.features(passages, sparse)
        dense = None
        if self.dense:
            dense = np.stack([np.asarray(known[pid][1], dtype=np.float32) for pid in present]) if present else None
        fresh.clear()
        known.clear()
        sparse = None  # noqa: F841 - the vectors of a big write are freed before the search structures are built
        return build_snapshot(passages, features, self.embedder, dense, self.digest(present))
