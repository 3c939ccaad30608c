"""Wording that is no longer current in the plan's year: congress numbers (the party's and the unions'), ended
campaigns, superseded documents."""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding, quote
from assistant.domain.numerals import cn_number, parse_cn_number
from assistant.domain.policy import current_union_congress, outdated_spans

# 中国工会第十七次全国代表大会 / 中国工会十七大 / 全国工会十八大: the unions' own congress, not the party's.
_UNION = re.compile(
    r"(?:中国工会|全国工会|工会)\s*(?:第([一二三四五六七八九十]{2,3})次全国代表大会|([一二三四五六七八九十]{2,3})大)(?!以来)"
)
_UNION_BEFORE = re.compile(r"(?:中国工会|全国工会|工会)\s*(?:第)?$")


def outdated(doc: Document, year: int) -> list[Finding]:
    """One finding per outdated phrase, with the current wording as the suggestion."""
    text = doc.text
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for m in _UNION.finditer(text):
        number = parse_cn_number(m.group(1) or m.group(2))
        taken.append((m.start(), m.end()))
        current = current_union_congress(year)
        if number < current:
            now = f"中国工会第{cn_number(current)}次全国代表大会"
            out.append(
                doc.finding(
                    "outdated", m.start(), m.end(),
                    f"{year}年的计划应学习贯彻{now}精神，{quote(m.group(0))}已不是最新一次工会代表大会",
                    f"改为“{now}”",
                )
            )
    spans = sorted(outdated_spans(text, year), key=lambda s: (s.start, -(s.end - s.start)))
    for span in spans:
        if _UNION_BEFORE.search(text[max(0, span.start - 6) : span.start]):
            continue  # a union congress number read as the party's (中国工会十八大 is current in 2027)
        if any(a < span.end and span.start < b for a, b in taken):
            continue
        taken.append((span.start, span.end))
        out.append(doc.finding("outdated", span.start, span.end, span.message, span.suggestion))
    return out
