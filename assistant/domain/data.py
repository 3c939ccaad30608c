"""Reading the knowledge files: YAML through libyaml's C loader when present (ten times faster than PyYAML's pure
Python one, which matters for every command's start), else the safe pure-Python loader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: str | Path) -> Any:
    """The parsed content of a YAML file (safe loading: plain data only)."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
