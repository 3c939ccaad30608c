"""Atomic file writes for the index package: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Let `write` fill a temp file in the same dir, then rename it over `path`; the temp file never outlives a
    failure (full disk). Large files are streamed this way rather than built in memory first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_bytes(path: Path, data: bytes) -> None:
    """Write bytes atomically."""
    write_with(path, lambda fh: fh.write(data))


def write_json(path: Path, data) -> None:
    """Compact UTF-8 JSON, written atomically."""
    write_bytes(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def replace_dir(fresh: Path, target: Path) -> None:
    """Swap a fully written directory in for `target` (two renames; the old one is removed afterwards).

    Between the renames `target` is briefly missing: readers of such a directory must treat "missing" as a cache
    miss, never as an error. Processes that still have files of the old directory open keep reading them.
    """
    old = target.with_name(fresh.name + ".old")
    if target.exists():
        os.replace(target, old)
    try:
        os.replace(fresh, target)
    finally:
        shutil.rmtree(old, ignore_errors=True)
