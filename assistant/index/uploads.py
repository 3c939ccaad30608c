"""Uploads: a user's document read into passages, stored with its original, rolled back whole when any part of
saving it fails, and restored from the originals when the store had to be rebuilt.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.domain.passages import Passage
from assistant.errors import LoadError
from assistant.index import atomic
from assistant.index.ingest import Fresh, sha256, unique
from assistant.index.manifest import Manifest
from assistant.loading import knowledge
from assistant.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AddResult:
    """Outcome of one upload: passages added, or the Chinese reason it was refused (error) or skipped (message)."""

    filename: str
    added: int
    error: str | None = None
    message: str | None = None


@dataclass(frozen=True)
class PendingUpload:
    """An upload read into passages, not saved yet."""

    data: bytes
    digest: str
    display: str
    owner: str
    passages: list[Passage]

    @property
    def key(self) -> str:
        return f"upload:{self.owner}:{self.digest}"


def display_name(filename: str) -> str:
    """The name shown for an upload: the last path part, without control or format characters, never "." or ".."."""
    visible = "".join(ch for ch in filename or "" if not unicodedata.category(ch).startswith("C"))
    name = visible.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name if name not in ("", ".", "..") else "未命名文件"


def storage_error_zh(exc: BaseException) -> str:
    """Chinese reason an upload could not be saved, from the OS or Chroma error behind it."""
    number = getattr(exc, "errno", None)
    text = str(exc).lower()
    if number in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text or "no space" in text:
        return "磁盘空间已满，文件未能保存。请清理磁盘空间后重新上传。"
    if number in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return "数据目录是只读的（或没有写入权限），文件未能保存。请联系管理员检查数据目录的权限。"
    return "保存文件时出错，文件未能添加到资料库。请稍后重试，如仍失败请联系管理员。"


class Uploads:
    """The uploads dir (originals under generated names, one JSON record each) and their manifest entries."""

    def __init__(self, settings: Settings, manifest: Manifest):
        self.settings = settings
        self.manifest = manifest

    @property
    def directory(self) -> Path:
        return self.settings.uploads_dir

    def record_path(self, owner: str, digest: str) -> Path:
        record = hashlib.sha1(f"{owner}\x1f{digest}".encode()).hexdigest()[:24]
        return self.directory / f"{record}.json"

    def all_recorded(self, manifest: dict) -> bool:
        """Whether every stored upload has its manifest entry (file names only: no record is read)."""
        if not self.directory.exists():
            return True
        expected = {
            self.record_path(entry.get("owner", ""), entry.get("hash", "")).name
            for key, entry in manifest["sources"].items()
            if key.startswith("upload:")
        }
        return all(path.name in expected for path in self.directory.glob("*.json"))

    def read(self, data: bytes, filename: str, owner: str) -> PendingUpload | AddResult:
        """The upload as passages, or the result of refusing it (unreadable, empty) or skipping it (a duplicate)."""
        display = display_name(filename)
        digest = sha256(data)
        entry = self.manifest.load()["sources"].get(f"upload:{owner}:{digest}")
        if entry is not None:
            first = entry.get("filename", display)
            return AddResult(display, 0, message=f"内容与已上传的《{first}》相同，未重复添加。")
        try:
            loaded = knowledge.load_upload(data, display, owner=owner, limit_bytes=self.settings.upload_limit_bytes)
        except LoadError as exc:
            return AddResult(display, 0, error=exc.message)
        loaded = unique(loaded)
        if not loaded:
            return AddResult(display, 0, error="文件中没有可用的文字内容。")
        return PendingUpload(data, digest, display, owner, loaded)

    def save(
        self, upload: PendingUpload, write: Callable[[list[Passage]], Fresh], delete: Callable[[list[str]], None]
    ) -> Fresh:
        """Save the original, its passages, its record and manifest entry; on failure undo what was done and raise."""
        record_path = self.record_path(upload.owner, upload.digest)
        record_existed = record_path.exists()
        # Keep the original bytes under a generated name: the user's file name is never used as a path.
        blob = self.directory / f"{upload.digest[:40]}.bin"
        blob_created = False
        ids = [p.id for p in upload.passages]
        # Ids that other sources already hold (same text, name and owner) must survive a rollback.
        held = {pid for entry in self.manifest.load()["sources"].values() for pid in entry.get("ids", [])}
        wrote = False
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            if not blob.exists():
                atomic.write_bytes(blob, upload.data)
                blob_created = True
            wrote = True  # before the write: a failed write may have stored part of a batch
            # Written before the record, so that a rebuild during this write does not restore this upload too.
            fresh = write(upload.passages)
            manifest = self.manifest.load()  # re-read: a rebuild rewrote it
            manifest["sources"][upload.key] = {
                "hash": upload.digest, "ids": ids, "filename": upload.display, "owner": upload.owner,
            }
            record = {"filename": upload.display, "owner": upload.owner, "sha256": upload.digest, "blob": blob.name}
            atomic.write_json(record_path, record)
            self.manifest.save(manifest)
            return fresh
        except BaseException:
            self._undo(
                delete,
                [pid for pid in ids if pid not in held] if wrote else [],
                record_path if not record_existed else None,
                blob if blob_created else None,
            )
            raise

    @staticmethod
    def _undo(delete: Callable[[list[str]], None], ids: list[str], record_path: Path | None, blob: Path | None) -> None:
        """Best-effort rollback of a failed upload: its passages, its record and its stored original."""
        try:
            delete(ids)
        except Exception as exc:  # noqa: BLE001 - the store is already failing; a mismatch is repaired at next start
            log.warning("could not remove the passages of a failed upload: %r", exc)
        for path in (record_path, blob):
            if path is not None:
                try:
                    path.unlink(missing_ok=True)
                except OSError as exc:
                    log.warning("could not remove %s after a failed upload: %r", path.name, exc)

    def missing(self) -> Iterator[tuple[bytes, str, str]]:
        """(original bytes, file name, owner) of each stored upload the manifest lacks (after a rebuild), one at a
        time: the caller adds it (which updates the manifest) before the next is read."""
        if not self.directory.exists():
            return
        for record_path in sorted(self.directory.glob("*.json")):
            try:
                record = json.loads(record_path.read_text(encoding="utf-8"))
                if f"upload:{record['owner']}:{record['sha256']}" in self.manifest.load()["sources"]:
                    continue
                data = (self.directory / Path(record["blob"]).name).read_bytes()
            except (OSError, ValueError, KeyError) as exc:
                log.warning("skipping unreadable upload record %s: %s", record_path.name, exc)
                continue
            yield data, record["filename"], record["owner"]
