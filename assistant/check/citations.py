"""Statute citations: articles that exist (kind "unknown_article") and quotations that match the official wording
("misquote"). Both come from one reading of each citation, and a citation of a missing article is not also a misquote.
"""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.domain.citations import LAW_CITATION, article_tokens
from assistant.domain.script import to_simplified
from assistant.loading.statutes import LawBook

_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)

_LEAD_IN = re.compile(r"\s*(?:中|里)?\s*(?:明确|也|还)?\s*(?:规定|指出|要求|提出|强调|写道)?\s*([：:，,]?)\s*")
_QUOTE = re.compile(r"[“\"「『]([^”\"」』\n]{2,400})[”\"」』]")
_UNQUOTED = re.compile(r"([^。\n]{4,400})")
_ELLIPSIS = re.compile(r"……|…|\.{3,}|（略）|省略")


def _norm(text: str) -> str:
    return _PUNCT.sub("", to_simplified(text))


def _quote_matches(quote: str, sources: list[str]) -> bool:
    fragments = [_norm(f) for f in _ELLIPSIS.split(quote)]
    fragments = [f for f in fragments if f]
    for source in sources:
        body, pos, ok = _norm(source), 0, True
        for fragment in fragments:
            found = body.find(fragment, pos)
            if found < 0:
                ok = False
                break
            pos = found + len(fragment)
        if ok:
            return True
    return False


def citations(doc: Document, lawbook: LawBook) -> list[Finding]:
    out: list[Finding] = []
    text = doc.text
    for m in LAW_CITATION.finditer(text):
        law = m.group(1).strip()
        articles = article_tokens(m.group(2) or "")
        base = m.start(2)
        if not lawbook.has_law(law):
            continue  # a law the knowledge base does not hold cannot be checked: no finding rather than a guess
        if lawbook.is_digest(law):
            continue  # the base holds only a digest of this one: articles and quotations cannot be checked
        missing_article = False
        if articles:
            for i, (a, b, token) in enumerate(articles):
                if not lawbook.has_article(law, token):
                    missing_article = True
                    start = m.start() if i == 0 else base + a
                    out.append(
                        doc.finding(
                            "unknown_article",
                            start,
                            base + b,
                            f"《{law}》中没有{token}，引用的条文不存在",
                            "核对条文号；可在知识库中检索相关内容找到正确条文",
                        )
                    )
        quote = _quoted_after(text, m.end())
        if quote is None or missing_article:
            continue
        q_start, q_end = quote
        wording = text[q_start:q_end]
        if len(_norm(wording)) < 4:
            continue  # a quoted term, not a quotation
        if articles:
            sources = [lawbook.article_text(law, token) or "" for _, _, token in articles]
            where = f"《{law}》{'、'.join(t for _, _, t in articles)}"
        else:
            sources = lawbook.article_texts(law)
            where = f"《{law}》"
        if not _quote_matches(wording, sources):
            out.append(
                doc.finding(
                    "misquote",
                    q_start,
                    q_end,
                    f"引文与{where}的原文不一致",
                    "按原文逐字引用，或去掉引号改为转述",
                )
            )
    return out


def _quoted_after(text: str, pos: int) -> tuple[int, int] | None:
    """Span of the wording quoted right after a citation: “…”, or after 规定： up to the sentence end."""
    lead = _LEAD_IN.match(text, pos)
    after = lead.end() if lead else pos
    q = _QUOTE.match(text, after)
    if q:
        return q.start(1), q.end(1)
    said = text[pos:after]
    if lead and lead.group(1) in ("：", ":") and re.search(r"规定|指出|写道", said):
        u = _UNQUOTED.match(text, after)
        if u:
            return u.start(1), u.end(1)
    return None
