"""How plans cite statutes: 《工会法》第十一条、第十二条 (and 第11条 / 第二款), found one way everywhere."""

from __future__ import annotations

import re

from assistant.domain.numerals import CN_DIGITS, FINANCIAL, cn_number, normalize_article

_NUMERAL = rf"[{CN_DIGITS}千{FINANCIAL}\d]+"
# A range (第五十七至五十九条, 第十条到第十二条) is one listing whose both ends are articles.
ARTICLE_NO = (rf"(?:第\s*{_NUMERAL}\s*(?:条\s*)?(?:至|到|—|－|~|～)\s*(?:第\s*)?{_NUMERAL}\s*条|"
              rf"第\s*{_NUMERAL}\s*条(?:第\s*{_NUMERAL}\s*款)?)")
# The year of the edition a plan adds after the title (《女职工劳动保护特别规定》（2012）第三章).
EDITION = r"(?:\s*[（(]\s*\d{4}\s*年?(?:版|修正|修订|施行)?\s*[）)])?"
# 《law》 optionally followed by one or more articles joined by 、，和及与或至 / 以及 (the first one also after 中的/里的/的:
# 《女职工劳动保护特别规定》中的第十条, spoken 里头/里面/上 (《劳动合同法》里头第四十二条), or after the chapter's name a law
# gives its first and last chapters: 《劳动合同法》附则第九十七条, 《工会法》总则的第三条), or after a demonstrative as
# people point at an article they heard of (《工会法》那个第四十二条, 《劳动法》里的这个第九条: 指示代词 那个/这个, 《现代汉语八百词》).
LAW_CITATION = re.compile(
    rf"《([^《》\n]{{1,40}})》{EDITION}((?:\s*(?:(?:总则|附则)(?:中的|里的|中|里|的)?|(?:中的|里的|里头的?|里面的?|上的?|中|里|的)?\s*(?:那个|这个|那一|这一)|中的|里的|里头的?|里面的?|上的?|中|里|的)?\s*{ARTICLE_NO})(?:\s*(?:[、，,和及与或至]|以及)\s*{ARTICLE_NO})*)?"
)
_ONE_ARTICLE = re.compile(rf"第\s*({_NUMERAL})\s*条")
# The far end of a range: 第五十七至五十九条 names 第五十九条 too.
_RANGE_END = re.compile(rf"(?<=至|到|—|－|~|～)\s*(?:第\s*)?({_NUMERAL})\s*条")


def article_tokens(listing: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each article in a citation's article listing; label as written, spaces removed.

    >>> article_tokens("第十一条、第 12 条")
    [(0, 4, '第十一条'), (5, 11, '第12条')]
    """
    found = [(m.start(), m.end(), re.sub(r"\s", "", m.group(0))) for m in _ONE_ARTICLE.finditer(listing)]
    ends = [(m.start(), m.end(), f"第{m.group(1)}条") for m in _RANGE_END.finditer(listing)
            if not any(a <= m.start(1) < b for a, b, _ in found)]
    firsts = [(m.start(), m.end() - 1, f"第{m.group(1)}条") for m in re.finditer(rf"第\s*({_NUMERAL})\s*(?:至|到|—|－|~|～)", listing)]
    return sorted(found + ends + firsts)


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
