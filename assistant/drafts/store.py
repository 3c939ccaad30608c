"""Saved drafts with versions, scoped by owner; every save is a new version and a stale save is refused."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.drafts.backends import Backend, PostgresBackend, SqliteBackend, Tx
from assistant.errors import StoreError
from assistant.settings import Settings

NOT_FOUND = "找不到该草稿"
NAME_LIMIT = 200
NOTE_LIMIT = 200  # characters of a version's author or description kept

# Who saved each version and what happened (采用“指导思想”, 恢复第 3 版 …): a table beside `versions`, added to
# databases made before it existed; a database that cannot be changed (read-only) simply keeps no notes.
_NOTES_SCHEMA = """CREATE TABLE IF NOT EXISTS version_notes (
    draft_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    what TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (draft_id, version)
)"""

@dataclass(frozen=True)
class DraftInfo:
    """One saved draft as listed: its id, name, owner, times (UTC) and current version number."""

    id: str
    name: str
    owner: str
    created_at: datetime
    updated_at: datetime
    current_version: int


@dataclass(frozen=True)
class VersionInfo:
    """One saved version of a draft (without its content): when, by whom (multi-user mode) and what happened."""

    version: int
    created_at: datetime
    author: str = ""
    what: str = ""


@dataclass(frozen=True)
class DraftVersion:
    """A draft's content at one version; `info` describes the draft as it is now."""

    info: DraftInfo
    version: int
    content: dict[str, Any]
    created_at: datetime | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _time(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _clean_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise StoreError("草稿名称不能为空。")
    if len(cleaned) > NAME_LIMIT:
        raise StoreError(f"草稿名称太长（最多 {NAME_LIMIT} 个字）。")
    return cleaned


def _encode(content: dict[str, Any]) -> str:
    if not isinstance(content, dict):
        raise StoreError("草稿内容格式不正确，无法保存。")
    try:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, sort_keys=True)
        text.encode("utf-8")  # lone surrogates would fail later inside the driver
    except (TypeError, ValueError) as error:
        raise StoreError(f"草稿内容无法保存：{error}") from error
    return text


def _note(text: str | None) -> str:
    return " ".join(str(text or "").split())[:NOTE_LIMIT]


def _info(row: Any) -> DraftInfo:
    return DraftInfo(
        id=row[0],
        name=row[1],
        owner=row[2],
        created_at=_time(row[3]),
        updated_at=_time(row[4]),
        current_version=int(row[5]),
    )


_INFO_COLUMNS = "id, name, owner, created_at, updated_at, current_version"


