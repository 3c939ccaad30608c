"""Drafts store: versions, restore, owners, conflicts, read-only and full disks, and survival of SIGKILL mid-write."""

from __future__ import annotations

import glob
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.drafts.store import DraftStore
from assistant.errors import StoreError
from assistant.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
WRITER = ROOT / "tests" / "store_writer.py"


# ---- PostgreSQL: an existing server (ASSISTANT_TEST_PG_URL) or a throwaway one started here ---------------------


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server_url():
    """URL of a PostgreSQL server for the tests, or skip when there is none and none can be started."""
    given = os.environ.get("ASSISTANT_TEST_PG_URL")
    if given:
        yield given
        return
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL is not installed (no initdb/pg_ctl) and ASSISTANT_TEST_PG_URL is unset")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed")
    base = Path(tempfile.mkdtemp(prefix="pg-test-"))
    run_as: dict = {}
    if os.geteuid() == 0:
        # initdb refuses to run as root; run the server as an unprivileged account.
        import pwd

        for account in ("postgres", "nobody"):
            try:
                entry = pwd.getpwnam(account)
            except KeyError:
                continue
            run_as = {"user": entry.pw_uid, "group": entry.pw_gid}
            os.chown(base, entry.pw_uid, entry.pw_gid)
            break
        else:
            pytest.skip("running as root and no unprivileged account for PostgreSQL")
    data, sockets, port = base / "data", base / "sock", _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    try:
        subprocess.run(
            [initdb, "-D", str(data), "-U", "test", "--auth=trust", "-E", "UTF8", "--no-sync"],
            check=True, capture_output=True, timeout=120, cwd=base, env=env, **run_as,
        )  # fmt: skip
        (base / "sock").mkdir()
        if run_as:
            os.chown(sockets, run_as["user"], run_as["group"])
        options = f"-h 127.0.0.1 -p {port} -k {sockets} -c fsync=off"
        subprocess.run(
            [pg_ctl, "-D", str(data), "-o", options, "-l", str(base / "log"), "-w", "-t", "60", "start"],
            check=True, capture_output=True, timeout=90, cwd=base, env=env, **run_as,
        )  # fmt: skip
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"could not start a throwaway PostgreSQL: {error}")
    try:
        yield f"postgresql://test@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, timeout=60, cwd=base, **run_as
        )
        shutil.rmtree(base, ignore_errors=True)


