"""A kindergarten's focus area told with 娃娃 (which the everyday lexicon reads as 学生) is named in the kindergarten's words
wherever the plan introduces a measure with it (幼儿, never 学生: knowledge/school_types.yaml 幼儿园 replace), as the
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
