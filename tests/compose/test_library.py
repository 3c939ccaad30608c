"""The knowledge behind the composer (knowledge/measures.yaml, knowledge/highlights.yaml) is complete and clean."""

from __future__ import annotations

import re

import pytest

from assistant.compose.highlights import load_taxonomy
from assistant.compose.library import load_library
from assistant.compose.selection import alternatives
from assistant.domain.policy import garbled_spans, placeholder_spans
from assistant.domain.profile import Profile
from assistant.domain.structure import load_structure

AREAS = ("democracy", "ethics", "women", "welfare", "culture", "self", "finance", "retirees")
KNOWN = set(Profile(school="占位测试小学", year=2027, staff=30).names()) | {
    "party_spirit", "union_congress", "union_law", "focus", "focus_list", "h", "when"}


def _texts():
    library, taxonomy = load_library(), load_taxonomy()
    for m in library.all_measures():
        yield from m.texts
    yield from library.focus_generic
    for part in library.guiding.values():
        for texts in (part.values() if isinstance(part, dict) else [part]):
            yield from texts
    for kind in taxonomy.kinds:
        for texts in kind.measures.values():
            yield from texts
        yield kind.activity


@pytest.mark.parametrize("area", AREAS)
def test_every_area_has_at_least_twenty_measures(area):
    library = load_library()
    assert len(library.sections[area]) + len(library.required.get(area, ())) >= 20


def test_every_placeholder_is_one_the_composer_fills():
    for text in _texts():
        assert set(re.findall(r"\{(\w+)\}", text)) <= KNOWN, text


def test_no_garble_blank_or_unbalanced_alternative_in_any_measure():
    for text in _texts():
        for variant in range(3):
            plain = alternatives(text, "seed", "id", variant)
            assert "[" not in plain and "]" not in plain and "|" not in plain, text
            assert garbled_spans(plain) == [] and placeholder_spans(plain.replace("{", "").replace("}", "")) == [], text


def test_every_highlight_kind_maps_to_sections_it_has_measures_for():
    keys = set(load_structure().keys())
    for kind in load_taxonomy().kinds:
        assert set(kind.sections) <= keys and kind.sections, kind.key
        assert kind.section in kind.measures, kind.key
        assert kind.exemplars and kind.keywords, kind.key
        assert kind.section != "culture" or kind.key in ("sports", "arts", "anniversary", "new_facility"), kind.key


def test_tags_and_focus_name_real_highlight_kinds():
    kinds = {k.key for k in load_taxonomy().kinds}
    for m in load_library().all_measures():
        assert set(m.tags) <= kinds and set(m.focus) <= kinds, m.id
