"""Synthetic knowledge bases for the benchmark: N plausible plans recombined from the shipped plans' passages.

Usage: python bench/synth.py N DEST [--seed 0]
DEST receives a copy of the shipped knowledge plus examples/synthetic/NNNNN.txt, one plan per file, so the plans go
through the real loader (reader, cleaning, splitting, chunking) exactly like the shipped examples.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant.domain.passages import KIND_PLAN, TOPICS, Passage  # noqa: E402
from assistant.loading.knowledge import iter_knowledge_files, load_file  # noqa: E402

SYNTH_SUBDIR = Path("examples") / "synthetic"
_CN_NUMBERS = "一二三四五六七八九十"
_HEAD_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．])\s*")
_SENTENCE = re.compile(r"[^。！？；]+[。！？；]")

_PLACES = ("城关", "城南", "城北", "东城", "西湖", "滨江", "实验", "育才", "新华", "光明", "红星", "青山", "柳林", "桃源", "长安")
_ORDINALS = ("", "第一", "第二", "第三", "第四", "第五", "第六")
_KINDS = ("小学", "中学", "初级中学", "高级中学", "完全中学", "九年一贯制学校", "幼儿园", "职业中学")
_PERIODS = ("年度", "学年", "第一学期", "第二学期")
_DEFAULT_HEADINGS = {topic: topic for topic in TOPICS}


def _heading_of(passage: Passage) -> str:
    """The passage's own (last) heading without its numbering, e.g. '加强工会自身建设'."""
    last = re.split(r"\s*>\s*", passage.section)[-1] if passage.section else ""
    return _HEAD_NUMBER.sub("", last).strip(" 、.．:：")


def source_pool(knowledge_dir: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Per topic: (headings, sentences) found in the shipped example plans, the material for recombination."""
    headings: dict[str, set[str]] = defaultdict(set)
    sentences: dict[str, list[str]] = defaultdict(list)
    for path in iter_knowledge_files(knowledge_dir):
        if path.parts[-2:-1] == ("synthetic",):
            continue
        for passage in load_file(path, knowledge_dir):
            if passage.kind != KIND_PLAN:
                continue
            topic = passage.topic or "工作目标"
            heading = _heading_of(passage)
            if 2 <= len(heading) <= 20:
                headings[topic].add(heading)
            for line in passage.text.split("\n"):
                # Lines without sentence punctuation are sub-headings: recombining them into prose reads wrong.
                for sentence in _SENTENCE.findall(_HEAD_NUMBER.sub("", line.strip())):
                    sentence = _HEAD_NUMBER.sub("", sentence.strip())
                    if len(sentence) >= 8:
                        sentences[topic].append(sentence)
    pool = {}
    for topic in TOPICS:
        if sentences.get(topic):
            pool[topic] = (sorted(headings.get(topic) or {_DEFAULT_HEADINGS[topic]}), sentences[topic])
    if not pool:
        raise ValueError(f"no example plans to recombine under {knowledge_dir}")
    return pool


def synth_plan(pool: dict[str, tuple[list[str], list[str]]], rng: random.Random, number: int) -> str:
    """One plan as text: a title line, then 一、… sections with numbered items made of recombined sentences."""
    school = f"{rng.choice(_PLACES)}{rng.choice(_ORDINALS)}{rng.choice(_KINDS)}"
    year = rng.randint(2018, 2026)
    period = rng.choice(_PERIODS)
    lines = [f"{school}{year}年{period}工会工作计划（样本{number:05d}）", ""]
    topics = [t for t in TOPICS if t in pool]
    chosen = sorted(rng.sample(topics, k=min(len(topics), rng.randint(5, 9))), key=TOPICS.index)
    for i, topic in enumerate(chosen):
        headings, sentences = pool[topic]
        lines += [f"{_CN_NUMBERS[i]}、{rng.choice(headings)}", ""]
        items = rng.randint(1, 4)
        for j in range(items):
            body = "".join(rng.sample(sentences, k=min(len(sentences), rng.randint(1, 3))))
            lines += [f"{j + 1}、{body}" if items > 1 else body, ""]
    lines += [f"{school}工会", f"{year}年{rng.randint(1, 12)}月"]
    return "\n".join(lines) + "\n"


def write_knowledge(
    dest: Path, n_plans: int, seed: int = 0, source: Path | None = None, plans_per_file: int = 1
) -> Path:
    """Copy the shipped knowledge to dest and add n_plans synthetic plans (deterministic for a seed); returns dest.

    plans_per_file > 1 writes multi-plan files (篇1：… markers, like the scraped examples) instead of one per file.
    """
    source = Path(source or ROOT / "knowledge")
    dest = Path(dest)
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(source, dest)
    pool = source_pool(source)
    rng = random.Random(seed)
    out = dest / SYNTH_SUBDIR
    out.mkdir(parents=True, exist_ok=True)
    per_file = max(1, plans_per_file)
    for first in range(1, n_plans + 1, per_file):
        numbers = range(first, min(n_plans, first + per_file - 1) + 1)
        if per_file == 1:
            text = synth_plan(pool, rng, first)
        else:
            text = "\n".join(f"篇{k}：{synth_plan(pool, rng, n)}" for k, n in enumerate(numbers, start=1))
        (out / f"{first:05d}.txt").write_text(text, encoding="utf-8")
    return dest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="生成合成知识库（基准测试用）")
    parser.add_argument("n", type=int, help="number of synthetic plans")
    parser.add_argument("dest", type=Path, help="destination knowledge dir (replaced)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--plans-per-file", type=int, default=1)
    args = parser.parse_args(argv)
    write_knowledge(args.dest, args.n, seed=args.seed, plans_per_file=args.plans_per_file)
    print(f"{args.n} synthetic plans written under {args.dest / SYNTH_SUBDIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
