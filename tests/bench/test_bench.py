"""The benchmark runs end to end at a tiny size and writes a complete, parseable table; synthetic plans load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench import synth
from bench.run import Row, build_queries, parse_table, render_table

ROOT = Path(__file__).resolve().parents[2]

EXPECTED_METRICS = (
    "cold ingest",
    "passages per second (cold ingest)",
    "no-op re-ingest (new process)",
    "search p50 (k=5)",
    "search p95 (k=5)",
    "offline ask (ask_once, mean)",
    "offline draft (compose_plan, mean)",
    "hit@5 / MRR@5 ours (hybrid)",
    "hit@5 / MRR@5 baseline BM25+jieba",
    "hit@5 / MRR@5 baseline vector",
    "our MRR@5 above both baselines",
    "peak RSS (max over phases)",
    "app: server answers /_stcore/health",
    "app: first screen (AppTest run, warm index)",
)


def test_table_round_trips_through_parse():
    rows = [Row("search p95 (k=5)", "shipped", "12.0 ms", "≤ 30 ms", True), Row("a | b", "x", "1", "", None)]
    parsed = parse_table(render_table(rows, "header"))
    assert [r["Metric"] for r in parsed] == ["search p95 (k=5)", "a / b"]
    assert parsed[0]["OK"] == "✅" and parsed[1]["OK"] == ""


def test_synthetic_plans_are_deterministic_and_go_through_the_loader(tmp_path):
    from assistant.loading.knowledge import load_file

    a = synth.write_knowledge(tmp_path / "a", 12, seed=3)
    b = synth.write_knowledge(tmp_path / "b", 12, seed=3)
    files = sorted((a / synth.SYNTH_SUBDIR).glob("*.txt"))
    assert len(files) == 12
    assert all(f.read_text(encoding="utf-8") == (b / synth.SYNTH_SUBDIR / f.name).read_text(encoding="utf-8") for f in files)
    passages = load_file(files[0], a)
    assert len(passages) >= 3  # one passage per 一、… section at least
    assert len({p.title for p in passages}) == 1 and "工会工作计划" in passages[0].title
    assert any(p.topic for p in passages)
    # The shipped knowledge comes along, so the eval questions still make sense at every size.
    assert (a / "policy").is_dir()


def test_multi_plan_files_split_into_their_plans(tmp_path):
    from assistant.loading.knowledge import load_plans

    root = synth.write_knowledge(tmp_path / "k", 6, seed=1, plans_per_file=3)
    files = sorted((root / synth.SYNTH_SUBDIR).glob("*.txt"))
    assert len(files) == 2
    assert len(load_plans(files[0], root)) == 3


def test_queries_are_varied_and_ignore_synthetic_sources():
    from assistant.domain.passages import Passage

    passages = [
        Passage(text="t", source="policy/工会法.md", title="工会法", kind="law", law="工会法", article="第十一条"),
        Passage(text="t", source="examples/a.txt", title="计划", section="二、主要工作 > （三）女职工工作"),
        Passage(text="t", source="examples/synthetic/00001.txt", title="合成", section="一、只在合成计划里"),
    ]
    queries = build_queries(passages, ROOT / "eval", 60, seed=0)
    assert len(queries) == 60
    assert "工会法第十一条" in queries and "女职工工作" in queries
    assert "只在合成计划里" not in queries
    assert queries == build_queries(passages, ROOT / "eval", 60, seed=0)


@pytest.mark.slow
def test_bench_runs_at_tiny_size_and_writes_every_row(tmp_path):
    out = tmp_path / "results.md"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "shipped", "--queries", "20",
         "--draft-runs", "1", "--no-app", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    assert text in proc.stdout  # printed and written alike
    rows = parse_table(text)
    metrics = {r["Metric"] for r in rows}
    assert set(EXPECTED_METRICS) <= metrics
    assert all(r["Size"] and r["Value"] for r in rows)
    assert "20 queries" in next(r["Value"] for r in rows if r["Metric"] == "search p50 (k=5)")
    # Targets carry a mark (✅/❌) unless measured elsewhere; the quality rows have numbers that parse.
    for r in rows:
        if r["Metric"].startswith("hit@5"):
            hit, mrr = (float(x) for x in r["Value"].split("/"))
            assert 0 <= hit <= 1 and 0 <= mrr <= 1
        if r["Target"] and not r["Value"].startswith("skipped"):
            assert r["OK"] in ("✅", "❌")
    assert "CPUs" in text.splitlines()[0] and "Command:" in text
