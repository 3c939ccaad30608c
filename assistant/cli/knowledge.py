"""CLI commands for the knowledge base: ingest, search, add."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.cli.args import MAX_K, bounded_int
from assistant.settings import load_settings


def _index(args: argparse.Namespace):
    from assistant.index.knowledge_index import KnowledgeIndex

    overrides = {}
    if getattr(args, "knowledge", None):
        overrides["knowledge_dir"] = Path(args.knowledge)
    return KnowledgeIndex(load_settings(**overrides))


def _progress(done: int, total: int) -> None:
    # Only worth drawing for slow embedders; stderr keeps stdout clean for scripts.
    if total >= 50 and sys.stderr.isatty():
        print(f"\r向量化进度：{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def cmd_ingest(args: argparse.Namespace) -> int:
    """Build or refresh the index from the knowledge directory."""
    index = _index(args)
    report = index.ingest(progress=_progress)
    print(report.summary_zh())
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Print the top passages for each query as JSON."""
    from assistant.services import build_services

    index = _index(args)
    retriever = build_services(index.settings, model=None, index=index).retriever  # as the app and `ask` search
    results = [[hit.to_json() for hit in retriever.search(q, k=args.k, topic=args.topic)] for q in args.queries]
    payload = results[0] if len(results) == 1 else results
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=1))
    else:
        for query, hits in zip(args.queries, results):
            print(f"【{query}】")
            for rank, hit in enumerate(hits, 1):
                print(f"  {rank}. {hit['citation']}（得分 {hit['score']:.4f}）")
                print(f"     {hit['text'][:120].replace(chr(10), ' ')}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """Add the user's own documents; good files land even when others are refused."""
    index = _index(args)
    index.ensure_built()
    refused = 0
    for name in args.files:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError:
            print(f"{path.name}：未添加——无法读取该文件。")
            refused += 1
            continue
        result = index.add_upload(data, path.name)
        if result.error:
            refused += 1
            print(f"{result.filename}：未添加——{result.error}")
        elif result.message:
            print(f"{result.filename}：{result.message}")
        else:
            print(f"{result.filename}：已添加 {result.added} 个段落。")
    return 1 if refused else 0


def register(subparsers) -> None:
    """Add the knowledge-base sub-commands to the main parser."""
    p = subparsers.add_parser("ingest", help="建立或更新知识库索引")
    p.add_argument("--knowledge", help="知识库目录（默认使用内置知识库）")
    p.set_defaults(func=cmd_ingest)

    p = subparsers.add_parser("search", help="检索知识库")
    p.add_argument("queries", nargs="+", metavar="QUERY", help="检索问题，可给多个")
    p.add_argument("-k", type=bounded_int(1, MAX_K, "段落数"), default=5, help=f"每个问题返回的段落数（1～{MAX_K}，默认 5）")
    p.add_argument("--topic", help="优先某一主题，如 女职工")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.add_argument("--knowledge", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_search)

    p = subparsers.add_parser("add", help="把自己的文档加入知识库")
    p.add_argument("files", nargs="+", metavar="FILE", help=".txt / .md / .docx / .pdf 文件")
    p.set_defaults(func=cmd_add)
