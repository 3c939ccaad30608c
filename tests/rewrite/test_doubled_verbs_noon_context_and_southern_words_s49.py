"""Formal and concise rewriting on development round 92 (forty-ninth session): a doubled 弄/搞 is undoubled and then
read with its object (弄弄香囊 → 制作香囊, 搞搞卫生 → 打扫卫生), never half-replaced (弄开展); in a text with a time at or
past noon, a bare one to five o'clock is afternoon (两点 → 14时); a clock time followed by a place and the gathering is
a time (8点在东门集合 → 8时); the union paying in Cantonese is 承担费用, a verb with 先 after it loses the 先, 睇下 a
view is 观赏; 马上就要 before what is coming is 即将; a reason clause telling how many came stays in a concise text.
Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def test_a_doubled_verb_is_read_with_its_object():
    out = rewrite("端午前想带大家弄弄香囊。", "formal").text
    assert "制作香囊" in out and "弄" not in out and "开展" not in out, out
    out = rewrite("周五放学后搞搞卫生。", "formal").text
    assert "打扫卫生" in out and "开展卫生" not in out, out
    out = rewrite("中秋节弄点月饼给退休老同志。", "formal").text
    assert "提供月饼" in out and "开展月饼" not in out, out


def test_a_bare_afternoon_hour_in_a_text_with_a_noon_time_is_on_the_24_hour_clock():
    out = rewrite("讲座三点钟开始。大巴12点半在校门口发车，结束大概5点半。", "formal").text
    assert "15时" in out and "12时30分" in out and "17时30分" in out, out
    out = rewrite("早上7点出发，中午12点吃饭。", "formal").text
    assert "7时出发" in out and "19时" not in out, out


def test_a_clock_time_before_a_place_and_the_gathering_is_a_time():
    out = rewrite("周日8点在东门集合，过时不候。", "formal").text
    assert "8时在东门集合" in out and "8点" not in out, out


def test_cantonese_words_of_an_outing_are_written_plainly():
    out = rewrite("活动完一齐去食早茶，每人50蚊，工会埋单。", "formal").text
    assert "工会承担费用" in out and "埋单" not in out and "结账" not in out and "食" not in out, out
    out = rewrite("大家7点到码头等先，顺便睇下日出。", "formal").text
    assert "等先" not in out and "观赏日出" in out, out


def test_what_is_coming_soon_is_jijiang_not_jinkuai():
    out = rewrite("马上就要开运动会了，请各组报名。", "formal").text
    assert "即将" in out and "尽快要" not in out, out


def test_a_concise_text_keeps_the_reason_that_counts_who_came():
    out = rewrite("阅览室的座位要重新排一下了，因为调来了好几位老师，原来的座位不够坐了。", "concise").text
    assert "调来" in out and "多位" in out, out
