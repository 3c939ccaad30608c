"""The last article of statutes the knowledge base does not hold in full (knowledge/policy_terms.yaml
`article_counts`): a citation past it names an article that does not exist, though its wording cannot be checked."""

from __future__ import annotations

import functools
import re

from assistant.domain.numerals import FINANCIAL, parse_cn_number, short_law_name
from assistant.domain.policy import load_policy_terms


@functools.lru_cache(maxsize=1)
def _counts() -> dict[str, int]:
    return {short_law_name(name): count for name, count in load_policy_terms().article_counts.items()}


def past_last(law: str, article: str) -> int | None:
    """The law's number of articles when `article` (第九十条, 第90条) lies past its last one, else None."""
    count = _counts().get(short_law_name(law))
    m = re.fullmatch(rf"第\s*([零一二三四五六七八九十百千〇两{FINANCIAL}\d]+)\s*条(?:第.*款)?", article)
    if count is None or not m:
        return None
    raw = m.group(1)
    try:
        number = int(raw) if raw.isdigit() else parse_cn_number(raw)
    except ValueError:
        return None
    return count if number > count else None
