"""Writing passages to the store, and bringing it in line with the knowledge files (incrementally, by content hash)."""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.domain.passages import Passage
from assistant.errors import LoadError
from assistant.index.chroma_store import ChromaStore
from assistant.index.embedders import Embedder, HashEmbedding
from assistant.index.features import VALUE_DTYPE
from assistant.index.manifest import Manifest
from assistant.loading import knowledge

log = logging.getLogger(__name__)

BATCH = 128  # texts per embedder call
UPSERT_BATCH = 512  # passages per store write: a call costs ~0.1 s whatever its size, so ingest pools files
Progress = Callable[[int, int], None]
Fresh = dict[str, tuple[Passage, object]]  # id -> (passage, its vector as written: sparse for hash, else dense)


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did: knowledge files seen, plans and passages in them, and how the index changed."""

    files: int
    plans: int
    passages: int
    added: int
    removed: int
    unchanged: int
    seconds: float

    def summary_zh(self) -> str:
        """One-line Chinese summary for the CLI."""
        return (
            f"已索引 {self.files} 个文件（{self.plans} 篇计划），共 {self.passages} 个段落；"
            f"新增 {self.added}，删除 {self.removed}，未变文件 {self.unchanged}；用时 {self.seconds:.1f} 秒。"
        )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def plan_count(passages: list[Passage]) -> int:
    return len({(p.source, p.title) for p in passages if p.kind == "plan"})


def unique(passages: list[Passage]) -> list[Passage]:
    """Passages with text, each id once."""
    seen: set[str] = set()
    out = []
    for p in passages:
        if p.id not in seen and p.text.strip():
            seen.add(p.id)
            out.append(p)
    return out


class Writer:
    """Embeds passages and writes them to the store; returns the vectors it computed, for the next snapshot."""

    def __init__(self, store: ChromaStore, embedder: Embedder):
        self.store = store
        self.embedder = embedder

    def _embed(self, texts: list[str]) -> tuple[list, list[np.ndarray]]:
        """(vectors kept for the snapshot, dense vectors for the store)."""
        if isinstance(self.embedder, HashEmbedding):
            sparse = [self.embedder.sparse(t) for t in texts]
            kept = [(slots, values.astype(VALUE_DTYPE)) for slots, values in sparse]  # as the snapshot keeps them
            return kept, [self.embedder.store_vector(s) for s in sparse]
        dense = [np.asarray(v, dtype=np.float32) for v in self.embedder(texts)]
        return dense, dense

    def write(self, passages: list[Passage], progress: Progress | None = None, done: int = 0, total: int = 0) -> Fresh:
        fresh: Fresh = {}
        # One call per ingest flush where the store allows it; bounded so that vectors of a huge file never pile up.
        size = self.store.max_batch_size(4 * UPSERT_BATCH) if passages else 0
        for i in range(0, len(passages), size or 1):
            chunk = passages[i : i + size]
            kept, dense = [], []
            for j in range(0, len(chunk), BATCH):
                k, d = self._embed([p.text for p in chunk[j : j + BATCH]])
                kept += k
                dense += d
                if progress:
                    progress(done + i + min(j + BATCH, len(chunk)), total or len(passages))
            self.store.upsert(chunk, dense)
            fresh.update((p.id, (p, v)) for p, v in zip(chunk, kept))
        return fresh

    def delete(self, ids: list[str]) -> None:
        self.store.delete(ids)


def check_consistency(store: ChromaStore, sources: dict) -> None:
    """If the store and the manifest disagree (store wiped or half-written), make them agree.

    Passages no manifest entry holds (an ingest stopped between a write and its manifest entry) are dropped; any
    other disagreement empties the collection and the manifest's sources, so that everything is written again.
    """
    expected = {pid for entry in sources.values() for pid in entry.get("ids", [])}
    count = store.count()
    if count == len(expected):
        return
    if count > len(expected):
        actual = store.all_ids()
        if expected <= actual:
            log.warning("removing %d passages no manifest entry holds", len(actual - expected))
            store.delete(sorted(actual - expected))
            return
    log.warning("index and manifest disagree; rebuilding collection %s", store.name)
    store.clear()
    sources.clear()


class Ingester:
    """One ingest of a knowledge directory into the store, recorded in the manifest as it goes."""

    def __init__(self, store: ChromaStore, manifest: Manifest, writer: Writer):
        self.store = store
        self.manifest = manifest
        self.writer = writer

    def run(self, root: Path, progress: Progress | None = None) -> tuple[IngestReport, Fresh]:
        """Unchanged files are skipped, changed ones replaced, deleted ones removed; returns what was written."""
        started = time.perf_counter()
        self.store.collection  # noqa: B018 - opening first: a corrupt store is reset (and its manifest dropped)
        manifest = self.manifest.load()
        sources: dict = manifest["sources"]
        check_consistency(self.store, sources)
        files = knowledge.iter_knowledge_files(root)
        seen_keys: set[str] = set()
        pending: list[tuple[str, str, list[Passage]]] = []
        unchanged = plans = 0
        for path in files:
            key = source_key(path, root)
            seen_keys.add(key)
            digest = sha256(path.read_bytes())
            entry = sources.get(key)
            if entry and entry.get("hash") == digest:
                unchanged += 1
                plans += int(entry.get("plans", 0))
                continue
            try:
                loaded = unique(knowledge.load_file(path, root))
            except LoadError as exc:
                log.warning("skipping %s: %s", path, exc.message)
                loaded = []
            plans += plan_count(loaded)
            pending.append((key, digest, loaded))

        removed = 0
        stale = [k for k in sources if k.startswith("knowledge:") and k not in seen_keys]
        for key in stale:
            ids = sources.pop(key).get("ids", [])
            self.writer.delete(ids)
            removed += len(ids)

        total_new = sum(len(p) for _, _, p in pending)
        added = done = 0
        fresh: Fresh = {}
        # New passages of several files go to the store together; a file's manifest entry is recorded only once its
        # passages are committed, so an interrupted ingest leaves a manifest that the next one trusts and resumes.
        buffer: list[Passage] = []
        waiting: list[tuple[str, dict]] = []

        def flush() -> None:
            nonlocal done
            fresh.update(self.writer.write(buffer, progress, done, total_new))
            done += len(buffer)
            for waiting_key, entry in waiting:
                sources[waiting_key] = entry
            self.manifest.save(manifest)
            buffer.clear()
            waiting.clear()

        for key, digest, loaded in pending:
            old_ids = set(sources.get(key, {}).get("ids", []))
            new_ids = [p.id for p in loaded]
            gone = sorted(old_ids - set(new_ids))
            new = [p for p in loaded if p.id not in old_ids]
            if gone:
                # Until its new passages are committed the file stays listed with what survives, under no hash,
                # so that an interrupted ingest reads it again.
                sources[key] = {"hash": "", "ids": sorted(old_ids - set(gone)), "plans": 0}
                self.writer.delete(gone)
            removed += len(gone)
            added += len(new)
            buffer.extend(new)
            waiting.append((key, {"hash": digest, "ids": new_ids, "plans": plan_count(loaded)}))
            if len(buffer) >= UPSERT_BATCH:
                flush()
        if buffer or waiting or stale or not self.manifest.path.exists():
            flush()
        count = sum(len(v.get("ids", [])) for k, v in sources.items() if k.startswith("knowledge:"))
        report = IngestReport(
            files=len(files), plans=plans, passages=count, added=added, removed=removed, unchanged=unchanged,
            seconds=time.perf_counter() - started,
        )
        return report, fresh


def source_key(path: Path, root: Path) -> str:
    """The manifest key of a knowledge file: "knowledge:" and its path below root, with forward slashes."""
    prefix = os.path.join(str(root), "")
    text = str(path)
    if text.startswith(prefix):  # paths come from a walk of root: cheaper than Path.relative_to 10,000 times
        return "knowledge:" + text[len(prefix) :].replace(os.sep, "/")
    return "knowledge:" + path.relative_to(root).as_posix()


def unchanged_report(root: Path, manifest: dict, started: float) -> IngestReport | None:
    """The report of a no-op ingest when every knowledge file matches its manifest entry; None when any differs."""
    sources = manifest["sources"]
    files = knowledge.iter_knowledge_files(root)
    keys = {source_key(path, root): path for path in files}
    if {k for k in sources if k.startswith("knowledge:")} != set(keys):
        return None
    plans = 0
    for key, path in keys.items():
        entry = sources[key]
        if not entry.get("hash") or entry["hash"] != sha256(path.read_bytes()):
            return None
        plans += int(entry.get("plans", 0))
    count = sum(len(v.get("ids", [])) for k, v in sources.items() if k.startswith("knowledge:"))
    return IngestReport(
        files=len(files), plans=plans, passages=count, added=0, removed=0, unchanged=len(files),
        seconds=time.perf_counter() - started,
    )
