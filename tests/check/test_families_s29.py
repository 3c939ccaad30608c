"""Families a district reviewer circles that the checker used to pass or flagged wrongly (twenty-ninth session, from
development round 52): a weekday said before its date in brackets, an article named after 中的 (《…》中的第19条),
teacher representatives counted without 其中, and two writers' own phrases that are not slips (一笔一笔开销 beside
一笔勾销, 办实在事 beside 办实事). Every sentence is written for this test; the look-alikes must stay unflagged."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

FLAGGED = [
    # 12 March 2027 is a Friday.
    ("礼拜三（3月12日）下午组织教职工气排球赛。", "impossible_figure", "礼拜三（3月12日）"),
    ("周一(3月12日)召开工会委员会会议。", "impossible_figure", "周一(3月12日)"),
    # 《女职工劳动保护特别规定》 has 16 articles, 《工会法》 58.
    ("按照《女职工劳动保护特别规定》中的第21条做好孕期保护。", "unknown_article", "第21条"),
    ("依据《工会法》里的第六十三条开展工作。", "unknown_article", "第六十三条"),
    # 要点摘编: 教师代表不得低于代表总数的60% (20 of 40 is 50%).
    ("本届代表一共40名，教师代表占20名。", "rule", "代表一共40名，教师代表占20名"),
]


@pytest.mark.parametrize(("text", "kind", "span"), FLAGGED)
def test_the_family_is_flagged(lawbook, text, kind, span):
    assert any(span in words or words in span for words in found(lawbook, text, kind)), found(lawbook, text, kind)


CLEAN = [
    ("礼拜五（3月12日）下午组织教职工气排球赛。", "impossible_figure"),
    ("按照《女职工劳动保护特别规定》中的第九条安排哺乳时间。", "unknown_article"),
    ("本届代表一共40名，教师代表占30名。", "rule"),
    ("工会经费一笔一笔开销都要有票据，按月公开。", "garble"),
    ("坚持为教职工办实在事、解烦心事。", "garble"),
]


@pytest.mark.parametrize(("text", "kind"), CLEAN)
def test_a_correct_look_alike_is_not_flagged(lawbook, text, kind):
    assert found(lawbook, text, kind) == []
