"""KnowledgeIndex: incremental ingest by content hash, uploads (storage, dedup, refusal), rebuild after corruption."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from assistant.index.embedders import HashEmbedding
from assistant.index.knowledge_index import KnowledgeIndex
from assistant.retrieval import Retriever
from assistant.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "knowledge"


class RecordingEmbedder(HashEmbedding):
    """The hash embedder, counting how many documents it was asked to embed."""

    def __init__(self):
        super().__init__()
        self.embedded = 0

    def sparse(self, text):
        self.embedded += 1
        return super().sparse(text)


@pytest.fixture
def kb(tmp_path) -> Path:
    """A small knowledge dir: one example-plan file and one statute."""
    root = tmp_path / "kb"
    (root / "examples").mkdir(parents=True)
    (root / "policy").mkdir()
    shutil.copy(SHIPPED / "examples" / "003_dfa1114e08482e2e.txt", root / "examples")
    shutil.copy(SHIPPED / "policy" / "女职工劳动保护特别规定(2012-04-28).md", root / "policy")
    return root


def _index(tmp_path: Path, kb: Path, embedder=None) -> KnowledgeIndex:
    return KnowledgeIndex(load_settings(data_dir=tmp_path / "data", knowledge_dir=kb), embedder=embedder)


def _texts(index: KnowledgeIndex) -> str:
    return "\n".join(p.text for p in index.passages())


def test_second_ingest_of_unchanged_files_is_a_no_op(tmp_path, kb):
    embedder = RecordingEmbedder()
    index = _index(tmp_path, kb, embedder)
    first = index.ingest()
    assert first.files == 2 and first.added == first.passages > 10
    assert first.plans >= 5
    assert embedder.embedded == first.added

    again = _index(tmp_path, kb, embedder)  # a new process would see the same manifest and store
    second = again.ingest()
    assert (second.added, second.removed, second.unchanged) == (0, 0, 2)
    assert second.passages == first.passages
    assert second.plans == first.plans
    assert embedder.embedded == first.added  # nothing re-embedded
    assert len(again.passages()) == first.passages


def test_changed_file_replaces_its_passages_and_deleted_file_removes_them(tmp_path, kb):
    embedder = RecordingEmbedder()
    index = _index(tmp_path, kb, embedder)
    index.ingest()
    law = kb / "policy" / "女职工劳动保护特别规定(2012-04-28).md"
    law_count = sum(p.source.startswith("policy/") for p in index.passages())
    text = law.read_text(encoding="utf-8")
    assert "第七条" in text
    law.write_text(text.replace("98天", "一百二十八天"), encoding="utf-8")
    before = embedder.embedded

    report = index.ingest()
    assert report.unchanged == 1
    assert report.added == report.removed >= 1
    assert embedder.embedded - before == report.added  # only the changed article is embedded again
    assert "一百二十八天" in _texts(index) and "98天" not in _texts(index)
    hits = Retriever(index).search("女职工产假多少天", k=3)
    assert any("一百二十八天" in h.passage.text for h in hits)

    law.unlink()
    report = index.ingest()
    assert report.removed == law_count
    assert not any(p.source.startswith("policy/") for p in index.passages())
    assert index.store.count() == len(index.passages())


def test_upload_is_stored_under_a_generated_name_and_deduplicated(tmp_path, kb):
    index = _index(tmp_path, kb)
    index.ensure_built()
    data = "我校工会计划开展“书香校园”读书分享会，每月一次，由工会小组长组织。".encode("gbk")
    result = index.add_upload(data, "../../evil 计划.txt", owner="school-a")
    assert result.error is None and result.added == 1
    stored = [p.name for p in index.settings.uploads_dir.iterdir()]
    assert stored and not any("evil" in name or "计划" in name for name in stored)
    assert not (tmp_path / "evil 计划.txt").exists()
    uploaded = [p for p in index.passages() if p.owner == "school-a"]
    assert uploaded[0].source == "evil 计划.txt" and uploaded[0].kind == "upload"

    duplicate = index.add_upload(data, "again.txt", owner="school-a")
    assert duplicate.added == 0 and duplicate.error is None and "相同" in duplicate.message
    assert len([p for p in index.passages() if p.owner == "school-a"]) == 1


def test_bad_upload_is_refused_with_a_chinese_reason(tmp_path, kb):
    index = _index(tmp_path, kb)
    for data, name in ((b"", "empty.txt"), (bytes(range(256)) * 40, "blob.txt"), (b"PK\x03\x04broken", "x.docx")):
        result = index.add_upload(data, name)
        assert result.added == 0
        assert result.error and any("\u4e00" <= ch <= "\u9fff" for ch in result.error)
    assert not any(p.kind == "upload" for p in index.passages())


def test_corrupt_store_is_rebuilt_with_uploads(tmp_path, kb):
    from chromadb.api.shared_system_client import SharedSystemClient

    index = _index(tmp_path, kb)
    index.ensure_built()
    index.add_upload("教工之家建设：添置健身器材，开放阅览室。".encode(), "家.txt")
    count = len(index.passages())
    SharedSystemClient.clear_system_cache()  # what a fresh process would see
    sqlite_file = index.settings.index_dir / "chroma" / "chroma.sqlite3"
    assert sqlite_file.exists()
    sqlite_file.write_bytes(b"this is not a database" * 100)

    fresh = _index(tmp_path, kb)
    fresh.ensure_built()
    assert len(fresh.passages()) == count
    hits = Retriever(fresh).search("教工之家添置健身器材", k=3)
    assert any(h.passage.kind == "upload" for h in hits)


def test_wiped_store_with_stale_manifest_is_rebuilt(tmp_path, kb):
    from chromadb.api.shared_system_client import SharedSystemClient

    index = _index(tmp_path, kb)
    report = index.ingest()
    SharedSystemClient.clear_system_cache()
    shutil.rmtree(index.settings.index_dir / "chroma")

    fresh = _index(tmp_path, kb)
    again = fresh.ingest()
    assert again.added == report.passages
    assert fresh.store.count() == report.passages


# ---- uploads when storage fails ---------------------------------------------------------------------------------

UPLOAD_TEXT = "我校工会举办“墨香校园”书法比赛，评选优秀作品并在校园展出。"


def _leftovers(index: KnowledgeIndex) -> list[str]:
    uploads = index.settings.uploads_dir
    return sorted(p.name for p in uploads.iterdir()) if uploads.exists() else []


def test_index_deleted_while_running_is_rebuilt_on_the_next_upload(tmp_path, kb):
    index = _index(tmp_path, kb)
    index.ensure_built()
    assert index.add_upload("教工之家建设：添置健身器材，开放阅览室。".encode(), "家.txt").added == 1
    count = len(index.passages())
    shutil.rmtree(index.settings.index_dir / "chroma")  # the same instance keeps its (now stale) handle

    result = index.add_upload(UPLOAD_TEXT.encode("utf-8"), "书法.txt")
    assert result.error is None and result.added == 1
    assert len(index.passages()) == count + 1  # knowledge and the earlier upload are back, nothing twice
    assert (index.settings.index_dir / "chroma" / "chroma.sqlite3").exists()
    for query, name in (("书法比赛优秀作品展出", "书法.txt"), ("教工之家添置健身器材", "家.txt")):
        assert any(h.passage.source == name for h in Retriever(index).search(query, k=3))


@pytest.mark.parametrize(
    "number, words",
    [(errno.EROFS, ("只读",)), (errno.EACCES, ("只读", "权限")), (errno.ENOSPC, ("磁盘", "满"))],
    ids=["read-only", "no-permission", "disk-full"],
)
def test_upload_that_cannot_be_saved_is_refused_in_chinese_and_leaves_nothing(tmp_path, kb, monkeypatch, number, words):
    index = _index(tmp_path, kb)
    index.ensure_built()
    before = index.passages()
    real_fdopen = os.fdopen

    class FailingFile:
        """A temp file whose data never reaches the disk."""

        def __init__(self, fd, mode, *args, **kwargs):
            self._fh = real_fdopen(fd, mode, *args, **kwargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._fh.close()

        def write(self, data):
            raise OSError(number, os.strerror(number))

    monkeypatch.setattr(os, "fdopen", FailingFile)
    result = index.add_upload(UPLOAD_TEXT.encode("utf-8"), "书法.txt", owner="school-a")
    monkeypatch.undo()

    assert result.added == 0 and result.error and all(word in result.error for word in words), result
    assert "Error" not in result.error
    assert _leftovers(index) == []  # no stray temp file, no original without its passages
    assert index.passages() == before
    assert len(_index(tmp_path, kb).passages()) == len(before)
    assert index.add_upload(UPLOAD_TEXT.encode("utf-8"), "书法.txt", owner="school-a").added == 1  # space is back


def test_upload_failing_after_its_passages_were_written_is_rolled_back(tmp_path, kb, monkeypatch):
    index = _index(tmp_path, kb)
    index.ensure_built()
    before = index.passages()

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("assistant.index.atomic.write_json", full)  # the record and manifest cannot be written
    result = index.add_upload(UPLOAD_TEXT.encode("utf-8"), "书法.txt")
    monkeypatch.undo()

    assert result.added == 0 and "磁盘" in result.error
    assert index.store.count() == len(before)  # the passages that did reach Chroma were removed again
    assert index.passages() == before and _leftovers(index) == []
    assert not Retriever(_index(tmp_path, kb)).search("书法比赛", k=3, kinds=["upload"])
    assert index.add_upload(UPLOAD_TEXT.encode("utf-8"), "书法.txt").added == 1


def test_full_disk_inside_chroma_keeps_the_index_instead_of_rebuilding_it(tmp_path, kb, monkeypatch):
    from chromadb.errors import InternalError

    index = _index(tmp_path, kb)
    index.ensure_built()
    before = index.passages()

    def full(*args, **kwargs):
        raise InternalError("database or disk is full")

    monkeypatch.setattr(type(index.store.collection), "upsert", full)
    result = index.add_upload(UPLOAD_TEXT.encode("utf-8"), "书法.txt")
    monkeypatch.undo()

    assert result.added == 0 and "磁盘" in result.error and "满" in result.error
    assert not list(index.settings.index_dir.glob("chroma.corrupt-*"))  # a full disk is not a broken store
    assert index.passages() == before and _leftovers(index) == []


DISPLAY_NAMES = [
    ("bad\x00name.txt", "badname.txt"),
    ("..", "未命名文件"),
    (".", "未命名文件"),
    ("   ", "未命名文件"),
    ("dir/..", "未命名文件"),
    ("..\\..\\Windows\\计划.txt", "计划.txt"),
    ("tab\there\r\n.txt", "tabhere.txt"),
    ("\u202etxt.exe", "txt.exe"),
]


def test_upload_display_name_is_a_plain_name(tmp_path, kb):
    index = _index(tmp_path, kb)
    for n, (filename, shown) in enumerate(DISPLAY_NAMES):
        owner = f"school-{n}"
        result = index.add_upload(f"{UPLOAD_TEXT}（第{n}份）".encode(), filename, owner=owner)
        assert result.error is None and result.filename == shown, (filename, result)
        assert {p.source for p in index.passages(owner=owner) if p.kind == "upload"} == {shown}
    assert all(p.name.endswith((".bin", ".json")) for p in index.settings.uploads_dir.iterdir())


def _counting_tokens(index: KnowledgeIndex) -> list[str]:
    """Record every text the index tokenises for BM25 (queries are not tokenised by the index itself)."""
    seen: list[str] = []
    original = index.tokenizer.tokens

    def tokens(text):
        seen.append(text)
        return original(text)

    index.tokenizer.tokens = tokens
    return seen


def test_restart_reuses_cached_tokens_and_gives_the_same_results(tmp_path, kb):
    first = _index(tmp_path, kb)
    first.ensure_built()
    first.add_upload("一、特色工作\n工会组织教职工开展紫藤读书会。\n".encode(), "读书.txt", owner="school-a")
    expected = [(h.passage.id, h.score) for h in Retriever(first).search("紫藤读书会 女职工", k=8, owner="school-a")]

    again = _index(tmp_path, kb)  # what the next app start sees: same manifest, same store
    tokenised = _counting_tokens(again)
    again.ensure_built()
    assert tokenised == []  # nothing re-tokenised: tokens and BM25 come from the cache
    assert [(h.passage.id, h.score) for h in Retriever(again).search("紫藤读书会 女职工", k=8, owner="school-a")] == expected

    tokenised.clear()  # the searches tokenised their queries
    added = again.add_upload("二、送温暖\n春节前走访慰问困难教职工和退休教师。\n".encode(), "慰问.txt")
    assert len(tokenised) == added.added  # an upload tokenises only its own passages


def test_damaged_cache_is_rebuilt_not_fatal(tmp_path, kb):
    first = _index(tmp_path, kb)
    first.ensure_built()
    expected = [h.passage.id for h in Retriever(first).search("女职工产假", k=5)]
    for path in first.settings.index_dir.glob("features__*"):
        path.write_bytes(b"not a cache")
    for path in first.settings.index_dir.glob("snapshot__*/*"):
        path.write_bytes(b"{broken")
    again = _index(tmp_path, kb)
    assert [h.passage.id for h in Retriever(again).search("女职工产假", k=5)] == expected


def test_searches_in_threads_stay_valid_while_uploads_arrive(tmp_path, kb):
    import threading

    index = _index(tmp_path, kb)
    index.ensure_built()
    retriever = Retriever(index)
    queries = ["女职工产假多少天", "工会法第十一条", "送温暖慰问", "读书会", "工会经费"]
    errors: list[BaseException] = []
    searched = [0]
    done = threading.Event()

    def search_loop(n: int) -> None:
        try:
            while not done.is_set():
                owner = "school-a" if n % 2 else None
                for hit in retriever.search(queries[searched[0] % len(queries)], k=5, owner=owner):
                    assert hit.passage.owner in ("", owner or "")
                    assert hit.score > 0 and hit.passage.text
                searched[0] += 1
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=search_loop, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    try:
        for i in range(6):
            owner = "school-a" if i % 2 else "school-b"
            text = f"一、特色工作\n第{i}届读书会由工会组织，教职工分享读书心得{i}。\n"
            assert index.add_upload(text.encode("utf-8"), f"读书{i}.txt", owner=owner).added == 1
    finally:
        done.set()
        for t in threads:
            t.join(timeout=60)
    assert errors == [] and searched[0] > 0
    sources = {h.passage.source for h in retriever.search("读书会读书心得", k=20, owner="school-a")}
    assert {"读书1.txt", "读书3.txt", "读书5.txt"} <= sources and not sources & {"读书0.txt", "读书2.txt"}


def test_second_instance_sees_an_upload_made_by_another(tmp_path, kb):
    writer = _index(tmp_path, kb)
    reader = _index(tmp_path, kb)  # e.g. a second app process sharing the data dir
    writer.ensure_built()
    reader.ensure_built()
    reader.freshness_seconds = 0.0
    assert all(h.passage.source != "紫藤.txt" for h in Retriever(reader).search("紫藤读书会", k=5, owner="school-a"))
    assert writer.add_upload("一、特色工作\n紫藤读书会每周三下午活动。\n".encode(), "紫藤.txt", owner="school-a").added
    hits = Retriever(reader).search("紫藤读书会", k=5, owner="school-a")
    assert hits and hits[0].passage.source == "紫藤.txt"
    assert all(h.passage.source != "紫藤.txt" for h in Retriever(reader).search("紫藤读书会", k=5, owner="school-b"))


def test_many_files_are_written_in_few_batches_and_an_interrupted_ingest_resumes(tmp_path, kb, monkeypatch):
    for i in range(30):
        (kb / "examples" / f"plan_{i:02d}.txt").write_text(
            f"第{i}号学校工会工作计划\n一、指导思想\n坚持以教职工为中心，第{i}项工作扎实推进。\n"
            f"二、主要工作\n（一）女职工工作\n组织第{i}次三八节活动，关心女教职工身心健康。\n"
            f"（二）送温暖\n走访慰问第{i}批困难教职工。\n",
            encoding="utf-8",
        )
    full = _index(tmp_path / "reference", kb).ingest()

    index = _index(tmp_path, kb)
    calls = []
    original = type(index.store.collection).upsert

    def failing_upsert(self, *args, **kwargs):
        calls.append(len(kwargs["ids"]))
        if len(calls) == 2:
            raise RuntimeError("killed mid-ingest")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(type(index.store.collection), "upsert", failing_upsert)
    monkeypatch.setattr("assistant.index.ingest.UPSERT_BATCH", 40)
    with pytest.raises(RuntimeError):
        index.ingest()
    assert calls[0] >= 40  # passages of several files went in one call
    monkeypatch.undo()

    resumed = _index(tmp_path, kb)
    report = resumed.ingest()
    assert 0 < report.added < full.passages  # files committed before the crash were not redone
    assert report.passages == full.passages == len(resumed.passages()) == resumed.store.count()
    assert len({p.id for p in resumed.passages()}) == full.passages
