"""The knowledge index: passages in Chroma (vectors) plus an in-memory BM25, kept in sync incrementally by content hash."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import logging
import os
import re
import shutil
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import bm25s
import jieba
import numpy as np

from assistant.embedding import HashEmbedding, make_embedder
from assistant.errors import LoadError
from assistant.lexicon import Lexicon, Tokenizer, load_lexicon
from assistant.passages import Passage
from assistant.settings import Settings

log = logging.getLogger(__name__)

MANIFEST_VERSION = 1
BATCH = 128  # texts per embedder call
UPSERT_BATCH = 512  # passages per Chroma upsert: a call costs ~0.1 s whatever its size, so ingest pools files
DERIVED_VERSION = 1  # bump when tokens or hashed slots of a passage are computed differently
FRESHNESS_SECONDS = 2.0  # how often a search may stat the manifest for another process's changes
OVERFETCH = 3  # unfiltered vector query size, in multiples of the wanted hits, before dropping disallowed ones
_TOKEN_SEP, _DOC_SEP = "\x1f", "\x1e"  # never inside a token: jieba splits control characters off and we drop them
Progress = Callable[[int, int], None]


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


@dataclass(frozen=True)
class AddResult:
    """Outcome of one upload: passages added, or the Chinese reason it was refused (error) or skipped (message)."""

    filename: str
    added: int
    error: str | None = None
    message: str | None = None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_json_atomic(path: Path, data: dict) -> None:
    """Write JSON so that readers see the old or the new file, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write bytes via a temp file in the same dir; the temp file never outlives a failure (full disk)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _display_name(filename: str) -> str:
    """The name shown for an upload: the last path part, without control or format characters, never "." or ".."."""
    visible = "".join(ch for ch in filename or "" if not unicodedata.category(ch).startswith("C"))
    name = visible.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name if name not in ("", ".", "..") else "未命名文件"


def _storage_error_zh(exc: BaseException) -> str:
    """Chinese reason an upload could not be saved, from the OS or Chroma error behind it."""
    number = getattr(exc, "errno", None)
    text = str(exc).lower()
    if number in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text or "no space" in text:
        return "磁盘空间已满，文件未能保存。请清理磁盘空间后重新上传。"
    if number in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return "数据目录是只读的（或没有写入权限），文件未能保存。请联系管理员检查数据目录的权限。"
    return "保存文件时出错，文件未能添加到资料库。请稍后重试，如仍失败请联系管理员。"


def _plan_count(passages: list[Passage]) -> int:
    return len({(p.source, p.title) for p in passages if p.kind == "plan"})


def _str_array(values) -> np.ndarray:
    return np.array(list(values), dtype=str) if values else np.zeros(0, dtype="<U1")


