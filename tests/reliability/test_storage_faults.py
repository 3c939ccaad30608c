"""Storage faults: a broken or busy index, a read-only or full data dir, and two people saving one draft at once."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Session
from assistant.domain.plan import Plan
from assistant.domain.profile import Profile
from assistant.drafts.store import DraftStore
from assistant.errors import StoreError
from assistant.index.knowledge_index import KnowledgeIndex
from assistant.retrieval import Retriever
from assistant.services import Services, build_services
from assistant.settings import load_settings
from tests.reliability.conftest import PLAN_BODY, ROOT, has_cjk

MARKER = "校园读书节专题活动"
UPLOAD = (PLAN_BODY + f"（三）{MARKER}\n精心组织{MARKER}，评选书香教师。\n").encode("utf-8")
PROFILE = {"school": "江城市实验中学", "year": 2027, "staff": 126, "female_staff": 78}


def _settings(data: Path, kb: Path, **extra):
    return load_settings(data_dir=data, knowledge_dir=kb, **extra)


def _found(index: KnowledgeIndex, owner: str) -> bool:
    return any(MARKER in h.passage.text for h in Retriever(index).search(MARKER, k=5, owner=owner))


# ---- the index directory broken between two runs ---------------------------------------------------------------


def _restart() -> None:
    """Forget this process's open Chroma systems, as a restarted app would (the next index opens the files afresh)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def _delete_chroma(settings):
    shutil.rmtree(settings.index_dir / "chroma")


