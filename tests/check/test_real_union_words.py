"""Real words of a union's organisation and funds are not garbles of the fixed phrase they resemble (spinner.yaml
`real`). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.check.conftest import GROUPS_ITEM as ITEM
from tests.check.conftest import planted


@pytest.mark.parametrize("sentence", [
    "各年级分会主席汇总同事们提出的建议。",
    "工会经费设专户管理，账目按学期向会员公布。",
    "工会小组长带领组员开展读书交流。",
    "经费单独核算、专款专用。",
])
def test_real_union_words_are_not_garbles(review, sentence):
    findings = review(planted((ITEM, ITEM + sentence)))
    assert [f.text for f in findings if f.kind == "garble"] == []
