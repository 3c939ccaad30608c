"""A plan as a flat list of typed blocks: the one form that Markdown and .docx are both rendered from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Heading:
    text: str  # includes its number, e.g. "一、指导思想" or "（三）女职工工作"
    level: int  # 1 for 一、 ; 2 for （一）; 3 for 1. ; 4 for （1）


@dataclass(frozen=True)
class Paragraph:
    text: str  # may start with its own number ("1. …") for numbered measures


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Signature:
    lines: tuple[str, ...]  # e.g. ("某某学校工会委员会", "2027年1月5日"), right-aligned at the end


Block = Title | Heading | Paragraph | Table | Signature


@dataclass
class Document:
    blocks: list[Block] = field(default_factory=list)
