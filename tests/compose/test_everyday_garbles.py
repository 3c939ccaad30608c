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
