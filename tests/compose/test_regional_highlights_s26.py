"""A highlight said with a regional word keeps what it is about: the word is read as the ordinary spoken word first
(knowledge/rewrite_dialect.yaml: Wu 伲 = 我们), so 伲老师 is written as 我们老师 is, not taken for the teller's own
voice and dropped. Highlight written for this test (none is an eval case)."""

from __future__ import annotations

from assistant.domain.profile import Profile
from assistant.export.markdown import render


def test_a_wu_we_before_the_teachers_keeps_the_highlight_in_the_plan(composer):
    said = "社区隔三岔五喊伲老师周末去帮忙做防诈宣传，一去就是一整天"
    profile = Profile(school="测试实验小学", year=2027, period="第一学期", staff=60, highlights=[said])
    md = render(composer.compose_plan(profile).to_blocks())
    lines = [line for line in md.split("\n") if "防诈" in line]
    assert lines, md
    assert not any("伲" in line or "我们" in line for line in lines), lines
