"""Accounts for multi-user mode (settings.multi_user): schools with an id, accounts with a role, joining by invitation
or approval, and sign-in through a throttled, audited gate (assistant.drafts.signin).

Who may join a school: the first account of a new school creates it and is its administrator (or a district
administrator creates the school and hands out an invitation); anyone else registering the same school — by the same
name or a variant of it (spaces, 全角, Traditional characters, look-alike letters) — is a pending request that only
that school's administrator (or a district administrator) can approve, or joins at once with an invitation code.
Drafts and uploads are scoped by `Account.owner`, the school id, never by the name.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher

from assistant.drafts.accounts_db import (
    ACTIVE,
    DISTRICT_ADMIN,
    MEMBER,
    PENDING,
    SCHOOL_ADMIN,
    AccountsDB,
    new_school_id,
    now_text,
)
from assistant.drafts.names import display_form, name_key, normalize_username, school_problem, username_problem
from assistant.drafts.passwords import password_problem, too_long
from assistant.drafts.signin import BUSY, SignInGate
from assistant.errors import UserError
from assistant.settings import Settings

__all__ = ["ACTIVE", "DISTRICT_ADMIN", "MEMBER", "PENDING", "SCHOOL_ADMIN", "Account", "AccountError", "AccountStore",
           "School", "SignInResult", "normalize_username", "password_problem"]

DISTRICT_OWNER = "district"  # what a district administrator's own drafts are scoped by (no school id looks like it)
SIGN_IN_FAILED = "用户名或密码错误"
AWAITING_APPROVAL = "您的加入申请正在等待本校管理员批准，批准后即可登录。"
NOT_ALLOWED = "只有本校管理员或区县管理员可以进行此操作。"
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed by hand
_COLUMNS = "a.username, a.school_id, COALESCE(s.name, ''), a.role, a.status"
_FROM = "accounts a LEFT JOIN schools s ON s.id = a.school_id"


class AccountError(UserError):
    """Registration, sign-in or administration input is not acceptable (message in Chinese)."""


@dataclass(frozen=True)
class Account:
    """A user, the school whose uploads and drafts they see, their role and whether they may sign in yet."""

    username: str
    school_id: str | None
    school: str  # the school's name as shown ("" for a district administrator)
    role: str = MEMBER
    status: str = ACTIVE

    @property
    def owner(self) -> str:
        """The key every draft and upload of this account is stored under: the school id."""
        return self.school_id or DISTRICT_OWNER

    @property
    def active(self) -> bool:
        return self.status == ACTIVE

    @property
    def is_district_admin(self) -> bool:
        return self.role == DISTRICT_ADMIN

    @property
    def is_school_admin(self) -> bool:
        return self.role == SCHOOL_ADMIN


@dataclass(frozen=True)
class School:
    id: str
    name: str


@dataclass(frozen=True)
class SignInResult:
    """The signed-in account, or the Chinese reason there is none."""

    account: Account | None
    message: str | None = None


def _code_hash(code: str) -> str:
    cleaned = "".join(ch for ch in display_form(code).upper() if ch.isalnum())
    return hashlib.sha256(cleaned.encode("utf-8")).hexdigest()


def _account(row) -> Account:
    return Account(row[0], row[1], row[2], row[3], row[4])


class AccountStore:
    """Schools and accounts in `accounts.sqlite3` in the data dir; safe to share between threads (one per process)."""

    def __init__(self, settings: Settings, hasher: PasswordHasher | None = None, clock: Callable[[], float] = time.time):
        self.settings = settings
        self.path = settings.data_dir / "accounts.sqlite3"
        try:
            self.db = AccountsDB(self.path)
        except (OSError, sqlite3.Error) as error:
            raise AccountError(f"无法打开账户库（{self.path}），请检查数据目录的写入权限。") from error
        self.gate = SignInGate(self.db, hasher or PasswordHasher(), settings, clock)
        self.clock = clock
        # Verified against when the user does not exist, so a wrong name costs as long as a wrong password.
        self._dummy_hash = self.gate.hasher.hash("not-a-real-password-0")

    # ---- reading ------------------------------------------------------------------------------------------------

    def _find(self, connection: sqlite3.Connection, username: str) -> tuple | None:
        return connection.execute(
            f"SELECT {_COLUMNS}, a.password_hash FROM {_FROM} WHERE a.username_key = ? OR a.username = ?",
            (name_key(username), normalize_username(username)),
        ).fetchone()

    def refresh(self, account: Account) -> Account | None:
        """The account as it is now (role, school, status), or None when it was removed or is no longer active."""
        with self.db.connect() as connection:
            row = connection.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE a.username = ?",
                                     (account.username,)).fetchone()
        fresh = _account(row) if row else None
        return fresh if fresh is not None and fresh.active else None

    def school_of(self, username: str) -> str | None:
        """The name of the school a user belongs to, or None."""
        with self.db.connect() as connection:
            row = self._find(connection, username)
        return row[2] if row else None

    # ---- registration -------------------------------------------------------------------------------------------

    def _hash_new(self, password: str) -> str:
        hashed = self.gate.hash(password)
        if hashed is None:
            raise AccountError(BUSY)
        return hashed

    def register(self, username: str, password: str, school: str = "", invite: str = "", address: str = "") -> Account:
        """Create an account: a new school's administrator, a member by invitation, or a pending request to join.

        Raises AccountError (Chinese) for a bad or taken name, a weak password, a bad school name or invitation.
        """
        name = normalize_username(username)
        school_name = display_form(school)
        problem = username_problem(name) or (None if invite.strip() else school_problem(school_name))
        problem = problem or password_problem(password, name, school_name)
        if problem:
            raise AccountError(problem)
        password_hash = self._hash_new(password)
        try:
            with self.db.connect() as connection:
                if connection.execute("SELECT 1 FROM accounts WHERE username_key = ?", (name_key(name),)).fetchone():
                    raise AccountError(f"用户名「{name}」已被注册（或与已有的用户名过于相似），请换一个。")
                if invite.strip():
                    school_id, role, status, outcome = self._redeem(connection, invite, name)
                else:
                    school_id, role, status, outcome = self._school_for(connection, school_name)
                connection.execute(
                    "INSERT INTO accounts (username, username_key, school_id, role, status, password_hash, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (name, name_key(name), school_id, role, status, password_hash, now_text()),
                )
                shown = connection.execute("SELECT name FROM schools WHERE id = ?", (school_id,)).fetchone()[0]
        except sqlite3.IntegrityError:
            raise AccountError(f"用户名「{name}」已被注册（或与已有的用户名过于相似），请换一个。") from None
        except sqlite3.Error as error:
            raise AccountError("账户库暂时无法写入，注册没有完成，请稍后重试。") from error
        self.gate.audit(school_id, name, address, outcome)
        return Account(name, school_id, shown, role, status)

    def _redeem(self, connection: sqlite3.Connection, code: str, name: str) -> tuple[str, str, str, str]:
        row = connection.execute(
            "SELECT school_id, role, expires_at, used_by FROM invitations WHERE code_hash = ?", (_code_hash(code),)
        ).fetchone()
        if row is None or row[3] is not None or row[2] < self.clock():
            raise AccountError("邀请码无效、已被使用或已过期，请向本校管理员重新索取。")
        connection.execute("UPDATE invitations SET used_by = ? WHERE code_hash = ?", (name, _code_hash(code)))
        return row[0], row[1], ACTIVE, "joined"

    def _school_for(self, connection: sqlite3.Connection, school_name: str) -> tuple[str, str, str, str]:
        """(school id, role, status, audit outcome) for registering under a school name."""
        found = connection.execute("SELECT id FROM schools WHERE name_key = ?", (name_key(school_name),)).fetchone()
        if found:
            return found[0], MEMBER, PENDING, "requested"
        if not self.settings.school_registration:
            raise AccountError("新学校需由区县管理员开通：请向区县教育工会索取邀请码后再注册。")
        school_id = new_school_id()
        connection.execute("INSERT INTO schools (id, name, name_key, created_at) VALUES (?, ?, ?, ?)",
                           (school_id, school_name, name_key(school_name), now_text()))
        return school_id, SCHOOL_ADMIN, ACTIVE, "registered"

    # ---- signing in ---------------------------------------------------------------------------------------------

    def sign_in(self, username: str, password: str, address: str = "") -> SignInResult:
        """The account for a name and password, or why not (the same words whether the name or the password was wrong)."""
        name = normalize_username(username)[:64]
        key = name_key(name)
        refusal = self.gate.refusal(key, address)
        if refusal is not None:
            self.gate.audit(self._school_id(name), name, address, refusal.outcome)
            return SignInResult(None, refusal.message)
        if too_long(password):
            self.gate.failed(key, address)
            self.gate.audit(self._school_id(name), name, address, "too_long")
            return SignInResult(None, SIGN_IN_FAILED)
        try:
            with self.db.connect() as connection:
                row = self._find(connection, name)
        except sqlite3.Error:
            row = None
        verified = self.gate.verify(row[5] if row else self._dummy_hash, password or "")
        if verified is None:
            self.gate.audit(row[1] if row else None, name, address, "busy")
            return SignInResult(None, BUSY)
        if not verified or row is None:
            self.gate.failed(key, address)
            self.gate.audit(row[1] if row else None, name, address, "wrong_password" if row else "unknown_user")
            return SignInResult(None, SIGN_IN_FAILED)
        account = _account(row)
        self.gate.succeeded(key)
        if not account.active:
            self.gate.audit(account.school_id, account.username, address, "pending")
            return SignInResult(None, AWAITING_APPROVAL)
        if self.gate.hasher.check_needs_rehash(row[5]):
            self._rehash(account.username, password)
        self.gate.audit(account.school_id, account.username, address, "ok")
        return SignInResult(account)

    def authenticate(self, username: str, password: str, address: str = "") -> Account | None:
        """The account when name and password match (and it may sign in), else None."""
        return self.sign_in(username, password, address).account

    def _school_id(self, name: str) -> str | None:
        with self.db.connect() as connection:
            row = self._find(connection, name)
        return row[1] if row else None

    def _rehash(self, username: str, password: str) -> None:
        hashed = self.gate.hash(password)
        if hashed is None:
            return  # the old hash still works; upgrading it can wait for the next sign-in
        try:
            with self.db.connect() as connection:
                connection.execute("UPDATE accounts SET password_hash = ? WHERE username = ?", (hashed, username))
        except sqlite3.Error:
            pass

    # ---- administration -----------------------------------------------------------------------------------------

    def _may_manage(self, admin: Account, school_id: str | None) -> None:
        fresh = self.refresh(admin)
        if fresh is None or not (fresh.is_district_admin or (fresh.is_school_admin and fresh.school_id == school_id)):
            raise AccountError(NOT_ALLOWED)

    def bootstrap_district_admin(self, username: str, password: str) -> Account:
        """Create a district administrator (the CLI's `admin bootstrap`): manages every school, belongs to none."""
        name = normalize_username(username)
        problem = username_problem(name) or password_problem(password, name)
        if problem:
            raise AccountError(problem)
        password_hash = self._hash_new(password)
        try:
            with self.db.connect() as connection:
                connection.execute(
                    "INSERT INTO accounts (username, username_key, school_id, role, status, password_hash, created_at)"
                    " VALUES (?, ?, NULL, ?, ?, ?, ?)",
                    (name, name_key(name), DISTRICT_ADMIN, ACTIVE, password_hash, now_text()),
                )
        except sqlite3.IntegrityError:
            raise AccountError(f"用户名「{name}」已被注册（或与已有的用户名过于相似），请换一个。") from None
        self.gate.audit(None, name, "cli", "district_admin_created")
        return Account(name, None, "", DISTRICT_ADMIN, ACTIVE)

    def create_school(self, admin: Account, name: str) -> School:
        """A district administrator opens a school (then invites its administrator)."""
        self._may_manage(admin, None)
        shown = display_form(name)
        problem = school_problem(shown)
        if problem:
            raise AccountError(problem)
        with self.db.connect() as connection:
            found = connection.execute("SELECT id, name FROM schools WHERE name_key = ?", (name_key(shown),)).fetchone()
            if found:
                raise AccountError(f"学校「{found[1]}」已经存在（编号 {found[0]}）。")
            school_id = new_school_id()
            connection.execute("INSERT INTO schools (id, name, name_key, created_at) VALUES (?, ?, ?, ?)",
                               (school_id, shown, name_key(shown), now_text()))
        return School(school_id, shown)

    def invite(self, admin: Account, school_id: str | None = None, role: str = MEMBER) -> str:
        """A single-use invitation code to join a school (shown once; only its hash is kept)."""
        school_id = school_id or admin.school_id
        self._may_manage(admin, school_id)
        if role not in (MEMBER, SCHOOL_ADMIN):
            raise AccountError("邀请的角色只能是成员或本校管理员。")
        code = "-".join("".join(secrets.choice(_CODE_ALPHABET) for _ in range(4)) for _ in range(3))
        expires = self.clock() + self.settings.invite_days * 86400
        with self.db.connect() as connection:
            if connection.execute("SELECT 1 FROM schools WHERE id = ?", (school_id,)).fetchone() is None:
                raise AccountError("找不到该学校。")
            connection.execute(
                "INSERT INTO invitations (code_hash, school_id, role, created_by, created_at, expires_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (_code_hash(code), school_id, role, admin.username, now_text(), expires),
            )
        self.gate.audit(school_id, admin.username, "", f"invited:{role}")
        return code

    def accounts(self, admin: Account, status: str | None = None) -> list[Account]:
        """The accounts an administrator manages (their school's, or every one for a district administrator)."""
        fresh = self.refresh(admin)
        if fresh is None or not (fresh.is_district_admin or fresh.is_school_admin):
            raise AccountError(NOT_ALLOWED)
        where, params = ("a.school_id = ?", [fresh.school_id]) if not fresh.is_district_admin else ("1 = 1", [])
        if status:
            where, params = where + " AND a.status = ?", [*params, status]
        with self.db.connect() as connection:
            rows = connection.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE {where} ORDER BY s.name, a.username",
                                      params).fetchall()
        return [_account(row) for row in rows]

    def _target(self, admin: Account, username: str) -> Account:
        with self.db.connect() as connection:
            row = self._find(connection, username)
        if row is None:
            raise AccountError(f"找不到用户「{normalize_username(username)}」。")
        target = _account(row)
        self._may_manage(admin, target.school_id)
        return target

    def approve(self, admin: Account, username: str) -> Account:
        """Let a pending request join its school as a member."""
        target = self._target(admin, username)
        with self.db.connect() as connection:
            connection.execute("UPDATE accounts SET status = ? WHERE username = ?", (ACTIVE, target.username))
        self.gate.audit(target.school_id, target.username, "", f"approved_by:{admin.username}")
        return Account(target.username, target.school_id, target.school, target.role, ACTIVE)

    def remove(self, admin: Account, username: str) -> None:
        """Refuse a pending request or remove a member (their school's drafts stay with the school)."""
        target = self._target(admin, username)
        if target.username == admin.username:
            raise AccountError("不能删除自己的账户。")
        with self.db.connect() as connection:
            connection.execute("DELETE FROM accounts WHERE username = ?", (target.username,))
        self.gate.audit(target.school_id, target.username, "", f"removed_by:{admin.username}")

    def unlock(self, admin: Account, username: str) -> None:
        """Lift a sign-in lockout early."""
        target = self._target(admin, username)
        self.gate.unlock(name_key(target.username))

    def schools(self) -> list[School]:
        """Every school (for the district administrator's CLI)."""
        with self.db.connect() as connection:
            rows = connection.execute("SELECT id, name FROM schools ORDER BY name").fetchall()
        return [School(*row) for row in rows]

    def audit(self, admin: Account, school_id: str | None = None, limit: int = 200) -> list[tuple[str, str, str, str]]:
        """The sign-in log of a school, newest first: a school administrator sees their own school's only."""
        fresh = self.refresh(admin)
        if fresh is None or not (fresh.is_district_admin or fresh.is_school_admin):
            raise AccountError(NOT_ALLOWED)
        return self.gate.events(school_id if fresh.is_district_admin else fresh.school_id, limit)

    # ---- moving data saved under an old school name ---------------------------------------------------------------

    def legacy_owners(self, kind: str) -> dict[str, str]:
        """Old school-name owners whose drafts (kind "drafts") or uploads ("uploads") are not moved yet → school id."""
        column = {"drafts": "drafts_moved", "uploads": "uploads_moved"}[kind]
        with self.db.connect() as connection:
            rows = connection.execute(f"SELECT owner, school_id FROM legacy_owners WHERE {column} = 0").fetchall()
        return dict(rows)

    def mark_moved(self, owner: str, kind: str) -> None:
        column = {"drafts": "drafts_moved", "uploads": "uploads_moved"}[kind]
        with self.db.connect() as connection:
            connection.execute(f"UPDATE legacy_owners SET {column} = 1 WHERE owner = ?", (owner,))
