"""Reading the knowledge files: YAML through libyaml's C loader when present (ten times faster than PyYAML's pure
Python one, which matters for every command's start), else the safe pure-Python loader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from assistant.errors import LoadError

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: str | Path) -> Any:
    """The parsed content of a YAML file (safe loading: plain data only)."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506 - a safe loader


def read_yaml_mapping(path: str | Path, what: str) -> dict:
    """A knowledge file that must hold a mapping; a Chinese LoadError naming `what` (计划结构文件…) otherwise."""
    try:
        data = read_yaml(path)
    except OSError as exc:
        raise LoadError(f"无法读取{what}：{path}") from exc
    except yaml.YAMLError as exc:
        raise LoadError(f"{what}不是有效的 YAML：{exc}") from exc
    if not isinstance(data, dict):
        raise LoadError(f"{what}格式有误：顶层应为映射")
    return data
