"""A focus said in everyday words finds the topic a union would take it up under, and the plan carries at least two
concrete measures that use the topic's own words: the chat that never sleeps (家长消息, 下班后), a teacher's own child
left at the school gate (子女接送), the clinic far away (就医, 常用药), colleagues still unmarried (婚恋交友) and
evening duty with the canteen closed (夜宵, 晚餐). knowledge/focus_topics.yaml, keywords added 2026-12-03.

The complaints below were written for these tests; none is an exemplar or keyword of knowledge/*.yaml.
"""

from __future__ import annotations

import re

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area

WHO = re.compile(r"工会主席|工会[\u4e00-\u9fff]{0,4}委员|工会小组|小组长|女职工委员会")
WHEN = re.compile(r"学期初|学期末|年初|年末|每学期|每学年|每月|每周|期中|期末|开学|寒暑假|\d+月")

CASES = [
    # (school type, complaint, topic key, words a measure for it uses)
    ("小学", "晚饭都吃完了，家长还在群里一条接一条发语音，老师回晚了就挨说", "after_hours_messages",
     ("下班后", "家长群", "工作群", "非工作时间")),
    ("初中", "咱们的娃放学比咱们下班早两个钟头，常常没人接", "children_pickup",
     ("子女接送", "接孩子", "托管", "错峰下班", "弹性下班")),
    ("小学", "离最近的卫生院要翻一座山，学校里连个感冒药都找不着", "rural_medical_access",
     ("就医", "常用药", "药箱", "卫生院")),
    ("高中", "办公室好几个小伙子姑娘二十八九了还单着，学校偏得很认识人太难", "youth_social",
     ("婚恋", "联谊", "交友", "单身")),
    ("高中", "上完晚自习快十一点，食堂早就熄灯了，老师只好饿肚子", "staff_canteen",
     ("夜宵", "加餐", "晚餐", "留餐", "食堂", "就餐")),
]


@pytest.mark.parametrize(("kind", "complaint", "key", "_words"), CASES)
def test_an_everyday_complaint_finds_its_topic(composer, kind, complaint, key, _words):
    found = composer.focus_matcher.match(complaint, kind)
    assert found is not None and found.topic.key == key, (complaint, found and found.topic.key)


@pytest.mark.parametrize(("kind", "complaint", "_key", "words"), CASES)
def test_the_plan_carries_two_measures_in_the_topics_own_words(composer, kind, complaint, _key, words):
    profile = Profile(school="测试县第三学校", year=2027, period="第一学期", staff=60, school_type=kind, focus=[complaint])
    md = render(composer.compose_plan(profile).to_blocks())
    items = [i for area in items_by_area(md).values() for i in area]
    concrete = [i for i in items if any(w in i for w in words) and WHO.search(i) and WHEN.search(i)]
    assert len(concrete) >= 2, [i for i in items if any(w in i for w in words)]


def test_a_passing_mention_of_a_chat_group_does_not_make_a_canteen_complaint_about_messages(composer):
    found = composer.focus_matcher.match("食堂的菜一周都是那几样，老师们在群里吐槽也没人管", "初中")
    assert found is not None and found.topic.key == "staff_canteen", found and found.topic.key
