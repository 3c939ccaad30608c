"""How plans cite statutes: 《工会法》第十一条、第十二条 (and 第11条 / 第二款), found one way everywhere."""

from __future__ import annotations

import re

from assistant.domain.numerals import CN_DIGITS, cn_number, normalize_article

_NUMERAL = rf"[{CN_DIGITS}千\d]+"
ARTICLE_NO = rf"第\s*{_NUMERAL}\s*条(?:第\s*{_NUMERAL}\s*款)?"
# 《law》 optionally followed by one or more articles joined by 、，和及与或至 / 以及 (the first one also after 中的/里的/的:
# 《女职工劳动保护特别规定》中的第十条).
LAW_CITATION = re.compile(
    rf"《([^《》\n]{{1,40}})》((?:\s*(?:中的|里的|中|里|的)?\s*{ARTICLE_NO})(?:\s*(?:[、，,和及与或至]|以及)\s*{ARTICLE_NO})*)?"
)
_ONE_ARTICLE = re.compile(rf"第\s*({_NUMERAL})\s*条")


def article_tokens(listing: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each article in a citation's article listing; label as written, spaces removed.

    >>> article_tokens("第十一条、第 12 条")
    [(0, 4, '第十一条'), (5, 11, '第12条')]
    """
    return [(m.start(), m.end(), re.sub(r"\s", "", m.group(0))) for m in _ONE_ARTICLE.finditer(listing)]


def articles_in(text: str) -> set[str]:
    """Article labels a text names, in the statutes' own form (第十一条), whether written in digits or characters.

    >>> sorted(articles_in("工会法第11条和第二十一条"))
    ['第二十一条', '第十一条']
    """
    found = set()
    for m in _ONE_ARTICLE.finditer(text):
        raw = m.group(1)
        label = f"第{cn_number(int(raw))}条" if raw.isdigit() else normalize_article(raw)
        if label:
            found.add(label)
    return found
