"""Uploads: a user's document read into passages (in a separate process with time and memory limits, within the
school's quotas), stored with its original, rolled back whole when any part of saving it fails, restored from the
originals when the store had to be rebuilt, and quarantined when even that fails.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import shutil
import socket
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from assistant.domain.passages import Passage
from assistant.errors import LoadError
from assistant.index import atomic
from assistant.index.ingest import Fresh, sha256, unique
from assistant.index.manifest import Manifest
from assistant.loading import sandbox
from assistant.loading.names import (
    UploadLimits,
    human_size,
    over_byte_quota,
    over_file_quota,
    too_big,
)
from assistant.settings import Settings

log = logging.getLogger(__name__)


QUARANTINE_DIR = "quarantine"
RESTORING_MARKER = "restoring.marker"  # names the upload a start is re-reading; left behind if that start died
NEAR_LIMIT = 0.8  # share of a quota from which a successful upload also says how full the school's space is


@dataclass(frozen=True)
class UploadUsage:
    """What one owner's uploads take up (files, bytes of originals, passages), against the quotas."""

    files: int
    bytes: int
    passages: int
    quota_files: int
    quota_bytes: int
    quota_passages: int

    @property
    def passages_left(self) -> int:
        return max(self.quota_passages - self.passages, 0)

    def plus(self, size: int, passages: int) -> UploadUsage:
        return replace(self, files=self.files + 1, bytes=self.bytes + size, passages=self.passages + passages)

    def near_limit_zh(self) -> str | None:
        """A Chinese note when any quota is at least NEAR_LIMIT full, else None."""
        parts = []
        if self.files >= NEAR_LIMIT * self.quota_files:
            parts.append(f"文件 {self.files}/{self.quota_files} 个")
        if self.bytes >= NEAR_LIMIT * self.quota_bytes:
            parts.append(f"容量 {human_size(self.bytes)}/{human_size(self.quota_bytes)}")
        if self.passages >= NEAR_LIMIT * self.quota_passages:
            parts.append(f"段落 {self.passages}/{self.quota_passages} 段")
        return f"本校上传资料已接近上限（{'，'.join(parts)}）。" if parts else None


@dataclass(frozen=True)
class AddResult:
    """Outcome of one upload: passages added, or the Chinese reason it was refused (error) or skipped (message).

    `retry` marks a failure of the disk or the store (worth trying again later), not of the file; `usage` is the
    owner's space after a successful upload.
    """

    filename: str
    added: int
    error: str | None = None
    message: str | None = None
    retry: bool = False
    usage: UploadUsage | None = None


