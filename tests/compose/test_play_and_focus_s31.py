"""Highlights and focus areas of families the composer misread (thirty-first session, from development round 56 of
eval/plans):
- staff playing together is 文体活动 even when pupils appear in the story (the pupils built the go-kart, the staff race
  it; the teachers, who are always with the children, get an afternoon of fun) — knowledge/highlights.yaml `leisure`
  and `pastime` shapes; team games at entertainment venues (剧本杀, 密室逃脱) are staff culture;
- staff made to pay for what breaks at work (个人赔) is a matter of rights, not of funds;
- three complaints find topics with measures of their own: teachers standing on desks to change lamps
  (work_at_height_safety), two generations of colleagues at odds (team_cohesion) and a union committee that seldom
  meets (union_cadres);
- a complaint is not named by a word after 不敢/不能 (a doing, 不敢声张) nor by a duration joined to its noun (报销一拖).
Texts written for these tests (none is an eval case)."""

from __future__ import annotations

import pytest

from assistant.compose.highlights import plain
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


def _section(composer, text: str) -> str:
    taxonomy = composer.classifier.taxonomy
    return composer.classifier.place(plain(text, taxonomy.plain_words, taxonomy.plain_patterns)).section


@pytest.mark.parametrize("text", [
    "机电专业的学生焊了几辆小赛车，六一前想叫老师们都上去开两圈，比比谁快",
    "期中考完想整一场剧本杀，老师们天天围着学生转，也让大家自个儿乐一回",
    "十二月想带老师们去玩一次密室逃脱，按年级组分队",
])
def test_staff_play_is_culture_even_with_pupils_in_the_story(composer, text):
    assert _section(composer, text) == "culture", text


def test_pupils_activity_led_by_teachers_is_not_staff_culture(composer):
    assert _section(composer, "周末学生社团排练节目，老师们轮流带着，一直弄到晚上八点") != "culture"


def test_paying_for_broken_equipment_is_rights(composer):
    assert _section(composer, "实验室的显微镜坏了要老师个人赔，大家都不敢让学生动手") == "welfare"


@pytest.mark.parametrize(("complaint", "kind", "topic"), [
    ("教室的灯坏了都是老师自己踩桌子上去换，上学期有人摔伤了腰", "小学", "教职工登高作业安全"),
    ("年轻老师和老教师想法差得远，一起带班老是闹别扭，有点代沟", "幼儿园", "教职工团队凝聚力"),
    ("工会委员会一学期也开不起来一次，委员例会总是凑不齐人", "初中", "工会干部履职能力"),
])
def test_a_complaint_of_these_families_finds_its_topic(composer, complaint, kind, topic):
    found = composer.focus_matcher.match(complaint, kind)
    assert found is not None and found.topic.name == topic, found


def test_the_height_safety_focus_gets_measures_on_ladders_and_work_at_height(composer):
    profile = Profile(school="测试第五小学", year=2027, period="第一学期", staff=70, school_type="小学",
                      focus=["教室的灯坏了都是老师自己踩桌子上去换，上学期有人摔伤了腰"])
    welfare = items_by_area(render(composer.compose_plan(profile).to_blocks()))["welfare"]
    assert sum("登高" in item or "梯" in item for item in welfare) >= 2, welfare


@pytest.mark.parametrize(("complaint", "unwanted"), [
    # a word after 不敢 is a doing, whatever tag jieba gives it (声张 is tagged as a noun)
    ("好几个女老师想要三胎，怀上了还得天天抱学生上下楼，备孕的也不敢声张", "声张问题"),
    # how long it drags (一拖) is no part of the thing's name
    ("外出培训的车费住宿都是自己先垫，报销一拖好几个月", "一拖"),
])
def test_a_complaint_is_not_named_by_a_doing_or_a_duration(composer, complaint, unwanted):
    profile = Profile(school="测试第六中学", year=2027, period="第一学期", staff=80, school_type="特殊教育学校",
                      focus=[complaint])
    md = render(composer.compose_plan(profile).to_blocks())
    assert unwanted not in md
