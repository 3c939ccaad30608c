"""The knowledge index, one per process: Chroma as the store of record, searched through an in-memory snapshot.

Writes (ingest, uploads) go to Chroma and are recorded in the manifest; every search reads an immutable snapshot
(passages, BM25, vectors) that is saved beside the manifest. A start whose knowledge files and manifest are
unchanged loads the saved snapshot and never opens Chroma; Chroma is opened for a write, or to read back passages
a snapshot lacks.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import threading
import time
from pathlib import Path

from assistant.domain.passages import Passage
from assistant.index.chroma_store import ChromaStore
from assistant.index.embedders import Embedder, HashEmbedding, make_embedder
from assistant.index.features import FeatureCache
from assistant.index.ingest import Fresh, Ingester, IngestReport, Progress, Writer, unchanged_report
from assistant.index.jieba_import import jieba
from assistant.index.lexicon import Lexicon, Tokenizer, load_lexicon
from assistant.index.manifest import Manifest, all_ids
from assistant.index.rebuild import SnapshotMaker
from assistant.index.snapshot import IndexSnapshot
from assistant.index.snapshot_files import SnapshotFiles
from assistant.index.uploads import AddResult, Uploads, UploadUsage, storage_error_zh
from assistant.index.visibility import Visibility
from assistant.settings import Settings

__all__ = ["AddResult", "IndexSnapshot", "IngestReport", "KnowledgeIndex", "UploadUsage"]

log = logging.getLogger(__name__)

DERIVED_VERSION = 2  # bump when tokens, vectors or saved snapshots of the same passages are computed differently
FRESHNESS_SECONDS = 2.0  # how often a search may stat the manifest for another process's changes


class KnowledgeIndex:
    """Passages of the shipped knowledge and of uploads; one instance per process."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, lexicon: Lexicon | None = None):
        self.settings = settings
        self.embedder = embedder if embedder is not None else make_embedder(settings)
        self.lexicon = lexicon or load_lexicon()
        self.tokenizer: Tokenizer = self.lexicon.tokenizer()
        suffix = getattr(self.embedder, "collection_suffix", "") or self.embedder.name()
        self.collection_name = f"passages__{suffix}"[:63]
        self._manifest = Manifest(self.manifest_path, self.collection_name)
        self.store = ChromaStore(settings, self.collection_name, on_reset=self._manifest.forget)
        self._writer = Writer(self.store, self.embedder)
        self._uploads = Uploads(settings, self._manifest)
        key = self._derived_key()
        hashing = self.embedder if isinstance(self.embedder, HashEmbedding) else None
        index_dir = settings.index_dir
        self._maker = SnapshotMaker(
            SnapshotFiles(index_dir / f"snapshot__{self.collection_name}"),
            FeatureCache(index_dir / f"features__{self.collection_name}.npz", key, self.tokenizer, hashing),
            self.store,
            self.embedder,
            key,
        )
        self._snapshot = IndexSnapshot()  # replaced whole, never mutated: searches read it without a lock
        self._lock = threading.RLock()  # writers and reloads; searches never wait for it
        self.freshness_seconds = FRESHNESS_SECONDS
        self._manifest_seen: tuple | None = None  # manifest signature behind the current snapshot
        self._checked_at = 0.0
        self._built = False
        self._store_ready = False  # the store was opened and found to agree with the manifest
        self._knowledge_root: Path | None = None  # what the last ingest read: a rebuild re-reads the same

    @property
    def manifest_path(self) -> Path:
        return self.settings.index_dir / f"manifest__{self.collection_name}.json"

    @property
    def derived_key(self) -> str:
        """What tokens derived from any text depend on (the jieba version, the lexicon's words and stopwords…)."""
        return self._derived_key()

    def _derived_key(self) -> str:
        """What the saved tokens, vectors and snapshots depend on besides the passages themselves."""
        lex = self.lexicon
        embedder = self.embedder.get_config() if isinstance(self.embedder, HashEmbedding) else self.collection_name
        parts = (DERIVED_VERSION, getattr(jieba, "__version__", ""), lex.jieba_words(), sorted(lex.stopwords), embedder)
        return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:32]

    # ---- building ------------------------------------------------------------------------------------------

    def ingest(self, knowledge_dir: Path | None = None, progress: Progress | None = None) -> IngestReport:
        """Bring the index in line with the knowledge files: unchanged files are skipped, changed ones replaced."""
        with self._lock:
            root = Path(knowledge_dir or self.settings.knowledge_dir)
            return self._open_unchanged(root) or self._ingest_full(root, progress)

    def ensure_built(self) -> None:
        """Build or refresh the index once per process (cheap when nothing changed: no store access at all)."""
        if self._built:
            return
        with self._lock:
            if not self._built:
                self.ingest()

    def _open_unchanged(self, root: Path) -> IngestReport | None:
        """When files, uploads and manifest agree and the snapshot was saved, serve it; else None (a full ingest)."""
        started = time.perf_counter()
        self._knowledge_root = root
        seen = self._manifest.signature()
        if seen is None or not self.store.files_present():
            return None
        manifest = self._manifest.load()
        if not self._uploads.all_recorded(manifest):
            return None
        report = unchanged_report(root, manifest, started)
        if report is None:
            return None
        ids = all_ids(manifest)
        snapshot = self._snapshot if self._snapshot.digest == self._maker.digest(ids) else self._maker.load(ids)
        if snapshot is None:
            return None
        self._publish(snapshot, seen)
        self._built = True
        return dataclasses.replace(report, seconds=time.perf_counter() - started)

    def _ingest_full(self, root: Path, progress: Progress | None = None) -> IngestReport:
        self._knowledge_root = root
        if self.store.vanished():
            self.store.reset()
        report, fresh = Ingester(self.store, self._manifest, self._writer).run(root, progress)
        # Chroma's in-memory index is not needed to build the snapshot: freeing it first keeps the peak memory of a
        # big ingest to the larger of the two, not their sum. The next write opens (and checks) the store again.
        self.store.close()
        self._store_ready = False
        self._refresh(fresh)
        if self._maker.too_long:
            self._drop_too_long()
        self._built = True
        self._restore_uploads()
        return report

    def _drop_too_long(self) -> None:
        """Drop the uploads that hold passages over the hard maximum (stored before there was one): each leaves the
        index, and _restore_uploads reads it again from its original within today's limits, or quarantines it."""
        too_long, self._maker.too_long = self._maker.too_long, set()
        manifest = self._manifest.load()
        sources = manifest["sources"]
        drop: list[str] = []
        for key in [k for k, entry in sources.items() if k.startswith("upload:") and not too_long.isdisjoint(entry.get("ids", []))]:
            log.warning("%s holds passages over the maximum length; reading it again from its original", key)
            drop += sources.pop(key).get("ids", [])
        held = {pid for entry in sources.values() for pid in entry.get("ids", [])}
        self._manifest.save(manifest)
        self._writer.delete(sorted(set(drop) - held))
        self.store.close()
        self._refresh()

    def _ensure_store(self) -> None:
        """Before a write: the store open and agreeing with the manifest, rebuilt from the files when it is not."""
        if self._store_ready and not self.store.vanished():
            return
        resets = self.store.resets
        if self.store.vanished():
            self.store.reset()
        count = self.store.count()  # opening it: a corrupt local store is reset (and the manifest forgotten)
        if self.store.resets != resets or count != len(all_ids(self._manifest.load())):
            self._ingest_full(self._knowledge_root or Path(self.settings.knowledge_dir))
        self._store_ready = True

    def _write_or_rebuild(self, passages: list[Passage]) -> Fresh:
        """Write passages; if the local store was deleted under us, rebuild it from the files and write once more."""
        try:
            return self._writer.write(passages)
        except Exception:
            # Only a vanished store is rebuilt: a full or read-only disk must not cost us the good index we have.
            if not self.store.vanished():
                raise
        log.warning("the Chroma store was deleted while running; rebuilding it from the knowledge files and uploads")
        self.store.reset()
        self._ingest_full(self._knowledge_root or Path(self.settings.knowledge_dir))
        return self._writer.write(passages)

    # ---- uploads -------------------------------------------------------------------------------------------

    def add_upload(self, data: bytes, filename: str, owner: str = "") -> AddResult:
        """Read an uploaded document into passages visible to `owner` (shared when ""); refusals come back as error.

        The file is read in a separate process with time and memory limits, within the owner's quotas, before
        anything is written; a refused file leaves no trace.
        """
        with self._lock:
            result, fresh = self._add_upload(data, filename, owner)
            if fresh is not None:
                self._refresh(fresh)
            return result

    def upload_usage(self, owner: str = "") -> UploadUsage:
        """What the owner's uploads take up, against the quotas."""
        return self._uploads.usage(owner)

    def _add_upload(self, data: bytes, filename: str, owner: str, quota: bool = True) -> tuple[AddResult, Fresh | None]:
        pending = self._uploads.read(data, filename, owner, quota=quota)
        if isinstance(pending, AddResult):
            return pending, None
        try:
            self._ensure_store()
            fresh = self._uploads.save(pending, self._write_or_rebuild, self._writer.delete)
        except Exception as exc:  # noqa: BLE001 - disk and Chroma failures come in many types; none may reach the user raw
            log.warning("upload %r not saved: %r", pending.display, exc, exc_info=True)
            return AddResult(pending.display, 0, error=storage_error_zh(exc), retry=True), None
        usage = pending.usage.plus(len(data), len(pending.passages)) if pending.usage else None
        return AddResult(pending.display, len(pending.passages), usage=usage), fresh

    def _restore_uploads(self) -> None:
        """Re-add stored uploads missing from the index (after a rebuild or an embedder switch); one refresh.

        They were accepted once, so no quota applies, but the reading limits do: an upload that is refused now, or
        that the previous start died reading, is quarantined (uploads/quarantine/) and the index opens without it.
        """
        interrupted = self._uploads.interrupted()
        if interrupted is not None:
            self._uploads.quarantine(interrupted, "上次启动在读取该文件时中断（进程被终止或内存不足）。")
        fresh: Fresh = {}
        for record, data, filename, owner in self._uploads.missing():
            with self._uploads.restoring(record):
                result, written = self._add_upload(data, filename, owner, quota=False)
            if result.error and not result.retry:
                self._uploads.quarantine(record, result.error)
            fresh.update(written or {})
        if fresh:
            self._refresh(fresh)

    def reassign_owner(self, old: str, new: str) -> int:
        """Move every upload of `old` to `new` (the move from school names to school ids): same passages under the
        new owner, nothing read again, nothing left under the old one; returns how many uploads moved."""
        if old == new:
            return 0
        with self._lock:
            self.ensure_built()
            keys = [key for key, entry in self._manifest.load()["sources"].items()
                    if key.startswith("upload:") and entry.get("owner", "") == old]
            if not keys:
                return 0
            self._ensure_store()
            fresh: Fresh = {}
            for key in keys:
                fresh.update(self._uploads.reassign(key, new, self._stored, self._write_or_rebuild, self._writer.delete))
            self._refresh(fresh)
            return len(keys)

    def _stored(self, ids: list[str]) -> list[Passage]:
        """The passages of these ids, from the current snapshot where it has them, else from the store."""
        snap = self._snapshot
        found = {pid: snap.passages[row] for pid in ids if (row := snap.rows.get(pid)) is not None}
        missing = [pid for pid in ids if pid not in found]
        if missing:
            found.update((p.id, p) for p, _ in self.store.get(missing))
        return [found[pid] for pid in ids if pid in found]

    # ---- reading -------------------------------------------------------------------------------------------

    def _publish(self, snapshot: IndexSnapshot, seen: tuple | None) -> None:
        if isinstance(self.embedder, HashEmbedding):
            self.embedder.set_idf(snapshot.idf)  # for callers embedding queries themselves
        self._snapshot = snapshot
        self._manifest_seen = seen
        self._checked_at = time.monotonic()

    def _refresh(self, fresh: Fresh | None = None) -> None:
        """Publish the snapshot of exactly the manifest's passages (saved, incremental, or read from the store)."""
        with self._lock:
            seen = self._manifest.signature()  # taken first: a change while we read triggers another refresh
            resets = self.store.resets
            snapshot = self._maker.make(all_ids(self._manifest.load()), self._snapshot, fresh)
            if self.store.resets != resets:  # reading back found the store unreadable: it starts afresh
                self._ingest_full(self._knowledge_root or Path(self.settings.knowledge_dir))
                return
            self._publish(snapshot, seen)

    def _refresh_if_changed(self) -> None:
        """Refresh when another process (a second app instance) changed the manifest; stats it every few seconds."""
        now = time.monotonic()
        if now - self._checked_at < self.freshness_seconds:
            return
        self._checked_at = now
        if self._manifest.signature() == self._manifest_seen:
            return
        if not self._lock.acquire(blocking=False):
            return  # a writer of ours is at work and refreshes when done; meanwhile the current snapshot serves
        try:
            if self._manifest.signature() != self._manifest_seen:
                log.info("the manifest changed on disk; refreshing the index")
                self._refresh()
        finally:
            self._lock.release()

    def snapshot(self) -> IndexSnapshot:
        """The index as one consistent, immutable view: built on first use, refreshed after another process's change."""
        self.ensure_built()
        self._refresh_if_changed()
        return self._snapshot

    def passages(self, owner: str | None = None) -> list[Passage]:
        """Passages in id order: all of them (owner None), or those a school may see (shared plus its own)."""
        snap = self.snapshot()
        return list(snap.passages) if owner is None else Visibility(owner).filter(snap.passages)
