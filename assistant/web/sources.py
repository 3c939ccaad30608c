"""How the app shows where things come from and where problems are: sources by their human title (the quote on
demand, never a file path) and checker findings by section and item, each able to open its section for editing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from assistant.check.findings import KIND_LABELS
from assistant.domain.passages import Citation
from assistant.export.markdown import md_text

PROFILE_KEYS = ("title", "signature")  # come from the school's profile: a finding there opens 学校信息


# ---------------------------------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class Source:
    """One source of a reply as the user sees it: its number, a title people recognise, and the quoted words."""

    n: int
    label: str
    quote: str

    @property
    def heading(self) -> str:
        """The expander's label: "[1] 《工会法》第十一条" (escaped)."""
        return f"\\[{self.n}\\] {md_text(self.label)}"

    @property
    def quote_markdown(self) -> str:
        return f"“{md_text(self.quote.strip())}”" if self.quote.strip() else "（没有摘录原文）"


def source_label(citation: Citation) -> str:
    """A source's human title: the label retrieval gave it, else the law and article or the document's title.

    >>> source_label(Citation(1, "policy/工会法.md", "中华人民共和国工会法", "", "", kind="law", law="工会法",
    ...                       article="第十一条"))
    '《工会法》第十一条'
    >>> source_label(Citation(2, "examples/000_378b.txt", "", "", ""))
    '知识库中的一段文字'
    """
    if citation.label.strip():
        return citation.label.strip()
    if citation.kind == "law" and citation.article:
        return f"《{citation.law or citation.title}》{citation.article}"
    title = citation.title.strip()
    if title:
        return title if title.startswith("《") else f"《{title}》"
    return "知识库中的一段文字"


def sources(citations: Iterable[Citation | Mapping[str, Any]]) -> list[Source]:
    """A reply's citations as the 来源 list shows them (file paths never appear)."""
    out = []
    for citation in citations:
        c = citation if isinstance(citation, Citation) else Citation(**dict(citation))
        out.append(Source(c.n, source_label(c), c.quote or ""))
    return out


def citation_markdown(citation: Citation | Mapping[str, Any]) -> str:
    """One source as a single block of text: its title, then the quoted words (escaped)."""
    source = sources([citation])[0]
    return f"**{source.heading}**  \n{source.quote_markdown}"


# ---------------------------------------------------------------------------------------------------- findings


@dataclass(frozen=True)
class FindingView:
    """One checker finding for the 检查结果 list: what, where (section and item), and which section to open."""

    kind: str
    where: str
    markdown: str
    section: str  # the section key to open in 逐节修改 ("" when there is none to open)
    profile: bool  # the finding is in the title or the 落款: fixed in 学校信息

    @property
    def link(self) -> str:
        """The label of the button that goes there."""
        return "到学校信息中修改" if self.profile else "在逐节修改中打开"


def _where(location: Any) -> str:
    label = getattr(location, "label", "") or ""
    return label or "全文"


def finding_view(finding: Any, sections: Mapping[str, str] | None = None) -> FindingView:
    """A finding located by section and item ("维权与送温暖 · 一、（一）第1条"), never by a line of text the user never
    sees. `sections` maps the keys of the sections that can be edited to their titles."""
    sections = sections or {}
    kind = KIND_LABELS.get(finding.kind, "其他问题")
    location = getattr(finding, "location", None)
    key = getattr(location, "section", "") or ""
    where = _where(location)
    if sections.get(key) and sections[key] not in where:
        where = f"{sections[key]} · {where}"
    parts = [f"**{md_text(kind)}** · {md_text(where)}：{md_text(finding.message)}"]
    if finding.text:
        parts.append(f"原文：“{md_text(finding.text)}”")
    if finding.suggestion:
        parts.append(f"建议：{md_text(finding.suggestion)}")
    also = [_where(place) for place in getattr(finding, "also", ()) or ()]
    if also:
        parts.append("其他位置：" + "、".join(md_text(a) for a in dict.fromkeys(also)))
    return FindingView(kind, where, "  \n".join(parts), key if key in sections else "", key in PROFILE_KEYS)


def finding_markdown(finding: Any) -> str:
    """One finding as text: kind, place, message, the words in question and the suggestion (escaped)."""
    return finding_view(finding).markdown