@dataclass(frozen=True)
class PendingUpload:
    """An upload read into passages, not saved yet."""

    data: bytes
    digest: str
    display: str
    owner: str
    passages: list[Passage]
    usage: UploadUsage | None = None  # the owner's space before it (None when no quota applies)

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

    def usage(self, owner: str, manifest: dict | None = None) -> UploadUsage:
        """The owner's uploads as the manifest lists them (bytes of entries written before sizes were recorded are
        read from their originals)."""
        files = size = passages = 0
        for key, entry in (manifest or self.manifest.load())["sources"].items():
            if not key.startswith("upload:") or entry.get("owner", "") != owner:
                continue
            files += 1
            passages += len(entry.get("ids", []))
            if "bytes" in entry:
                size += int(entry["bytes"])
            else:
                try:
                    size += (self.directory / f"{entry.get('hash', '')[:40]}.bin").stat().st_size
                except OSError:
                    pass
        s = self.settings
        return UploadUsage(files, size, passages, s.upload_quota_files, s.upload_quota_bytes, s.upload_quota_passages)

    def limits(self, usage: UploadUsage | None) -> UploadLimits:
        """What reading one upload may cost; without usage (a stored upload restored) no passage quota applies."""
        s = self.settings
        return UploadLimits(
            max_bytes=s.upload_limit_bytes, max_chars=s.upload_max_chars,
            passages_left=usage.passages_left if usage else None, passages_quota=usage.quota_passages if usage else None,
            seconds=s.upload_worker_seconds, memory_mb=s.upload_worker_memory_mb,
        )

    def read(self, data: bytes, filename: str, owner: str, quota: bool = True) -> PendingUpload | AddResult:
        """The upload as passages, or the result of refusing it (too big, over the owner's quota, unreadable, over
        the reading limits) or skipping it (a duplicate). Nothing is written either way."""
        display = display_name(filename)
        digest = sha256(data)
        manifest = self.manifest.load()
        entry = manifest["sources"].get(f"upload:{owner}:{digest}")
        if entry is not None:
            first = entry.get("filename", display)
            return AddResult(display, 0, message=f"内容与已上传的《{first}》相同，未重复添加。")
        problem = too_big(len(data), self.settings.upload_limit_bytes, display)
        if problem:
            return AddResult(display, 0, error=problem)
        usage = self.usage(owner, manifest) if quota else None
        if usage is not None and usage.files >= usage.quota_files:
            return AddResult(display, 0, error=over_file_quota(display, usage.quota_files))
        if usage is not None and usage.bytes + len(data) > usage.quota_bytes:
            return AddResult(display, 0, error=over_byte_quota(display, len(data), usage.bytes, usage.quota_bytes))
        try:
            loaded = sandbox.read_upload(data, display, owner, self.limits(usage))
        except LoadError as exc:
            return AddResult(display, 0, error=exc.message)
        loaded = unique(loaded)
        if not loaded:
            return AddResult(display, 0, error="文件中没有可用的文字内容。")
        return PendingUpload(data, digest, display, owner, loaded, usage)

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
                "bytes": len(upload.data),
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

    def reassign(
        self, key: str, new: str, passages: Callable[[list[str]], list[Passage]],
        write: Callable[[list[Passage]], Fresh], delete: Callable[[list[str]], None],
    ) -> Fresh:
        """Move one stored upload to another owner without reading the file again: its passages written under the
        new owner, a record for it, then the old record, manifest entry and passages removed. Each step leaves a
        state the next start repairs (an orphan passage is dropped; a new record not in the manifest is re-read)."""
        entry = self.manifest.load()["sources"][key]
        digest, old = entry["hash"], entry.get("owner", "")
        new_key = f"upload:{new}:{digest}"
        fresh: Fresh = {}
        if new_key not in self.manifest.load()["sources"]:
            moved = [replace(p, owner=new) for p in passages(entry.get("ids", []))]
            fresh = write(moved)
            record = {"filename": entry.get("filename", ""), "owner": new, "sha256": digest, "blob": f"{digest[:40]}.bin"}
            atomic.write_json(self.record_path(new, digest), record)
            self.record_path(old, digest).unlink(missing_ok=True)  # before the manifest: never restored under old
            manifest = self.manifest.load()  # re-read: a rebuild during the write rewrote it
            manifest["sources"][new_key] = {**entry, "owner": new, "ids": [p.id for p in moved]}
        else:
            self.record_path(old, digest).unlink(missing_ok=True)
            manifest = self.manifest.load()
        gone = manifest["sources"].pop(key, {}).get("ids", [])
        self.manifest.save(manifest)
        held = {pid for other in manifest["sources"].values() for pid in other.get("ids", [])}
        delete([pid for pid in gone if pid not in held])
        return fresh

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

    def missing(self) -> Iterator[tuple[Path, bytes, str, str]]:
        """(record, original bytes, file name, owner) of each stored upload the manifest lacks (after a rebuild),
        one at a time: the caller adds it (which updates the manifest) before the next is read. A record that
        cannot be read, or whose original is gone, is quarantined instead."""
        if not self.directory.exists():
            return
        for record_path in sorted(self.directory.glob("*.json")):
            try:
                record = json.loads(record_path.read_text(encoding="utf-8"))
                if f"upload:{record['owner']}:{record['sha256']}" in self.manifest.load()["sources"]:
                    continue
                data = (self.directory / Path(record["blob"]).name).read_bytes()
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("upload record %s is unreadable: %r", record_path.name, exc)
                self.quarantine(record_path, "上传记录或文件原件无法读取。")
                continue
            yield record_path, data, record["filename"], record["owner"]

    # ---- quarantine: an upload that keeps the index from opening is set aside, never retried at every start

    @property
    def quarantine_dir(self) -> Path:
        return self.directory / QUARANTINE_DIR

    def quarantined(self) -> list[dict]:
        """The records set aside (each with its file name, owner and "quarantined": {"reason", "at"})."""
        records = []
        for path in sorted(self.quarantine_dir.glob("*.json")) if self.quarantine_dir.is_dir() else []:
            try:
                records.append(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError) as exc:
                log.warning("unreadable quarantined record %s: %r", path.name, exc)
        return records

    def quarantine(self, record_path: Path, reason: str) -> None:
        """Move a stored upload (its record, with the reason, and its original) into uploads/quarantine/: it is no
        longer restored or searched, and an administrator can inspect it or move it back (see docs/deploy.md)."""
        try:
            record = json.loads(record_path.read_text(encoding="utf-8"))
            if not isinstance(record, dict):
                raise ValueError("not a record")
        except (OSError, ValueError):
            record = {"unreadable": record_path.name}
        record["quarantined"] = {"reason": reason, "at": datetime.now(UTC).isoformat(timespec="seconds")}
        log.warning("quarantining upload %r of %r: %s", record.get("filename"), record.get("owner"), reason)
        target = self.quarantine_dir
        target.mkdir(parents=True, exist_ok=True)
        atomic.write_json(target / record_path.name, record)
        blob = self.directory / Path(str(record.get("blob", ""))).name if record.get("blob") else None
        if blob is not None and blob.is_file():
            if self._blob_users(blob.name) > 1:
                shutil.copy2(blob, target / blob.name)  # another school's copy of the same file still uses it
            else:
                os.replace(blob, target / blob.name)
        record_path.unlink(missing_ok=True)

    def _blob_users(self, blob: str) -> int:
        users = 0
        for path in self.directory.glob("*.json"):
            try:
                users += json.loads(path.read_text(encoding="utf-8")).get("blob") == blob
            except (OSError, ValueError, AttributeError):
                continue
        return users

    @contextmanager
    def restoring(self, record_path: Path) -> Iterator[None]:
        """Mark the record being re-read for the time it takes: if this process dies meanwhile (out of memory,
        killed), the next start finds the mark and quarantines that upload instead of dying on it again."""
        marker = self.directory / RESTORING_MARKER
        atomic.write_json(marker, {"record": record_path.name, "pid": os.getpid(), "host": socket.gethostname()})
        try:
            yield
        finally:
            marker.unlink(missing_ok=True)

    def interrupted(self) -> Path | None:
        """The record a previous start was re-reading when it died, if it is still not in the index (the mark is
        removed either way)."""
        marker = self.directory / RESTORING_MARKER
        try:
            mark = json.loads(marker.read_text(encoding="utf-8"))
            if mark.get("host") != socket.gethostname() or _alive(int(mark.get("pid", 0))):
                return None  # another process (here, or on another host sharing the dir) may be reading it right now
            path = self.directory / Path(str(mark["record"])).name
            record = json.loads(path.read_text(encoding="utf-8"))
            done = f"upload:{record['owner']}:{record['sha256']}" in self.manifest.load()["sources"]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            path, done = None, True  # no mark (the usual case), or a record that missing() will deal with
        marker.unlink(missing_ok=True)
        return None if done else path


def _alive(pid: int) -> bool:
    """Whether a process of this host with that id is running (ours counts: we are not the start that died)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
