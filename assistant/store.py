"""Saved drafts with versions: SQLite in the data dir by default, PostgreSQL when ASSISTANT_DB_URL says so."""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from .errors import StoreError
from .settings import Settings

NOT_FOUND = "找不到该草稿"
NAME_LIMIT = 200
BUSY_TIMEOUT_MS = 10_000

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS drafts (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        current_version INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE IF NOT EXISTS versions (
        draft_id TEXT NOT NULL REFERENCES drafts(id),
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        content TEXT NOT NULL,
        PRIMARY KEY (draft_id, version)
    )""",
    "CREATE INDEX IF NOT EXISTS drafts_by_owner ON drafts (owner, deleted, updated_at)",
)


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
    """One saved version of a draft (without its content)."""

    version: int
    created_at: datetime


@dataclass(frozen=True)
class DraftVersion:
    """A draft's content at one version; `info` describes the draft as it is now."""

    info: DraftInfo
    version: int
    content: dict[str, Any]
    created_at: datetime | None = None


class _Cursor(Protocol):
    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class _Tx(Protocol):
    def execute(self, sql: str, params: tuple = ()) -> _Cursor: ...


class _Backend(ABC):
    """The seam between the store's logic and one database: transactions, row locks and error wording."""

    lock_clause: str = ""  # appended to the SELECT that reads a draft before changing it

    @abstractmethod
    def transaction(self, write: bool) -> Any:
        """Context manager yielding an object with execute(sql_with_?_placeholders, params)."""

    @abstractmethod
    def translate(self, error: Exception) -> StoreError | None:
        """A user-facing StoreError for a database error, or None if it is not a database error."""

    def init_schema(self) -> None:
        with self.transaction(write=True) as tx:
            for statement in _SCHEMA:
                tx.execute(statement)


class _SqliteTx:
    def __init__(self, connection: sqlite3.Connection):
        self._connection = connection

    def execute(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        return self._connection.execute(sql, params)


class SqliteBackend(_Backend):
    """SQLite file in WAL mode; a fresh connection per operation, so any thread may use the store."""

    def __init__(self, path: Path):
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"无法创建草稿目录 {path.parent}：{error.strerror or error}。请检查数据目录的写入权限。") from error

    def _connect(self) -> sqlite3.Connection:
        # isolation_level=None: we issue BEGIN ourselves, so writes can take the lock up front (BEGIN IMMEDIATE).
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA synchronous = FULL")  # a saved draft survives a power cut
            connection.execute("PRAGMA foreign_keys = ON")
        except BaseException:
            connection.close()
            raise
        return connection

    @contextmanager
    def transaction(self, write: bool) -> Iterator[_SqliteTx]:
        connection = self._connect()
        try:
            connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield _SqliteTx(connection)
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        finally:
            connection.close()

    def init_schema(self) -> None:
        connection = self._connect()
        try:
            # Only write when something is missing, so an existing database stays readable from a read-only dir.
            mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                connection.execute("PRAGMA journal_mode = WAL")
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
        if not {"drafts", "versions"} <= tables:
            super().init_schema()

    def translate(self, error: Exception) -> StoreError | None:
        if not isinstance(error, sqlite3.Error):
            return None
        text = str(error).lower()
        where = str(self.path)
        if "readonly" in text or "read-only" in text:
            message = f"草稿库是只读的（{where}），本次修改没有保存。请检查数据目录的写入权限。"
        elif "disk is full" in text or "disk full" in text:
            message = "磁盘空间已满，本次修改没有保存。请清理磁盘空间后重试。"
        elif "unable to open" in text and not os.access(self.path.parent, os.W_OK):
            # WAL mode needs to create its shared-memory file beside the database, even to read.
            message = f"草稿目录是只读的（{self.path.parent}），无法读写草稿。请检查数据目录的写入权限。"
        elif "unable to open" in text:
            message = f"无法打开草稿库（{where}）。请检查数据目录是否存在且可写。"
        elif "locked" in text or "busy" in text:
            message = "草稿库正被其他操作占用，请稍后重试。"
        elif "malformed" in text or "not a database" in text:
            message = f"草稿库文件已损坏或不是有效的数据库（{where}）。"
        elif "disk i/o" in text:
            message = f"读写草稿库时发生磁盘错误（{where}），本次修改没有保存。"
        else:
            message = f"草稿库操作失败：{error}"
        return StoreError(message)


class _PostgresTx:
    def __init__(self, connection: Any):
        self._connection = connection

    def execute(self, sql: str, params: tuple = ()) -> Any:
        return self._connection.execute(sql.replace("?", "%s"), params)


class PostgresBackend(_Backend):
    """PostgreSQL through psycopg 3; a connection per operation, row locks serialise saves to one draft."""

    lock_clause = " FOR UPDATE"

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError as error:
            raise StoreError("已配置 PostgreSQL 草稿库，但未安装 psycopg。请运行 pip install 'psycopg[binary]'。") from error
        self._psycopg = psycopg
        self.url = url

    @contextmanager
    def transaction(self, write: bool) -> Iterator[_PostgresTx]:
        connection = self._psycopg.connect(self.url, connect_timeout=10, autocommit=False)
        try:
            try:
                yield _PostgresTx(connection)
                connection.commit()
            except BaseException:
                connection.rollback()
                raise
        finally:
            connection.close()

    def translate(self, error: Exception) -> StoreError | None:
        psycopg = self._psycopg
        if not isinstance(error, psycopg.Error):
            return None
        errors = psycopg.errors
        if isinstance(error, errors.DiskFull):
            message = "数据库服务器磁盘已满，本次修改没有保存。"
        elif isinstance(error, (errors.ReadOnlySqlTransaction, errors.InsufficientPrivilege)):
            message = "草稿数据库当前只读或无写入权限，本次修改没有保存。"
        elif isinstance(error, psycopg.OperationalError):
            message = "无法连接草稿数据库（ASSISTANT_DB_URL），请确认数据库服务已启动且地址正确。"
        else:
            message = f"草稿数据库操作失败：{error}"
        return StoreError(message)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


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
            self._backend: _Backend = PostgresBackend(url.replace("postgresql+psycopg", "postgresql", 1))
        elif url and not url.startswith("sqlite"):
            raise StoreError(f"不支持的草稿库地址：{url.split(':', 1)[0]}（仅支持 SQLite 或 postgresql://）。")
        else:
            path = Path(url.split("sqlite:///", 1)[1]) if url and url.startswith("sqlite:///") else settings.drafts_db
            self._backend = SqliteBackend(path)
        self._guard(self._backend.init_schema)

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

    def _locked_draft(self, tx: _Tx, draft_id: str, owner: str) -> DraftInfo:
        row = tx.execute(
            f"SELECT {_INFO_COLUMNS} FROM drafts WHERE id = ? AND owner = ? AND deleted = 0{self._backend.lock_clause}",
            (draft_id, owner),
        ).fetchone()
        if row is None:
            raise StoreError(NOT_FOUND)
        return _info(row)

    def _append_version(self, tx: _Tx, info: DraftInfo, text: str) -> DraftInfo:
        version = info.current_version + 1
        now = _now()
        tx.execute(
            "INSERT INTO versions (draft_id, version, created_at, content) VALUES (?, ?, ?, ?)",
            (info.id, version, now, text),
        )
        tx.execute("UPDATE drafts SET current_version = ?, updated_at = ? WHERE id = ?", (version, now, info.id))
        return DraftInfo(info.id, info.name, info.owner, info.created_at, _time(now), version)

    # ---- public API -------------------------------------------------------------------------

    def create(self, name: str, content: dict[str, Any], owner: str = "") -> DraftInfo:
        """Save a new draft as version 1."""
        name = _clean_name(name)
        text = _encode(content)
        draft_id = uuid.uuid4().hex
        now = _now()

        def body(tx: _Tx) -> DraftInfo:
            tx.execute(
                "INSERT INTO drafts (id, owner, name, created_at, updated_at, current_version, deleted)"
                " VALUES (?, ?, ?, ?, ?, 1, 0)",
                (draft_id, owner, name, now, now),
            )
            tx.execute(
                "INSERT INTO versions (draft_id, version, created_at, content) VALUES (?, 1, ?, ?)",
                (draft_id, now, text),
            )
            return DraftInfo(draft_id, name, owner, _time(now), _time(now), 1)

        return self._write(body)

    def save(
        self, draft_id: str, content: dict[str, Any], expected_version: int | None = None, owner: str = ""
    ) -> DraftInfo:
        """Save content as the draft's next version; refuse if someone saved since `expected_version`."""
        text = _encode(content)

        def body(tx: _Tx) -> DraftInfo:
            info = self._locked_draft(tx, draft_id, owner)
            if expected_version is not None and expected_version != info.current_version:
                raise StoreError(f"草稿已在别处被修改（当前版本 {info.current_version}），请刷新后再保存")
            return self._append_version(tx, info, text)

        return self._write(body)

    def list(self, owner: str = "") -> list[DraftInfo]:
        """The owner's drafts, most recently changed first (deleted ones left out)."""

        def body(tx: _Tx) -> list[DraftInfo]:
            rows = tx.execute(
                f"SELECT {_INFO_COLUMNS} FROM drafts WHERE owner = ? AND deleted = 0 ORDER BY updated_at DESC, id",
                (owner,),
            ).fetchall()
            return [_info(row) for row in rows]

        return self._read(body)

    def get(self, draft_id: str, version: int | None = None, owner: str = "") -> DraftVersion:
        """A draft's content at `version` (default: the current one)."""

        def body(tx: _Tx) -> DraftVersion:
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
        """The draft's saved versions, newest first."""

        def body(tx: _Tx) -> list[VersionInfo]:
            row = tx.execute(
                "SELECT id FROM drafts WHERE id = ? AND owner = ? AND deleted = 0", (draft_id, owner)
            ).fetchone()
            if row is None:
                raise StoreError(NOT_FOUND)
            rows = tx.execute(
                "SELECT version, created_at FROM versions WHERE draft_id = ? ORDER BY version DESC", (draft_id,)
            ).fetchall()
            return [VersionInfo(int(r[0]), _time(r[1])) for r in rows]

        return self._read(body)

    def rename(self, draft_id: str, name: str, owner: str = "") -> DraftInfo:
        """Give a draft a new name (its versions are unchanged)."""
        name = _clean_name(name)

        def body(tx: _Tx) -> DraftInfo:
            info = self._locked_draft(tx, draft_id, owner)
            now = _now()
            tx.execute("UPDATE drafts SET name = ?, updated_at = ? WHERE id = ?", (name, now, draft_id))
            return DraftInfo(info.id, name, info.owner, info.created_at, _time(now), info.current_version)

        return self._write(body)

    def delete(self, draft_id: str, owner: str = "") -> None:
        """Hide a draft from the list (soft delete: its versions are kept in the database)."""

        def body(tx: _Tx) -> None:
            self._locked_draft(tx, draft_id, owner)
            tx.execute("UPDATE drafts SET deleted = 1, updated_at = ? WHERE id = ?", (_now(), draft_id))

        self._write(body)

    def restore(self, draft_id: str, version: int, owner: str = "") -> DraftInfo:
        """Make an old version current again by saving a copy of it as the newest version."""

        def body(tx: _Tx) -> DraftInfo:
            info = self._locked_draft(tx, draft_id, owner)
            found = tx.execute(
                "SELECT content FROM versions WHERE draft_id = ? AND version = ?", (draft_id, int(version))
            ).fetchone()
            if found is None:
                raise StoreError(f"找不到该草稿的第 {version} 版")
            return self._append_version(tx, info, found[0])

        return self._write(body)
