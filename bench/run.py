"""Benchmarks: ingest, search latency, offline ask/draft, memory, retrieval quality, app start-up and hostile
uploads (issue 15), in one table.

Usage: python bench/run.py [--sizes shipped,1000,10000] [--out bench/out/results.md] [--queries 200] [--no-app]
       [--no-hostile]
Every phase runs in its own subprocess (python bench/run.py --phase NAME --args JSON), so peak RSS and timings of
one phase never mix with another's. Synthetic sizes come from bench/synth.py (shipped knowledge + N plans).
The phases import the package inside their own function on purpose: the parent process never loads it, and a
phase's imports are part of the cold start it measures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import random
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_SIZES = "shipped,1000"
DEFAULT_OUT = ROOT / "bench" / "out" / "results.md"
EVAL_FILES = ("retrieval_public.jsonl", "retrieval_dev.jsonl")
SYSTEMS = ("ours (hybrid)", "baseline BM25+jieba", "baseline vector")
ASK_QUESTIONS = ("工会经费从哪里来", "女职工有哪些特殊保护", "教代会的职权有哪些", "如何开展送温暖活动", "工会法第十一条怎么规定的")
PROFILE = {"school": "城关第一小学", "year": 2025, "period": "年度", "staff": 86, "female_staff": 58, "retirees": 12}

# Targets: (limit, unit). Sizes other than "shipped" carry the scale targets.
CHILD_TIMEOUT = 3 * 3600


@dataclass(frozen=True)
class Row:
    """One line of the results table; ok is None when the metric has no target at this size."""

    metric: str
    size: str
    value: str
    target: str = ""
    ok: bool | None = None

    @property
    def mark(self) -> str:
        return "" if self.ok is None else ("✅" if self.ok else "❌")


# ---------------------------------------------------------------------------------------------------- child side


def _settings(args: dict):
    from assistant.settings import load_settings

    return load_settings(data_dir=Path(args["data_dir"]), knowledge_dir=Path(args["knowledge_dir"]), embedder=args["embedder"])


def _ms(seconds: list[float], q: float) -> float:
    """Percentile q (0..100) of durations in seconds, in milliseconds (nearest-rank)."""
    ordered = sorted(seconds)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1] * 1000


def build_queries(passages, eval_dir: Path, n: int, seed: int = 0) -> list[str]:
    """n varied queries: the eval questions, section headings, law articles and topics of the shipped knowledge."""
    from assistant.domain.passages import TOPICS

    pool: list[str] = []
    for name in EVAL_FILES:
        path = eval_dir / name
        if path.exists():
            pool += [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for p in passages:
        if p.source.startswith("examples/synthetic/"):
            continue  # the same queries at every size, so latencies compare
        if p.kind == "law" and p.law and p.article:
            pool.append(f"{p.law}{p.article}")
        elif p.section:
            heading = re.split(r"\s*>\s*", p.section)[-1]
            heading = re.sub(r"^[（(]?[一二三四五六七八九十\d]+[）)、.．]?\s*", "", heading)
            if len(heading) >= 2:
                pool.append(heading)
    pool += [f"{t}怎么写" for t in TOPICS]
    pool = sorted(set(pool))
    rng = random.Random(seed)
    if len(pool) >= n:
        return rng.sample(pool, n)
    return [pool[i % len(pool)] for i in range(n)]


def phase_ingest(args: dict) -> dict:
    """Ingest into the given data dir (cold when it is fresh), then once more in the same process (no-op)."""
    from assistant.index.knowledge_index import KnowledgeIndex

    started = time.perf_counter()
    index = KnowledgeIndex(_settings(args))
    opened = time.perf_counter() - started
    report = index.ingest()
    first = time.perf_counter() - started
    started = time.perf_counter()
    again = index.ingest()
    return {
        "seconds": first,
        "chromadb_imported": "chromadb" in sys.modules,
        "open_seconds": opened,
        "passages": report.passages,
        "added": report.added,
        "plans": report.plans,
        "files": report.files,
        "same_process_noop_seconds": time.perf_counter() - started,
        "noop_added": again.added,
    }


def phase_search(args: dict) -> dict:
    """Latency of the services' Retriever.search (k=5, with the ranking by meaning, as the app searches) over varied
    queries on a warm index; BM25 and vector parts measured apart."""
    from assistant.index.knowledge_index import KnowledgeIndex
    from assistant.loading.cleaning import normalize
    from assistant.services import build_services

    index = KnowledgeIndex(_settings(args))
    index.ensure_built()
    retriever = build_services(index.settings, model=None, index=index).retriever
    queries = build_queries(index.passages(), ROOT / "eval", args["queries"], seed=args.get("seed", 0))
    retriever.search(queries[0], k=5)  # first call pays lazy set-up (jieba dictionary)
    total, bm25, vector = [], [], []
    passages = index.passages()
    allowed = retriever.allowed_mask()
    for q in queries:
        t0 = time.perf_counter()
        retriever.search(q, k=5)
        total.append(time.perf_counter() - t0)
        nq = normalize(q)
        t0 = time.perf_counter()
        retriever.bm25_ranking(nq, allowed)
        bm25.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        retriever.vector_ranking(nq, allowed)
        vector.append(time.perf_counter() - t0)
    return {
        "queries": len(queries),
        "p50_ms": _ms(total, 50),
        "p95_ms": _ms(total, 95),
        "bm25_p50_ms": _ms(bm25, 50),
        "vector_p50_ms": _ms(vector, 50),
        "passages": len(passages),
    }


def _assistant(args: dict):
    from assistant.services import build_services

    assistant = build_services(_settings(args), model=None)
    assistant.ensure_ready()
    return assistant


def phase_ask(args: dict) -> dict:
    """Offline ask_once time per question on a warm index."""
    from assistant.conversation.engine import ask_once

    assistant = _assistant(args)
    times = []
    for q in ASK_QUESTIONS:
        t0 = time.perf_counter()
        reply = ask_once(assistant, q)
        times.append(time.perf_counter() - t0)
        if not reply.text.strip():
            raise RuntimeError(f"empty reply to {q!r}")
    return {"mean_s": statistics.mean(times), "first_s": times[0], "max_s": max(times), "questions": len(times)}


def phase_draft(args: dict) -> dict:
    """Full offline draft: Composer.compose_plan(profile) on a warm index, a few runs."""
    if importlib.util.find_spec("assistant.compose.composer") is None:
        return {"missing": "assistant/compose.py"}
    from assistant.domain.profile import Profile

    assistant = _assistant(args)
    profile = Profile(**PROFILE)
    times = []
    sections = 0
    for _ in range(args["draft_runs"]):
        t0 = time.perf_counter()
        plan = assistant.composer.compose_plan(profile)
        times.append(time.perf_counter() - t0)
        sections = len(getattr(plan, "sections", []) or [])
    return {"mean_s": statistics.mean(times), "first_s": times[0], "runs": len(times), "sections": sections}


def phase_cli(args: dict) -> dict:
    """Wall time of `python -m assistant ARGV…` as a user runs it: each run a new process on the built index."""
    times = []
    for _ in range(args["runs"]):
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "assistant", *args["argv"]], cwd=ROOT, capture_output=True,
                              text=True, timeout=600)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            return {"error": (proc.stderr or proc.stdout).strip()[-300:]}
    # ru_maxrss of RUSAGE_CHILDREN: the largest of this phase's children, i.e. of the CLI runs alone.
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"first_s": times[0], "median_s": statistics.median(times), "max_s": max(times), "runs": len(times),
            "child_rss_mb": child_rss}


def _evaluate_module():
    """eval/evaluate.py as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("gonghui_evaluate", ROOT / "eval" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def phase_quality(args: dict) -> dict:
    """hit@5 and MRR@5 of our retriever and the two baselines, with eval/evaluate.py's own functions."""
    from assistant.index.knowledge_index import KnowledgeIndex
    from assistant.services import build_services

    evaluate = _evaluate_module()
    index = KnowledgeIndex(_settings(args))
    index.ensure_built()
    systems = evaluate.systems(build_services(index.settings, model=None, index=index).retriever)
    out: dict = {}
    for name in EVAL_FILES:
        path = ROOT / "eval" / name
        if not path.exists():
            continue
        queries = evaluate.load_queries(path)
        out[name] = {}
        for system, fn in systems.items():
            hit, mrr, _ = evaluate.evaluate(fn, queries)
            out[name][system] = {"hit": hit, "mrr": mrr, "n": len(queries)}
    return out


def phase_apptest(args: dict) -> dict:
    """First screen proxy: AppTest.from_file('app.py').run() on a warm index (settings from the environment)."""
    from streamlit.testing.v1 import AppTest

    t0 = time.perf_counter()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    seconds = time.perf_counter() - t0
    errors = [str(e.value)[:200] for e in at.exception]
    return {"seconds": seconds, "exceptions": errors}


def phase_upload(args: dict) -> dict:
    """One upload into a built index, as the app makes it: the wall time of add_upload, and the peak memory of this
    process (the app's part) and of its children (the separate process that reads the file)."""
    from assistant.index.knowledge_index import KnowledgeIndex

    index = KnowledgeIndex(_settings(args))
    index.ensure_built()
    path = Path(args["file"])
    data = path.read_bytes()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    result = index.add_upload(data, path.name, owner="sch_bench")
    seconds = time.perf_counter() - t0
    longest = max((len(p.text) for p in index.passages(owner="sch_bench") if p.source == path.name), default=0)
    return {"seconds": seconds, "added": result.added, "error": result.error, "longest": longest,
            "rss_before_mb": rss_before, "reader_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


PHASES = {
    "upload": phase_upload,
    "ingest": phase_ingest,
    "search": phase_search,
    "ask": phase_ask,
    "draft": phase_draft,
    "quality": phase_quality,
    "apptest": phase_apptest,
    "cli": phase_cli,
}


def _child_main(name: str, args: dict) -> int:
    started = time.perf_counter()
    result = PHASES[name](args)
    result["process_seconds"] = time.perf_counter() - started
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print("BENCH-RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


# ---------------------------------------------------------------------------------------------------- parent side


def child_env(data_dir: Path | None = None, knowledge_dir: Path | None = None, embedder: str = "hash") -> dict:
    """Environment for phase processes: offline (a blank key/base URL override any .env), no telemetry."""
    env = dict(os.environ)
    env.update(
        ANONYMIZED_TELEMETRY="False",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        OPENAI_API_KEY="",
        OPENAI_BASE_URL="",
        ASSISTANT_EMBEDDING_MODEL="",
        ASSISTANT_CHROMA_URL="",
        ASSISTANT_DB_URL="",
        ASSISTANT_EMBEDDER=embedder,
        STREAMLIT_BROWSER_GATHER_USAGE_STATS="false",
        PYTHONPATH=str(ROOT),
    )
    if data_dir is not None:
        env["ASSISTANT_DATA_DIR"] = str(data_dir)
    if knowledge_dir is not None:
        env["ASSISTANT_KNOWLEDGE_DIR"] = str(knowledge_dir)
    return env


def run_phase(name: str, args: dict) -> dict:
    """Run one phase in a fresh Python process and return its result (raises with the child's stderr on failure)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", name, "--args", json.dumps(args)]
    env = child_env(Path(args["data_dir"]), Path(args["knowledge_dir"]), args["embedder"])
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("BENCH-RESULT "):
            return json.loads(line[len("BENCH-RESULT ") :])
    raise RuntimeError(f"phase {name} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def server_health(data_dir: Path, knowledge_dir: Path, embedder: str, timeout: float = 60.0) -> dict:
    """Seconds from `streamlit run app.py` to a 200 from /_stcore/health, and the server's peak RSS meanwhile."""
    port = _free_port()
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
    ]
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=child_env(data_dir, knowledge_dir, embedder),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        while time.perf_counter() - started < timeout:
            if proc.poll() is not None:
                return {"error": f"streamlit exited with {proc.returncode}"}
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as resp:
                    if resp.status == 200:
                        return {"seconds": time.perf_counter() - started, "rss_mb": _vm_hwm_mb(proc.pid)}
            except OSError:
                pass
            time.sleep(0.05)
        return {"error": f"no health answer within {timeout:.0f} s"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _fmt_s(seconds: float) -> str:
    return f"{seconds:.2f} s"


def _check(value: float, limit: float) -> bool:
    return value <= limit


def bench_size(size: str, work: Path, opts: argparse.Namespace, log) -> tuple[list[Row], Path, Path]:
    """Ingest/search rows (and for 'shipped' also ask, draft, quality) for one knowledge size."""
    shipped = size == "shipped"
    if shipped:
        knowledge_dir = ROOT / "knowledge"
    else:
        from bench import synth

        knowledge_dir = work / f"knowledge-{size}"
        t0 = time.perf_counter()
        synth.write_knowledge(knowledge_dir, int(size), seed=opts.seed, plans_per_file=opts.plans_per_file)
        log(f"[{size}] synthetic knowledge written in {time.perf_counter() - t0:.1f} s")
    data_dir = work / f"data-{size}"
    args = {"data_dir": str(data_dir), "knowledge_dir": str(knowledge_dir), "embedder": opts.embedder,
            "queries": opts.queries, "draft_runs": opts.draft_runs, "seed": opts.seed}
    label = "shipped" if shipped else f"{int(size):,} plans"
    if not shipped and opts.plans_per_file > 1:
        label += f" ({opts.plans_per_file}/file)"
    rows: list[Row] = []
    rss: dict[str, float] = {}

    log(f"[{size}] cold ingest …")
    cold = run_phase("ingest", args)
    rss["ingest"] = cold["rss_mb"]
    rows.append(Row("cold ingest", label, f"{_fmt_s(cold['seconds'])} ({cold['passages']:,} passages, {cold['files']:,} files)",
                    "≤ 10 s" if shipped else "", _check(cold["seconds"], 10) if shipped else None))
    rows.append(Row("passages per second (cold ingest)", label, f"{cold['passages'] / max(cold['seconds'], 1e-9):,.0f}"))
    log(f"[{size}] no-op re-ingest …")
    again = run_phase("ingest", args)
    rss["re-ingest"] = again["rss_mb"]
    restart_limit = 2 if shipped else 4
    chroma = "; chromadb not imported" if again.get("chromadb_imported") is False else ""
    rows.append(Row("no-op re-ingest (new process)", label,
                    f"{_fmt_s(again['seconds'])} (added {again['added']}{chroma})", f"≤ {restart_limit} s",
                    _check(again["seconds"], restart_limit)))
    rows.append(Row("no-op re-ingest (same process)", label, _fmt_s(again["same_process_noop_seconds"])))

    log(f"[{size}] search …")
    search = run_phase("search", args)
    rss["search"] = search["rss_mb"]
    limit = 30 if shipped else 100
    rows.append(Row("search p50 (k=5)", label, f"{search['p50_ms']:.1f} ms ({search['queries']} queries)"))
    rows.append(Row("search p95 (k=5)", label, f"{search['p95_ms']:.1f} ms", f"≤ {limit} ms",
                    _check(search["p95_ms"], limit)))
    rows.append(Row("search p50 parts: BM25 / vector", label,
                    f"{search['bm25_p50_ms']:.1f} ms / {search['vector_p50_ms']:.1f} ms"))

    log(f"[{size}] CLI search …")
    rows.append(_cli_row("CLI search, cold process (`search -k 5 工会法第十一条`)", label, args,
                         ["search", "-k", "5", "工会法第十一条"], opts.cli_runs, 1.2, rss))

    if shipped:
        log("[shipped] CLI draft …")
        out_md = work / "cli-draft.md"
        draft_argv = ["draft", "--profile", str(ROOT / "tests" / "profiles" / "large_school.toml"),
                      "--out", str(out_md), "--no-save"]
        rows.append(_cli_row("CLI draft, cold process (`draft --profile large_school.toml`)", label, args,
                             draft_argv, opts.cli_runs, 2.5, rss))
        log("[shipped] ask …")
        ask = run_phase("ask", args)
        rss["ask"] = ask["rss_mb"]
        rows.append(Row("offline ask (ask_once, mean)", label,
                        f"{_fmt_s(ask['mean_s'])} (first {ask['first_s']:.2f} s, max {ask['max_s']:.2f} s)"))
        log("[shipped] draft …")
        draft = run_phase("draft", args)
        if "missing" in draft:
            rows.append(Row("offline draft (compose_plan, mean)", label, f"n/a ({draft['missing']} missing)", "≤ 3 s", False))
        else:
            rss["draft"] = draft["rss_mb"]
            rows.append(Row("offline draft (compose_plan, mean)", label,
                            f"{_fmt_s(draft['mean_s'])} ({draft['runs']} runs, first {draft['first_s']:.2f} s)",
                            "≤ 3 s", _check(draft["mean_s"], 3)))
        log("[shipped] retrieval quality …")
        quality = run_phase("quality", args)
        rss["quality"] = quality.pop("rss_mb")
        quality.pop("process_seconds", None)
        for name, by_system in quality.items():
            n = next(iter(by_system.values()))["n"]
            for system in SYSTEMS:
                got = by_system[system]
                rows.append(Row(f"hit@5 / MRR@5 {system}", f"{name} ({n} q)", f"{got['hit']:.2f} / {got['mrr']:.3f}"))
            ours = by_system[SYSTEMS[0]]["mrr"]
            best = max(by_system[s]["mrr"] for s in SYSTEMS[1:])
            rows.append(Row("our MRR@5 above both baselines", f"{name} ({n} q)", f"{ours:.3f} vs best baseline {best:.3f}",
                            "strictly above", ours > best))

    peak = max(rss.values())
    detail = ", ".join(f"{k} {v:.0f}" for k, v in rss.items())
    rss_limit = 1200 if not shipped and int(size) >= 10000 else 600
    rows.append(Row("peak RSS (max over phases)", label, f"{peak:.0f} MB ({detail})", f"≤ {rss_limit:,} MB",
                    _check(peak, rss_limit)))
    return rows, data_dir, knowledge_dir


def _cli_row(metric: str, label: str, args: dict, argv: list[str], runs: int, limit: float, rss: dict) -> Row:
    """One CLI command timed as separate cold processes; the median against the target."""
    try:
        got = run_phase("cli", {**args, "argv": argv, "runs": runs})
    except RuntimeError as exc:
        return Row(metric, label, f"failed: {str(exc)[:160]}", f"≤ {limit} s", False)
    if "error" in got:
        return Row(metric, label, f"failed: {got['error'][:160]}", f"≤ {limit} s", False)
    rss["cli " + argv[0]] = got["child_rss_mb"]
    value = (f"{_fmt_s(got['median_s'])} median of {got['runs']} (first {got['first_s']:.2f} s, "
             f"max {got['max_s']:.2f} s; RSS {got['child_rss_mb']:.0f} MB)")
    return Row(metric, label, value, f"≤ {limit} s", _check(got["median_s"], limit))


def bench_app(data_dir: Path, knowledge_dir: Path, opts: argparse.Namespace, log) -> list[Row]:
    """App start-up rows (warm shipped index): server health time and the first script run (AppTest)."""
    label = "shipped"
    if not (ROOT / "app.py").exists():
        return [Row("app: server answers /_stcore/health", label, "n/a (app.py missing)"),
                Row("app: first screen (AppTest run, warm index)", label, "n/a (app.py missing)", "≤ 3 s", False)]
    if opts.no_app:
        return [Row("app: server answers /_stcore/health", label, "skipped (--no-app)"),
                Row("app: first screen (AppTest run, warm index)", label, "skipped (--no-app)", "≤ 3 s")]
    log("[shipped] app start-up …")
    health = server_health(data_dir, knowledge_dir, opts.embedder)
    rows = []
    if "error" in health:
        rows.append(Row("app: server answers /_stcore/health", label, f"failed: {health['error']}"))
    else:
        rss = f", server RSS {health['rss_mb']:.0f} MB" if health.get("rss_mb") else ""
        rows.append(Row("app: server answers /_stcore/health", label, f"{_fmt_s(health['seconds'])}{rss}"))
    args = {"data_dir": str(data_dir), "knowledge_dir": str(knowledge_dir), "embedder": opts.embedder}
    try:
        app = run_phase("apptest", args)
        note = f"; exceptions: {app['exceptions'][0]}" if app["exceptions"] else ""
        rows.append(Row("app: first screen (AppTest run, warm index)", label,
                        f"{_fmt_s(app['seconds'])} (RSS {app['rss_mb']:.0f} MB{note})", "≤ 3 s",
                        _check(app["seconds"], 3) and not app["exceptions"]))
    except RuntimeError as exc:
        rows.append(Row("app: first screen (AppTest run, warm index)", label, f"failed: {str(exc)[:160]}", "≤ 3 s", False))
    return rows


HOSTILE_SECONDS, HOSTILE_MB, NEXT_START_SECONDS = 60, 600, 5  # issue 15's acceptance for item 2


def bench_hostile(work: Path, opts: argparse.Namespace, log) -> list[Row]:
    """Row "hostile uploads": the two files of issue 15 (bench/hostile.py) and the largest upload the default limits
    accept, each into a built index of the shipped knowledge, then the next start on that data dir."""
    from bench import hostile

    files = hostile.write_files(work / "hostile")
    largest = work / "hostile" / "largest-accepted.txt"  # one line, just under ASSISTANT_UPLOAD_MAX_CHARS
    largest.write_bytes(hostile.single_line_text(size=3 * 495_000, seed=1))
    data_dir = work / "data-hostile"
    args = {"data_dir": str(data_dir), "knowledge_dir": str(ROOT / "knowledge"), "embedder": opts.embedder}
    log("[hostile] ingest …")
    run_phase("ingest", args)
    rows = []
    target = f"≤ {HOSTILE_SECONDS} s and ≤ {HOSTILE_MB} MB, or refused"
    for label, path in (("10 MB single line (.txt)", files["single-line.txt"]),
                        ("9 MB .docx, 24,000 paragraphs", files["many-paragraphs.docx"]),
                        ("largest accepted: 495,000 characters on one line", largest)):
        log(f"[hostile] upload {path.name} …")
        got = run_phase("upload", {**args, "file": str(path)})
        peak = max(got["rss_mb"], got["reader_rss_mb"])
        outcome = (f"refused ({got['error'][:40]}…)" if got["error"] else
                   f"indexed: {got['added']:,} passages of ≤ {got['longest']:,} characters")
        value = (f"{outcome} in {_fmt_s(got['seconds'])}; peak RSS app {got['rss_mb']:.0f} MB "
                 f"(before {got['rss_before_mb']:.0f}), reader {got['reader_rss_mb']:.0f} MB")
        ok = got["seconds"] <= HOSTILE_SECONDS and peak <= HOSTILE_MB
        rows.append(Row("hostile uploads", label, value, target, ok))
    log("[hostile] next start …")
    if opts.no_app:
        got = run_phase("cli", {**args, "argv": ["search", "-k", "5", "工会经费"], "runs": 1})
        seconds, rss, how = got.get("first_s", float("inf")), got.get("child_rss_mb", 0.0), "CLI search, cold process"
    else:
        got = run_phase("apptest", args)
        seconds, rss, how = got["seconds"], got["rss_mb"], "app first screen (AppTest)"
    rows.append(Row("hostile uploads", f"next start ({how})", f"{_fmt_s(seconds)}, RSS {rss:.0f} MB",
                    f"≤ {NEXT_START_SECONDS} s", seconds <= NEXT_START_SECONDS))
    return rows


def machine() -> str:
    """nproc, CPU model and RAM of this machine, for the results header."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        kb = next(int(l.split()[1]) for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal:"))
        ram = f"{kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration):
        ram = "unknown RAM"
    load = os.getloadavg()[0]  # other work on the machine skews every timing: say how busy it was
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {ram}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}, load average {load:.1f} at start"
    )


def render_table(rows: list[Row], header: str = "") -> str:
    """The results as a Markdown table (one row per metric and size)."""
    lines = [header, ""] if header else []
    lines += ["| Metric | Size | Value | Target | OK |", "|---|---|---|---|---|"]
    for r in rows:
        cells = [r.metric, r.size, r.value, r.target, r.mark]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def parse_table(text: str) -> list[dict[str, str]]:
    """Rows of a table written by render_table, as dicts keyed by the header (for tests and comparisons)."""
    lines = [l for l in text.splitlines() if l.startswith("| ")]
    if not lines:
        return []
    keys = [c.strip() for c in lines[0].strip("|").split("|")]
    return [dict(zip(keys, (c.strip() for c in l.strip().strip("|").split("|")))) for l in lines[1:]]


def run_bench(opts: argparse.Namespace, log=print) -> list[Row]:
    """Every size, then the app; returns all rows."""
    rows: list[Row] = []
    sizes = [s.strip() for s in opts.sizes.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="gonghui-bench-") as tmp:
        work = Path(tmp)
        shipped_dirs = None
        for size in sizes:
            if size != "shipped" and not size.isdigit():
                raise SystemExit(f"unknown size {size!r}: use 'shipped' or a number of plans")
            size_rows, data_dir, knowledge_dir = bench_size(size, work, opts, log)
            rows += size_rows
            if size == "shipped":
                shipped_dirs = (data_dir, knowledge_dir)
        if shipped_dirs:
            rows += bench_app(*shipped_dirs, opts, log)
        if not opts.no_hostile:
            rows += bench_hostile(work, opts, log)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="基准测试：入库、检索延迟、离线问答与起草、内存、检索质量、启动时间")
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="comma list: shipped and/or numbers of synthetic plans")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="Markdown file to write the table to")
    parser.add_argument("--queries", type=int, default=200, help="search queries per size")
    parser.add_argument("--draft-runs", type=int, default=3)
    parser.add_argument("--cli-runs", type=int, default=3, help="cold CLI processes per CLI row")
    parser.add_argument("--embedder", default="hash", help="hash (default) or e5")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--plans-per-file", type=int, default=1, help="synthetic plans per .txt file (1 = one file each)")
    parser.add_argument("--no-app", action="store_true", help="skip the Streamlit start-up measurements")
    parser.add_argument("--no-hostile", action="store_true", help="skip the hostile-uploads row (issue 15)")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--args", help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    if opts.phase:
        return _child_main(opts.phase, json.loads(opts.args))

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    started = time.perf_counter()
    host = machine()  # before the run: the load average says how busy the machine was when we began
    rows = run_bench(opts, log)
    command = "python bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    header = (
        f"Benchmark {dt.datetime.now().strftime('%Y-%m-%d %H:%M')} — {host}, "
        f"load average {os.getloadavg()[0]:.1f} at the end\n\n"
        f"Command: `{command.strip()}` (embedder {opts.embedder}; total {time.perf_counter() - started:.0f} s)"
    )
    table = render_table(rows, header)
    print(table)
    opts.out.parent.mkdir(parents=True, exist_ok=True)
    opts.out.write_text(table, encoding="utf-8")
    failed = [r for r in rows if r.ok is False]
    log(f"wrote {opts.out}; {len(failed)} target(s) missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
