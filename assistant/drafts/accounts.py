"""User accounts for multi-user mode (settings.multi_user): one school per account, argon2-hashed passwords."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from assistant.errors import UserError
from assistant.settings import Settings

USERNAME = re.compile(r"^[\w.\-@]{3,32}$")  # \w includes Chinese characters
PASSWORD_MIN = 8
PASSWORD_MAX = 128  # hashing cost grows with length: refuse absurd inputs
SCHOOL_MAX = 60
BUSY_TIMEOUT_S = 10.0

# Passwords people pick first; refused even though long enough.
_COMMON = frozenset(
    {"12345678", "123456789", "1234567890", "87654321", "88888888", "11111111", "00000000", "66666666",
     "password", "password1", "passw0rd", "qwertyui", "qwerty123", "abc12345", "abcd1234", "iloveyou",
     "admin123", "a1234567", "1qaz2wsx", "woaini1314"}
)

_SCHEMA = """CREATE TABLE IF NOT EXISTS users (
    username TEXT PRIMARY KEY,
    school TEXT NOT NULL,
    password_hash TEXT NOT NULL
)"""


class AccountError(UserError):
    """Registration or login input is not acceptable (message in Chinese)."""


@dataclass(frozen=True)
class Account:
    """A logged-in user and the school whose uploads and drafts they see (the `owner` everywhere else)."""

    username: str
    school: str


def normalize_username(username: str) -> str:
    """Usernames compare case-insensitively and by NFKC (全角 letters equal half-width ones)."""
    return unicodedata.normalize("NFKC", username or "").strip().casefold()


def password_problem(password: str, username: str = "") -> str | None:
    """Why a password is too weak (Chinese), or None when it is acceptable."""
    if not password or not password.strip():
        return "密码不能为空。"
    if len(password) < PASSWORD_MIN:
        return f"密码太短：至少需要 {PASSWORD_MIN} 位。"
    if len(password) > PASSWORD_MAX:
        return f"密码太长：最多 {PASSWORD_MAX} 位。"
    lowered = password.casefold()
    if lowered in _COMMON or len(set(password)) <= 2:
        return "密码过于简单（常见密码或重复字符），请换一个更难猜的密码。"
    if username and normalize_username(username) in lowered:
        return "密码不能包含用户名。"
    if password.isdigit() or password.isalpha():
        return "密码过于简单：请同时使用字母和数字（或符号）。"
    return None


class AccountStore:
    """The users table in `accounts.sqlite3` in the data dir; safe to share between threads."""

    def __init__(self, settings: Settings, hasher: PasswordHasher | None = None):
        self.path: Path = settings.data_dir / "accounts.sqlite3"
        self._hasher = hasher or PasswordHasher()
        # Verified against when the user does not exist, so a wrong name costs as long as a wrong password.
        self._dummy_hash = self._hasher.hash("not-a-real-password-0")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as connection:
                connection.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise AccountError(f"无法打开账户库（{self.path}），请检查数据目录的写入权限。") from error

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S)
        try:
            with connection:  # commit on success, roll back on error
                yield connection
        finally:
            connection.close()

    def register(self, username: str, password: str, school: str) -> Account:
        """Create an account; AccountError (Chinese) for a bad name, weak password, empty school or a taken name."""
        name = normalize_username(username)
        if not name:
            raise AccountError("用户名不能为空。")
        if not USERNAME.match(name):
            raise AccountError("用户名需为 3～32 个字符，只能包含汉字、字母、数字和 . _ - @。")
        school_name = " ".join((school or "").split())
        if len(school_name) < 2:
            raise AccountError("学校名称不能为空（至少 2 个字）。")
        if len(school_name) > SCHOOL_MAX:
            raise AccountError(f"学校名称不能超过 {SCHOOL_MAX} 个字。")
        problem = password_problem(password, name)
        if problem:
            raise AccountError(problem)
        password_hash = self._hasher.hash(password)
        try:
            with self._connect() as connection:
                connection.execute(
                    "INSERT INTO users (username, school, password_hash) VALUES (?, ?, ?)",
                    (name, school_name, password_hash),
                )
        except sqlite3.IntegrityError:
            raise AccountError(f"用户名「{name}」已被注册，请换一个。") from None
        except sqlite3.Error as error:
            raise AccountError("账户库暂时无法写入，注册没有完成，请稍后重试。") from error
        return Account(name, school_name)

    def authenticate(self, username: str, password: str) -> Account | None:
        """The account when name and password match, else None (same work whether or not the name exists)."""
        name = normalize_username(username)
        try:
            with self._connect() as connection:
                row = connection.execute(
                    "SELECT school, password_hash FROM users WHERE username = ?", (name,)
                ).fetchone()
        except sqlite3.Error:
            row = None
        stored = row[1] if row else self._dummy_hash
        try:
            self._hasher.verify(stored, password or "")
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if row is None:
            return None
        if self._hasher.check_needs_rehash(stored):
            self._rehash(name, password)
        return Account(name, row[0])

    def _rehash(self, name: str, password: str) -> None:
        try:
            with self._connect() as connection:
                connection.execute(
                    "UPDATE users SET password_hash = ? WHERE username = ?", (self._hasher.hash(password), name)
                )
        except sqlite3.Error:
            pass  # the old hash still works; upgrading it can wait for the next login

    def school_of(self, username: str) -> str | None:
        """The school a user belongs to, or None."""
        with self._connect() as connection:
            row = connection.execute(
                "SELECT school FROM users WHERE username = ?", (normalize_username(username),)
            ).fetchone()
        return row[0] if row else None
