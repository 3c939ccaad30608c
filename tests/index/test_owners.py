"""Moving a school's uploads to another owner (school names → school ids): same passages, nothing read again,
nothing left under the old owner, and a move interrupted at any step completes at the next try."""

from __future__ import annotations

import json

import pytest

from assistant.index.knowledge_index import KnowledgeIndex
from assistant.index.manifest import Manifest
from assistant.retrieval import Retriever
from assistant.settings import load_settings
from tests.reliability.conftest import PLAN_BODY, make_small_kb

OLD, NEW = "江城市实验中学", "sch_0001"


def _plan(marker: str) -> bytes:
    return (PLAN_BODY + f"（三）{marker}\n举办{marker}，组织教职工参加。\n").encode("utf-8")


@pytest.fixture
def index(tmp_path) -> KnowledgeIndex:
    settings = load_settings(data_dir=tmp_path / "data", knowledge_dir=make_small_kb(tmp_path / "kb"))
    index = KnowledgeIndex(settings)
    index.ensure_built()
    for marker in ("樱花诗会", "书法展览"):
        assert index.add_upload(_plan(marker), f"{marker}.txt", owner=OLD).added
    return index


def _owners(index: KnowledgeIndex) -> dict[str, set[str]]:
    """Where each owner's uploads are: passages, manifest entries and stored records."""
    records = [json.loads(p.read_text(encoding="utf-8")) for p in index.settings.uploads_dir.glob("*.json")]
    manifest = json.loads(index.manifest_path.read_text(encoding="utf-8"))["sources"]
    return {
        "passages": {p.owner for p in index.passages() if p.kind == "upload"},
        "manifest": {e["owner"] for k, e in manifest.items() if k.startswith("upload:")},
        "records": {r["owner"] for r in records},
    }


def _found(index: KnowledgeIndex, text: str, owner: str) -> bool:
    return any(text in h.passage.text for h in Retriever(index).search(text, k=5, owner=owner))


def test_uploads_move_whole_and_nothing_stays_under_the_old_owner(index):
    texts = sorted(p.text for p in index.passages(owner=OLD) if p.kind == "upload")
    assert index.reassign_owner(OLD, NEW) == 2
    assert _owners(index) == {"passages": {NEW}, "manifest": {NEW}, "records": {NEW}}
    assert sorted(p.text for p in index.passages(owner=NEW) if p.kind == "upload") == texts  # the same passages
    assert _found(index, "樱花诗会", NEW) and not _found(index, "樱花诗会", OLD)
    assert index.store.count() == len(index.passages())  # no orphan left in the store
    assert index.upload_usage(NEW).files == 2 and index.upload_usage(OLD).files == 0
    assert index.reassign_owner(OLD, NEW) == 0  # again: nothing to do

    restarted = KnowledgeIndex(index.settings)
    restarted.ensure_built()
    assert restarted.store._collection is None  # the next start reads its saved snapshot
    assert _found(restarted, "书法展览", NEW)


def test_an_upload_already_under_the_new_owner_only_loses_its_old_copy(index):
    assert index.add_upload(_plan("樱花诗会"), "又一份.txt", owner=NEW).added
    assert index.reassign_owner(OLD, NEW) == 2
    mine = [p for p in index.passages(owner=NEW) if p.kind == "upload"]
    assert {p.source for p in mine} == {"又一份.txt", "书法展览.txt"}  # the same file is not there twice
    assert _owners(index)["passages"] == {NEW} and index.upload_usage(NEW).files == 2


def test_a_move_interrupted_after_any_step_completes_at_the_next_try(index, monkeypatch):
    real = Manifest.save
    calls = {"n": 0}

    def failing(self, data):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError(28, "No space left on device")  # the first manifest write of the move fails
        return real(self, data)

    monkeypatch.setattr(Manifest, "save", failing)
    with pytest.raises(OSError):
        index.reassign_owner(OLD, NEW)
    monkeypatch.undo()

    restarted = KnowledgeIndex(index.settings)  # the next start repairs what the failed step left
    restarted.ensure_built()
    restarted.reassign_owner(OLD, NEW)  # and the migration, not marked done, runs again
    assert _owners(restarted) == {"passages": {NEW}, "manifest": {NEW}, "records": {NEW}}
    assert _found(restarted, "樱花诗会", NEW) and _found(restarted, "书法展览", NEW)  # nothing lost
    assert restarted.store.count() == len(restarted.passages())
