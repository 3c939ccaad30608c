"""Password policy: long enough, not absurdly long, not a common or expected password, not the user's own names.

The lists are data (data/common-passwords.txt.gz, data/extra-passwords.txt; sources in data/SOURCES.md).
"""

from __future__ import annotations

import functools
import gzip
import re

from assistant.drafts.names import DATA_DIR, name_key

PASSWORD_MIN = 8
PASSWORD_MAX = 128  # argon2 hashes any length, but a 50 M-character password costs the server; refuse it early

# Common substitutions read back (P@ssw0rd → password), NIST SP 800-63B's "expected" variants of a listed word.
_LEET = str.maketrans({"@": "a", "4": "a", "0": "o", "1": "l", "!": "i", "3": "e", "$": "s", "5": "s", "7": "t"})
_TRAILING = re.compile(r"[\d\W_]+$")


@functools.lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The common and expected passwords, lower case."""
    with gzip.open(DATA_DIR / "common-passwords.txt.gz", "rt", encoding="utf-8") as handle:
        words = {line.strip() for line in handle if line.strip()}
    extra = (DATA_DIR / "extra-passwords.txt").read_text(encoding="utf-8").splitlines()
    words.update(line.strip().casefold() for line in extra if line.strip() and not line.startswith("#"))
    return frozenset(words)


def _variants(password: str) -> set[str]:
    lowered = password.strip().casefold()
    readback = lowered.translate(_LEET)
    out = {lowered, readback}
    for word in (lowered, readback):
        stem = _TRAILING.sub("", word)
        if len(stem) >= 5:  # "password" + "123!" — but not "ab" + digits
            out.add(stem)
    return out


def is_common(password: str) -> bool:
    """True when the password, its look-alike reading or its stem before trailing digits is a listed password.

    >>> is_common("P@ssw0rd"), is_common("qwer1234"), is_common("password123!"), is_common("江城工会2027春")
    (True, True, True, False)
    """
    words = common_passwords()
    return any(variant in words for variant in _variants(password))


def too_long(password: str | None) -> bool:
    """True for a password longer than any we accept (checked before hashing, at sign-in too)."""
    return len(password or "") > PASSWORD_MAX


def password_problem(password: str, username: str = "", school: str = "") -> str | None:
    """Why a new password is too weak (Chinese), or None when it is acceptable."""
    if not password or not password.strip():
        return "密码不能为空。"
    if len(password) < PASSWORD_MIN:
        return f"密码太短：至少需要 {PASSWORD_MIN} 位。"
    if too_long(password):
        return f"密码太长：最多 {PASSWORD_MAX} 位。"
    if len(set(password)) <= 2 or is_common(password):
        return "密码过于简单（常见密码或重复字符），请换一个更难猜的密码。"
    key = name_key(password)
    if username and len(name_key(username)) >= 3 and name_key(username) in key:
        return "密码不能包含用户名。"
    if school and len(name_key(school)) >= 2 and (name_key(school) in key or key in name_key(school)):
        return "密码不能包含学校名称。"
    if password.isdigit() or password.isalpha():
        return "密码过于简单：请同时使用字母和数字（或符号）。"
    return None
