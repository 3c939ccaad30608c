"""A school of a stage without the 高考 is often its venue, and its teachers invigilate (knowledge/policy_terms.yaml
`exam_venues`): 高考 there is not another kind's word. Elsewhere in such a plan it still is. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

JUNIOR = {"school": "青岭县第三初级中学", "school_type": "初中"}
NINE_YEAR = {"school": "青岭县育才九年一贯制学校", "school_type": "九年一贯制"}


@pytest.mark.parametrize("profile", [JUNIOR, NINE_YEAR])
def test_the_exam_a_school_hosts_is_its_own_work(lawbook, profile):
    text = "六月我校作为高考考点，工会为承担监考任务的教师送去防暑用品。"
    assert found(lawbook, text, "school_type_vocab", **profile) == []


@pytest.mark.parametrize("profile", [JUNIOR, NINE_YEAR])
def test_the_exam_of_a_stage_the_school_lacks_is_still_flagged_elsewhere(lawbook, profile):
    assert found(lawbook, "五月组织高考百日冲刺誓师活动，工会慰问毕业班教师。", "school_type_vocab", **profile)
