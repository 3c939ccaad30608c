"""A word of a fixed phrase swapped for a thesaurus synonym (knowledge/spinner.yaml `thesaurus`: one entry covers every
phrase holding the word, synonyms sharing no character with it included), and a statute retold with a changed figure
(the law book's own text of the cited law or article is the reference). Every sentence is written for these tests
from common usage and the statutes, not taken from an evaluation case."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

FLAGGED = [
    # garble: the thesaurus word swapped in phrases of the knowledge texts and the curated lists
    ("评选表彰一批校级劳动楷模。", "garble", "劳动楷模"),
    ("多关心大家的心绪健康，开设减压讲座。", "garble", "心绪健康"),
    ("争创平稳校园，排查安全隐患。", "garble", "平稳校园"),
    ("发挥工会的桥梁绳索作用。", "garble", "桥梁绳索作用"),
    ("用身边的故事弘扬正力量。", "garble", "正力量"),
    ("给后生教师多压担子。", "garble", "后生教师"),
    # misquote: a figure of a named law retold otherwise than its text, no quotation marks
    ("按《女职工劳动保护特别规定》，怀孕5个月以上者不排加班和夜班。", "misquote", "怀孕5个月以上"),
    ("依照《工会法》第四十一条，兼职委员开会的时间每月不超过4个工作日，工资照发。", "misquote", "超过4个工作日"),
]


@pytest.mark.parametrize("text, kind, span", FLAGGED, ids=[f"{c[1]}-{c[2]}" for c in FLAGGED])
def test_a_swapped_word_or_changed_figure_is_flagged(lawbook, text, kind, span):
    got = found(lawbook, text, kind)
    assert any(span in t or t in span for t in got), got


FINE = [
    # the fixed phrases as written, the synonym on its own, and words the thesaurus leaves out on purpose
    ("评选表彰一批校级劳动模范，发挥榜样作用。", "garble"),
    ("多关心大家的心理健康，开设减压讲座。", "garble"),
    ("带青年教师去少年宫做志愿服务。", "garble"),
    ("老师们的专业成长离不开骨干引领。", "garble"),
    ("发挥工会的桥梁纽带作用。", "garble"),
    # the law's own figures, and a figure of the school's own next to the law's name
    ("按《女职工劳动保护特别规定》，怀孕7个月以上者不排加班和夜班。", "misquote"),
    ("依照《工会法》第四十一条，兼职委员开会的时间每月不超过3个工作日，工资照发。", "misquote"),
    ("学习《工会法》后，安排3天的教工研学。", "misquote"),
]


@pytest.mark.parametrize("text, kind", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_the_right_phrase_or_figure_is_not_flagged(lawbook, text, kind):
    assert found(lawbook, text, kind) == []
