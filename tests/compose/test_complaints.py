"""A long complaint as a focus area: named by the clause that says what it is about (the rarest words), not by its
first clause; a single passing word of it does not pick a topic about something else; and a colleague called 王阿姨
keeps her name. Complaints written for these tests."""

from __future__ import annotations

import re

from assistant.compose.understanding import telling_clause
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area

WHEN = re.compile(r"学期初|学期末|学年初|学年末|年初|年末|每学期|每学年|每月|每周|期中|期末|开学|\d+月")


def test_a_complaint_is_named_by_its_telling_clause():
    assert telling_clause("早上七点就到校，中午也回不了家，好几个老师得了胃溃疡") == "好几个老师得了胃溃疡"
    assert telling_clause("办公室太挤，六个人一张长桌") in ("办公室太挤", "六个人一张长桌")


def test_a_passing_word_of_a_long_complaint_picks_no_topic(composer):
    matcher = composer.focus_matcher
    found = matcher.match("开完会都快七点了，食堂早关门，老师们只能啃面包，好几个胃不好", "初中")
    assert found is None or found.score >= 1.22


def test_an_unforeseen_complaint_gets_measures_in_its_own_words(composer):
    profile = Profile(school="测试实验初级中学", year=2027, period="第一学期", staff=70,
                      focus=["早上七点就到校，中午也回不了家，好几个老师得了胃溃疡"])
    md = render(composer.compose_plan(profile).to_blocks())
    items = [i for area in items_by_area(md).values() for i in area]
    taken_up = [i for i in items if "胃溃疡" in i and WHEN.search(i)]
    assert len(taken_up) >= 2, [i for i in items if "胃" in i]


def test_a_colleague_called_by_surname_keeps_her_name(composer):
    profile = Profile(school="测试实验小学", year=2027, period="第一学期", staff=60,
                      highlights=["保洁李阿姨在楼梯上摔伤了腰，工会去看望"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert "李工作人员" not in md


def test_the_goals_name_highlights_by_their_kind_not_by_an_incident(composer):
    profile = Profile(school="测试实验小学", year=2027, period="第一学期", staff=60,
                      highlights=["后勤一位师傅值夜班时摔断了腿", "10月举办教工羽毛球赛"])
    md = render(composer.compose_plan(profile).to_blocks())
    goal = next(line for line in md.split("\n") if "重点工作取得实效" in line)
    assert "摔断" not in goal and "围绕" in goal


def test_a_colleagues_child_stays_a_child_and_a_refusal_stays_a_refusal(composer):
    # knowledge/highlights.yaml plain_patterns: 老师家的孩子 is 子女, not 学生; 不想 is 不愿, not 不拟;
    # formal_lexicon.yaml: work handed over to a company is not 提交至 it.
    profile = Profile(school="测试第一高级中学", year=2027, period="第二学期", staff=120,
                      highlights=["有十几个同事家的孩子今年中考，想开考前送张祝福卡",
                                  "保洁交给家政公司了，原来的三位师傅不想换单位"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert "同事子女" in md and "同事家的学生" not in md
    assert "不拟" not in md and "不愿" in md
    assert "提交至家政公司" not in md


def test_the_goals_name_a_short_piece_of_work_by_its_own_name(composer):
    profile = Profile(school="测试实验小学", year=2027, period="第一学期", staff=60,
                      highlights=["教师周转房热水器更换", "保育员和厨师技能比武"])
    md = render(composer.compose_plan(profile).to_blocks())
    goal = next(line for line in md.split("\n") if "重点工作取得实效" in line)
    assert "教师周转房热水器更换" in goal and "保育员和厨师技能比武" in goal


def test_a_complaint_no_topic_serves_is_named_by_what_it_is_about_not_quoted(composer):
    # concern.py: the noun closest in meaning to the whole complaint names it; no clause of the complaint is quoted
    # into the plan's sentences (a quoted clause read "围绕“住校教师晚上被叮得整宿睡不好”").
    complaint = "学校后山的蚊子特别毒，住校老师晚上被叮得整宿睡不好，腿上全是包"
    profile = Profile(school="测试山区初级中学", year=2027, period="第一学期", staff=50, focus=[complaint])
    md = render(composer.compose_plan(profile).to_blocks())
    items = [i for area in items_by_area(md).values() for i in area]
    assert len([i for i in items if "蚊子" in i and WHEN.search(i)]) >= 2
    assert "教职工反映的蚊子问题" in md
    assert "被叮" not in md and "“教职工反映" not in md


def test_a_concern_is_never_a_person_a_place_or_a_time():
    # knowledge/focus_topics.yaml concern_stop, and the people endings of concern.py; character n-grams (no e5)
    # fall back to the rarest noun.
    from assistant.compose.concern import concern
    from assistant.index.likeness import NgramLikeness

    found = concern("每天下午放学后，县城来的年轻老师要在办公室等班车，班车一晚点就得摸黑走山路", NgramLikeness())
    assert found is not None
    assert not set(found.nouns) & {"下午", "县城", "老师", "年轻老师", "办公室"}
    assert concern("老师们每天都很忙", NgramLikeness()) is None
    assert concern("年轻教师多，帮助她们站稳岗位", NgramLikeness()) is None  # a common word: the kind serves it


def test_the_concern_stop_list_comes_from_the_knowledge_the_composer_reads(composer):
    # A knowledge dir whose focus_topics.yaml lists 蚊子 in concern_stop never names a concern by it.
    from assistant.compose.focus import FocusMatcher
    from assistant.compose.understanding import understand

    profile = Profile(school="测试山区初级中学", year=2027, period="第一学期", staff=50,
                      focus=["学校后山的蚊子特别毒，住校老师晚上被叮得整宿睡不好，腿上全是包"])
    likeness = composer.classifier.likeness
    shipped = understand(profile, composer.classifier, FocusMatcher((), likeness))
    local = understand(profile, composer.classifier, FocusMatcher((), likeness, frozenset({"蚊子"})))
    assert shipped.focus[0].concern == ("蚊子",)
    assert "蚊子" not in local.focus[0].concern
