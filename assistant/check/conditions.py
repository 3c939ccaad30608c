"""A statute retold with a changed condition: a sentence naming a law (with or without its article) states a figure of
it — 怀孕N个月以上, 不超过N个工作日, 未满N周岁 — that the law's own text gives with another number. The figure is read
by its shape (the two characters before the number, the number, its unit), compared with every figure of that shape
in the law book's text of the cited articles (or of the whole law when none is cited), and flagged only when the law
writes that shape and never with the plan's number. Figures inside quotation marks are the quotation check's."""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.domain.citations import article_tokens
from assistant.domain.numerals import count_of
from assistant.loading.statutes import LawBook

_NUMBER = r"(\d{1,4}(?:\.\d+)?|[零〇一二两三四五六七八九十百千]{1,6})"
# 怀孕7个月以上 / 不超过三个工作日 / 未满1周岁 / 工资总额的百分之二 is left to the stated rules (procedures.yaml).
_FIGURE = re.compile(rf"([\u4e00-\u9fff]{{2}}){_NUMBER}\s*(个月|个工作日|周岁|小时|天|倍|%|％)(以上|以下|以内|之内)?")
_SENTENCE = re.compile(r"[^。！？!?\n]+")
_QUOTED = re.compile(r"[“\"「『][^”\"」』\n]*[”\"」』]")


def _value(raw: str) -> float:
    return float(raw) if raw[0].isdigit() else float(count_of(raw))


def _unit(unit: str) -> str:
    return "%" if unit == "％" else unit


def changed_conditions(doc: Document, lawbook: LawBook, named: list[re.Match]) -> list[Finding]:
    """One finding per figure a sentence naming a law gives otherwise than the law's text; `named` are the sentence's
    law citations (domain.citations.LAW_CITATION matches)."""
    out: list[Finding] = []
    text = doc.text
    for sentence in _SENTENCE.finditer(text):
        cited = [m for m in named if sentence.start() <= m.start() < sentence.end()]
        sources: list[tuple[str, list[str]]] = []
        for m in cited:
            law = m.group(1).strip()
            if not lawbook.has_law(law) or lawbook.is_digest(law):
                continue
            tokens = [t for _, _, t in article_tokens(m.group(2) or "")]
            texts = [lawbook.article_text(law, t) or "" for t in tokens] if tokens else lawbook.article_texts(law)
            sources.append((law, texts))
        if not sources:
            continue
        words, at = sentence.group(0), sentence.start()
        skip = [(q.start(), q.end()) for q in _QUOTED.finditer(words)] + [
            (m.start() - at, m.end() - at) for m in cited
        ]
        for fig in _FIGURE.finditer(words):
            if any(a <= fig.start() < b for a, b in skip):
                continue
            said = _value(fig.group(2))
            for law, texts in sources:
                written = [g for t in texts for g in _FIGURE.finditer(t)
                           if g.group(1) == fig.group(1) and _unit(g.group(3)) == _unit(fig.group(3))]
                if not written or said < 0 or any(_value(g.group(2)) == said for g in written):
                    continue
                original = written[0].group(0)
                out.append(doc.finding(
                    "misquote", at + fig.start(), at + fig.end(),
                    f"转述《{law}》时改动了条文中的数字：原文是“{original}”，这里写成了“{fig.group(0)}”",
                    f"按原文改为“{original}”",
                ))
                break
    return out
