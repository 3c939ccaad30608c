"""A special school's complaint about its pupils' condition is no staff health topic; a kindergarten's focus area
told with 娃娃 (which the everyday lexicon reads as 学生) is named in the kindergarten's words wherever the plan
introduces a measure with it (幼儿, never 学生: knowledge/school_types.yaml 幼儿园 replace), as the
rest of the plan already is (fifty-seventh session, development round 108).
Every sentence is written for this test; none is an exemplar of knowledge/*.yaml."""

from __future__ import annotations

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


def test_a_kindergartens_focus_says_children_not_pupils(composer):
    focus = "夏天一限电，班里空调和风扇都停了，娃娃们午睡热得直哭，老师得挨个给娃娃扇扇子"
    profile = Profile(school="青溪镇中心幼儿园", school_type="幼儿园", year=2027, period="学年", staff=36,
                      female_staff=34, focus=[focus])
    items = [i for items in items_by_area(render(composer.compose_plan(profile).to_blocks())).values() for i in items]
    about = [i for i in items if "扇扇子" in i or "限电" in i or "风扇" in i]
    assert about, items
    assert not [i for i in items if "学生" in i], [i for i in items if "学生" in i]


def test_a_special_schools_pupils_condition_is_no_staff_health_topic(composer):
    """A complaint about the pupils' condition (more autistic pupils, the staff's old skills of no use) gets no measure
    screening or treating the staff for it (knowledge/focus_topics.yaml conditions.not_conditions)."""
    focus = "班里孤独症的学生一年多过一年，老师们的手语用不上，新方法学不进去"
    profile = Profile(school="南岭县特殊教育学校", school_type="特殊教育学校", year=2027, period="学年", staff=48,
                      female_staff=35, focus=[focus])
    items = [i for items in items_by_area(render(composer.compose_plan(profile).to_blocks())).values() for i in items]
    staff_care = ("义诊", "困扰的教职工", "治疗")
    assert not [i for i in items if "孤独症防治" in i or ("孤独症" in i and any(w in i for w in staff_care))], items
