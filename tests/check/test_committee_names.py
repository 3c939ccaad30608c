"""A staff-interest scheme passed by an administrative body is found under the body's full name as well as its short
one (校务委员会 / 校务会, 党支部委员会 / 支委会): check/procedures.py. The sentences are written for these tests."""

from __future__ import annotations

from tests.check.conftest import GROUPS_ITEM as ITEM
from tests.check.conftest import planted


def _rules(review, sentence: str) -> list[str]:
    return [f.text for f in review(planted((ITEM, ITEM + sentence))) if f.kind == "rule"]


def test_a_scheme_passed_by_the_full_named_school_affairs_committee_is_a_rule_finding(review):
    found = _rules(review, "《班主任工作量核算办法》经校务委员会讨论通过后施行。")
    assert len(found) == 1 and "校务委员会" in found[0]


def test_the_congress_named_in_the_sentence_keeps_it_correct(review):
    assert _rules(review, "《班主任工作量核算办法》经校务委员会拟定后提交教代会讨论通过。") == []
