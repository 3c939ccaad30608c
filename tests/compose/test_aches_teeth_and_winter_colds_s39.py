"""Complaints about the body that the plan now serves by name (thirty-ninth session, development round 72): joints
that ache whenever it rains are 风湿 and joint pain, not a knee's wear; the cost of replacing lost teeth is a matter
of teeth, not an unknown "牙口问题"; colds caught between heated rooms and the frost are a winter health topic of
their own, not the heating of rooms; staff marked down in their appraisal for what the school's conditions ruled
out are a matter of rights. Every complaint is written for this test."""

from __future__ import annotations

from assistant.domain.profile import Profile
from tests.compose.conftest import numbered_lines

DAMP = "这边雨水多，屋里潮乎乎的，不少老师指关节一到阴天就疼得握不住粉笔"
TEETH = "好些老教师要镶牙补牙，一口下来大几千，单位体检也从来不查牙齿"
COLDS = "冬天屋里暖气烘着，走廊上冷风直灌，办公室里的人一个接一个感冒"


def _profile(*focus: str) -> Profile:
    return Profile(school="北川县第二中学", year=2027, period="第一学期", staff=88, female_staff=50, focus=list(focus))


def test_joints_that_ache_with_damp_are_served_as_rheumatism(composer):
    area = composer.understand(_profile(DAMP)).focus[0]
    assert area.topic is not None and "风湿" in area.topic.name
    assert sum("关节疼痛" in item for item in numbered_lines(composer, _profile(DAMP))) >= 2


def test_the_cost_of_teeth_is_a_matter_of_teeth(composer):
    area = composer.understand(_profile(TEETH)).focus[0]
    assert area.topic is not None and "牙齿" in area.topic.name
    assert sum("牙齿" in item for item in numbered_lines(composer, _profile(TEETH))) >= 2


def test_colds_between_heated_rooms_and_the_frost_have_winter_measures(composer):
    area = composer.understand(_profile(COLDS)).focus[0]
    assert area.topic is not None and area.topic.key == "cold_and_flu"
    items = [item for item in numbered_lines(composer, _profile(COLDS)) if "感冒" in item]
    assert len(items) >= 2
    assert any("讲座" in item and "11月" in item for item in items)


def test_staff_marked_down_for_what_they_could_not_do_is_a_matter_of_rights(composer):
    complaint = "学校在信号管控区，线上研修和打卡都做不成，年度考核回回扣分，找谁说理去"
    profile = Profile(school="北川县第二中学", year=2027, period="第一学期", staff=88, highlights=[complaint])
    assert composer.understand(profile).highlights[0].placement.kind.key == "rights"
    # a training the staff simply take part in stays with the staff's development
    plain = Profile(school="北川县第二中学", year=2027, period="第一学期", staff=88, highlights=["县里组织线上培训，老师们按时学完"])
    assert composer.understand(plain).highlights[0].placement.kind.key != "rights"
