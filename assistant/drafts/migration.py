"""Moving what was saved under a school's name (before issue 15) to the school's id.

Drafts move with one UPDATE per old name (SQLite or PostgreSQL alike). Uploads are re-added under the id from their
stored originals through the index's own `add_upload` (the copies under the old name stay in the index but no
account can reach them any more: no session is ever scoped by a name again). Both steps are idempotent and are
marked done per old name in the accounts database, so every start after the first does nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.drafts.accounts import AccountStore
from assistant.drafts.store import DraftStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Moved:
    drafts: int = 0
    uploads: int = 0
    failed_uploads: int = 0


def move_drafts(accounts: AccountStore, store: DraftStore) -> int:
    """Re-own the drafts saved under an old school name to the school's id; returns how many moved."""
    moved = 0
    for owner, school_id in accounts.legacy_owners("drafts").items():
        moved += store.reassign_owner(owner, school_id)
        accounts.mark_moved(owner, "drafts")
    return moved


def _records(uploads_dir: Path) -> list[dict[str, Any]]:
    records = []
    for path in sorted(uploads_dir.glob("*.json")) if uploads_dir.is_dir() else []:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            record["data"] = (uploads_dir / Path(record["blob"]).name).read_bytes()
        except (OSError, ValueError, KeyError) as exc:
            log.warning("skipping unreadable upload record %s: %s", path.name, exc)
            continue
        records.append(record)
    return records


def move_uploads(accounts: AccountStore, uploads_dir: Path, add_upload: Callable[[bytes, str, str], Any]) -> Moved:
    """Re-add each stored upload of an old school name under the school's id (`add_upload(data, name, owner)`)."""
    legacy = accounts.legacy_owners("uploads")
    if not legacy:
        return Moved()
    records = _records(uploads_dir)
    added = failed = 0
    for owner, school_id in legacy.items():
        ok = True
        for record in (r for r in records if r.get("owner") == owner):
            result = add_upload(record["data"], record.get("filename", "上传文件"), school_id)
            if getattr(result, "error", None):
                ok = False
                failed += 1
                log.warning("upload %r of %s could not be moved: %s", record.get("filename"), school_id, result.error)
            else:
                added += 1
        if ok:
            accounts.mark_moved(owner, "uploads")
    return Moved(uploads=added, failed_uploads=failed)


def move_legacy_data(accounts: AccountStore, store: DraftStore, uploads_dir: Path,
                     add_upload: Callable[[bytes, str, str], Any]) -> Moved:
    """Both moves; what the app runs once per process in multi-user mode and `admin migrate` runs by hand."""
    drafts = move_drafts(accounts, store)
    uploads = move_uploads(accounts, uploads_dir, add_upload)
    return Moved(drafts, uploads.uploads, uploads.failed_uploads)
