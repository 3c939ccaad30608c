"""The knowledge commands as a user runs them: `python -m assistant ingest / add / search`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.loading_fixtures import make_docx

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(tmp_path):
    """Run the CLI in a subprocess with its own data dir and a one-statute knowledge dir (fast to ingest)."""
    kb = tmp_path / "kb" / "policy"
    kb.mkdir(parents=True)
    shutil.copy(ROOT / "knowledge" / "policy" / "女职工劳动保护特别规定(2012-04-28).md", kb)
    env = dict(os.environ)
    env.update(
        ASSISTANT_DATA_DIR=str(tmp_path / "data"),
        ASSISTANT_KNOWLEDGE_DIR=str(tmp_path / "kb"),
        ANONYMIZED_TELEMETRY="False",
        HF_HUB_OFFLINE="1",
    )

    def _run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "assistant", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    return _run


def test_ingest_prints_a_chinese_summary_and_is_incremental(run):
    first = run("ingest")
    assert first.returncode == 0, first.stderr
    assert "1 个文件" in first.stdout and "段落" in first.stdout
    second = run("ingest")
    assert "新增 0" in second.stdout and "未变文件 1" in second.stdout


def test_add_accepts_good_files_and_refuses_bad_ones(run, tmp_path):
    files = tmp_path / "in"
    files.mkdir()
    (files / "gbk计划.txt").write_bytes("一、女职工工作\n组织女教职工参加“巾帼健步走”比赛。\n".encode("gbk"))
    (files / "utf16.txt").write_bytes("一、文体活动\n举办教工羽毛球联赛和趣味运动会。\n".encode("utf-16"))
    (files / "计划.docx").write_bytes(make_docx(["二、送温暖", "春节前走访慰问困难教职工和退休老教师。"]))
    (files / "empty.txt").write_bytes(b"")
    (files / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (files / "corrupt.docx").write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    names = ["gbk计划.txt", "utf16.txt", "计划.docx", "empty.txt", "binary.txt", "corrupt.docx"]

    result = run("add", *[str(files / n) for n in names])
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 6
    for name, line in zip(names[:3], lines[:3]):
        assert line.startswith(name) and "已添加" in line
    for name, line in zip(names[3:], lines[3:]):
        assert line.startswith(name) and "未添加" in line and len(line) > len(name) + 8

    found = run("search", "-k", "3", "--json", "巾帼健步走", "羽毛球联赛", "春节走访困难教职工")
    assert found.returncode == 0, found.stderr
    results = json.loads(found.stdout)
    assert len(results) == 3 and all(len(r) == 3 for r in results)
    assert "巾帼健步走" in results[0][0]["text"]
    assert "羽毛球" in results[1][0]["text"]
    assert "困难教职工" in results[2][0]["text"]
    for key in ("text", "source", "title", "section", "topic", "score"):
        assert key in results[0][0]
    assert results[0][0]["source"] == "gbk计划.txt"


def test_add_all_good_exits_zero_and_single_search_is_a_flat_list(run, tmp_path):
    doc = tmp_path / "plan.md"
    doc.write_text("# 工会工作计划\n\n## 一、经费管理\n\n严格执行工会经费预算，接受经费审查委员会审查。\n", encoding="utf-8")
    added = run("add", str(doc))
    assert added.returncode == 0 and "已添加" in added.stdout
    again = run("add", str(doc))
    assert again.returncode == 0 and "未重复添加" in again.stdout
    found = run("search", "--json", "工会法第十一条")  # not in this small knowledge dir: still valid JSON
    assert isinstance(json.loads(found.stdout), list)
    one = run("search", "--json", "-k", "2", "经费审查")
    hits = json.loads(one.stdout)
    assert isinstance(hits[0], dict) and "经费审查" in hits[0]["text"]