class DraftStore:
    """Drafts and their versions, scoped by owner; every save is a new version and stale saves are refused."""

    def __init__(self, settings: Settings):
        url = settings.db_url
        if url and url.split(":", 1)[0] in ("postgresql", "postgres", "postgresql+psycopg"):
            self._backend: Backend = PostgresBackend(url.replace("postgresql+psycopg", "postgresql", 1))
        elif url and not url.startswith("sqlite"):
            raise StoreError(f"不支持的草稿库地址：{url.split(':', 1)[0]}（仅支持 SQLite 或 postgresql://）。")
        else:
            path = Path(url.split("sqlite:///", 1)[1]) if url and url.startswith("sqlite:///") else settings.drafts_db
            self._backend = SqliteBackend(path)
        self._guard(self._backend.init_schema)
        self._notes = self._guard(self._ensure_notes)
        self._versions_kept = settings.draft_versions_kept

    # ---- plumbing ---------------------------------------------------------------------------

    def _guard(self, operation, *args):
        try:
            return operation(*args)
        except StoreError:
            raise
        except Exception as error:
            translated = self._backend.translate(error)
            if translated is None:
                raise
            raise translated from error

    def _read(self, body):
        def run():
            with self._backend.transaction(write=False) as tx:
                return body(tx)

        return self._guard(run)

    def _write(self, body):
        def run():
            with self._backend.transaction(write=True) as tx:
                return body(tx)

        return self._guard(run)

    def _locked_draft(self, tx: Tx, draft_id: str, owner: str) -> DraftInfo:
        row = tx.execute(
            f"SELECT {_INFO_COLUMNS} FROM drafts WHERE id = ? AND owner = ? AND deleted = 0{self._backend.lock_clause}",
            (draft_id, owner),
        ).fetchone()
        if row is None:
            raise StoreError(NOT_FOUND)
        return _info(row)

    def _ensure_notes(self) -> bool:
        """Whether version notes can be kept: the table exists, or could be made."""
        try:
            with self._backend.transaction(write=False) as tx:
                tx.execute("SELECT count(*) FROM version_notes WHERE draft_id = ''").fetchone()
            return True
        except Exception as error:  # the database's "no such table", whatever its driver calls it
            if self._backend.translate(error) is None:
                raise
        try:
            with self._backend.transaction(write=True) as tx:
                tx.execute(_NOTES_SCHEMA)
            return True
        except Exception as error:  # a read-only database: its drafts stay readable, without notes
            if self._backend.translate(error) is None:
                raise
            return False

    def _add_note(self, tx: Tx, draft_id: str, version: int, author: str, what: str) -> None:
        if self._notes and (author or what):
            tx.execute("INSERT INTO version_notes (draft_id, version, author, what) VALUES (?, ?, ?, ?)",
                       (draft_id, version, _note(author), _note(what)))

    def _append_version(self, tx: Tx, info: DraftInfo, text: str, author: str = "", what: str = "") -> DraftInfo:
        version = info.current_version + 1
        now = _now()
        tx.execute(
            "INSERT INTO versions (draft_id, version, created_at, content) VALUES (?, ?, ?, ?)",
            (info.id, version, now, text),
        )
        self._add_note(tx, info.id, version, author, what)
        tx.execute("UPDATE drafts SET current_version = ?, updated_at = ? WHERE id = ?", (version, now, info.id))
        self._prune(tx, info.id, version)
        return DraftInfo(info.id, info.name, info.owner, info.created_at, _time(now), version)

    def _prune(self, tx: Tx, draft_id: str, current: int) -> None:
        """Keep a draft's first version and its `draft_versions_kept` latest (the current one always among them);
        delete the ones between, in the same transaction as the save that made them old (issue 15: one test grew a
        database to 8,715 versions)."""
        oldest_kept = current - self._versions_kept + 1
        if oldest_kept <= 2:
            return
        tx.execute("DELETE FROM versions WHERE draft_id = ? AND version > 1 AND version < ?", (draft_id, oldest_kept))
        if self._notes:
            tx.execute("DELETE FROM version_notes WHERE draft_id = ? AND version > 1 AND version < ?",
                       (draft_id, oldest_kept))

    # ---- public API -------------------------------------------------------------------------

    def create(
        self, name: str, content: dict[str, Any], owner: str = "", *, author: str = "", what: str = ""
    ) -> DraftInfo:
        """Save a new draft as version 1 (`author` and `what` describe the version in its history)."""
        name = _clean_name(name)
        text = _encode(content)
        draft_id = uuid.uuid4().hex
        now = _now()

        def body(tx: Tx) -> DraftInfo:
            tx.execute(
                "INSERT INTO drafts (id, owner, name, created_at, updated_at, current_version, deleted)"
                " VALUES (?, ?, ?, ?, ?, 1, 0)",
                (draft_id, owner, name, now, now),
            )
            tx.execute(
                "INSERT INTO versions (draft_id, version, created_at, content) VALUES (?, 1, ?, ?)",
                (draft_id, now, text),
            )
            self._add_note(tx, draft_id, 1, author, what)
            return DraftInfo(draft_id, name, owner, _time(now), _time(now), 1)

        return self._write(body)

    def save(
        self, draft_id: str, content: dict[str, Any], expected_version: int | None = None, owner: str = "", *,
        author: str = "", what: str = "",
    ) -> DraftInfo:
        """Save content as the draft's next version; refuse if someone saved since `expected_version`."""
        text = _encode(content)

        def body(tx: Tx) -> DraftInfo:
            info = self._locked_draft(tx, draft_id, owner)
            if expected_version is not None and expected_version != info.current_version:
                raise StoreError(f"草稿已在别处被修改（当前版本 {info.current_version}），请刷新后再保存")
            return self._append_version(tx, info, text, author, what)

        return self._write(body)

    def list(self, owner: str = "") -> list[DraftInfo]:
        """The owner's drafts, most recently changed first (deleted ones left out)."""

        def body(tx: Tx) -> list[DraftInfo]:
            rows = tx.execute(
                f"SELECT {_INFO_COLUMNS} FROM drafts WHERE owner = ? AND deleted = 0 ORDER BY updated_at DESC, id",
                (owner,),
            ).fetchall()
            return [_info(row) for row in rows]

        return self._read(body)

    def get(self, draft_id: str, version: int | None = None, owner: str = "") -> DraftVersion:
        """A draft's content at `version` (default: the current one)."""

        def body(tx: Tx) -> DraftVersion:
            row = tx.execute(
                f"SELECT {_INFO_COLUMNS} FROM drafts WHERE id = ? AND owner = ? AND deleted = 0", (draft_id, owner)
            ).fetchone()
            if row is None:
                raise StoreError(NOT_FOUND)
            info = _info(row)
            wanted = info.current_version if version is None else int(version)
            found = tx.execute(
                "SELECT content, created_at FROM versions WHERE draft_id = ? AND version = ?", (draft_id, wanted)
            ).fetchone()
            if found is None:
                raise StoreError(f"找不到该草稿的第 {wanted} 版")
            try:
                content = json.loads(found[0])
            except ValueError as error:
                raise StoreError(f"草稿第 {wanted} 版的内容已损坏，无法读取。") from error
            return DraftVersion(info=info, version=wanted, content=content, created_at=_time(found[1]))

        return self._read(body)

    def versions(self, draft_id: str, owner: str = "") -> list[VersionInfo]:
        """The draft's saved versions, newest first, with who saved each and what happened."""

        def body(tx: Tx) -> list[VersionInfo]:
            row = tx.execute(
                "SELECT id FROM drafts WHERE id = ? AND owner = ? AND deleted = 0", (draft_id, owner)
            ).fetchone()
            if row is None:
                raise StoreError(NOT_FOUND)
            if not self._notes:
                rows = tx.execute(
                    "SELECT version, created_at FROM versions WHERE draft_id = ? ORDER BY version DESC", (draft_id,)
                ).fetchall()
                return [VersionInfo(int(r[0]), _time(r[1])) for r in rows]
            rows = tx.execute(
                "SELECT v.version, v.created_at, n.author, n.what FROM versions v LEFT JOIN version_notes n"
                " ON n.draft_id = v.draft_id AND n.version = v.version WHERE v.draft_id = ? ORDER BY v.version DESC",
                (draft_id,),
            ).fetchall()
            return [VersionInfo(int(r[0]), _time(r[1]), r[2] or "", r[3] or "") for r in rows]

        return self._read(body)

    def rename(self, draft_id: str, name: str, owner: str = "") -> DraftInfo:
        """Give a draft a new name (its versions are unchanged)."""
        name = _clean_name(name)

        def body(tx: Tx) -> DraftInfo:
            info = self._locked_draft(tx, draft_id, owner)
            now = _now()
            tx.execute("UPDATE drafts SET name = ?, updated_at = ? WHERE id = ?", (name, now, draft_id))
            return DraftInfo(info.id, name, info.owner, info.created_at, _time(now), info.current_version)

        return self._write(body)

    def delete(self, draft_id: str, owner: str = "") -> None:
        """Hide a draft from the list (soft delete: its versions are kept in the database)."""

        def body(tx: Tx) -> None:
            self._locked_draft(tx, draft_id, owner)
            tx.execute("UPDATE drafts SET deleted = 1, updated_at = ? WHERE id = ?", (_now(), draft_id))

        self._write(body)

    def restore(self, draft_id: str, version: int, owner: str = "", *, author: str = "") -> DraftInfo:
        """Make an old version current again by saving a copy of it as the newest version ("恢复第 N 版")."""

        def body(tx: Tx) -> DraftInfo:
            info = self._locked_draft(tx, draft_id, owner)
            found = tx.execute(
                "SELECT content FROM versions WHERE draft_id = ? AND version = ?", (draft_id, int(version))
            ).fetchone()
            if found is None:
                raise StoreError(f"找不到该草稿的第 {version} 版")
            return self._append_version(tx, info, found[0], author, f"恢复第 {int(version)} 版")

        return self._write(body)

    def reassign_owner(self, old: str, new: str) -> int:
        """Move every draft of one owner to another (the move from school names to school ids); returns how many."""

        def body(tx: Tx) -> int:
            count = tx.execute("SELECT count(*) FROM drafts WHERE owner = ?", (old,)).fetchone()[0]
            tx.execute("UPDATE drafts SET owner = ? WHERE owner = ?", (new, old))
            return int(count)

        return self._write(body)
