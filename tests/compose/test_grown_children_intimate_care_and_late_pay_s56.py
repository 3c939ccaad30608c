"""Focus areas of development round 106's kinds (fifty-sixth session): staff whose grown children find no work get
measures of job information and advice (knowledge/focus_topics.yaml staff_children_jobs); in a special school, staff
who must dress or toilet pupils of the other sex get rules that protect both (intimate_care_boundaries, special
schools and kindergartens only); new staff's first pay reaching the card months late gets measures on first pay, not
only on pay slips (pay_on_time).
Every sentence is written for this test; none is an exemplar of knowledge/*.yaml."""

from __future__ import annotations

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


def _items(composer, school: str, school_type: str, focus: str) -> list[str]:
    profile = Profile(school=school, school_type=school_type, year=2027, period="学年", staff=72, female_staff=50,
                      focus=[focus])
    return [i for items in items_by_area(render(composer.compose_plan(profile).to_blocks())).values() for i in items]


def test_grown_children_without_work_get_job_measures(composer):
    items = _items(composer, "东湖县第四中学", "初中", "好几位老师的孩子研究生都念完了，工作还没着落，天天在家闲着")
    jobs = [i for i in items if "招聘" in i or "求职" in i or "就业" in i]
    assert len(jobs) >= 2, items


def test_care_of_pupils_of_the_other_sex_gets_rules_in_a_special_school(composer):
    focus = "女老师要帮高年级男生洗澡换衣服，实在为难，又怕家长多想"
    items = _items(composer, "东湖县特殊教育学校", "特殊教育学校", focus)
    rules = [i for i in items if "同性" in i or "异性" in i or "隐私" in i]
    assert len(rules) >= 2, items
    # an ordinary school's plan never carries the special school's care rules
    assert not any("同性照护" in i for i in _items(composer, "东湖县第四中学", "初中", "老师们周末加班太多"))


def test_first_pay_reaching_the_card_late(composer):
    items = _items(composer, "东湖县第五小学", "小学", "刚分来的几个老师，工资拖了两个多月才到账，房租都交不上")
    pay = [i for i in items if "到账" in i or "迟发" in i or "首月工资" in i]
    assert len(pay) >= 1, items
