"""The checker's table of fixed phrases ships in knowledge/vectors (scripts/ship_vectors.py), so the first check of a
process reads it instead of cutting every knowledge text into words (bench/RESULTS.md, seventh session)."""

from __future__ import annotations

import json

from assistant.check import nearmiss


def test_the_shipped_phrase_table_is_that_of_the_current_knowledge():
    name, fresh = nearmiss.shipped_table()
    path = nearmiss.SHIPPED_DIR / name
    assert path.exists(), "knowledge/ changed: run `python scripts/ship_vectors.py`"
    assert json.loads(path.read_text(encoding="utf-8")) == fresh
    assert [p.name for p in nearmiss.SHIPPED_DIR.glob("nearmiss-*.json")] == [name]  # no stale table left behind


def test_a_garble_is_found_with_the_table_built_in_process(monkeypatch, tmp_path):
    """Without a shipped table (another knowledge copy), the checker builds its own and finds the same garble."""
    text = "大力弘扬劳模精力、劳动精神、工匠精神。"
    shipped = [(m.text, m.fixed) for m in nearmiss.near_misses(text)]
    nearmiss._phrases.cache_clear()
    monkeypatch.setattr(nearmiss, "SHIPPED_DIR", tmp_path)
    try:
        built = [(m.text, m.fixed) for m in nearmiss.near_misses(text)]
    finally:
        nearmiss._phrases.cache_clear()
    assert shipped == built == [("劳模精力", "劳模精神")]
