"""Finding 3 (high): sign-in could be guessed and could exhaust memory.

As found: no throttle or lockout (28 guesses in 6.8 s found a password); 16 simultaneous wrong-password sign-ins took
memory from 296 to 1,049 MiB (argon2 at 64 MiB each); login accepted a 50 M-character password; weak passwords
(password123, P@ssw0rd, qwer1234) and look-alike user names (Cyrillic і) were accepted.
"""

from __future__ import annotations

import threading

import pytest
from argon2 import PasswordHasher

from assistant.drafts.accounts import SIGN_IN_FAILED, AccountError, AccountStore
from assistant.drafts.passwords import PASSWORD_MAX
from assistant.settings import load_settings
from tests.security.conftest import FAST, PASSWORD

GUESSES = ["123456", "password", "12345678", "qwerty123", "abc12345", "iloveyou", "admin123", "woaini1314",
           "Plum-blossom-1", "Plum-blossom-2", "Plum-blossom-3", "Plum-blossom-4", "Plum-blossom-5", "Plum-blossom-6",
           "Plum-blossom-7", "Plum-blossom-8", "Plum-blossom-9", "Plum-blossom-10", "Plum-blossom-11",
           "Plum-blossom-12", "Plum-blossom-13", "Plum-blossom-14", "Plum-blossom-15", "Plum-blossom-16",
           "Plum-blossom-17", "Plum-blossom-18", "Plum-blossom-19", PASSWORD]  # 28 guesses, the last one right


class CountingHasher(PasswordHasher):
    """argon2 with cheap parameters that records how many hashes ran at once and how long the inputs were."""

    def __init__(self):
        super().__init__(time_cost=1, memory_cost=8 * 1024, parallelism=1)
        self.running = 0
        self.most = 0
        self.lengths: list[int] = []
        self.gate = threading.Event()
        self._lock = threading.Lock()

    def verify(self, hash, password):  # noqa: A002 - argon2's own parameter name
        with self._lock:
            self.running += 1
            self.most = max(self.most, self.running)
            self.lengths.append(len(password))
        try:
            self.gate.wait(5)  # hold the slot so that the others pile up behind it
            return super().verify(hash, password)
        finally:
            with self._lock:
                self.running -= 1


def test_guessing_is_slowed_then_locked_and_hammering_does_not_help(accounts, clock):
    accounts.register("victim", PASSWORD, "江城市实验中学")
    results = []
    for guess in GUESSES:  # the attack as found: one guess after another, 28 in about 6 s
        results.append(accounts.sign_in("victim", guess, "203.0.113.9"))
        clock.advance(0.2)
    hashed = [r for r in results if r.message == SIGN_IN_FAILED]
    assert results[:3] == hashed[:3]  # the first few mistakes cost nothing …
    assert len(hashed) <= 5 and all("秒后再试" in r.message for r in results if r not in hashed)  # … then 1 s, 2 s …
    assert results[-1].account is None  # the right password, tried too soon, does not get in

    # Waiting out each delay (1 s, 2 s, 4 s …) still reaches a lockout after ASSISTANT_SIGNIN_LOCKOUT_FAILURES.
    for n in range(len(hashed), 10):
        clock.advance(2.0 ** (n - 3) + 0.01)
        assert accounts.sign_in("victim", f"wrong-{n}-x", "203.0.113.9").message == SIGN_IN_FAILED
    locked = accounts.sign_in("victim", PASSWORD, "203.0.113.9").message
    assert "已被临时锁定" in locked
    for _ in range(50):  # hammering during the lockout neither gets in nor extends it
        clock.advance(10)
        accounts.sign_in("victim", "still-guessing-1", "198.51.100.7")
    clock.advance(15 * 60 - 500 + 1)
    assert accounts.authenticate("victim", PASSWORD, "192.0.2.1") is not None  # the owner gets back in afterwards


def test_look_alike_spellings_of_a_name_share_its_count(accounts, clock):
    accounts.register("admin", PASSWORD, "江城市实验中学")
    for name in ("admin", "ADMIN", "ａｄｍｉｎ"):
        assert accounts.sign_in(name, "wrong-password-1").message == SIGN_IN_FAILED
    assert "秒后再试" in accounts.sign_in("Admin", "wrong-password-1").message


