"""The colloquial → formal lexicon (knowledge/formal_lexicon.yaml) as data: it loads, it is large enough to cover
spoken drafts, and a careless edit (a key written twice, an unknown macro) is refused with a message."""

from __future__ import annotations

import pytest

from assistant.errors import LoadError
from assistant.rewrite.lexicon import DEFAULT_PATH, check_unique_keys, expand, load_lexicon


def test_the_shipped_lexicon_loads_with_several_hundred_entries():
    lexicon = load_lexicon()
    replacements = sum(len(g.entries) for g in lexicon.groups) + len(lexicon.concise.entries)
    assert replacements >= 300
    assert {g.name for g in lexicon.groups} >= {"discourse", "address", "adverbs", "verbs"}
    assert lexicon.verbs and lexicon.single_verbs and lexicon.units["day"] == ("日", ("号",))


def test_every_group_says_why_in_chinese():
    for group in load_lexicon().groups:
        assert group.reason and any("\u4e00" <= ch <= "\u9fff" for ch in group.reason)


def _variant(tmp_path, old: str, new: str):
    text = DEFAULT_PATH.read_text(encoding="utf-8").replace(old, new, 1)
    path = tmp_path / "lexicon.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_key_written_twice_is_refused(tmp_path):
    path = _variant(tmp_path, "      '开会': 召开会议\n", "      '开会': 召开会议\n      '开会': 开会议\n")
    with pytest.raises(LoadError, match="开会"):
        check_unique_keys(path)  # checked by tests, not at every start (the fast loader cannot see duplicates)


def test_the_shipped_lexicon_writes_no_key_twice():
    check_unique_keys()


def test_an_unknown_macro_is_refused(tmp_path):
    path = _variant(tmp_path, "      '开会': 召开会议\n", "      '开{MEETINGS}': 召开会议\n")
    with pytest.raises(LoadError, match="MEETINGS"):
        load_lexicon(path)


def test_macros_expand_to_classes_and_word_sets():
    sets = {"PEOPLE": ("教师", "教职工")}
    assert expand("{N}个{PEOPLE}", sets) == "[\ue000-\ue7ff]个(?:教职工|教师)"
    assert expand("[{H}{N}]", sets) == "[\u4e00-\u9fff\ue000-\ue7ff]"
