"""Moving what was saved under a school's name (before issue 15) to the school's id.

Drafts move with one UPDATE per old name (SQLite or PostgreSQL alike). Uploads move inside the index
(`KnowledgeIndex.reassign_owner`): the same passages under the id, the record and manifest entry with them, nothing
read again (so no reading limit or quota can refuse a school's own old file) and nothing left under the name. Both
steps are idempotent and are marked done per old name in the accounts database, so every start after the first does
nothing; a failed step is tried again at the next start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from assistant.drafts.accounts import AccountStore
from assistant.drafts.store import DraftStore
from assistant.errors import UserError

log = logging.getLogger(__name__)


class Reowner(Protocol):
    """What the move needs of the index: KnowledgeIndex.reassign_owner."""

    def reassign_owner(self, old: str, new: str) -> int: ...


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


def move_uploads(accounts: AccountStore, index: Reowner) -> Moved:
    """Re-own the uploads indexed under each old school name to the school's id; returns how many moved."""
    added = failed = 0
    for owner, school_id in accounts.legacy_owners("uploads").items():
        try:
            added += index.reassign_owner(owner, school_id)
        except (OSError, UserError, RuntimeError, ValueError) as exc:  # disk or store trouble: try again next start
            failed += 1
            log.warning("uploads of %r could not be moved to %s: %r", owner, school_id, exc)
            continue
        accounts.mark_moved(owner, "uploads")
    return Moved(uploads=added, failed_uploads=failed)


def move_legacy_data(accounts: AccountStore, store: DraftStore, index: Reowner) -> Moved:
    """Both moves; what the app runs once per process in multi-user mode and `admin migrate` runs by hand."""
    drafts = move_drafts(accounts, store)
    uploads = move_uploads(accounts, index)
    return Moved(drafts, uploads.uploads, uploads.failed_uploads)