def _garbage_sqlite(settings):
    (settings.index_dir / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database\x00" * 4096)


def _delete_index_dir(settings):
    shutil.rmtree(settings.index_dir)


def _garbage_manifest(settings):
    for path in settings.index_dir.glob("manifest__*.json"):
        path.write_bytes(b"{\"version\": 1, \"sources\": [garbage")


def _garbage_segments(settings):
    for path in (settings.index_dir / "chroma").rglob("*.bin"):
        path.write_bytes(os.urandom(path.stat().st_size or 64))


@pytest.mark.parametrize(
    "damage",
    [_delete_chroma, _garbage_sqlite, _delete_index_dir,
     pytest.param(_garbage_manifest, marks=pytest.mark.slow), pytest.param(_garbage_segments, marks=pytest.mark.slow)],
    ids=["chroma-deleted", "sqlite-garbage", "index-dir-missing", "manifest-garbage", "hnsw-garbage"],
)
def test_broken_index_is_rebuilt_with_earlier_uploads(tmp_path, small_kb, damage):
    settings = _settings(tmp_path / "data", small_kb)
    first = KnowledgeIndex(settings)
    first.ensure_built()
    assert first.add_upload(UPLOAD, "读书节.txt", owner="学校甲").added > 0
    shared = len(first.passages(owner=""))
    first_mine = len(first.passages(owner="学校甲"))

    damage(settings)
    _restart()

    again = KnowledgeIndex(settings)
    again.ensure_built()
    assert len(again.passages(owner="")) == shared  # shipped knowledge is back, no duplicates
    assert len(again.passages(owner="学校甲")) == first_mine
    assert _found(again, "学校甲")  # the upload was restored from its stored original
    assert not _found(again, "学校乙")
    result = again.add_upload(UPLOAD.replace(b"\xe8\xaf\xbb", b"\xe5\x90\x88"), "合唱.txt", owner="学校甲")  # 读→合
    assert result.error is None


def test_index_dir_deleted_while_running_does_not_crash_the_next_upload(tmp_path, small_kb):
    """Someone removes the index directory under a running app: the next upload must not raise a traceback."""
    settings = _settings(tmp_path / "data", small_kb)
    index = KnowledgeIndex(settings)
    index.ensure_built()
    assert index.add_upload(UPLOAD, "读书节.txt", owner="学校甲").added > 0
    shutil.rmtree(settings.index_dir / "chroma")
    again = KnowledgeIndex(settings)  # same process: Chroma hands back its cached client for this path
    again.ensure_built()
    result = again.add_upload(UPLOAD.replace(MARKER.encode(), "合唱比赛活动".encode()), "合唱.txt", owner="学校甲")
    assert result.error is None or has_cjk(result.error)
    assert result.added > 0, result  # the store is rebuilt rather than written through a stale handle


# ---- a second process holding the same index ------------------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys, time
    import chromadb
    from chromadb.config import Settings
    client = chromadb.PersistentClient(path=sys.argv[1], settings=Settings(anonymized_telemetry=False))
    for c in client.list_collections():
        client.get_collection(c.name if hasattr(c, "name") else c).count()
    print("holding", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.slow
def test_second_process_holding_the_index_does_not_hang_us(tmp_path, small_kb):
    settings = _settings(tmp_path / "data", small_kb)
    KnowledgeIndex(settings).ensure_built()
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(settings.index_dir / "chroma")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        outcome: dict = {}

        def work():
            try:
                index = KnowledgeIndex(settings)
                index.ensure_built()
                outcome["upload"] = index.add_upload(UPLOAD, "读书节.txt", owner="学校甲")
                outcome["found"] = _found(index, "学校甲")
            except Exception as exc:  # reported below; a hang is what we must not see
                outcome["error"] = exc

        worker = threading.Thread(target=work, daemon=True)
        started = time.perf_counter()
        worker.start()
        worker.join(timeout=120)  # a liveness guard against a lock wait, not a speed limit
        assert not worker.is_alive(), "opening an index held by another process hung"
        assert "error" not in outcome, outcome.get("error")
        assert outcome["upload"].added > 0 and outcome["found"]
        print(f"index used beside another process in {time.perf_counter() - started:.2f}s")
    finally:
        holder.kill()
        holder.wait(timeout=10)


# ---- read-only and full data dir ---------------------------------------------------------------------------------


def _conversation(settings) -> tuple[Services, Conversation]:
    assistant = build_services(settings)
    session = Session(owner="学校甲")
    session.plan = Plan.empty(Profile.from_dict(PROFILE), assistant.structure)
    conversation = Conversation(assistant, session)
    assert conversation.edit_section("women", "健全女职工委员会，开展“三八”节活动。") is None
    return assistant, conversation


def _draft_bytes(settings, draft_id: str) -> list[tuple]:
    with sqlite3.connect(settings.drafts_db) as connection:
        return connection.execute(
            "SELECT version, content FROM versions WHERE draft_id = ? ORDER BY version", (draft_id,)
        ).fetchall()


def _assert_store_intact(settings) -> None:
    with sqlite3.connect(settings.drafts_db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_read_only_data_dir_gives_clear_messages_and_keeps_everything(tmp_path, small_kb, monkeypatch):
    settings = _settings(tmp_path / "data", small_kb)
    assistant, conversation = _conversation(settings)
    assert assistant.add_upload(UPLOAD, "读书节.txt", owner="学校甲").added > 0
    before = _draft_bytes(settings, conversation.session.draft_id)
    passages = len(assistant.index.passages())

    os.chmod(settings.data_dir, 0o555)
    for sub in (settings.uploads_dir, settings.index_dir):
        os.chmod(sub, 0o555)
    really_read_only = not os.access(settings.data_dir, os.W_OK)
    if not really_read_only:
        # Root ignores file modes: make writes fail the way a read-only filesystem does, at the lowest layer.
        real_connect = sqlite3.connect

        def read_only_connect(*args, **kwargs):
            connection = real_connect(*args, **kwargs)
            connection.set_authorizer(
                lambda action, *rest: sqlite3.SQLITE_DENY
                if action in (sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE) else sqlite3.SQLITE_OK
            )
            return connection

        def read_only_open(*args, **kwargs):
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr(sqlite3, "connect", read_only_connect)
        monkeypatch.setattr("assistant.drafts.backends.sqlite3.connect", read_only_connect)
        monkeypatch.setattr("tempfile.mkstemp", read_only_open)
    try:
        notice = conversation.edit_section("women", "这一版不应被保存。")
        assert notice and has_cjk(notice), notice
        assert "只读" in notice or "权限" in notice or "没有保存" in notice or "失败" in notice, notice
        with pytest.raises(StoreError) as caught:
            conversation.save()
        assert has_cjk(caught.value.message)
        try:
            upload = assistant.add_upload(UPLOAD.replace(MARKER.encode(), "合唱比赛活动".encode()), "合唱.txt", owner="学校甲")
        except Exception as exc:  # asserted after the store checks below
            upload = exc
        # Searching still works from what is already there.
        assert any(MARKER in h.passage.text for h in assistant.search(MARKER, owner="学校甲"))
    finally:
        monkeypatch.undo()
        for path in (settings.data_dir, settings.uploads_dir, settings.index_dir):
            os.chmod(path, 0o755)
    assert _draft_bytes(settings, conversation.session.draft_id) == before
    assert len(KnowledgeIndex(settings).passages()) == passages
    _assert_store_intact(settings)
    assert not isinstance(upload, Exception), f"upload raised {upload!r} instead of returning a Chinese error"
    assert upload.added == 0 and upload.error and has_cjk(upload.error), upload


def _can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@contextmanager
def _tiny_filesystem(path: Path, size: str):
    path.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _fill(path: Path) -> None:
    """Write a filler file until the filesystem is full (to the last block)."""
    fd = os.open(path / "filler.bin", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (1024 * 1024, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)


def test_full_disk_gives_a_clear_message_and_keeps_the_last_good_draft(tmp_path, small_kb, monkeypatch):
    data = tmp_path / "data"
    mounted = _can_mount()
    context = _tiny_filesystem(data, "48m") if mounted else _noop(data)
    with context:
        settings = _settings(data, small_kb)
        assistant, conversation = _conversation(settings)
        assistant.ensure_ready()
        before = _draft_bytes(settings, conversation.session.draft_id)
        passages = len(assistant.index.passages())
        if mounted:
            _fill(data)
        else:
            def full(*args, **kwargs):
                raise sqlite3.OperationalError("database or disk is full")

            monkeypatch.setattr("assistant.drafts.backends._SqliteTx.execute", full)
            monkeypatch.setattr("tempfile.mkstemp", lambda *a, **k: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")))
        notice = conversation.edit_section("women", "字" * 200_000)
        assert notice and "磁盘" in notice and "满" in notice, notice
        try:
            upload = assistant.add_upload(UPLOAD, "读书节.txt", owner="学校甲")
        except Exception as exc:  # asserted after the store checks below
            upload = exc
        assert len(assistant.index.passages()) == passages
        monkeypatch.undo()
        if mounted:
            (data / "filler.bin").unlink()
        assert _draft_bytes(settings, conversation.session.draft_id) == before
        _assert_store_intact(settings)
        assert not list(settings.uploads_dir.glob("*.tmp")), "a half-written upload was left behind"
        assert not isinstance(upload, Exception), f"upload raised {upload!r} instead of returning a Chinese error"
        assert upload.added == 0 and upload.error and has_cjk(upload.error), upload
        # Space is back: the next save and upload work.
        assert conversation.edit_section("women", "健全女职工委员会。") is None
        assert assistant.add_upload(UPLOAD, "读书节.txt", owner="学校甲").added > 0


@contextmanager
def _noop(value):
    yield value


# ---- two people saving one draft -----------------------------------------------------------------------------------


def test_concurrent_saves_of_one_draft_one_wins_the_others_are_told(tmp_path, small_kb):
    settings = _settings(tmp_path / "data", small_kb)
    assistant, first = _conversation(settings)
    draft_id, version = first.session.draft_id, first.session.version
    store = DraftStore(settings)
    loaded = store.get(draft_id, owner="学校甲")
    editors = []
    for _ in range(8):
        session = Session.from_content(loaded.content, owner="学校甲", draft_id=draft_id, version=version)
        editors.append(Conversation(assistant, session))
    barrier = threading.Barrier(len(editors))
    notices: dict[int, str | None] = {}

    def edit(n: int) -> None:
        barrier.wait()
        notices[n] = editors[n].edit_section("women", f"第{n}位老师的修改。")

    threads = [threading.Thread(target=edit, args=(n,)) for n in range(len(editors))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    winners = [n for n, notice in notices.items() if notice is None]
    losers = [n for n, notice in notices.items() if notice is not None]
    assert len(notices) == len(editors)
    assert len(winners) == 1, notices
    assert all("别处被修改" in notices[n] for n in losers)
    saved = store.get(draft_id, owner="学校甲")
    assert saved.version == version + 1
    women = next(d for d in saved.content["plan"]["sections"] if d["key"] == "women")
    assert women["paragraphs"] == [f"第{winners[0]}位老师的修改。"]
