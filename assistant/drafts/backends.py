"""Where drafts live: SQLite in the data dir by default, PostgreSQL when ASSISTANT_DB_URL says so."""

from __future__ import annotations

import os
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from assistant.errors import StoreError

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




@contextmanager
def sqlite_transaction(connection: sqlite3.Connection, write: bool = True) -> Iterator[sqlite3.Connection]:
    """BEGIN (IMMEDIATE for a write: the lock is taken up front) … COMMIT, or ROLLBACK on any error; the connection
    (opened with isolation_level=None) is closed either way. Shared by the drafts store and the accounts store."""
    try:
        connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    finally:
        connection.close()

class _Cursor(Protocol):
    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Tx(Protocol):
    def execute(self, sql: str, params: tuple = ()) -> _Cursor: ...


class Backend(ABC):
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


class SqliteBackend(Backend):
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
        with sqlite_transaction(self._connect(), write) as connection:
            yield _SqliteTx(connection)

    def init_schema(self) -> None:
        if self.path.is_file() and self.path.stat().st_size == 0:
            # SQLite would take an empty file as a new database and show "no drafts" as if nothing was ever saved.
            raise StoreError(
                f"草稿库文件是空的（0 字节，{self.path}）：之前保存的草稿可能已丢失。"
                "请从备份恢复该文件；确认不需要恢复时，删除该文件后重新打开即可新建草稿库。"
            )
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


class PostgresBackend(Backend):
    """PostgreSQL through psycopg 3; a connection per operation, row locks serialise saves to one draft."""

    lock_clause = " FOR UPDATE"

    def __init__(self, url: str):
        try:
            import psycopg  # noqa: PLC0415 - optional dependency, needed only for a PostgreSQL store
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
