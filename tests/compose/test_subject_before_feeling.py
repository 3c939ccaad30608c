"""What a focus or highlight is about is its subject, not the people it names nor how they feel about it.

- A complaint that names a subject (an allowance, a promotion rule, a duty) and a feeling (憋屈, 委屈) is matched to the
  subject's topic: the feeling's words weigh half then (knowledge/focus_topics.yaml `feelings`). A complaint of the
  feeling alone keeps the feeling's topic.
- A highlight's words for a group of staff (女教职工 from 姐妹们) say who takes part, not what the work is: an outing of
  the women colleagues is 文体 work. A chore said to fall on a group (落在…身上) is a burden, however pleasant its
  setting (knowledge/highlights.yaml shape `burden`).

Texts written for these tests; none is an exemplar of knowledge/*.yaml or an eval case.
"""

from __future__ import annotations

import pytest

from assistant.compose.highlights import plain
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


def placed(composer, text: str) -> str:
    taxonomy = composer.classifier.taxonomy
    return composer.classifier.place(plain(text, taxonomy.plain_words, taxonomy.plain_patterns)).section


@pytest.mark.parametrize("text", [
    "职称评审的名额这几年越卡越紧，老师们憋屈得很",
    "高级职称评不上，评上了也不聘，大家心里委屈",
])
def test_a_feeling_about_a_promotion_rule_gets_the_promotion_topic(composer, text):
    found = composer.focus_matcher.match(text, "初中")
    assert found is not None and "职称" in found.topic.name


def test_a_feeling_alone_keeps_the_feeling_topic(composer):
    found = composer.focus_matcher.match("年轻老师受了委屈只能自己憋着，没人说说话", "初中")
    assert found is not None and found.topic.key in {"emotional_labour", "mental_health"}


def test_the_plan_answers_a_promotion_complaint_with_promotion_measures_not_counselling(composer):
    profile = Profile(school="测试实验学校", year=2027, period="第一学期", staff=70,
                      focus=["职称评审的名额这几年越卡越紧，老师们憋屈得很"])
    items = [i for area in items_by_area(render(composer.compose_plan(profile).to_blocks())).values() for i in area]
    assert sum("职称" in i for i in items) >= 2


@pytest.mark.parametrize("text", [
    "十月想包辆车拉姐妹们去山里看红叶，顺道吃顿农家饭",
    "打算周五下午叫上女老师们去湖边野炊，烤点串，放松放松",
])
def test_an_outing_of_the_women_colleagues_is_culture(composer, text):
    assert placed(composer, text) == "culture"


@pytest.mark.parametrize("text", [
    "秋天落叶多，校园里扫叶子、清水沟的活原来有工友干，现在工友辞了，全落在女老师们身上",
    "园里的花草要浇水修剪，暑假里没人管，这摊子事都压到值班的几个老师肩上",
])
def test_a_chore_that_falls_on_the_staff_is_a_burden_not_a_pastime(composer, text):
    assert placed(composer, text) in {"welfare", "women", "democracy"}
