"""User and school names: one form to show them in, one key to tell whether two of them are the same.

Shown names are NFKC-normalised, lose control, format (zero-width, bidi) characters and extra whitespace. Keys for
uniqueness go further: Traditional → Simplified, case folded, whitespace and punctuation removed and look-alike
letters folded (data/confusables.yaml), so 江城 实验中学, 江城實驗中學 and 江城实验中学\u200b are one school, and
admin, Admin and аdmin (Cyrillic а) one user name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from assistant.domain.data import read_yaml
from assistant.domain.script import to_simplified

DATA_DIR = Path(__file__).resolve().parent / "data"

USERNAME_MIN, USERNAME_MAX = 3, 32
SCHOOL_MIN, SCHOOL_MAX = 2, 60
# After NFKC: ASCII letters and digits, . _ - @ and CJK ideographs; any other script (Cyrillic і, Greek ο) is refused
# outright, because a name in it can only be told from a Latin one by its code points.
_USERNAME = re.compile(r"^[A-Za-z0-9.\-_@\u3400-\u4dbf\u4e00-\u9fff]+$")


@functools.lru_cache(maxsize=1)
def _folds() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """(single look-alike characters → their fold, ASCII sequences → their fold) from data/confusables.yaml."""
    data = read_yaml(DATA_DIR / "confusables.yaml")
    chars: dict[str, str] = {}
    for group in ("cyrillic", "greek", "latin"):
        chars.update({str(k): str(v) for k, v in (data.get(group) or {}).items()})
    ascii_pairs = [(str(k), str(v)) for k, v in (data.get("ascii") or {}).items()]
    return chars, sorted(ascii_pairs, key=lambda kv: -len(kv[0]))  # longest first: "rn" before "r"


def _visible(char: str) -> bool:
    category = unicodedata.category(char)
    return not (category.startswith("C") and char not in "\n\t") and category not in ("Zl", "Zp")


def display_form(text: str | None) -> str:
    """How a name is stored and shown: NFKC, no control/format/bidi characters, single spaces, trimmed.

    >>> display_form("  江城\u3000实验\u200b中学\u202e ")
    '江城 实验中学'
    """
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(ch for ch in text if _visible(ch))
    return " ".join(text.split())


def fold_confusables(text: str) -> str:
    """Look-alike letters and digits folded to one representative (lower-case input expected)."""
    chars, pairs = _folds()
    text = "".join(chars.get(ch, ch) for ch in text)
    for source, target in pairs:
        text = text.replace(source, target)
    return text


def name_key(text: str | None) -> str:
    """The key two names are compared by: same key, same name (for uniqueness only, never shown).

    >>> name_key("江城 實驗中學·") == name_key("江城实验中学")
    True
    >>> name_key("аdmin") == name_key("ADMIN") == name_key("admln")
    True
    """
    text = to_simplified(display_form(text)).casefold()
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "ZPS" or ch in "@|")
    return fold_confusables(text)


def normalize_username(username: str | None) -> str:
    """A user name as stored and shown: NFKC, trimmed, lower case (全角 letters equal half-width ones)."""
    return display_form(username).casefold()


def username_problem(username: str) -> str | None:
    """Why a (normalised) user name is not acceptable, in Chinese, or None."""
    if not username:
        return "用户名不能为空。"
    if not USERNAME_MIN <= len(username) <= USERNAME_MAX or not _USERNAME.match(username):
        return (f"用户名需为 {USERNAME_MIN}～{USERNAME_MAX} 个字符，只能包含汉字、英文字母、数字和 . _ - @"
                "（不接受外形与英文字母相近的其他文字，如西里尔字母）。")
    if len(name_key(username)) < 2:
        return "用户名至少要包含 2 个汉字、字母或数字。"
    return None


def school_problem(name: str) -> str | None:
    """Why a (display-form) school name is not acceptable, in Chinese, or None."""
    if len(name) < SCHOOL_MIN or len(name_key(name)) < SCHOOL_MIN:
        return f"学校名称不能为空（至少 {SCHOOL_MIN} 个字）。"
    if len(name) > SCHOOL_MAX:
        return f"学校名称不能超过 {SCHOOL_MAX} 个字。"
    if any(ch in name for ch in "<>[]`*#|\\{}"):
        return "学校名称只能包含文字、数字和常用标点，不能包含 < > [ ] ` * # | \\ { } 等符号。"
    return None
