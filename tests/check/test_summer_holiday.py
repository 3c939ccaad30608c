"""A festival inside the summer holiday is outside a February–July plan even when the plan prepares for it (check/
period.py): the semester ends when the holiday begins. The sentences are written for these tests."""

from __future__ import annotations

from tests.check.conftest import GROUPS_ITEM as ITEM
from tests.check.conftest import planted


def _outside(review, sentence: str, **changes) -> list[str]:
    return [f.text for f in review(planted((ITEM, ITEM + sentence)), **changes) if f.kind == "out_of_period"]


def test_army_day_visits_before_the_festival_fall_in_the_summer_holiday(review):
    assert _outside(review, "“八一”建军节前走访转业军人教师。") == ["“八一”建军节"]


def test_a_festival_early_in_july_stays_inside(review):
    assert _outside(review, "“七一”前夕组织党员教师重温入党誓词。") == []


def test_spring_festival_visits_stay_in_the_first_semester(review):
    sentence = "春节前走访慰问困难教职工。"
    found = _outside(review, sentence, period="第一学期")
    assert "春节" not in found
