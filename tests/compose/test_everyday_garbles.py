"""Everyday words in a highlight are not garbled on their way into the plan (knowledge/highlights.yaml
plain_patterns): 四十几个 is 四十余, not 四十若干; a 保育员 called 阿姨 stays a 保育员. Highlights written for this test."""

from __future__ import annotations

from assistant.export.markdown import render
from tests.compose.conftest import body, load


def test_everyday_number_and_post_words_are_not_garbled(composer):
    profile = load("village_boarding", highlights=["食堂保育员阿姨只有两个，要管三十几个住校娃的饭，实在忙不过来"])
    text = body(render(composer.compose_plan(profile).to_blocks()))
    assert "工作人员阿姨" not in text and "保育员工作人员" not in text
    assert "若干" not in text


def test_we_as_the_staff_and_a_proposal_are_named_as_a_plan_names_them(composer):
    # knowledge/highlights.yaml plain_patterns (我们 after a verb are the staff, not 我校) and highlights._PROPOSAL
    profile = load("village_boarding", highlights=["十一月想请县文化馆的老师来教我们跳锅庄，图个热闹"])
    text = body(render(composer.compose_plan(profile).to_blocks()))
    assert "教我校" not in text and "教我们" not in text
    assert "围绕拟" not in text and "围绕想" not in text
    assert "锅庄" in text


def test_a_colleagues_family_children_are_not_pupils(composer):
    # knowledge/highlights.yaml plain_patterns: 孩子 after a spouse or the family is 子女, not 学生
    profile = load("village_boarding", highlights=["几位女老师晚上回家还得照顾老公孩子，周末也歇不下来"])
    text = body(render(composer.compose_plan(profile).to_blocks()))
    assert "配偶学生" not in text and "老公学生" not in text
