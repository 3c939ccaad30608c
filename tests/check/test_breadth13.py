"""Thirteenth breadth pass of the checker (general mechanisms, not instances): words quoted verbatim from a statute are
the law's, not the plan's own arrangement; a women's member named at some task is not the union's women's body set
up. Every sentence is written for these tests from the statutes and common usage, not taken from an evaluation case."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

FIRST_TERM = {"period": "第一学期", "year": 2026}

FLAGGED = [
    # the same festival as the school's own event in a first-semester plan is still out of the period
    ("五一国际劳动节安排教工爬山。", "out_of_period", "劳动节", FIRST_TERM),
    # the women's body set up as one member where the women are many
    ("工会委员会中配备一名女工委员，分管女教职工工作。", "rule", "女工委员", {}),
]


@pytest.mark.parametrize("text, kind, span, changes", FLAGGED, ids=[f"{c[1]}-{c[2][:10]}" for c in FLAGGED])
def test_a_new_family_member_is_flagged(lawbook, text, kind, span, changes):
    got = found(lawbook, text, kind, **changes)
    assert any(span in t or t in span for t in got), got


FINE = [
    # a statute's list of holidays quoted word for word names months outside the semester
    ("休息权的依据见劳动法的节日条款：“国际劳动节; (四) 国庆节”。", "out_of_period", FIRST_TERM),
    # a women's member named at a task (a person's role, a cell of who is in charge), not the body set up
    ("孕晚期教师的值周安排，由年级组长与女工委员商量后确定。", "rule", {}),
    ("妇女节插花沙龙请女职工委员牵头。", "rule", {}),
]


@pytest.mark.parametrize("text, kind, changes", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_a_correct_family_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []
