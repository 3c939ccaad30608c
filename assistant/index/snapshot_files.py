"""A snapshot saved as files in the index dir: passages (text and metadata), BM25 and vectors, under the digest of
its passage ids. A restart whose manifest gives the same digest loads these instead of reading Chroma.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

from assistant.domain.passages import Passage
from assistant.index import atomic
from assistant.index.bm25 import Bm25Index
from assistant.index.snapshot import IndexSnapshot
from assistant.index.vectors import DenseVectors, HashVectors

log = logging.getLogger(__name__)

FORMAT = 1
FIELDS = tuple(name for name in Passage.__dataclass_fields__ if name not in ("text", "extra"))
if tuple(Passage.__dataclass_fields__)[: len(FIELDS) + 1] != ("text", *FIELDS):  # rows are read positionally
    raise ImportError("Passage fields changed order: update snapshot_files (and bump FORMAT)")


def _write_passages(fh: BinaryIO, passages) -> None:
    """One JSON array of [text, *FIELDS] rows, streamed row by row (no second copy of every text in memory)."""
    fh.write(b"[")
    for i, p in enumerate(passages):
        row = [p.text, *(getattr(p, name) for name in FIELDS)]
        fh.write((",\n" if i else "\n").encode() + json.dumps(row, ensure_ascii=False).encode("utf-8"))
    fh.write(b"\n]")


class SnapshotFiles:
    """One directory per collection; its meta.json, written last, names the digest of what the files hold."""

    def __init__(self, directory: Path):
        self.directory = directory

    @property
    def _meta_path(self) -> Path:
        return self.directory / "meta.json"

    def digest(self) -> str | None:
        """Digest of the saved snapshot, or None when there is none (or it is unreadable)."""
        try:
            meta = json.loads(self._meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return meta.get("digest") if isinstance(meta, dict) and meta.get("format") == FORMAT else None

    def load(self, digest: str) -> IndexSnapshot | None:
        """The saved snapshot when it holds exactly the passages of `digest`; None on a miss or damaged files."""
        if not digest or self.digest() != digest:
            return None
        try:
            meta = json.loads(self._meta_path.read_text(encoding="utf-8"))
            rows = json.loads((self.directory / "passages.json").read_text(encoding="utf-8"))
            passages = [Passage(*row) for row in rows]  # [text, *FIELDS]: the dataclass's own field order
            if len(passages) != meta["rows"]:
                raise ValueError("passage count does not match")
            if not passages:
                return IndexSnapshot(digest=digest)
            bm25 = Bm25Index.load(self.directory, len(passages))
            kind = {"hash": HashVectors, "dense": DenseVectors}[meta["vectors"]]
            vectors = kind.load(self.directory, len(passages))
            if meta["id_check"] != [passages[0].id, passages[-1].id]:
                raise ValueError("passages do not match their ids")
        except Exception as exc:  # noqa: BLE001 - damaged or half-swapped files are a cache miss, never fatal
            log.warning("ignoring unreadable saved snapshot: %r", exc)
            return None
        return IndexSnapshot.of(passages, bm25, vectors, digest)

    def save(self, snapshot: IndexSnapshot) -> None:
        """Write into a fresh directory and swap it in; a failure (full disk) only costs the next start some time."""
        self.directory.parent.mkdir(parents=True, exist_ok=True)
        try:
            tmp = Path(tempfile.mkdtemp(prefix=self.directory.name, suffix=".tmp", dir=self.directory.parent))
        except OSError as exc:
            log.warning("could not save the index snapshot: %r", exc)
            return
        try:
            atomic.write_with(tmp / "passages.json", lambda fh: _write_passages(fh, snapshot.passages))
            if snapshot.passages:
                snapshot.bm25.save(tmp)
                snapshot.vectors.save(tmp)
            passages = snapshot.passages
            meta = {
                "format": FORMAT,
                "digest": snapshot.digest,
                "rows": len(passages),
                "vectors": "hash" if isinstance(snapshot.vectors, HashVectors) else "dense",
                "id_check": [passages[0].id, passages[-1].id] if passages else [],
            }
            atomic.write_json(tmp / "meta.json", meta)
            atomic.replace_dir(tmp, self.directory)
        except OSError as exc:
            log.warning("could not save the index snapshot: %r", exc)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
