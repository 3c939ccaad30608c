"""Retrieval evaluation: hit@5 and MRR@5 for our hybrid retriever and two baselines (pure BM25, pure vectors).

Usage: python eval/evaluate.py [--jsonl eval/retrieval_public.jsonl] [--data-dir DIR] [--embedder hash|e5]
                               [--hash-dim N] [--no-lexicon] [--no-glosses] [-v]
A query is a hit at rank r when any phrase of its `any` list appears in the r-th passage (after normalisation).
`--no-lexicon` is the ablation: the same retriever over an index built without the domain lexicon (no domain words,
synonyms, hints, topic cues or statute wording; only its stopwords, which are plain function words, are kept).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.domain.passages import Passage  # noqa: E402
from assistant.index.embedders import HashEmbedding  # noqa: E402
from assistant.index.knowledge_index import KnowledgeIndex  # noqa: E402
from assistant.index.lexicon import Lexicon, load_lexicon  # noqa: E402
from assistant.loading.cleaning import normalize  # noqa: E402
from assistant.retrieval import Retriever  # noqa: E402
from assistant.services import build_services  # noqa: E402
from assistant.settings import load_settings  # noqa: E402

K = 5


def load_queries(path: Path) -> list[dict]:
    """Queries from a JSONL file: {"q": question, "any": [phrases, any of which marks a relevant passage]}."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def first_hit_rank(passages: list[Passage], phrases: list[str]) -> int | None:
    """1-based rank of the first passage containing any phrase, or None."""
    wanted = [normalize(p) for p in phrases]
    for rank, passage in enumerate(passages[:K], start=1):
        text = normalize(passage.text)
        if any(w in text for w in wanted):
            return rank
    return None


def evaluate(rank_fn: Callable[[str], list[Passage]], queries: list[dict]) -> tuple[float, float, list[int | None]]:
    """(hit@5, MRR@5, per-query ranks) of one ranking function."""
    ranks = [first_hit_rank(rank_fn(row["q"]), row["any"]) for row in queries]
    hit = sum(r is not None for r in ranks) / len(ranks)
    mrr = sum(1.0 / r for r in ranks if r) / len(ranks)
    return hit, mrr, ranks


def systems(retriever: Retriever) -> dict[str, Callable[[str], list[Passage]]]:
    """Our retriever and the two baselines, each as query -> top-5 passages (shared passages only)."""
    index = retriever.index
    plain = Retriever(index)

    def ours(q: str) -> list[Passage]:
        return [h.passage for h in retriever.search(q, k=K)]

    def bm25_only(q: str) -> list[Passage]:
        # Baseline: jieba + BM25 on the plain query (no normalisation tricks beyond the documents' own, no expansion).
        snap = index.snapshot()
        allowed = plain.allowed_mask(snapshot=snap)
        rows = plain.bm25_ranking(normalize(q), allowed, expand=False, snapshot=snap)
        return [snap.passages[i] for i in rows[:K]]

    def vector_only(q: str) -> list[Passage]:
        snap = index.snapshot()
        allowed = plain.allowed_mask(snapshot=snap)
        rows = plain.vector_ranking(normalize(q), allowed, expand=False, snapshot=snap)
        return [snap.passages[i] for i in rows[:K]]

    return {"ours (hybrid)": ours, "baseline BM25+jieba": bm25_only, "baseline vector": vector_only}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="检索评测：hit@5 与 MRR@5")
    parser.add_argument("--jsonl", type=Path, action="append", help="query file(s); default: public and dev sets")
    parser.add_argument("--data-dir", type=Path, help="data dir holding the index (default: a fresh temp dir)")
    parser.add_argument("--embedder", default=None, help="hash (default) or e5")
    parser.add_argument("--hash-dim", type=int, help="slots of the hash embedder (default: its own default)")
    parser.add_argument("--no-lexicon", action="store_true", help="ablation: no domain lexicon (stopwords only)")
    parser.add_argument("--no-meaning", action="store_true", help="ablation: no ranking by meaning (e5 passage vectors)")
    parser.add_argument("--no-glosses", action="store_true", help="ablation: no everyday questions (knowledge/glosses)")
    parser.add_argument("-v", "--verbose", action="store_true", help="show per-query ranks of our retriever")
    args = parser.parse_args(argv)

    files = args.jsonl or [p for p in (ROOT / "eval" / "retrieval_public.jsonl", ROOT / "eval" / "retrieval_dev.jsonl") if p.exists()]
    with tempfile.TemporaryDirectory() as tmp:
        overrides: dict = {"data_dir": args.data_dir or Path(tmp)}
        if args.embedder:
            overrides["embedder"] = args.embedder
        settings = load_settings(**overrides)
        lexicon = Lexicon(stopwords=load_lexicon().stopwords) if args.no_lexicon else None
        index = KnowledgeIndex(settings, embedder=HashEmbedding(dim=args.hash_dim) if args.hash_dim else None,
                               lexicon=lexicon)
        started = time.perf_counter()
        report = index.ingest()
        print(f"index: {report.passages} passages, collection {index.collection_name}, ingest {time.perf_counter() - started:.1f}s"
              + (" (no lexicon)" if args.no_lexicon else ""))
        meaning = None if args.no_meaning else build_services(settings, model=None, index=index).meaning
        retriever = Retriever(index, glosses=() if args.no_glosses else None, meaning=meaning)
        if meaning is None:
            print("(no ranking by meaning)")
        if args.no_glosses:
            print("(no glosses)")
        for path in files:
            queries = load_queries(path)
            print(f"\n{path.name} ({len(queries)} queries)")
            for name, fn in systems(retriever).items():
                started = time.perf_counter()
                hit, mrr, ranks = evaluate(fn, queries)
                ms = (time.perf_counter() - started) * 1000 / len(queries)
                print(f"  {name:<22} hit@5 = {hit:.3f}   MRR@5 = {mrr:.3f}   ({ms:.0f} ms/query)")
                if args.verbose and name.startswith("ours"):
                    for row, rank in zip(queries, ranks):
                        print(f"      {rank or '-'}  {row['q']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