def test_one_address_spraying_many_accounts_is_locked(accounts, clock):
    for n in range(12):
        accounts.register(f"teacher{n:02d}", PASSWORD, f"江城第{n + 1}小学")
    refused = []
    for attempt in range(36):  # one guess per account in turn, each waiting out any delay: ≤ 3 per account …
        refused.append(accounts.sign_in(f"teacher{attempt % 12:02d}", f"spray-{attempt}-pass", "203.0.113.50").message)
        clock.advance(61)
    assert refused[:30] == [SIGN_IN_FAILED] * 30
    assert all("该网络地址" in m for m in refused[30:])  # … but the address is locked (ASSISTANT_SIGNIN_ADDRESS_FAILURES)
    assert accounts.authenticate("teacher00", PASSWORD, "192.0.2.8") is not None  # other addresses are not


def test_simultaneous_sign_ins_hash_at_most_the_configured_number_at_once(tmp_path):
    hasher = CountingHasher()
    settings = load_settings(data_dir=tmp_path / "data", multi_user=True, signin_concurrent_hashes=2)
    accounts = AccountStore(settings, hasher=hasher)
    accounts.register("victim", PASSWORD, "江城市实验中学")
    threads = [threading.Thread(target=accounts.sign_in, args=("victim", f"wrong-{n}-pass", f"10.0.0.{n}"))
               for n in range(16)]  # the attack as found: 16 wrong passwords at the same moment
    for thread in threads:
        thread.start()
    for _ in range(100):
        if hasher.running >= 2:
            break
        threading.Event().wait(0.01)
    hasher.gate.set()
    for thread in threads:
        thread.join()
    assert hasher.most == 2  # memory: 2 × argon2, not 16 ×


def test_an_absurd_password_is_refused_before_hashing(tmp_path):
    hasher = CountingHasher()
    hasher.gate.set()
    accounts = AccountStore(load_settings(data_dir=tmp_path / "data", multi_user=True), hasher=hasher)
    accounts.register("victim", PASSWORD, "江城市实验中学")
    hasher.lengths.clear()
    assert accounts.sign_in("victim", "x" * 50_000_000).message == SIGN_IN_FAILED
    assert hasher.lengths == []  # never reached argon2
    with pytest.raises(AccountError, match="太长"):
        accounts.register("longpass", "Ab1-" * (PASSWORD_MAX // 4 + 1), "江城二中")


@pytest.mark.parametrize("password", ["password123", "P@ssw0rd", "qwer1234", "Password123!", "woaini1314", "1qaz2wsx",
                                      "gonghui2027", "Gonghui2027!", "zhangwei2027", "江城实验中学2027"])
def test_common_expected_and_personal_passwords_are_refused(accounts, password):
    with pytest.raises(AccountError) as caught:
        accounts.register("zhangwei", password, "江城实验中学")
    assert "密码" in caught.value.message


@pytest.mark.parametrize("name", ["аdmin", "admіn", "αdmin", "аdmin\u200b"])  # Cyrillic а, Cyrillic і, Greek α
def test_user_names_in_look_alike_scripts_are_refused(accounts, name):
    with pytest.raises(AccountError, match="西里尔"):
        accounts.register(name, PASSWORD, "江城市实验中学")


@pytest.mark.parametrize("name", ["ADMIN", "ａｄｍｉｎ", "admln", "adm1n", "a.dmin"])
def test_user_names_that_look_like_a_taken_one_are_refused(accounts, name):
    accounts.register("admin", PASSWORD, "江城市实验中学")
    with pytest.raises(AccountError, match="过于相似"):
        accounts.register(name, PASSWORD, "江城市第二中学")


def test_every_sign_in_is_in_its_schools_audit_log_and_only_there(accounts, clock):
    admin = accounts.register("victim", PASSWORD, "江城市实验中学")
    other = accounts.register("other", PASSWORD, "江城市第二中学")
    accounts.sign_in("victim", "wrong-password-1", "203.0.113.9")
    accounts.sign_in("victim", PASSWORD, "203.0.113.9")
    accounts.sign_in("nobody", "wrong-password-1", "203.0.113.9")
    log = accounts.audit(admin)
    assert [(user, address, outcome) for _, user, address, outcome in log[:2]] == [
        ("victim", "203.0.113.9", "ok"), ("victim", "203.0.113.9", "wrong_password")]
    assert all(user != "nobody" for _, user, _, _ in log)
    assert all(user == "other" for _, user, _, _ in accounts.audit(other))
    assert not any(PASSWORD in str(row) or "wrong-password-1" in str(row) for row in log)  # never a password
    member = accounts.register("member", PASSWORD, "江城市实验中学")
    with pytest.raises(AccountError):
        accounts.audit(member)  # pending, and not an administrator anyway


def test_fast_hasher_is_only_for_tests():
    assert FAST.memory_cost < PasswordHasher().memory_cost  # the product keeps argon2's RFC 9106 defaults
