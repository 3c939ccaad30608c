"""The concise tone drops the lead-up (the story before the plan) before any clause of the arrangement: a clause
that only narrates the old state goes even when it mentions a plan word in the negative (一直没有定下规矩), and an
arrangement's last rule (损坏的照价赔偿) that names something of its own stays."""
from __future__ import annotations

from assistant.rewrite.clauses import split
from assistant.rewrite.lead_up import plan_index
from tests.rewrite.shown import shown

_TEXT = (
    "跟大家说个事，教务处那台复印机，以前谁都能用，可一直没有定下规矩，纸张随手拿，墨盒老是空着，"
    "修了好几回也没人管。因此本学期工会想把它管起来：每个教研组每月领两包打印纸，墨盒由办公室统一更换，"
    "打印超过五十页的请先登记。周五下午工会检查一次，人为损坏的照价赔偿。"
)


def test_a_negated_plan_word_does_not_mark_the_plan():
    clauses = split("一直没有定下规矩，大家随便用。因此工会拟统一管理，每月检查。")
    at = plan_index(clauses, lambda s: s)
    assert at is not None and "拟" in clauses[at].text


def test_concise_keeps_the_arrangement_and_drops_the_story():
    out = shown(_TEXT, "concise")
    for kept in ("打印纸", "墨盒", "登记", "检查", "赔偿"):
        assert kept in out, out
    assert "修了好几回" not in out and "随手拿" not in out, out
