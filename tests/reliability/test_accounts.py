"""Accounts (multi-user mode) and keeping schools apart through the engine's API."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from argon2 import PasswordHasher

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Session
from assistant.domain.plan import Plan
from assistant.domain.profile import Profile
from assistant.drafts.accounts import Account, AccountError, AccountStore
from assistant.drafts.store import NOT_FOUND
from assistant.errors import StoreError
from assistant.services import build_services
from assistant.settings import load_settings
from tests.reliability.conftest import PLAN_BODY, has_cjk

FAST = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)  # tests only: real defaults are slower


@pytest.fixture
def accounts(tmp_path):
    return AccountStore(load_settings(data_dir=tmp_path / "data", multi_user=True), hasher=FAST)


def test_register_and_login(accounts, tmp_path):
    account = accounts.register("Zhang.Wei", "Plum-blossom-27", "江城市实验中学")
    assert (account.username, account.school, account.role) == ("zhang.wei", "江城市实验中学", "school_admin")
    assert account.owner == account.school_id and account.owner.startswith("sch_")  # an id, never the name
    assert accounts.authenticate("ZHANG.WEI", "Plum-blossom-27") == account  # names are case-insensitive
    assert accounts.authenticate("zhang.wei", "Plum-blossom-2") is None
    assert accounts.authenticate("nobody", "Plum-blossom-27") is None
    assert accounts.authenticate("zhang.wei", "") is None
    with sqlite3.connect(accounts.path) as connection:
        (stored,) = connection.execute("SELECT password_hash FROM accounts").fetchone()
    assert stored.startswith("$argon2") and "Plum-blossom-27" not in stored


@pytest.mark.parametrize(
    "username, password, school, words",
    [
        ("wang", "", "江城一中", "密码不能为空"),
        ("wang", "   ", "江城一中", "密码不能为空"),
        ("wang", "ab1", "江城一中", "太短"),
        ("wang", "12345678", "江城一中", "过于简单"),
        ("wang", "aaaaaaaaaa", "江城一中", "过于简单"),
        ("wang", "onlyletterss", "江城一中", "字母和数字"),
        ("wang", "wang2027ab", "江城一中", "用户名"),
        ("wang", "x1" * 100, "江城一中", "太长"),
        ("", "Plum-blossom-27", "江城一中", "用户名不能为空"),
        ("a/../b", "Plum-blossom-27", "江城一中", "用户名"),
        ("<script>", "Plum-blossom-27", "江城一中", "用户名"),
        ("li", "Plum-blossom-27", "江城一中", "用户名"),
        ("wang", "Plum-blossom-27", "", "学校名称"),
    ],
)
def test_bad_registrations_get_chinese_reasons(accounts, username, password, school, words):
    with pytest.raises(AccountError) as caught:
        accounts.register(username, password, school)
    assert words in caught.value.message and has_cjk(caught.value.message)
    with sqlite3.connect(accounts.path) as connection:
        assert connection.execute("SELECT count(*) FROM accounts").fetchone()[0] == 0


def test_duplicate_username_is_refused_even_when_racing(accounts):
    results: list = []

    def register():
        try:
            results.append(accounts.register("李老师", "Plum-blossom-27", "江城二中"))
        except AccountError as exc:
            results.append(exc.message)

    threads = [threading.Thread(target=register) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(isinstance(r, Account) for r in results) == 1
    assert all("已被注册" in r for r in results if isinstance(r, str))


def test_unknown_user_costs_as_much_as_a_wrong_password(tmp_path):
    store = AccountStore(load_settings(data_dir=tmp_path / "data"))  # real argon2 parameters
    store.register("zhao", "Plum-blossom-27", "江城三中")

    def timed(name):
        started = time.perf_counter()
        assert store.authenticate(name, "wrong-password-1") is None
        return time.perf_counter() - started

    wrong = min(timed("zhao") for _ in range(3))
    unknown = min(timed("nobody") for _ in range(3))
    assert unknown > 0.3 * wrong  # both pay for an argon2 verification


# ---- schools kept apart -------------------------------------------------------------------------------------------

MARKER = "甲校独有的科技节方案"


def test_one_school_never_sees_anothers_uploads_or_drafts(tmp_path, small_kb):
    settings = load_settings(data_dir=tmp_path / "data", knowledge_dir=small_kb, multi_user=True)
    accounts = AccountStore(settings, hasher=FAST)
    a = accounts.register("school_a", "Plum-blossom-27", "甲校")
    b = accounts.register("school_b", "Plum-blossom-27", "乙校")
    assistant = build_services(settings)
    upload = (PLAN_BODY + f"（三）{MARKER}\n举办{MARKER}，组织教职工参加。\n").encode("utf-8")
    assert assistant.add_upload(upload, "甲校计划.txt", owner=a.owner).added > 0

    assert any(MARKER in h.passage.text for h in assistant.search(MARKER, owner=a.owner))
    for query in (MARKER, "科技节", "甲校计划"):
        assert not any(h.passage.owner == a.owner for h in assistant.search(query, k=20, owner=b.owner))
    assert assistant.stats(owner=b.owner).uploads == 0

    session = Session(owner=a.owner)
    session.plan = Plan.empty(Profile.from_dict({"school": "甲校实验中学", "year": 2027, "staff": 90}), assistant.structure)
    conversation = Conversation(assistant, session)
    assert conversation.edit_section("women", f"{MARKER}。") is None
    draft_id = session.draft_id
    store = assistant.store
    assert [d.id for d in store.list(owner=a.owner)] == [draft_id]
    assert store.list(owner=b.owner) == []
    for attempt in (
        lambda: store.get(draft_id, owner=b.owner),
        lambda: store.versions(draft_id, owner=b.owner),
        lambda: store.save(draft_id, {"plan": None}, owner=b.owner),
        lambda: store.delete(draft_id, owner=b.owner),
    ):
        with pytest.raises(StoreError) as caught:
            attempt()
        assert caught.value.message == NOT_FOUND
    # A's draft is untouched by B's attempts, and still exports for A.
    assert store.get(draft_id, owner=a.owner).version == session.version
    assert MARKER in conversation.markdown()

    # Shared knowledge (example plans, statutes) is visible to both.
    for owner in (a.owner, b.owner):
        hits = assistant.search("女职工 孕期 劳动保护", k=5, owner=owner)
        assert any(h.passage.kind == "law" for h in hits)
        assert assistant.stats(owner=owner).documents >= 2
