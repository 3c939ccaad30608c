"""The unit of knowledge: a passage of a plan, an article of a statute, or a part of an upload."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from functools import cached_property

# Topics of the standard plan structure; a passage carries one of these (or "" when none fits).
TOPICS: tuple[str, ...] = (
    "指导思想",
    "工作目标",
    "民主管理与校务公开",
    "师德与队伍建设",
    "女职工",
    "维权与送温暖",
    "文体活动",
    "工会自身建设",
    "经费管理",
    "退休教职工",
    "工作安排",
    "保障措施",
)

# Kinds of passage.
KIND_PLAN = "plan"  # a section of an example plan
KIND_LAW = "law"  # an article of an official statute text
KIND_DIGEST = "digest"  # a digest in our own words (e.g. the 教代会 regulation): never quoted as official text
KIND_UPLOAD = "upload"  # the user's own document


@dataclass(frozen=True)
class Passage:
    """A retrievable passage with everything needed to cite it."""

    text: str
    source: str  # file name as shown to users, e.g. "examples/003_dfa1114e08482e2e.txt" or an upload's name
    title: str  # plan title, or the law's full name (中华人民共和国工会法)
    section: str = ""  # section path, e.g. "二、主要工作 > （三）女职工工作"; for law "第二章 工会组织 > 第十一条"
    topic: str = ""  # one of TOPICS, or ""
    kind: str = KIND_PLAN
    law: str = ""  # short law name for citations, e.g. "工会法"
    chapter: str = ""  # e.g. "第二章 工会组织"
    article: str = ""  # e.g. "第十一条"
    owner: str = ""  # school that owns an upload; "" = shared knowledge visible to all
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @cached_property
    def id(self) -> str:
        """Stable id from content and location (same passage, same id); computed once per passage object."""
        key = "\x1f".join((self.owner, self.source, self.section, self.text))
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]

    @property
    def citation(self) -> str:
        """What users see as the source: a human title, never a file path.

        >>> Passage("…", "policy/工会法.md", "中华人民共和国工会法", kind=KIND_LAW, law="工会法", article="第三条").citation
        '《工会法》第三条'
        >>> Passage("…", "examples/003.txt", "学校工会工作计划范文（篇4）", section="二、主要工作 > （三）女职工工作").citation
        '范文（篇4）「（三）女职工工作」'
        >>> Passage("…", "policy/x.md", "学校教职工代表大会规定", section="组织规则（第四章）", kind=KIND_DIGEST).citation
        '《学校教职工代表大会规定》要点摘编（非官方原文）「组织规则」'
        """
        if self.kind == KIND_LAW and self.article:
            return f"《{self.law or self.title}》{self.article}"
        heading = section_heading(self.section)
        where = f"「{heading}」" if heading else ""
        if self.kind == KIND_DIGEST:
            return f"《{self.title}》要点摘编（非官方原文）{where}"
        if self.kind == KIND_LAW:
            return f"《{self.law or self.title}》{where}"
        return f"{document_name(self)}{where}"

    def metadata(self) -> dict:
        """Flat metadata for Chroma (str values only)."""
        data = asdict(self)
        data.pop("text")
        data.pop("extra")
        return data

    @classmethod
    def from_metadata(cls, text: str, metadata: dict) -> Passage:
        known = {k: str(metadata.get(k, "")) for k in cls.__dataclass_fields__ if k not in ("text", "extra")}
        return cls(text=text, **known)


_PLAN_PREFIX = re.compile(r"^(?:学校)?工会工作计划")
_ORDINAL_TITLE = re.compile(r"^(范文|报告|计划)?[（(]([^（）()]{1,6})[）)]$")
_CHAPTER = re.compile(r"[（(]第[一二三四五六七八九十]+章[）)]$")


def section_heading(section: str, limit: int = 18) -> str:
    """The innermost heading of a section path, without a trailing chapter note, cut to `limit` characters.

    >>> section_heading("二、工作重点 > （四）加强工会自身建设")
    '（四）加强工会自身建设'
    >>> section_heading("三、主要工作 > （四）努力围绕区、署教育工会活动计划并结合学校工作计划而开展工作")
    '（四）努力围绕区、署教育工会活动计…'
    """
    heading = section.split(">")[-1].strip() if section else ""
    heading = _CHAPTER.sub("", heading).strip().rstrip("：:。，,")
    return heading if len(heading) <= limit else heading[: limit - 1] + "…"


def document_name(p: Passage) -> str:
    """A plan's name as users see it: 范文（篇4） for the example plans, an upload's file name, else its title."""
    if p.kind == KIND_UPLOAD:
        name = p.source.replace("\\", "/").rsplit("/", 1)[-1]
        return f"《{name}》" if name else "上传的文件"
    rest = _PLAN_PREFIX.sub("", p.title.strip())
    m = _ORDINAL_TITLE.match(rest)
    if m:
        word = "" if m.group(1) in (None, "范文") else m.group(1)
        return f"范文（{word}{m.group(2)}）"
    return f"《{p.title.strip()}》" if p.title.strip() else "范文"


@dataclass(frozen=True)
class Hit:
    """A passage returned by retrieval, with its fused score (higher is better)."""

    passage: Passage
    score: float

    def to_json(self) -> dict:
        p = self.passage
        return {
            "text": p.text,
            "source": p.source,
            "title": p.title,
            "section": p.section,
            "topic": p.topic,
            "kind": p.kind,
            "law": p.law,
            "article": p.article,
            "citation": p.citation,
            "score": round(self.score, 6),
        }


@dataclass(frozen=True)
class Citation:
    """Where a statement comes from: the passage number in the reply and its origin."""

    n: int
    source: str
    title: str
    section: str
    quote: str
    kind: str = ""
    law: str = ""
    article: str = ""
    label: str = ""

    def to_json(self) -> dict:
        return {
            "n": self.n,
            "source": self.source,
            "title": self.title,
            "section": self.section,
            "quote": self.quote,
            "kind": self.kind,
            "law": self.law,
            "article": self.article,
            "label": self.label,
        }


def citation_for(n: int, hit: Hit, quote: str) -> Citation:
    p = hit.passage
    return Citation(
        n=n, source=p.source, title=p.title, section=p.section, quote=quote, kind=p.kind,
        law=p.law, article=p.article, label=p.citation,
    )
