"""A highlight's everyday words become formal ones only as whole words, and a focus said in another word order or
with words between its parts still finds its topic (knowledge/focus_topics.yaml `match_forms`). Sentences written
for these tests."""

from __future__ import annotations

from assistant.compose.highlights import plain
from assistant.compose.whole_words import replace_whole
from assistant.domain.profile import Profile
from assistant.export.markdown import render


def test_a_word_inside_a_longer_word_is_left_alone():
    assert replace_whole("请老师傅来修水管，老师们帮忙", "老师", "教师") == "请老师傅来修水管，教师们帮忙"
    # 大 + 学生 would read as university students
    assert replace_whole("几个大孩子要人照看", "孩子", "学生") == "几个大孩子要人照看"
    assert replace_whole("孩子们放学后", "孩子", "学生") == "学生们放学后"


def test_the_shipped_highlight_words_do_not_make_new_words(composer):
    words = composer.taxonomy.plain_words
    patterns = composer.taxonomy.plain_patterns
    said = plain("食堂的老师傅手艺好，想给大孩子们加个餐", words, patterns)
    assert "教师傅" not in said and "大学生" not in said


def test_a_measure_said_after_its_thing_finds_the_condition_topic(composer):
    matcher = composer.focus_matcher
    found = matcher.match("好几位同事血压一直偏高，早上起来头昏", "小学")
    assert found is not None and "三高" in found.topic.name
    found = matcher.match("熬夜改作文，期末前后头发一梳就掉", "初中")
    assert found is not None and "脱发" in found.topic.name


def test_a_suffix_said_in_full_still_meets_the_keyword(composer):
    found = composer.focus_matcher.match("放学以后工作群里还一条接一条地发通知，老师没法歇", "小学")
    assert found is not None and found.topic.key == "after_hours_messages"


def test_a_split_symptom_gets_measures_naming_the_condition(composer):
    profile = Profile(school="测试实验初级中学", year=2027, period="第一学期", staff=70,
                      focus=["批改熬到半夜，年纪轻轻头发成把成把往下掉"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert md.count("脱发") >= 2
