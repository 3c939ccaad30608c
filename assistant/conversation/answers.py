"""Grounded answers without a model: key points from the structure plus quoted passages with their sources."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.domain.passages import KIND_DIGEST, KIND_LAW, Citation, Hit, citation_for
from assistant.domain.text import strip_item_marks

# Question words and fillers that say nothing about the topic of a question.
_QUESTION_NOISE = (
    "应该", "应当", "需要", "怎么", "怎样", "如何", "什么", "哪些", "多久", "几次", "多少", "是否", "可以",
    "部分", "内容", "包括", "包含", "写啥", "写些", "写什么", "要写", "一般", "主要", "请问", "一下", "我们",
    "咱们", "学校", "工会", "工作", "计划", "的", "吗", "呢", "啊", "吧", "了", "是", "有", "要", "写", "在", "和",
)
_SENTENCE_END = re.compile(r"(?<=[。！？；])")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Answer:
    text: str
    citations: list[Citation] = field(default_factory=list)
    found: bool = True


def topic_terms(question: str) -> list[str]:
    """Content bigrams of a question once question words are removed.

    >>> topic_terms("教代会多久开一次")
    ['教代', '代会', '开一', '一次']
    """
    text = question
    for noise in sorted(_QUESTION_NOISE, key=len, reverse=True):
        text = text.replace(noise, " ")
    terms: list[str] = []
    for run in re.findall(r"[\u4e00-\u9fff]+|[A-Za-z0-9]+", text):
        if len(run) == 1:
            continue
        for i in range(len(run) - 1):
            gram = run[i : i + 2]
            if gram not in terms:
                terms.append(gram)
    return terms


def is_relevant(question: str, hits: list[Hit], extra_terms: tuple[str, ...] = ()) -> bool:
    """True when the top passages share real content with the question (not just question words)."""
    terms = topic_terms(question) + [t for t in extra_terms if len(t) >= 2]
    if not hits or not terms:
        return bool(hits) and not terms and bool(_CJK.search(question))
    text = "".join(h.passage.text for h in hits[:3])
    matched = [t for t in terms if t in text]
    own = topic_terms(question)
    own_matched = [t for t in own if t in text]
    # Half the question's own content, or a domain synonym of it, must be found in what we retrieved.
    return bool(matched) and (len(own_matched) * 2 >= len(own) or len(matched) >= 2)


def sentences(text: str) -> list[str]:
    """Split a passage into sentences, dropping its heading line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and len(lines[0]) <= 40 and not lines[0].endswith("。"):
        lines = lines[1:]
    out: list[str] = []
    for line in lines:
        for part in _SENTENCE_END.split(line):
            part = strip_item_marks(part.strip())
            if len(part) >= 6:
                out.append(part)
    return out


def best_quotes(
    question: str, hits: list[Hit], extra_terms: tuple[str, ...] = (), limit: int = 3, pinned: bool = False
) -> list[tuple[int, str]]:
    """The sentences that best answer the question, as (hit index, sentence), one per passage.

    `pinned`: the first hit is known to answer the question (a named article), so it leads.
    """
    terms = topic_terms(question) + [t for t in extra_terms if len(t) >= 2]
    scored: list[tuple[float, int, str]] = []
    for i, hit in enumerate(hits):
        best: tuple[float, str] | None = None
        options = [(s, 0.0) for s in sentences(hit.passage.text)]
        if hit.passage.kind == KIND_LAW and len(hit.passage.text) <= 300:
            options.append((" ".join(hit.passage.text.split()), 1.0))  # a short article is best quoted whole
        for sentence, bonus in options:
            score = sum(1 for t in terms if t in sentence) - 0.002 * len(sentence) - 0.3 * i + bonus
            score += 100 if pinned and i == 0 else 0
            if best is None or score > best[0]:
                best = (score, sentence)
        if best is not None:
            scored.append((best[0], i, best[1]))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [(i, s) for _, i, s in scored[:limit]]


def compose_answer(
    question: str,
    hits: list[Hit],
    key_points: list[str] | None = None,
    section_title: str | None = None,
    extra_terms: tuple[str, ...] = (),
    pinned: bool = False,
) -> Answer:
    """An answer that states key points and quotes the best passages with [n] citations."""
    if not is_relevant(question, hits, extra_terms):
        return Answer(
            text=(
                "抱歉，知识库中没有找到与这个问题相关的内容。我能回答的是学校工会工作计划的写法，"
                "以及《工会法》《教师法》、教代会、女职工保护等方面的问题，"
                "例如“女工部分应该写什么？”“教代会多久开一次？”。"
            ),
            found=False,
        )
    quotes = best_quotes(question, hits, extra_terms, pinned=pinned)
    citations = [citation_for(n, hits[i], quote) for n, (i, quote) in enumerate(quotes, start=1)]
    lines: list[str] = []
    if key_points:
        where = f"“{section_title}”部分" if section_title else "这一部分"
        lines.append(f"{where}一般应包括以下要点：")
        lines.extend(f"{k}. {point}" for k, point in enumerate(key_points, start=1))
        lines.append("")
        lines.append("知识库中的参考写法：")
    else:
        lead = citations[0]
        lines.append(f"根据{_origin_phrase(lead)}[1]：{lead.quote}")
        if len(citations) > 1:
            lines.append("")
            lines.append("相关资料：")
    for c in citations if key_points else citations[1:]:
        lines.append(f"- {c.quote}[{c.n}]（{_origin_phrase(c)}）")
    if any(c.kind == KIND_DIGEST for c in citations):
        lines.append("")
        lines.append("注：《学校教职工代表大会规定》相关内容来自要点摘编，并非官方原文，正式引用请以教育部令第32号原文为准。")
    return Answer(text="\n".join(lines), citations=citations)


def _origin_phrase(c: Citation) -> str:
    if c.kind == KIND_LAW and c.article:
        return f"《{c.law or c.title}》{c.article}"
    if c.kind == KIND_DIGEST:
        return f"《{c.title}》要点摘编（非官方原文）"
    section = f"“{c.section}”" if c.section else ""
    return f"{c.title}{section}"
