"""The manifest: which sources (knowledge files, uploads) the store holds, with their content hash and passage ids.

It is the commit record of every write and the cheap freshness signal for readers: a change by another process
shows up as a new (mtime, size, inode) of this one file.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from assistant.index import atomic

MANIFEST_VERSION = 1

Signature = tuple[int, int, int]


class Manifest:
    """The manifest file of one collection: {"version", "collection", "sources": {key: {"hash", "ids", ...}}}."""

    def __init__(self, path: Path, collection: str):
        self.path = path
        self.collection = collection

    def empty(self) -> dict:
        return {"version": MANIFEST_VERSION, "collection": self.collection, "sources": {}}

    def load(self) -> dict:
        """The manifest, or an empty one when it is missing, unreadable or of another collection or version."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if (
                isinstance(data, dict)
                and data.get("version") == MANIFEST_VERSION
                and data.get("collection") == self.collection
                and isinstance(data.get("sources"), dict)
            ):
                return data
        except (OSError, ValueError):
            pass
        return self.empty()

    def save(self, data: dict) -> None:
        atomic.write_json(self.path, data)

    def forget(self) -> None:
        """Drop the manifest (the store it described is gone): the next ingest starts from scratch."""
        self.path.unlink(missing_ok=True)

    def signature(self) -> Signature | None:
        """(mtime, size, inode) of the file, or None when it does not exist: equal signatures, same manifest."""
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)


def all_ids(data: dict) -> list[str]:
    """Every passage id the manifest lists, sorted and without repeats."""
    return sorted({pid for entry in data["sources"].values() for pid in entry.get("ids", [])})


def ids_digest(ids: list[str], key: str) -> str:
    """Digest of sorted passage ids under a derivation key: equal digests, equal searchable contents."""
    return hashlib.sha256("\n".join([key, *ids]).encode("utf-8")).hexdigest()
