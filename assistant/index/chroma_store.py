"""Chroma, the store of record: passages with their vectors, written by ingest and uploads, read back only when a
snapshot has to be rebuilt. This is the only module that imports chromadb, and it does so lazily, inside the
methods that need it: importing chromadb costs about a second and a few hundred megabytes, and a process that
only searches an up-to-date index (the CLI `search`, an app start) never needs it.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable, Iterator
from urllib.parse import urlparse

import numpy as np

from assistant.domain.passages import Passage
from assistant.settings import Settings

log = logging.getLogger(__name__)

GET_BATCH = 1000  # records per `get` call when reading back
DELETE_BATCH = 500


class ChromaStore:
    """One Chroma collection (local files under index_dir/chroma, or a server at settings.chroma_url)."""

    def __init__(self, settings: Settings, name: str, on_reset: Callable[[], None]):
        self.settings = settings
        self.name = name
        self._on_reset = on_reset  # the caller forgets what it recorded about the old store
        self._client = None
        self._collection = None
        self._identity: tuple[int, int] | None = None  # (device, inode) of the database file we opened
        self.resets = 0  # how often the local store was found unreadable and started afresh

    # ---- opening -------------------------------------------------------------------------------------------

    @property
    def remote(self) -> bool:
        return bool(self.settings.chroma_url)

    @property
    def _path(self):
        return self.settings.index_dir / "chroma"

    def files_present(self) -> bool:
        """Whether the local database file exists (a remote store is assumed present); a stat, no Chroma open."""
        return self.remote or (self._path / "chroma.sqlite3").exists()

    def _settings(self):
        from chromadb.config import Settings as ChromaSettings  # noqa: PLC0415 - deferred: see the module docstring

        return ChromaSettings(anonymized_telemetry=False)

    def _open_client(self):
        import chromadb  # noqa: PLC0415 - deferred: see the module docstring

        if self.remote:
            url = urlparse(self.settings.chroma_url)
            return chromadb.HttpClient(
                host=url.hostname or "localhost",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=self._settings(),
            )
        self.settings.index_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(self._path), settings=self._settings())

    def _open_collection(self):
        from chromadb.api.types import Schema, VectorIndexConfig  # noqa: PLC0415 - deferred: see the module docstring

        # We always hand Chroma our own vectors. embedding_function=None plus a schema whose vector index has no
        # embedding function means Chroma never falls back to its default one (which would download a model): a
        # write without vectors fails instead. (With embedding_function=None alone, chromadb 1.5 still records
        # its default function in the collection schema and would use it for such a write.)
        schema = Schema().create_index(VectorIndexConfig(space="cosine", embedding_function=None))
        return self._client.get_or_create_collection(self.name, schema=schema, embedding_function=None)

    @property
    def collection(self):
        """The Chroma collection, opened on first use; a corrupt or vanished local store is moved aside and reset."""
        if self._collection is None:
            try:
                self._client = self._client or self._open_client()
                self._collection = self._open_collection()
                self._collection.count()
                if not self.remote and self._database_identity() is None:
                    # Chroma caches one client per path for the whole process: after its files were deleted it
                    # hands back a handle to the unlinked database, which still reads but refuses every write.
                    raise RuntimeError("the Chroma database file is gone under a cached client")
                self._identity = self._database_identity()
            except Exception as exc:
                if self.remote:
                    raise
                log.warning("Chroma store unreadable (%s); starting it afresh", exc)
                self.reset()
        return self._collection

    def _database_identity(self) -> tuple[int, int] | None:
        """(device, inode) of the local Chroma database file, or None when it does not exist."""
        try:
            st = (self._path / "chroma.sqlite3").stat()
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def vanished(self) -> bool:
        """True when the local files we write through were deleted or replaced while we ran."""
        if self.remote or self._collection is None:
            return False
        current = self._database_identity()
        return current is None or (self._identity is not None and current != self._identity)

    def reset(self) -> None:
        """Move the local store aside (kept for inspection), tell the owner, and open an empty one."""
        from chromadb.api.shared_system_client import SharedSystemClient  # noqa: PLC0415 - deferred: see the module docstring

        SharedSystemClient.clear_system_cache()
        if self._path.exists():
            aside = self.settings.index_dir / f"chroma.corrupt-{int(time.time())}"
            shutil.move(str(self._path), str(aside))
        self.resets += 1
        self._on_reset()
        self._client = self._open_client()
        self._collection = self._open_collection()
        self._identity = self._database_identity()

    def close(self) -> None:
        """Release the client: with the last one for its path, Chroma frees its in-memory index (10,000 plans:
        about 300 MB). The next use opens it again."""
        client, self._client, self._collection = self._client, None, None
        if client is not None and hasattr(client, "close"):
            try:
                client.close()
            except Exception as exc:  # noqa: BLE001 - closing is best effort; the files are consistent anyway
                log.warning("could not close the Chroma client: %r", exc)

    # ---- records -------------------------------------------------------------------------------------------

    def max_batch_size(self, wanted: int) -> int:
        """`wanted`, or less when the client limits a call's size."""
        self.collection  # noqa: B018 - opens the client we ask
        try:
            return min(wanted, int(self._client.get_max_batch_size()))
        except Exception:  # noqa: BLE001 - older clients or a remote without the endpoint: keep ours
            return wanted

    def count(self) -> int:
        return self.collection.count()

    def upsert(self, passages: list[Passage], vectors: list[np.ndarray]) -> None:
        self.collection.upsert(
            ids=[p.id for p in passages],
            documents=[p.text for p in passages],
            metadatas=[p.metadata() for p in passages],
            embeddings=[np.asarray(v, dtype=np.float32) for v in vectors],
        )

    def delete(self, ids: list[str]) -> None:
        for i in range(0, len(ids), DELETE_BATCH):
            self.collection.delete(ids=ids[i : i + DELETE_BATCH])

    def all_ids(self) -> set[str]:
        ids: set[str] = set()
        offset = 0
        while True:
            got = self.collection.get(include=[], limit=5 * GET_BATCH, offset=offset)["ids"]
            ids.update(got)
            if len(got) < 5 * GET_BATCH:
                return ids
            offset += len(got)

    def clear(self) -> None:
        """Delete every record, keeping the collection (cheaper than dropping it, and no name reuse in Chroma)."""
        while True:
            ids = self.collection.get(limit=GET_BATCH, include=[])["ids"]
            if not ids:
                return
            self.collection.delete(ids=ids)

    def get(self, ids: list[str], embeddings: bool = False) -> Iterator[tuple[Passage, np.ndarray | None]]:
        """(passage, vector or None) of the given ids that the store holds, in no particular order."""
        include = ["documents", "metadatas", "embeddings"] if embeddings else ["documents", "metadatas"]
        for i in range(0, len(ids), GET_BATCH):
            got = self.collection.get(ids=ids[i : i + GET_BATCH], include=include)
            vectors = got.get("embeddings") if embeddings else None
            for j, (doc, meta) in enumerate(zip(got["documents"], got["metadatas"])):
                vector = np.asarray(vectors[j], dtype=np.float32) if vectors is not None else None
                yield Passage.from_metadata(doc, meta or {}), vector
