"""The accounts database (`accounts.sqlite3` in the data dir): schema, connections, and the move from the old layout.

Old layout (until issue 15): one table `users(username, school, password_hash)` whose `school` string was the tenant
key, so anyone who registered the same school name joined that school. New layout: schools are rows with an id;
accounts belong to a school by id with a role and a status; invitations, sign-in failures and an audit log beside.
The move keeps the old table as `users_v1`, makes the first account of each school (by name key) its administrator
and every later one a pending request its administrator must approve, and records old name → new id in
`legacy_owners` so drafts and uploads saved under the name can be moved to the id (assistant.drafts.migration).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from assistant.drafts.backends import sqlite_transaction
from assistant.drafts.names import display_form, name_key, normalize_username

BUSY_TIMEOUT_S = 10.0

SCHOOL_ADMIN = "school_admin"
MEMBER = "member"
DISTRICT_ADMIN = "district_admin"
ROLES = (SCHOOL_ADMIN, MEMBER, DISTRICT_ADMIN)
ACTIVE = "active"
PENDING = "pending"

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS schools (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS accounts (
        username TEXT PRIMARY KEY,
        username_key TEXT NOT NULL UNIQUE,
        school_id TEXT REFERENCES schools(id),
        role TEXT NOT NULL,
        status TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS accounts_by_school ON accounts (school_id, status)",
    """CREATE TABLE IF NOT EXISTS invitations (
        code_hash TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id),
        role TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at REAL NOT NULL,
        used_by TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS legacy_owners (
        owner TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id),
        drafts_moved INTEGER NOT NULL DEFAULT 0,
        uploads_moved INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE IF NOT EXISTS sign_in_failures (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        last_at REAL NOT NULL,
        locked_until REAL NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE IF NOT EXISTS sign_in_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        school_id TEXT,
        username TEXT NOT NULL,
        address TEXT NOT NULL,
        outcome TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS sign_in_events_by_school ON sign_in_events (school_id, id)",
)


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_school_id() -> str:
    """A school id: never derived from the name, so no name can be registered to reach a school's data."""
    return "sch_" + secrets.token_hex(8)


class AccountsDB:
    """Connections to the accounts file (one per operation: any thread may use it) and its schema."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self.connect() as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            for statement in SCHEMA:
                connection.execute(statement)
            if "users" in tables:
                migrate_v1(connection)

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            connection.execute("PRAGMA foreign_keys = ON")
        except BaseException:
            connection.close()
            raise
        with sqlite_transaction(connection) as ready:
            yield ready


def migrate_v1(connection: sqlite3.Connection) -> None:
    """Move `users(username, school, password_hash)` into schools and accounts (inside the caller's transaction)."""
    rows = connection.execute("SELECT username, school, password_hash FROM users ORDER BY rowid").fetchall()
    schools: dict[str, str] = {}  # name key → school id
    for username, school, password_hash in rows:
        name = display_form(school)
        key = name_key(name) or f"legacy:{school}"
        school_id = schools.get(key)
        role, status = MEMBER, PENDING  # later accounts of a school wait for its administrator's approval
        if school_id is None:
            found = connection.execute("SELECT id FROM schools WHERE name_key = ?", (key,)).fetchone()
            school_id = found[0] if found else new_school_id()
            if not found:
                connection.execute("INSERT INTO schools (id, name, name_key, created_at) VALUES (?, ?, ?, ?)",
                                   (school_id, name or school, key, now_text()))
                role, status = SCHOOL_ADMIN, ACTIVE
            schools[key] = school_id
        connection.execute("INSERT OR IGNORE INTO legacy_owners (owner, school_id) VALUES (?, ?)", (school, school_id))
        user = normalize_username(username)
        user_key = name_key(user)
        if connection.execute("SELECT 1 FROM accounts WHERE username_key = ?", (user_key,)).fetchone():
            user_key = f"{user_key}#{user}"  # an old look-alike pair: both kept, neither can take the other's key
        connection.execute(
            "INSERT OR IGNORE INTO accounts (username, username_key, school_id, role, status, password_hash, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (user, user_key, school_id, role, status, password_hash, now_text()),
        )
    connection.execute("ALTER TABLE users RENAME TO users_v1")
