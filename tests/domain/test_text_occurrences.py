"""occurrences() finds a word where re.finditer(re.escape(word), text) finds it, without compiling a pattern."""

from __future__ import annotations

import re

import pytest

from assistant.domain.text import occurrences


@pytest.mark.parametrize(
    ("word", "text"),
    [("工会", "工会工会会"), ("aa", "aaaaa"), ("中考", "体育中考与中考"), ("节", ""), ("", "三八节"), ("", ""),
     ("a.b", "a.bxa.b"), ("国庆", "没有")],
)
def test_occurrences_are_those_of_an_escaped_pattern(word, text):
    assert list(occurrences(word, text)) == [m.span() for m in re.finditer(re.escape(word), text)]
