"""A focus told as a complaint in regional words is served by the topic it is about and named by its own words
(thirty-eighth session, development round 70): 一天到黑 (south-western 一天到晚) no longer yields a 黑眼睛 to name it
by; a feeling of the heart (心里直打鼓) names nothing; a new head's arrival (新园长, 推倒重来) has a topic of its own
whose measures carry the staff's views to the new leadership; staff who lose sleep (缺觉) and eat cold food (冷饭)
find those words in their measures. Every complaint is written for this test."""

from __future__ import annotations

from assistant.domain.profile import Profile
from tests.compose.conftest import numbered_lines

SLEEP = "保育老师些中午要守娃娃睡午觉，一天到黑不得歇，好几个人都缺觉"
NEW_HEAD = "新园长来了以后规矩一样样推倒重来，大家心里直打鼓"
COLD_FOOD = "老师要先看着学生吃完才轮到自己，端起碗饭菜都是冷饭"


def _profile(*focus: str, school: str = "青禾幼儿园") -> Profile:
    return Profile(school=school, year=2027, period="第二学期", staff=36, female_staff=33, focus=list(focus))


def test_a_regional_all_day_gives_no_black_eye_and_sleep_is_named(composer):
    area = composer.understand(_profile(SLEEP)).focus[0]
    assert "黑眼" not in area.words + "".join(area.concern + area.own)
    assert area.topic is not None and area.topic.section == "welfare"
    assert sum("缺觉" in item for item in numbered_lines(composer, _profile(SLEEP))) >= 2


def test_a_new_head_is_taken_up_with_the_staff_and_the_congress(composer):
    area = composer.understand(_profile(NEW_HEAD)).focus[0]
    assert "打鼓" not in area.words + "".join(area.concern)
    assert area.section == "democracy"
    items = [item for item in numbered_lines(composer, _profile(NEW_HEAD)) if "新园长" in item]
    assert len(items) >= 2
    assert not any("新校长" in item for item in items)  # a kindergarten's head
    assert not any("“新园长来了" in item for item in items)  # the complaint is not quoted as the plan's own words
    assert any("座谈" in item for item in items)


def test_cold_meals_are_named_in_the_canteen_measures(composer):
    profile = _profile(COLD_FOOD, school="青禾镇中心小学")
    assert sum("冷饭" in item for item in numbered_lines(composer, profile)) >= 2