def _fresh_pg_database(server_url: str) -> str:
    import psycopg

    name = "drafts_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    """A DraftStore on a fresh database of each kind."""
    if request.param == "sqlite":
        return DraftStore(load_settings(data_dir=tmp_path / "data"))
    url = _fresh_pg_database(request.getfixturevalue("pg_server_url"))
    return DraftStore(load_settings(data_dir=tmp_path / "data", db_url=url))


def _plan(n: int) -> dict:
    return {"profile": {"school": "某某中学", "year": 2027}, "sections": [{"title": "一、指导思想", "text": f"第{n}稿"}]}


# ---- behaviour shared by both databases ---------------------------------------------------------------------


def test_each_save_is_a_new_version_and_old_versions_stay_readable(store):
    info = store.create("2027年工作计划", _plan(1))
    assert info.current_version == 1
    second = store.save(info.id, _plan(2))
    third = store.save(info.id, _plan(3), expected_version=2)
    assert (second.current_version, third.current_version) == (2, 3)
    assert store.get(info.id).content == _plan(3)
    assert store.get(info.id).version == 3
    assert store.get(info.id, version=1).content == _plan(1)
    assert [v.version for v in store.versions(info.id)] == [3, 2, 1]
    with pytest.raises(StoreError, match="第 9 版"):
        store.get(info.id, version=9)


def test_restore_copies_an_old_version_as_the_newest(store):
    info = store.create("计划", _plan(1))
    store.save(info.id, _plan(2))
    restored = store.restore(info.id, 1)
    assert restored.current_version == 3
    assert store.get(info.id).content == _plan(1)
    assert store.get(info.id, version=2).content == _plan(2)  # nothing is overwritten


@pytest.fixture(params=["sqlite", "postgres"])
def settings_keeping(request, tmp_path):
    """A function of N: settings keeping N versions per draft, on a fresh database of each kind."""
    url = _fresh_pg_database(request.getfixturevalue("pg_server_url")) if request.param == "postgres" else None

    def make(kept: int):
        return load_settings(data_dir=tmp_path / "data", db_url=url, draft_versions_kept=kept)

    return make


def _version_rows(store: DraftStore, draft_id: str) -> int:
    with store._backend.transaction(write=False) as tx:  # the database itself, not what the API chooses to list
        return tx.execute("SELECT count(*) FROM versions WHERE draft_id = ?", (draft_id,)).fetchone()[0]


@pytest.mark.parametrize("kept", [1, 3])
def test_old_versions_are_pruned_keeping_the_first_and_the_latest(settings_keeping, kept):
    # Issue 15: a draft saved thousands of times grew the database without bound (8,715 versions, 1.3 GB).
    store = DraftStore(settings_keeping(kept))
    info = store.create("计划", _plan(0))
    other = store.create("另一份计划", _plan(100))
    for n in range(1, 30):
        info = store.save(info.id, _plan(n), expected_version=info.current_version)
    latest = list(range(30, 30 - kept, -1))
    assert [v.version for v in store.versions(info.id)] == [*latest, 1]
    assert _version_rows(store, info.id) == kept + 1
    assert store.get(info.id).content == _plan(29)  # the current one is never pruned, even when only one is kept
    assert store.get(info.id, version=1).content == _plan(0)  # nor the first
    with pytest.raises(StoreError, match="第 15 版"):
        store.get(info.id, version=15)
    restored = store.restore(info.id, 1)  # restoring the first makes it current and prunes once more
    assert store.get(info.id).content == _plan(0) and restored.current_version == 31
    assert [v.version for v in store.versions(info.id)] == [*(v + 1 for v in latest), 1]
    assert [v.version for v in store.versions(other.id)] == [1]  # another draft is untouched


def test_list_is_newest_first_and_rename_and_delete_work(store):
    first = store.create("甲计划", _plan(1))
    second = store.create("乙计划", _plan(2))
    assert [d.id for d in store.list()] == [second.id, first.id]
    store.save(first.id, _plan(3))
    assert [d.id for d in store.list()] == [first.id, second.id]
    renamed = store.rename(second.id, "  乙计划（修订） ")
    assert renamed.name == "乙计划（修订）"
    assert store.get(second.id).info.name == "乙计划（修订）"
    store.delete(first.id)
    assert [d.id for d in store.list()] == [second.id]
    with pytest.raises(StoreError, match="找不到该草稿"):
        store.get(first.id)
    with pytest.raises(StoreError, match="找不到该草稿"):
        store.save(first.id, _plan(4))
    with pytest.raises(StoreError, match="名称不能为空"):
        store.rename(second.id, "   ")


def test_owners_cannot_see_or_touch_each_others_drafts(store):
    mine = store.create("我的计划", _plan(1), owner="alice")
    store.create("他的计划", _plan(2), owner="bob")
    assert [d.name for d in store.list(owner="alice")] == ["我的计划"]
    assert store.list(owner="") == []
    for attempt in (
        lambda: store.get(mine.id, owner="bob"),
        lambda: store.save(mine.id, _plan(9), owner="bob"),
        lambda: store.rename(mine.id, "改名", owner="bob"),
        lambda: store.delete(mine.id, owner="bob"),
        lambda: store.restore(mine.id, 1, owner="bob"),
        lambda: store.versions(mine.id, owner="bob"),
    ):
        with pytest.raises(StoreError, match="找不到该草稿"):
            attempt()
    assert store.get(mine.id, owner="alice").content == _plan(1)
    assert store.get(mine.id, owner="alice").info.name == "我的计划"


def test_stale_save_is_refused_not_silently_lost(store):
    info = store.create("计划", _plan(1))
    store.save(info.id, _plan(2), expected_version=1)  # another tab saved first
    with pytest.raises(StoreError) as caught:
        store.save(info.id, _plan(3), expected_version=1)
    assert caught.value.message == "草稿已在别处被修改（当前版本 2），请刷新后再保存"
    assert store.get(info.id).content == _plan(2)


def test_concurrent_saves_from_threads_lose_nothing(store):
    info = store.create("计划", _plan(0))
    outcomes: list[str] = []
    lock = threading.Lock()

    def worker(index: int) -> None:
        for attempt in range(5):
            current = store.get(info.id).version
            try:
                store.save(info.id, _plan(index * 100 + attempt), expected_version=current)
                result = "saved"
            except StoreError as error:
                assert "别处被修改" in error.message
                result = "conflict"
            with lock:
                outcomes.append(result)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    saved = outcomes.count("saved")
    assert saved >= 1 and len(outcomes) == 30
    # Every successful save is a version of its own: nothing was overwritten in a race.
    assert store.get(info.id).version == 1 + saved
    assert len(store.versions(info.id)) == 1 + saved


def test_content_roundtrips_exactly_and_bad_content_is_refused(store):
    content = {"标题": "计划", "nested": [1, 2.5, None, True, {"引号": "“工会”\n"}], "empty": {}}
    info = store.create("计划", content)
    assert store.get(info.id).content == content
    with pytest.raises(StoreError):
        store.save(info.id, {"bad": float("nan")})
    with pytest.raises(StoreError):
        store.save(info.id, {"bad": object()})
    assert store.get(info.id).version == 1


def test_unreachable_postgres_or_unknown_url_is_a_clear_store_error(tmp_path):
    pytest.importorskip("psycopg")
    url = f"postgresql://test@127.0.0.1:{_free_port()}/drafts"  # nothing listens there
    with pytest.raises(StoreError, match="无法连接草稿数据库"):
        DraftStore(load_settings(data_dir=tmp_path, db_url=url))
    with pytest.raises(StoreError, match="不支持的草稿库地址"):
        DraftStore(load_settings(data_dir=tmp_path, db_url="mysql://localhost/drafts"))


# ---- SQLite specifics: the file, its settings, and failures of the disk under it ------------------------------


def test_sqlite_file_is_created_in_missing_data_dir_in_wal_mode(tmp_path):
    settings = load_settings(data_dir=tmp_path / "new" / "data")
    DraftStore(settings).create("计划", _plan(1))
    assert settings.drafts_db.exists()
    with sqlite3.connect(settings.drafts_db) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_drafts_survive_reopening_the_store(tmp_path):
    settings = load_settings(data_dir=tmp_path)
    info = DraftStore(settings).create("计划", _plan(1))
    reopened = DraftStore(settings)
    assert reopened.get(info.id).content == _plan(1)


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True).returncode == 0


@contextmanager
def _tmpfs(path: Path, size: str):
    """A real small filesystem at path (root only); skip the test where mounting is not allowed."""
    path.mkdir(parents=True, exist_ok=True)
    can_mount = os.geteuid() == 0 and shutil.which("mount") is not None
    if not (can_mount and _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path))):
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield path
    finally:
        _run("umount", "-l", str(path))


def _snapshot(store: DraftStore) -> list:
    return [(d.id, d.name, d.current_version, store.get(d.id).content) for d in store.list()]


def test_read_only_data_dir_gives_store_error_and_keeps_drafts(tmp_path):
    data = tmp_path / "data"
    as_root = os.geteuid() == 0
    context = _tmpfs(data, "16m") if as_root else _nullcontext(data)
    with context:
        settings = load_settings(data_dir=data)
        store = DraftStore(settings)
        info = store.create("计划", _plan(1))
        store.save(info.id, _plan(2))
        before = _snapshot(store)
        if as_root:
            assert _run("mount", "-o", "remount,ro", str(data))  # root ignores file modes; a read-only mount it cannot
        else:
            os.chmod(settings.drafts_db, 0o444)
            os.chmod(data, 0o555)
        try:
            with pytest.raises(StoreError) as caught:
                DraftStore(settings).save(info.id, _plan(3))
            message = caught.value.message
            assert "只读" in message and "Error" not in message
            with pytest.raises(StoreError):
                store.create("新计划", _plan(9))
        finally:
            if as_root:
                _run("mount", "-o", "remount,rw", str(data))
            else:
                os.chmod(data, 0o755)
                os.chmod(settings.drafts_db, 0o644)
        after_store = DraftStore(settings)
        assert _snapshot(after_store) == before
        with sqlite3.connect(settings.drafts_db) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@contextmanager
def _nullcontext(value):
    yield value


def test_full_disk_gives_store_error_and_keeps_last_good_version(tmp_path):
    data = tmp_path / "data"
    with _tmpfs(data, "2m"):
        settings = load_settings(data_dir=data)
        store = DraftStore(settings)
        info = store.create("计划", {"n": 0, "text": "字" * 1000})
        last_good = {"n": 0, "text": "字" * 1000}
        with pytest.raises(StoreError) as caught:
            for n in range(1, 200):
                content = {"n": n, "text": f"{n}" + "字" * 100_000}
                store.save(info.id, content)
                last_good = content
        assert "磁盘空间已满" in caught.value.message
        assert store.get(info.id).content == last_good
        with sqlite3.connect(settings.drafts_db) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# ---- SIGKILL in the middle of writing -----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_killing_the_writer_never_corrupts_or_tears_a_draft(tmp_path):
    sys.path.insert(0, str(WRITER.parent))
    try:
        from store_writer import OWNER, make_content
    finally:
        sys.path.remove(str(WRITER.parent))
    rng = random.Random(9704)
    acknowledged: set[int] = set()
    started = time.monotonic()
    for run in range(50):
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), str(tmp_path), str(run * 100_000)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        ready = writer.stdout.readline()
        assert ready.strip() == "ready", writer.stderr.read()
        time.sleep(rng.uniform(0.0, 0.06))
        writer.send_signal(signal.SIGKILL)
        output, errors = writer.communicate(timeout=30)
        assert writer.returncode == -signal.SIGKILL, errors
        # Only whole lines: the writer prints n after save() returned, i.e. after COMMIT.
        acknowledged.update(int(line) for line in output.split("\n")[:-1] if line.strip())
    assert time.monotonic() - started < 60

    db = tmp_path / "drafts.sqlite3"
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = connection.execute("SELECT id, current_version FROM drafts").fetchall()
        for draft_id, current in rows:
            query = "SELECT version FROM versions WHERE draft_id = ? ORDER BY version"
            numbers = [r[0] for r in connection.execute(query, (draft_id,))]
            assert numbers == list(range(1, current + 1))
        stored_ns = {r[0] for r in connection.execute("SELECT json_extract(content, '$.n') FROM versions")}
    assert acknowledged and acknowledged <= stored_ns  # every confirmed save is really there
    store = DraftStore(load_settings(data_dir=tmp_path))
    drafts = store.list(owner=OWNER)
    assert len(drafts) == len(rows)
    for draft in drafts:
        content = store.get(draft.id, owner=OWNER).content
        assert content == make_content(content["n"])
