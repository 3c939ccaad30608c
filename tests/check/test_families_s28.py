"""Families a district reviewer circles that the checker used to pass (twenty-eighth session): a quorum said with the
people first (人来了一半就开会), an organiser's right of interpretation pasted from a contest notice, age bands with a
middle band that count more staff than the school has, a whole split after "，当中", and a writer's own two words
(财务室 + 作) that are not a spun fixed phrase. Every sentence is written for this test; the correct look-alikes must
stay unflagged."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

FLAGGED = [
    # 《学校教职工代表大会规定》第四章: two thirds of those due must be present; the people named before their arriving.
    ("教代会代表来了一半就可以开会，议题当场表决。", "rule", "代表来了一半就可以开会", {}),
    ("全体大会只要教职工到一半以上便能开会。", "rule", "教职工到一半以上便能开会", {}),
    # The organiser's right of interpretation closes a contest notice, not a school's plan.
    ("组队参加区工会羽毛球联赛。本届联赛的解释权归区教育工会所有。", "pasted_notice", "解释权归区教育工会", {}),
    ("参加市里的优秀工会小组评选，评选解释权在市总工会。", "pasted_notice", "解释权在市总工会", {}),
    # Age bands that share no one cannot hold more people than the staff they split (here 92 staff, 60 counted).
    ("学校60名教职工中，35岁以下的25人，36至50岁的22人，51岁以上的16人。", "impossible_figure",
     "35岁以下的25人，36至50岁的22人，51岁以上的16人", {}),
    ("按年龄看，30岁以下的40人，31到45岁的38人，46岁以上的20人。", "impossible_figure",
     "30岁以下的40人，31到45岁的38人，46岁以上的20人", {}),
    # A whole, then its posts after "，当中": the posts cannot add up to more than the whole.
    ("学校在岗教职工70人，当中专任教师62人、工勤人员12人。", "impossible_figure", "专任教师62人、工勤人员12人", {}),
]


@pytest.mark.parametrize(("text", "kind", "span", "changes"), FLAGGED)
def test_the_family_is_flagged(lawbook, text, kind, span, changes):
    assert any(span in words or words in span for words in found(lawbook, text, kind, **changes)), kind


CLEAN = [
    ("教代会须有三分之二以上的代表到会方可开会，表决须经全体代表过半数通过。", "rule", {}),
    ("代表到齐后，大会听取学校工作报告。", "rule", {}),
    ("方案的解释工作由工会办公室负责答疑。", "pasted_notice", {}),
    ("学校60名教职工中，35岁以下的25人，36至50岁的22人，51岁以上的13人。", "impossible_figure", {}),
    ("青年教师中，30岁以下的15人，31至35岁的12人，工会为他们搭建成长平台。", "impossible_figure", {}),
    ("学校60名教职工中，35岁以下的25人，30岁以上的50人。", "impossible_figure", {}),
    ("学校在岗教职工70人，当中专任教师60人、工勤人员10人。", "impossible_figure", {}),
    ("教代会上听财务室作经费收支情况报告。", "garble", {}),
    ("做好财务工作，按时公开收支。", "garble", {}),
]


@pytest.mark.parametrize(("text", "kind", "changes"), CLEAN)
def test_a_correct_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []
