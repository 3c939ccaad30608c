"""A complaint that sets a scene before it says what is wrong (备课、批作业一坐就是一整天，办公桌又窄又矮) is named by
the thing its comment is about (办公桌 of 办公桌又窄又矮) or the thing it says is lacking (扶手 of 床边没扶手) beside
the noun closest to the whole complaint, so the plan's measures name what the staff complained of
(assistant/compose/concern.py `troubled_words`; thirty-second session, from development round 58).

The sentences below were written for these tests; none is an exemplar of knowledge/*.yaml or an evaluation case.
"""

from __future__ import annotations

import pytest

from assistant.compose.concern import troubled_words
from assistant.domain.profile import Profile
from tests.compose.conftest import WHO, plan_items


@pytest.mark.parametrize("text, wanted", [
    ("老师们改卷子一改就是一下午，转椅又矮又晃，腰都直不起来", "转椅"),
    ("宿舍楼的过道黑咕隆咚，楼梯口没扶手，晚上下楼心里发怵", "扶手"),
    ("晚自习下了想热个饭，整栋楼连个微波炉都没有", "微波炉"),
])
def test_the_thing_commented_on_or_lacked_is_found(text, wanted):
    assert wanted in troubled_words(text)


@pytest.mark.parametrize("text, scene", [
    ("老师们改卷子一改就是一下午，转椅又矮又晃，腰都直不起来", "改卷子"),
    ("演练那天不少同事连灭火器保险销都不会拔，手忙脚乱", "保险销"),  # 不 negates the verb that follows, not the thing
])
def test_a_word_of_the_scene_is_not(text, scene):
    assert scene not in troubled_words(text)


def test_the_plan_names_the_thing_complained_of(composer):
    focus = "备课、批作业一坐就是一整天，办公桌又窄又矮，脖子酸得抬不起来"
    profile = Profile(school="测试县第三中学", year=2027, period="第一学期", staff=60, focus=[focus])
    items = plan_items(composer, profile)
    named = [i for i in items if "办公桌" in i and WHO.search(i)]
    assert len(named) >= 2, [i for i in items if "办公桌" in i]
