"""The colloquial → formal lexicon (knowledge/formal_lexicon.yaml) as data: it loads, it is large enough to cover
spoken drafts, and a careless edit (a key written twice, an unknown macro) is refused with a message."""

from __future__ import annotations

import re
import re._compiler
import re._parser

import pytest

from assistant.errors import LoadError
from assistant.rewrite.lexicon import (
    DEFAULT_PATH,
    _classes_optimised_once,
    check_unique_keys,
    expand,
    load_lexicon,
)


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


def _patterns(lexicon) -> list[str]:
    groups = [*lexicon.groups, lexicon.concise, *([lexicon.framing] if lexicon.framing else [])]
    out = [p.pattern for g in groups for p in (g.finder, *(e.pattern for e in g.entries))]
    for rule in lexicon.verbs:
        out += [rule.verb.pattern, *(p.pattern for _, p in (*rule.objects, *rule.context, *rule.paragraph))]
    return out + [p.pattern for p in (*lexicon.concise_drop, *lexicon.concise_optional)]


@pytest.mark.skipif(not hasattr(re._compiler, "_optimize_charset"), reason="nothing is shared on this Python")
def test_sharing_the_optimised_classes_compiles_the_very_same_code():
    """load_lexicon shares re's optimisation of each distinct character class; every pattern compiles as without."""
    patterns = _patterns(load_lexicon())
    assert len(patterns) > 1000

    def code(pattern: str) -> list[int]:
        return re._compiler._code(re._parser.parse(pattern, 0), 0)

    with _classes_optimised_once():
        shared = [code(p) for p in patterns]
    assert re._compiler._optimize_charset.__module__ == "re._compiler"  # put back afterwards
    assert shared == [code(p) for p in patterns]
