"""The divisions of a school's staff whose parts cannot share a member (knowledge/policy_terms.yaml
`staff_divisions`): by sex, by kind of contract, by post. Parts of one division add up to at most the whole."""

from __future__ import annotations

import functools

from assistant.domain.data import read_yaml
from assistant.domain.policy import DEFAULT_PATH as POLICY_PATH


@functools.lru_cache(maxsize=1)
def _data() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    data = read_yaml(POLICY_PATH) or {}
    divisions = {str(k): tuple(str(w) for w in v or ()) for k, v in (data.get("staff_divisions") or {}).items()}
    return divisions, frozenset(str(w) for w in data.get("staff_nouns") or ())


def division(label: str) -> str:
    """The division a part's label belongs to, '' when none or when the label may overlap another part.

    >>> division("女教师"), division("在编人员"), division("保育员"), division("骨干教师")
    ('sex', 'contract', 'post', '')
    """
    divisions, nouns = _data()
    posts = set(divisions.get("post", ()))
    for name, words in divisions.items():
        if name == "post":
            if label in posts:
                return name
            continue
        for word in sorted(words, key=len, reverse=True):
            rest = label[len(word):]
            if label.startswith(word) and (not rest or rest in posts or rest in nouns):
                return name
    return ""
