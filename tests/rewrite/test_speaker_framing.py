"""The speaker's own framing: an idea announced as the speaker's (我的想法是…) is what the plan proposes (拟), and a
long topic followed by "I'll say a few words" loses the announcement in the concise tone. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("我想的是每个教研组推荐一名代表。", ["我想的是"], ["拟", "每个教研组推荐一名代表"]),
    ("我的想法是，趁期中考试后组织一次登山。", ["我的想法是"], ["拟"]),
])
def test_the_speakers_idea_is_what_the_plan_proposes(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_long_topic_keeps_its_content_and_loses_the_announcement_when_concise():
    text = "关于教职工书屋周末开放以后图书借还登记的安排，我简单补充几句。每人每次限借两本，借期两周。"
    assert_rewritten(text, ["补充几句"], ["两本", "两周"], tone="concise")
