"""A decline names what the knowledge base lacks only when it is a thing a reader recognises (“年终奖”, “陪考假”),
never a single character, a function word, the kind of school that asks or a run segmentation made up (乡, 只能,
小学, 管发): development round 54 of eval/answers declined "…没有关于“乡”“只能”的规定". Questions written for this test."""

from __future__ import annotations

import pytest

from assistant.conversation.answer_text import named_gaps


@pytest.mark.parametrize(("missing", "named"), [
    (("乡", "只能"), "这一问题"),
    (("小学", "中心校"), "这一问题"),
    (("管发", "东西"), "这一问题"),
    (("年终奖",), "“年终奖”"),
    (("劳动模范", "只能"), "“劳动模范”"),
    (("统计年报", "会计制度"), "“统计年报”“会计制度”"),
])
def test_only_things_are_named(missing, named):
    assert named_gaps(missing) == named


@pytest.mark.parametrize("question", [
    "我们镇上的学校工会只能管发东西吗",
    "乡里的小学工会是不是只能干等着上头安排外出学习的事",
])
def test_a_declined_question_never_names_a_fragment(answerer, question):
    text = answerer.answer(question).text
    for fragment in ("“乡”", "“只能”", "“管发”", "“小学”", "“东西”"):
        assert fragment not in text, text