@dataclass(frozen=True, eq=False)
class IndexSnapshot:
    """Everything a search reads, built together and published by one assignment: never half old, half new."""

    passages: tuple[Passage, ...] = ()
    rows: Mapping[str, int] = field(default_factory=dict)  # passage id -> row
    owners: np.ndarray = field(default_factory=lambda: _str_array(()))  # owner per row
    kinds: np.ndarray = field(default_factory=lambda: _str_array(()))  # kind per row
    laws: frozenset[str] = frozenset()  # short law names present
    article_rows: Mapping[str, tuple[int, ...]] = field(default_factory=dict)  # "第十一条" -> rows of that article
    bm25: bm25s.BM25 | None = None
    idf: np.ndarray | None = None  # query idf of the hash embedder over exactly these passages
    digest: str = ""  # of the sorted ids: equal digests mean equal contents

    @classmethod
    def of(cls, passages: list[Passage], bm25: bm25s.BM25 | None, idf: np.ndarray | None, digest: str) -> "IndexSnapshot":
        """A snapshot of passages sorted by id, with their lookup tables."""
        articles: dict[str, list[int]] = {}
        for i, p in enumerate(passages):
            if p.article:
                articles.setdefault(p.article, []).append(i)
        return cls(
            passages=tuple(passages),
            rows={p.id: i for i, p in enumerate(passages)},
            owners=_str_array(p.owner for p in passages),
            kinds=_str_array(p.kind for p in passages),
            laws=frozenset(p.law for p in passages if p.law),
            article_rows={a: tuple(rows) for a, rows in articles.items()},
            bm25=bm25,
            idf=idf,
            digest=digest,
        )

    def allowed(self, owner: str | None, kinds: tuple[str, ...] | None = None) -> np.ndarray:
        """Rows the caller may see: shared passages plus the owner's own, optionally only some kinds."""
        mask = self.owners == ""
        if owner:
            mask = mask | (self.owners == owner)
        if kinds:
            mask = mask & np.isin(self.kinds, list(kinds))
        return mask

    def where_mask(self, where: dict | None) -> np.ndarray | None:
        """Rows a Chroma `where` filter on owner/kind admits; None for a filter this cannot evaluate."""
        if not where:
            return np.ones(len(self.passages), dtype=bool)
        if len(where) > 1:  # several fields side by side: Chroma reads them as $and
            return self.where_mask({"$and": [{k: v} for k, v in where.items()]})
        key, cond = next(iter(where.items()))
        if key in ("$and", "$or"):
            masks = [self.where_mask(c) for c in cond] if isinstance(cond, list) and cond else [None]
            if any(m is None for m in masks):
                return None
            return np.logical_and.reduce(masks) if key == "$and" else np.logical_or.reduce(masks)
        column = {"owner": self.owners, "kind": self.kinds}.get(key)
        if column is None:
            return None
        op, value = next(iter(cond.items())) if isinstance(cond, dict) and len(cond) == 1 else ("$eq", cond)
        values = value if op in ("$in", "$nin") and isinstance(value, list) else [value]
        if not all(isinstance(v, str) for v in values):
            return None
        if op in ("$eq", "$in"):
            return np.isin(column, values)
        if op in ("$ne", "$nin"):
            return ~np.isin(column, values)
        return None

    def bm25_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every row for a token list."""
        if self.bm25 is None or not tokens:
            return np.zeros(len(self.passages), dtype=np.float32)
        return np.asarray(self.bm25.get_scores(tokens), dtype=np.float32)


def _ids_digest(ids: list[str], key: str) -> str:
    return hashlib.sha256(("\n".join([key, *ids])).encode("utf-8")).hexdigest()


class KnowledgeIndex:
    """Passages of the shipped knowledge and of uploads; one instance per process."""

    def __init__(self, settings: Settings, embedder=None, lexicon: Lexicon | None = None):
        self.settings = settings
        self.embedder = embedder if embedder is not None else make_embedder(settings)
        self.lexicon = lexicon or load_lexicon()
        self.tokenizer: Tokenizer = self.lexicon.tokenizer()
        suffix = getattr(self.embedder, "collection_suffix", "") or self.embedder.name()
        self.collection_name = f"passages__{suffix}"[:63]
        self._client = None
        self._collection = None
        self._snapshot = IndexSnapshot()  # replaced whole, never mutated: searches read it without a lock
        self._lock = threading.RLock()  # writers and reloads; searches never wait for it
        self._derived_key = self._derived_cache_key()
        self.freshness_seconds = FRESHNESS_SECONDS
        self._manifest_seen: tuple | None = None  # manifest stat behind the current snapshot
        self._checked_at = 0.0
        self._built = False
        self._knowledge_root: Path | None = None  # what the last ingest read: a rebuild re-reads the same
        self._store_identity: tuple[int, int] | None = None  # (device, inode) of the Chroma database we opened

    # ---- storage -------------------------------------------------------------------------------------------

    @property
    def manifest_path(self) -> Path:
        return self.settings.index_dir / f"manifest__{self.collection_name}.json"

    @property
    def _derived_path(self) -> Path:
        """Per-passage BM25 tokens and hashed slots, so a restart does not re-tokenise unchanged passages."""
        return self.settings.index_dir / f"derived__{self.collection_name}.npz"

    @property
    def _bm25_dir(self) -> Path:
        return self.settings.index_dir / f"bm25__{self.collection_name}"

    def _derived_cache_key(self) -> str:
        """What the cached tokens and slots depend on: lexicon, tokenizer, embedder features."""
        lex = self.lexicon
        parts = (
            DERIVED_VERSION,
            getattr(jieba, "__version__", ""),
            lex.words,
            lex.synonyms,
            sorted(lex.stopwords),
            self.embedder.get_config() if isinstance(self.embedder, HashEmbedding) else None,
        )
        return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:32]

    def _chroma_settings(self):
        from chromadb.config import Settings as ChromaSettings

        return ChromaSettings(anonymized_telemetry=False, allow_reset=True)

    def _open_client(self):
        import chromadb

        if self.settings.chroma_url:
            from urllib.parse import urlparse

            url = urlparse(self.settings.chroma_url)
            return chromadb.HttpClient(
                host=url.hostname or "localhost",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=self._chroma_settings(),
            )
        self.settings.index_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(self.settings.index_dir / "chroma"), settings=self._chroma_settings())

    def _open_collection(self):
        return self._client.get_or_create_collection(
            self.collection_name,
            embedding_function=self.embedder,
            metadata={"hnsw:space": "cosine"},
        )

    @property
    def collection(self):
        """The Chroma collection, opened on first use; a corrupt or vanished local store is moved aside and rebuilt."""
        if self._collection is None:
            try:
                self._client = self._client or self._open_client()
                self._collection = self._open_collection()
                self._collection.count()
                if self._database_identity() is None and not self.settings.chroma_url:
                    # Chroma caches one client per path for the whole process: after its files were deleted it
                    # hands back a handle to the unlinked database, which still reads but refuses every write.
                    raise RuntimeError("the Chroma database file is gone under a cached client")
                self._store_identity = self._database_identity()
            except Exception as exc:
                if self.settings.chroma_url:
                    raise
                log.warning("Chroma store unreadable (%s); rebuilding it from the knowledge files", exc)
                self._reset_local_store()
        return self._collection

    def _database_identity(self) -> tuple[int, int] | None:
        """(device, inode) of the local Chroma database file, or None when it does not exist."""
        try:
            st = (self.settings.index_dir / "chroma" / "chroma.sqlite3").stat()
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def _store_vanished(self) -> bool:
        """True when the local Chroma files we write through were deleted or replaced while we ran."""
        if self.settings.chroma_url or self._collection is None:
            return False
        current = self._database_identity()
        return current is None or (self._store_identity is not None and current != self._store_identity)

    def _reset_local_store(self) -> None:
        """Move the unreadable Chroma dir aside, forget the manifest, and open a fresh store."""
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        chroma_dir = self.settings.index_dir / "chroma"
        if chroma_dir.exists():
            aside = self.settings.index_dir / f"chroma.corrupt-{int(time.time())}"
            shutil.move(str(chroma_dir), str(aside))
        self.manifest_path.unlink(missing_ok=True)
        self._client = self._open_client()
        self._collection = self._open_collection()
        self._store_identity = self._database_identity()

    def _load_manifest(self) -> dict:
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
            if data.get("version") == MANIFEST_VERSION and data.get("collection") == self.collection_name:
                return data
        except (OSError, ValueError):
            pass
        return {"version": MANIFEST_VERSION, "collection": self.collection_name, "sources": {}}

    # ---- writing -------------------------------------------------------------------------------------------

    def _embed(self, texts: list[str], progress: Progress | None, done: int, total: int) -> list:
        vectors = []
        for i in range(0, len(texts), BATCH):
            vectors.extend(self.embedder(texts[i : i + BATCH]))
            if progress:
                progress(done + min(i + BATCH, len(texts)), total)
        return vectors

    def _write(self, passages: list[Passage], progress: Progress | None = None, done: int = 0, total: int = 0) -> None:
        if not passages:
            return
        # One call per ingest flush where Chroma allows it; bounded so that vectors of a huge file never pile up.
        size = 4 * UPSERT_BATCH
        self.collection  # noqa: B018 - opens the client whose batch limit we ask for
        try:
            size = min(size, int(self._client.get_max_batch_size()))
        except Exception:  # noqa: BLE001 - older clients or a remote without the endpoint: keep our bound
            pass
        for i in range(0, len(passages), size):
            chunk = passages[i : i + size]
            vectors = self._embed([p.text for p in chunk], progress, done + i, total or len(passages))
            self.collection.upsert(
                ids=[p.id for p in chunk],
                documents=[p.text for p in chunk],
                metadatas=[p.metadata() for p in chunk],
                embeddings=[np.asarray(v, dtype=np.float32) for v in vectors],
            )

    def _write_or_rebuild(self, passages: list[Passage]) -> None:
        """Write passages; if the local store was deleted under us, rebuild it from the files and write once more."""
        try:
            self._write(passages)
            return
        except Exception:
            # Only a vanished store is rebuilt: a full or read-only disk must not cost us the good index we have.
            if not self._store_vanished():
                raise
        log.warning("the Chroma store was deleted while running; rebuilding it from the knowledge files and uploads")
        self._reset_local_store()
        self.ingest(self._knowledge_root)
        self._write(passages)

    def _delete(self, ids: list[str]) -> None:
        for i in range(0, len(ids), 500):
            self.collection.delete(ids=ids[i : i + 500])

    @staticmethod
    def _unique(passages: list[Passage]) -> list[Passage]:
        seen: set[str] = set()
        out = []
        for p in passages:
            if p.id not in seen and p.text.strip():
                seen.add(p.id)
                out.append(p)
        return out

    def ingest(self, knowledge_dir: Path | None = None, progress: Progress | None = None) -> IngestReport:
        """Bring the index in line with the knowledge files: unchanged files are skipped, changed ones replaced."""
        with self._lock:
            return self._ingest(knowledge_dir, progress)

    def _ingest(self, knowledge_dir: Path | None, progress: Progress | None) -> IngestReport:
        from assistant import knowledge

        started = time.perf_counter()
        root = Path(knowledge_dir or self.settings.knowledge_dir)
        self._knowledge_root = root
        self.collection  # opening first: a corrupt store is reset (and its manifest dropped) before we read it
        manifest = self._load_manifest()
        sources: dict = manifest["sources"]
        files = knowledge.iter_knowledge_files(root)
        self._check_consistency(sources)
        seen_keys: set[str] = set()
        pending: list[tuple[str, str, list[Passage]]] = []
        unchanged = plans = 0
        for path in files:
            key = "knowledge:" + path.relative_to(root).as_posix()
            seen_keys.add(key)
            digest = _sha256(path.read_bytes())
            entry = sources.get(key)
            if entry and entry.get("hash") == digest:
                unchanged += 1
                plans += int(entry.get("plans", 0))
                continue
            try:
                loaded = self._unique(knowledge.load_file(path, root))
            except LoadError as exc:
                log.warning("skipping %s: %s", path, exc.message)
                loaded = []
            plans += _plan_count(loaded)
            pending.append((key, digest, loaded))

        removed = 0
        stale = [k for k in sources if k.startswith("knowledge:") and k not in seen_keys]
        for key in stale:
            ids = sources.pop(key).get("ids", [])
            self._delete(ids)
            removed += len(ids)

        total_new = sum(len(p) for _, _, p in pending)
        added = done = 0
        # New passages of several files go to Chroma together; a file's manifest entry is recorded only once its
        # passages are committed, so an interrupted ingest leaves a manifest that the next one trusts and resumes.
        buffer: list[Passage] = []
        waiting: list[tuple[str, dict]] = []

        def flush() -> None:
            nonlocal done
            self._write(buffer, progress, done, total_new)
            done += len(buffer)
            for waiting_key, entry in waiting:
                sources[waiting_key] = entry
            _write_json_atomic(self.manifest_path, manifest)
            buffer.clear()
            waiting.clear()

        for key, digest, loaded in pending:
            old_ids = set(sources.get(key, {}).get("ids", []))
            new_ids = [p.id for p in loaded]
            gone = sorted(old_ids - set(new_ids))
            fresh = [p for p in loaded if p.id not in old_ids]
            if gone:
                # Until its new passages are committed the file stays listed with what survives, under no hash,
                # so that an interrupted ingest reads it again.
                sources[key] = {"hash": "", "ids": sorted(old_ids - set(gone)), "plans": 0}
                self._delete(gone)
            removed += len(gone)
            added += len(fresh)
            buffer.extend(fresh)
            waiting.append((key, {"hash": digest, "ids": new_ids, "plans": _plan_count(loaded)}))
            if len(buffer) >= UPSERT_BATCH:
                flush()
        if buffer or waiting or stale or not self.manifest_path.exists():
            flush()
        if added or removed or self._snapshot.bm25 is None:
            self._reload()
        self._built = True
        self._restore_uploads()
        count = sum(len(v.get("ids", [])) for k, v in sources.items() if k.startswith("knowledge:"))
        return IngestReport(
            files=len(files),
            plans=plans,
            passages=count,
            added=added,
            removed=removed,
            unchanged=unchanged,
            seconds=time.perf_counter() - started,
        )

    def _check_consistency(self, sources: dict) -> None:
        """If Chroma and the manifest disagree (store wiped or half-written), start the collection afresh."""
        expected = {pid for entry in sources.values() for pid in entry.get("ids", [])}
        count = self.collection.count()
        if count == len(expected):
            return
        if count > len(expected):
            actual = self._all_ids()
            if expected <= actual:
                # An ingest stopped after an upsert and before the manifest recorded it: drop just the orphans.
                log.warning("removing %d passages no manifest entry holds", len(actual - expected))
                self._delete(sorted(actual - expected))
                return
        log.warning("index and manifest disagree; rebuilding collection %s", self.collection_name)
        # Empty it in place rather than drop and recreate the collection: cheaper, and no name reuse in Chroma.
        while True:
            ids = self.collection.get(limit=1000, include=[])["ids"]
            if not ids:
                break
            self.collection.delete(ids=ids)
        sources.clear()

    def _all_ids(self) -> set[str]:
        ids: set[str] = set()
        offset = 0
        while True:
            got = self.collection.get(include=[], limit=5000, offset=offset)["ids"]
            ids.update(got)
            if len(got) < 5000:
                return ids
            offset += len(got)

    def ensure_built(self) -> None:
        """Build or refresh the index once per process (incremental, so cheap when nothing changed)."""
        if self._built:
            return
        with self._lock:
            if not self._built:
                self.ingest()

    # ---- uploads -------------------------------------------------------------------------------------------

    def _upload_record_path(self, owner: str, digest: str) -> Path:
        record = hashlib.sha1(f"{owner}\x1f{digest}".encode("utf-8")).hexdigest()[:24]
        return self.settings.uploads_dir / f"{record}.json"

    def add_upload(self, data: bytes, filename: str, owner: str = "") -> AddResult:
        """Read an uploaded document into passages visible to `owner` (shared when ""); refusals come back as error."""
        with self._lock:
            return self._add_upload(data, filename, owner)

    def _add_upload(self, data: bytes, filename: str, owner: str) -> AddResult:
        from assistant import knowledge

        display = _display_name(filename)
        digest = _sha256(data)
        manifest = self._load_manifest()
        key = f"upload:{owner}:{digest}"
        if key in manifest["sources"]:
            first = manifest["sources"][key].get("filename", display)
            return AddResult(display, 0, message=f"内容与已上传的《{first}》相同，未重复添加。")
        try:
            loaded = knowledge.load_upload(data, display, owner=owner, limit_bytes=self.settings.upload_limit_bytes)
        except LoadError as exc:
            return AddResult(display, 0, error=exc.message)
        loaded = self._unique(loaded)
        if not loaded:
            return AddResult(display, 0, error="文件中没有可用的文字内容。")
        try:
            self._store_upload(data, digest, display, owner, loaded)
        except Exception as exc:  # noqa: BLE001 - disk and Chroma failures come in many types; none may reach the user raw
            log.warning("upload %r not saved: %r", display, exc, exc_info=True)
            return AddResult(display, 0, error=_storage_error_zh(exc))
        self._reload()
        return AddResult(display, len(loaded))

    def _store_upload(self, data: bytes, digest: str, display: str, owner: str, loaded: list[Passage]) -> None:
        """Save the original, its passages, its record and manifest entry; on failure undo what was done and raise."""
        key = f"upload:{owner}:{digest}"
        record_path = self._upload_record_path(owner, digest)
        record_existed = record_path.exists()
        # Keep the original bytes under a generated name: the user's file name is never used as a path.
        blob = self.settings.uploads_dir / f"{digest[:40]}.bin"
        blob_created = False
        ids = [p.id for p in loaded]
        # Ids that other sources already hold (same text, name and owner) must survive a rollback.
        held = {pid for entry in self._load_manifest()["sources"].values() for pid in entry.get("ids", [])}
        wrote = False
        try:
            self.settings.uploads_dir.mkdir(parents=True, exist_ok=True)
            if not blob.exists():
                _write_bytes_atomic(blob, data)
                blob_created = True
            wrote = True  # before the write: a failed upsert may have stored part of a batch
            # Written before the record, so that a rebuild during this write does not restore this upload too.
            self._write_or_rebuild(loaded)
            manifest = self._load_manifest()  # re-read: a rebuild rewrote it
            manifest["sources"][key] = {"hash": digest, "ids": ids, "filename": display, "owner": owner}
            _write_json_atomic(record_path, {"filename": display, "owner": owner, "sha256": digest, "blob": blob.name})
            _write_json_atomic(self.manifest_path, manifest)
        except BaseException:
            self._undo_upload(
                [pid for pid in ids if pid not in held] if wrote else [],
                record_path if not record_existed else None,
                blob if blob_created else None,
            )
            raise

    def _undo_upload(self, ids: list[str], record_path: Path | None, blob: Path | None) -> None:
        """Best-effort rollback of a failed upload: its passages, its record and its stored original."""
        try:
            self._delete(ids)
        except Exception as exc:  # noqa: BLE001 - the store is already failing; a mismatch is repaired at next start
            log.warning("could not remove the passages of a failed upload: %r", exc)
        for path in (record_path, blob):
            if path is not None:
                try:
                    path.unlink(missing_ok=True)
                except OSError as exc:
                    log.warning("could not remove %s after a failed upload: %r", path.name, exc)

    def _restore_uploads(self) -> None:
        """Re-add stored uploads missing from the index (after a rebuild or an embedder switch)."""
        if not self.settings.uploads_dir.exists():
            return
        manifest = self._load_manifest()
        restored = False
        for record_path in sorted(self.settings.uploads_dir.glob("*.json")):
            try:
                record = json.loads(record_path.read_text(encoding="utf-8"))
                key = f"upload:{record['owner']}:{record['sha256']}"
                if key in manifest["sources"]:
                    continue
                data = (self.settings.uploads_dir / Path(record["blob"]).name).read_bytes()
            except (OSError, ValueError, KeyError) as exc:
                log.warning("skipping unreadable upload record %s: %s", record_path.name, exc)
                continue
            result = self.add_upload(data, record["filename"], owner=record["owner"])
            restored = restored or result.added > 0
            manifest = self._load_manifest()
        if restored:
            self._reload()

    # ---- reading -------------------------------------------------------------------------------------------

    def _reload(self) -> None:
        """Read all passages back from Chroma, derive BM25 and the query idf, and publish them as one snapshot."""
        with self._lock:
            seen = self._manifest_signature()  # taken first: a change while we read triggers another reload
            passages: list[Passage] = []
            total = self.collection.count()
            for offset in range(0, total, 1000):
                got = self.collection.get(include=["documents", "metadatas"], limit=1000, offset=offset)
                for doc, meta in zip(got["documents"], got["metadatas"]):
                    passages.append(Passage.from_metadata(doc, meta or {}))
            passages.sort(key=lambda p: p.id)
            snapshot = self._build_snapshot(passages)
            if isinstance(self.embedder, HashEmbedding):
                self.embedder.set_idf(snapshot.idf)  # for callers embedding queries themselves
            self._snapshot = snapshot
            self._manifest_seen = seen
            self._checked_at = time.monotonic()

    def _build_snapshot(self, passages: list[Passage]) -> IndexSnapshot:
        """Tokens and hashed slots come from the on-disk cache where it has them; only new passages are computed."""
        ids = [p.id for p in passages]
        digest = _ids_digest(ids, self._derived_key)
        hashing = self.embedder if isinstance(self.embedder, HashEmbedding) else None
        cached = self._load_derived()
        tokens: list[list[str]] = []
        slots: list[np.ndarray] = []
        computed = 0
        for p in passages:
            hit = cached.get(p.id)
            if hit is None or (hashing is not None and hit[1] is None):
                computed += 1
                toks = [t for t in self.tokenizer.tokens(self._bm25_text(p)) if _TOKEN_SEP not in t and _DOC_SEP not in t]
                hit = (toks or ["\u2205"], hashing.slot_set(p.text) if hashing is not None else None)
            tokens.append(hit[0])
            if hashing is not None:
                slots.append(hit[1])
        if computed or len(cached) != len(passages):
            self._save_derived(ids, tokens, slots if hashing is not None else None)
        bm25 = self._load_bm25(digest) if passages else None
        if bm25 is None and passages:
            bm25 = bm25s.BM25()
            bm25.index(tokens, show_progress=False)
            self._save_bm25(bm25, digest)
        idf = None
        if hashing is not None:
            df = np.bincount(np.concatenate(slots), minlength=hashing.dim) if slots else np.zeros(hashing.dim)
            idf = hashing.idf_from_counts(df[: hashing.dim], len(passages))
        return IndexSnapshot.of(passages, bm25, idf, digest)

    def _load_derived(self) -> dict[str, tuple[list[str], np.ndarray | None]]:
        """id -> (BM25 tokens, hashed slots or None) from the cache file; empty when missing, stale or unreadable."""
        try:
            with np.load(self._derived_path, allow_pickle=False) as data:
                if str(data["key"]) != self._derived_key:
                    return {}
                ids = [str(x) for x in data["ids"]]
                docs = bytes(data["tokens"]).decode("utf-8").split(_DOC_SEP) if ids else []
                slots, offsets = data["slots"], data["offsets"]
                has_slots = bool(data["has_slots"])
        except (OSError, ValueError, KeyError, UnicodeDecodeError):
            return {}
        if len(docs) != len(ids) or (has_slots and len(offsets) != len(ids) + 1):
            return {}
        return {
            pid: (doc.split(_TOKEN_SEP), slots[offsets[i] : offsets[i + 1]] if has_slots else None)
            for i, (pid, doc) in enumerate(zip(ids, docs))
        }

    def _save_derived(self, ids: list[str], tokens: list[list[str]], slots: list[np.ndarray] | None) -> None:
        """Write the cache atomically; a failure only costs the next start some time."""
        offsets = np.zeros(len(ids) + 1, dtype=np.int64)
        if slots:
            np.cumsum([len(s) for s in slots], out=offsets[1:])
        buf = io.BytesIO()
        np.savez(
            buf,
            key=np.array(self._derived_key),
            ids=_str_array(ids),
            tokens=np.frombuffer(_DOC_SEP.join(_TOKEN_SEP.join(t) for t in tokens).encode("utf-8"), dtype=np.uint8),
            slots=np.concatenate(slots).astype(np.int32) if slots else np.zeros(0, dtype=np.int32),
            offsets=offsets,
            has_slots=np.array(slots is not None),
        )
        try:
            self.settings.index_dir.mkdir(parents=True, exist_ok=True)
            _write_bytes_atomic(self._derived_path, buf.getvalue())
        except OSError as exc:
            log.warning("could not write the token cache: %r", exc)

    def _load_bm25(self, digest: str) -> bm25s.BM25 | None:
        """The saved BM25 index when it was built from exactly these passages."""
        try:
            if (self._bm25_dir / "digest.txt").read_text(encoding="utf-8") != digest:
                return None
            return bm25s.BM25.load(str(self._bm25_dir), show_progress=False)
        except Exception as exc:  # noqa: BLE001 - a damaged cache is rebuilt, never fatal
            if not isinstance(exc, OSError):
                log.warning("ignoring unreadable BM25 cache: %r", exc)
            return None

    def _save_bm25(self, bm25: bm25s.BM25, digest: str) -> None:
        """Save into a fresh dir and swap it in; readers check the digest inside, so a torn swap is only a miss."""
        tmp = Path(tempfile.mkdtemp(prefix=self._bm25_dir.name, suffix=".tmp", dir=self.settings.index_dir))
        old = self._bm25_dir.with_name(tmp.name + ".old")
        try:
            bm25.save(str(tmp), show_progress=False)
            (tmp / "digest.txt").write_text(digest, encoding="utf-8")
            if self._bm25_dir.exists():
                os.replace(self._bm25_dir, old)
            os.replace(tmp, self._bm25_dir)
        except OSError as exc:
            log.warning("could not save the BM25 index: %r", exc)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            shutil.rmtree(old, ignore_errors=True)

    @staticmethod
    def _bm25_text(p: Passage) -> str:
        # Headings carry the topic words ("女职工工作") that body sentences often omit.
        last = re.split(r"\s*>\s*", p.section)[-1] if p.section else ""
        return f"{last}\n{p.text}" if last and last not in p.text else p.text

    def _manifest_signature(self) -> tuple | None:
        try:
            st = self.manifest_path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def _refresh_if_changed(self) -> None:
        """Reload when another process (a second app instance) changed the manifest; stats it every few seconds."""
        now = time.monotonic()
        if now - self._checked_at < self.freshness_seconds:
            return
        self._checked_at = now
        if self._manifest_signature() == self._manifest_seen:
            return
        if not self._lock.acquire(blocking=False):
            return  # a writer of ours is at work and reloads when done; meanwhile the current snapshot serves
        try:
            if self._manifest_signature() != self._manifest_seen:
                log.info("the manifest changed on disk; reloading the index")
                self._reload()
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
        if owner is None:
            return list(snap.passages)
        return [p for p in snap.passages if p.owner in ("", owner)]

    def bm25_scores(self, tokens: list[str], snapshot: IndexSnapshot | None = None) -> np.ndarray:
        """BM25 score of every passage (aligned with passages(), or with the given snapshot) for a token list."""
        return (snapshot or self.snapshot()).bm25_scores(tokens)

    def _query(self, vector: np.ndarray, n: int, where: dict | None) -> list[tuple[str, float]]:
        res = self.collection.query(query_embeddings=[vector], n_results=max(1, n), where=where, include=["distances"])
        return [(pid, 1.0 - float(dist)) for pid, dist in zip(res["ids"][0], res["distances"][0])]

    def vector_search(
        self, query: str, n: int, where: dict | None, snapshot: IndexSnapshot | None = None
    ) -> list[tuple[str, float]]:
        """(passage id, cosine similarity) of the nearest passages of the snapshot that satisfy the `where` filter.

        Chroma's filtered search is an order of magnitude slower than a plain one, so the filter is applied here
        when it can be: no filter when it admits everything, else an over-fetched plain query with the disallowed
        ids dropped; Chroma filters only when too few allowed hits survive.
        """
        snap = snapshot or self.snapshot()
        total = len(snap.passages)
        if not total or n <= 0:
            return []
        if isinstance(self.embedder, HashEmbedding):
            vector = self.embedder.embed_query([query], idf=snap.idf)[0]
        else:
            vector = self.embedder.embed_query([query])[0]
        vector = np.asarray(vector, dtype=np.float32)
        mask = snap.where_mask(where)
        if mask is None:  # a filter we cannot evaluate here: Chroma applies it
            return [hit for hit in self._query(vector, min(n, total), where) if hit[0] in snap.rows]
        allowed = int(mask.sum())
        want = min(n, allowed)
        if not want:
            return []

        def visible(found: list[tuple[str, float]]) -> list[tuple[str, float]]:
            # Ids outside the snapshot (another process's new upload) are dropped too: their owner is unknown here.
            return [hit for hit in found if (row := snap.rows.get(hit[0])) is not None and mask[row]][:want]

        if allowed == total:
            return visible(self._query(vector, want, None))
        if allowed * 2 >= total:
            kept = visible(self._query(vector, min(total, OVERFETCH * want), None))
            if len(kept) >= want:
                return kept
        return visible(self._query(vector, want, where))
