"""Signing in without being guessable or exhausting memory: throttling, bounded hashing, an audit log.

- Per account (by the name key, so Admin, ADMIN and аdmin share one count) and per client address: the first few
  wrong passwords cost nothing; each further one must wait 1 s, 2 s, 4 s … (capped); after `signin_lockout_failures`
  the account (after `signin_address_failures` the address) is locked for `signin_lockout_minutes`. A refused
  attempt never reaches the hash and does not count, so an attacker cannot keep a lockout alive by hammering.
- At most `signin_concurrent_hashes` argon2 hashes run at once per process (64 MiB each); a password longer than
  any we accept is refused before hashing.
- Every attempt is written to `sign_in_events` with the school it concerned (None for an unknown name).
The counts live in the accounts database, so every app instance on the host sees the same ones.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from assistant.drafts.accounts_db import AccountsDB, now_text
from assistant.settings import Settings

HASH_WAIT_S = 10.0  # how long a sign-in waits for a hashing slot before it is told to come back
ADDRESS_FREE_SHARE = 3  # an address gets a third of its lockout count free (a school's NAT is many people)

BUSY = "登录的人较多，请稍后再试。"
LOCKED = "登录失败次数过多，账户已被临时锁定，请 {minutes} 分钟后再试，或请本校管理员协助。"
ADDRESS_LOCKED = "该网络地址登录失败次数过多，已被临时限制，请 {minutes} 分钟后再试。"
WAIT = "登录失败次数较多，请 {seconds} 秒后再试。"


@dataclass(frozen=True)
class Policy:
    """How many failures are free, when they lock, and for how long (from settings)."""

    free: int
    lockout: int
    address_lockout: int
    lockout_seconds: float
    max_delay: float

    @classmethod
    def from_settings(cls, settings: Settings) -> Policy:
        return cls(settings.signin_free_failures, settings.signin_lockout_failures, settings.signin_address_failures,
                   settings.signin_lockout_minutes * 60, settings.signin_max_delay_seconds)

    def limits(self, key: str) -> tuple[int, int]:
        """(free failures, failures that lock) for an account key or an address key."""
        if key.startswith("addr:"):
            return max(self.free, self.address_lockout // ADDRESS_FREE_SHARE), self.address_lockout
        return self.free, self.lockout


@dataclass(frozen=True)
class Refusal:
    """Why an attempt may not be made now: the Chinese message and the audit outcome."""

    message: str
    outcome: str


class HashSlots:
    """A bounded number of password hashes at once (per process)."""

    def __init__(self, slots: int):
        self._semaphore = threading.BoundedSemaphore(slots)

    @contextmanager
    def slot(self, timeout: float = HASH_WAIT_S) -> Iterator[bool]:
        acquired = self._semaphore.acquire(timeout=timeout)
        try:
            yield acquired
        finally:
            if acquired:
                self._semaphore.release()


class SignInGate:
    """Throttle, hash and audit sign-ins against the accounts database."""

    def __init__(self, db: AccountsDB, hasher: PasswordHasher, settings: Settings,
                 clock: Callable[[], float] = time.time):
        self.db = db
        self.hasher = hasher
        self.policy = Policy.from_settings(settings)
        self.slots = HashSlots(settings.signin_concurrent_hashes)
        self.clock = clock

    # ---- throttling ---------------------------------------------------------------------------------------------

    def refusal(self, user_key: str, address: str) -> Refusal | None:
        """None when an attempt may be made now, else why not (nothing is counted)."""
        now = self.clock()
        keys = [f"user:{user_key}"] + ([f"addr:{address}"] if address else [])
        with self.db.connect() as connection:
            rows = {row[0]: row[1:] for row in connection.execute(
                f"SELECT key, failures, last_at, locked_until FROM sign_in_failures WHERE key IN ({','.join('?' * len(keys))})",
                keys)}
        wait = 0.0
        for key in keys:
            if key not in rows:
                continue
            failures, last_at, locked_until = rows[key]
            if locked_until > now:
                minutes = max(1, round((locked_until - now) / 60))
                text = ADDRESS_LOCKED if key.startswith("addr:") else LOCKED
                return Refusal(text.format(minutes=minutes), "locked")
            if now - last_at > self.policy.lockout_seconds:
                continue  # old failures are forgotten
            free, _ = self.policy.limits(key)
            if failures >= free:
                delay = min(2.0 ** (failures - free), self.policy.max_delay)
                wait = max(wait, last_at + delay - now)
        if wait > 0:
            return Refusal(WAIT.format(seconds=max(1, round(wait + 0.499))), "throttled")
        return None

    def failed(self, user_key: str, address: str) -> None:
        """Count a wrong password against the account and the address; lock them at their limits."""
        now = self.clock()
        with self.db.connect() as connection:
            for key in [f"user:{user_key}"] + ([f"addr:{address}"] if address else []):
                row = connection.execute("SELECT failures, last_at FROM sign_in_failures WHERE key = ?", (key,)).fetchone()
                failures = 1 if row is None or now - row[1] > self.policy.lockout_seconds else row[0] + 1
                _, lockout = self.policy.limits(key)
                locked_until = now + self.policy.lockout_seconds if failures >= lockout else 0.0
                connection.execute(
                    "INSERT INTO sign_in_failures (key, failures, last_at, locked_until) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, last_at = excluded.last_at,"
                    " locked_until = excluded.locked_until",
                    (key, failures, now, locked_until),
                )

    def succeeded(self, user_key: str) -> None:
        """A right password clears the account's count (not the address's: one good account must not reset it)."""
        with self.db.connect() as connection:
            connection.execute("DELETE FROM sign_in_failures WHERE key = ?", (f"user:{user_key}",))

    def unlock(self, user_key: str) -> None:
        """An administrator lifts an account's lockout."""
        self.succeeded(user_key)

    # ---- hashing ------------------------------------------------------------------------------------------------

    def verify(self, stored: str, password: str) -> bool | None:
        """True/False for a matching password, None when no hashing slot came free in time."""
        with self.slots.slot() as acquired:
            if not acquired:
                return None
            try:
                return bool(self.hasher.verify(stored, password))
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                return False

    def hash(self, password: str) -> str | None:
        """The password's hash, or None when no hashing slot came free in time."""
        with self.slots.slot() as acquired:
            return self.hasher.hash(password) if acquired else None

    # ---- audit --------------------------------------------------------------------------------------------------

    def audit(self, school_id: str | None, username: str, address: str, outcome: str) -> None:
        """One line of the sign-in log (never the password)."""
        with self.db.connect() as connection:
            connection.execute(
                "INSERT INTO sign_in_events (at, school_id, username, address, outcome) VALUES (?, ?, ?, ?, ?)",
                (now_text(), school_id, username[:64], address[:64], outcome),
            )

    def events(self, school_id: str | None, limit: int = 200) -> list[tuple[str, str, str, str]]:
        """(time, user name, address, outcome) of a school's latest sign-ins, newest first (all schools for None)."""
        where, params = ("WHERE school_id = ?", (school_id,)) if school_id is not None else ("", ())
        with self.db.connect() as connection:
            rows = connection.execute(
                f"SELECT at, username, address, outcome FROM sign_in_events {where} ORDER BY id DESC LIMIT ?",
                (*params, int(limit)),
            ).fetchall()
        return [tuple(row) for row in rows]
