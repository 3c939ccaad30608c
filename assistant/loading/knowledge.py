"""Load the knowledge directory and user uploads into passages (the one entry point of loading)."""

from __future__ import annotations

import re
from pathlib import Path, PurePath

from assistant.domain.passages import KIND_PLAN, KIND_UPLOAD, Passage
from assistant.errors import LoadError
from assistant.loading.chunking import HARD_MAX_PASSAGE_CHARS, chunk_plan
from assistant.loading.cleaning import RawPlan, normalize, simplified, split_plans, strip_chrome
from assistant.loading.names import UploadLimits, too_many_chars, too_many_passages, upload_name
from assistant.loading.readers import read_document
from assistant.loading.statutes import parse_statute

DOCUMENT_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
# Files about the corpus rather than part of it.
EXCLUDED_NAMES = ("README", "SOURCES", "LICENSE", "CHANGELOG")
POLICY_DIR = "policy"
TITLE_LINE_CHARS = 80  # longest line still looked at as a possible title (titles are at most 40 once cleaned)


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
    for line in raw_text.split("\n", 15)[:15]:
        if len(line.strip()) > TITLE_LINE_CHARS:
            continue  # a title is short; converting a long line (an upload's only line, say) would be wasted work
        s = simplified(line.strip())
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


def load_upload(
    data: bytes, filename: str, owner: str = "", limit_bytes: int | None = None, limits: UploadLimits | None = None
) -> list[Passage]:
    """Passages of a user's upload (kind=upload, source = the file name); raises LoadError.

    Within `limits`: a text longer than max_chars is refused before it is cleaned or split, and one that cannot fit
    in what is left of the school's passage quota as early as that is certain (every passage holds at most
    HARD_MAX_PASSAGE_CHARS characters, so the text needs at least len/HARD_MAX_PASSAGE_CHARS of them).
    """
    limits = limits or UploadLimits(max_bytes=limit_bytes)
    name = upload_name(filename)
    text = read_document(data, name, limit_bytes=limits.max_bytes)
    if limits.max_chars is not None and len(text) > limits.max_chars:
        raise LoadError(too_many_chars(name, len(text), limits.max_chars))
    left, quota = limits.passages_left, limits.passages_quota
    at_least = len(text) // HARD_MAX_PASSAGE_CHARS
    if left is not None and at_least > left:
        raise LoadError(too_many_passages(name, at_least, left, quota or left, at_least=True))
    passages: list[Passage] = []
    for plan in plans_from_text(text, name):
        passages.extend(chunk_plan(plan, name, kind=KIND_UPLOAD, owner=owner))
    if not passages:
        raise LoadError(f"未能从文件中提取到正文（文件「{name}」）。请确认文件里有工作计划的文字内容。")
    if left is not None and len(passages) > left:
        raise LoadError(too_many_passages(name, len(passages), left, quota or left))
    return passages
