"""A complaint's concern is what ails someone, never the teaching they do anyway; who suffers decides between topics
that share a condition word; a condition no topic lists is served by the condition measures under its own name; the
days before a festival on a month's first days fall in the month before; opera and folk arts are staff culture.
Texts written for these tests (knowledge/focus_topics.yaml `conditions`, `sufferers`, `concern_stop`)."""

from __future__ import annotations

import re

from assistant.compose.concern import candidates, concern_stop
from assistant.compose.timing import timing
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area

WHEN = re.compile(r"学期初|学期末|每学期|每月|每周|\d+月")
ACTOR = re.compile(r"工会主席|工会委员|生活委员|女职工委员会|工会小组长|工会委员会")


def _items(composer, **fields) -> list[str]:
    profile = Profile(school="测试实验小学", year=2027, period="第一学期", staff=60, female_staff=45, **fields)
    md = render(composer.compose_plan(profile).to_blocks())
    return [i for area in items_by_area(md).values() for i in area if not i.startswith("突出工作重点")]


def test_the_work_of_teaching_never_names_a_concern():
    found = candidates("家里公公中风瘫在床上，她白天教书上课，晚上回去还要备课", concern_stop())
    assert not {"教书", "上课", "备课"} & set(found), found


def test_a_condition_is_a_concern_whatever_part_of_speech_jieba_gives_it():
    assert "痛经" in candidates("好几个年轻女同事痛经得厉害", concern_stop())
    assert "便秘" in candidates("办公室里便秘的同事不少", concern_stop())


def test_the_staffs_own_parents_are_not_retired_staff(composer):
    matcher = composer.focus_matcher
    parents = matcher.match("好几位同事的父母得了阿尔茨海默病，下了班还得回去看着老人", "小学")
    assert parents is not None and parents.topic.section != "retirees", parents
    retired = matcher.match("退休的老同志里有几位失智了，家属照顾不过来", "小学")
    assert retired is not None and retired.topic.section == "retirees", retired


def test_a_condition_no_topic_lists_gets_two_concrete_measures_that_name_it(composer):
    items = _items(composer, focus=["这两年同事里得带状疱疹的不少，疼得整夜睡不好还硬撑着来上班"])
    # the measures for conditions (find who suffers, bring doctors), not the generic ones for any matter
    named = [i for i in items if "带状疱疹" in i and WHEN.search(i) and ACTOR.search(i) and re.search("台账|讲座|义诊", i)]
    assert len(named) >= 2, items


def test_a_condition_of_womens_bodies_is_served_by_the_womens_committee(composer):
    profile = Profile(school="测试实验小学", year=2027, period="第一学期", staff=60, female_staff=45,
                      focus=["刚工作的女同事有不少痛经的，疼得直冒冷汗也得站着把课上完"])
    areas = items_by_area(render(composer.compose_plan(profile).to_blocks()))
    named = [i for i in areas["women"] if "痛经" in i and WHEN.search(i)]
    assert len(named) >= 2, areas["women"]


def test_the_days_before_new_year_are_in_december():
    profile = Profile(school="测试实验小学", year=2027, period="第一学期", staff=60)
    assert timing("元旦前办一台教工迎新联欢", profile).months == (12,)
    assert timing("国庆前夕组织教工升旗", profile).months == (9,)
    assert timing("元旦后召开工会委员会总结会", profile).months == (1,)


def test_an_opera_salon_for_staff_is_culture(composer):
    assert composer.classifier.place("四月请越剧团演员来教两回，办个教工越剧沙龙，大家哼哼唱唱").section == "culture"


def test_a_short_focus_is_named_whole_in_its_measures(composer):
    # a focus typed as a name (a topic serves it) is found as the school wrote it, not only by a part of it
    items = _items(composer, focus=["教职工会员实名登记"])
    named = [i for i in items if "教职工会员实名登记" in i and WHEN.search(i)]
    assert len(named) >= 2, items
