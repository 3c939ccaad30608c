"""The occasions a school union marks in a year, by plan section (knowledge/occasions.yaml)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from assistant.domain.data import read_yaml_mapping

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "occasions.yaml"


@dataclass(frozen=True)
class Occasions:
    cues: tuple[str, ...]  # words of a question that ask about festivals and occasions
    by_section: dict[str, tuple[str, ...]]  # section key → its occasions, each "when: what the union does"

    def asked(self, question: str) -> bool:
        return any(cue in question for cue in self.cues)

    def of(self, key: str) -> tuple[str, ...]:
        return self.by_section.get(key, ())


@functools.lru_cache(maxsize=2)
def load_occasions(path: str | None = None) -> Occasions:
    data = read_yaml_mapping(path or DEFAULT_PATH, "节日与慰问节点文件")
    sections = {str(k): tuple(str(x) for x in v or ()) for k, v in (data.get("sections") or {}).items()}
    return Occasions(tuple(str(c) for c in data.get("cues") or ()), sections)
