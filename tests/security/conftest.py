"""Shared parts of the security suite: fast password hashing, a controllable clock, both drafts databases.

Every test module here reproduces one finding of issue 15 as it was found (the attack first) and shows that it no
longer works. The attack is written out in each test's first lines; the README of this folder counts them.
"""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from assistant.drafts.accounts import AccountStore
from assistant.drafts.store import DraftStore
from assistant.settings import load_settings
from tests.drafts.test_store import _fresh_pg_database, pg_server_url  # noqa: F401 - the PostgreSQL fixture
from tests.reliability.conftest import small_kb  # noqa: F401 - a small knowledge dir fixture

FAST = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)  # tests only: real defaults are slower
PASSWORD = "Plum-blossom-27"


class Clock:
    """A clock the test moves by hand (no test waits on the wall clock)."""

    def __init__(self, start: float = 1_000_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings(tmp_path):
    return load_settings(data_dir=tmp_path / "data", multi_user=True)


@pytest.fixture
def accounts(settings, clock) -> AccountStore:
    return AccountStore(settings, hasher=FAST, clock=clock)


@pytest.fixture(params=["sqlite", "postgres"])
def db_kind(request):
    return request.param


@pytest.fixture
def draft_settings(request, tmp_path, db_kind):
    """Settings whose drafts store is SQLite or a fresh PostgreSQL database (skipped when none can be started)."""
    if db_kind == "sqlite":
        return load_settings(data_dir=tmp_path / "data", multi_user=True)
    url = _fresh_pg_database(request.getfixturevalue("pg_server_url"))
    return load_settings(data_dir=tmp_path / "data", multi_user=True, db_url=url)


@pytest.fixture
def drafts(draft_settings) -> DraftStore:
    return DraftStore(draft_settings)
