"""A knowledge file that names the same key twice loses the first entry without a word: YAML keeps the last, so the
checker's spinner list once knew 主人翁意识 only by its second entry and an addition to the first did nothing
(thirty-seventh session). Every mapping in every knowledge file names each key once."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that records each key a mapping names more than once, with its line."""

    repeated: list[tuple[int, object]]


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False):
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, (str, int, float, bool)) and key in seen:
            loader.repeated.append((key_node.start_mark.line + 1, key))
        seen.add(key) if isinstance(key, (str, int, float, bool)) else None
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(KNOWLEDGE.glob("*.yaml")), ids=lambda p: p.name)
def test_no_knowledge_file_names_a_key_twice(path):
    loader = _StrictLoader(path.read_text(encoding="utf-8"))
    loader.repeated = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    assert loader.repeated == [], f"{path.name}: keys named twice (line, key): {loader.repeated}"


def test_the_check_sees_a_key_named_twice():
    loader = _StrictLoader("a:\n  b: 1\n  c: 2\n  b: 3\n")
    loader.repeated = []
    assert loader.get_single_data() == {"a": {"b": 3, "c": 2}}
    assert loader.repeated == [(4, "b")]
