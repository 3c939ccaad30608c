"""Load the knowledge directory and user uploads into passages (the one entry point of loading)."""

from __future__ import annotations

import re
from pathlib import Path, PurePath

from assistant.domain.passages import KIND_PLAN, KIND_UPLOAD, Passage
from assistant.domain.script import to_simplified
from assistant.errors import LoadError
from assistant.loading.chunking import chunk_plan
from assistant.loading.cleaning import RawPlan, normalize, split_plans, strip_chrome
from assistant.loading.names import upload_name
from assistant.loading.readers import read_document
from assistant.loading.statutes import parse_statute

DOCUMENT_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
# Files about the corpus rather than part of it.
EXCLUDED_NAMES = ("README", "SOURCES", "LICENSE", "CHANGELOG")
POLICY_DIR = "policy"


def iter_knowledge_files(root: Path) -> list[Path]:
    """Document files (.txt .md .docx .pdf) under root, sorted; README/SOURCES and data files excluded."""
    root = Path(root)
    if not root.is_dir():
        return []
    found = []
    for path in root.rglob("*"):
        if not path.is_file() or path.suffix.lower() not in DOCUMENT_SUFFIXES:
            continue
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.stem.upper().startswith(EXCLUDED_NAMES):
            continue
        found.append(path)
    return sorted(found)


def _source(path: Path, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return Path(path).name


def _is_policy(path: Path, root: Path) -> bool:
    return _source(path, root).split("/", 1)[0] == POLICY_DIR


def _fallback_title(raw_text: str, name: str) -> str:
    """A title for a file whose plans carry none: its first title-like line, else the file name."""
    for line in raw_text.split("\n")[:15]:
        s = to_simplified(line.strip())
        s = re.sub(r"(模板|范文|大全|精选)?\s*\d+篇$", "", s)
        if 4 <= len(s) <= 40 and re.search(r"计划|方案|要点", s) and ">" not in s and not re.search(r"[。；]$", s):
            return normalize(s)
    stem = PurePath(name).stem
    return stem if re.search(r"[\u4e00-\u9fff]", stem) else "工作计划"


def plans_from_text(raw_text: str, name: str) -> list[RawPlan]:
    """Raw document text → cleaned plans (chrome stripped, normalised, split)."""
    cleaned = normalize(strip_chrome(raw_text))
    return split_plans(cleaned, _fallback_title(raw_text, name))


def load_plans(path: Path, root: Path) -> list[RawPlan]:
    """The plans in one knowledge file (for tests and inspection)."""
    path = Path(path)
    return plans_from_text(read_document(path.read_bytes(), path.name), path.name)


def load_file(path: Path, root: Path) -> list[Passage]:
    """Passages of one knowledge file: statutes/digests under policy/, plans elsewhere."""
    path = Path(path)
    source = _source(path, root)
    if _is_policy(path, root) and path.suffix.lower() == ".md":
        text = read_document(path.read_bytes(), path.name)
        return parse_statute(text, source)
    passages: list[Passage] = []
    for plan in load_plans(path, root):
        passages.extend(chunk_plan(plan, source, kind=KIND_PLAN))
    return passages


def load_upload(data: bytes, filename: str, owner: str = "", limit_bytes: int | None = None) -> list[Passage]:
    """Passages of a user's upload (kind=upload, source = the file name); raises LoadError."""
    name = upload_name(filename)
    text = read_document(data, name, limit_bytes=limit_bytes)
    passages: list[Passage] = []
    for plan in plans_from_text(text, name):
        passages.extend(chunk_plan(plan, name, kind=KIND_UPLOAD, owner=owner))
    if not passages:
        raise LoadError(f"未能从文件中提取到正文（文件「{name}」）。请确认文件里有工作计划的文字内容。")
    return passages
