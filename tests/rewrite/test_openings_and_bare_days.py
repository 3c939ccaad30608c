"""Session 15 families: a month's day said without 号 before a weekday or a part of the day, a bare clock time in a
sentence that already said its part of the day, the opening 'let me tell you' said in regional words, a chat-group
vocative, and 跟 inside the words it begins. Sentences are our own."""

from __future__ import annotations

from tests.rewrite.shown import assert_rewritten, shown


def test_bare_day_before_weekday_or_part_of_day_gets_ri():
    assert_rewritten("定在4月9礼拜四上午开会。", gone=["9礼拜", "9周"], kept=["4月9日"])
    assert_rewritten("材料5月12前交齐。", gone=[], kept=["5月12日前"])
    assert_rewritten("6月3星期一下午体检。", gone=[], kept=["6月3日"])


def test_clock_time_opening_a_clause_after_the_part_of_the_day():
    assert_rewritten("周六下午去植物园，三点在南门上车，六点前回来。", gone=["三点", "六点"], kept=["15时", "18时前"])


def test_clock_time_ending_a_range_said_in_the_next_clause():
    assert_rewritten("每周二下午三点半开始练，练到五点，在体育馆。", gone=["五点"], kept=["17时"])


def test_points_of_an_argument_stay():
    out = shown("周一下午开会，两点：一是纪律，二是安全。")
    assert "两点" in out and "14时" not in out


def test_regional_openings_of_telling_become_the_notice_opening():
    for opening in ("俺说件事儿，", "同各位讲下，", "搭大家讲一声，", "给大家摆一下，", "和大伙儿通报件事，"):
        out = assert_rewritten(opening + "下周三工会组织插花。", gone=[opening[:-1]], kept=["插花"])
        assert out.startswith("现将有关事项通知如下："), out


def test_concise_drops_the_opening_entirely():
    out = shown("跟各位港一下，下周三工会组织插花，地点在三楼。", "concise")
    assert "现将" not in out and "港" not in out and "插花" in out


def test_chat_group_vocative_and_cheer_go():
    assert_rewritten("家人们！周五晚上工会看电影。冲鸭！", gone=["家人们", "冲鸭"], kept=["看电影"])


def test_gen_in_its_own_words_is_not_a_preposition():
    out = shown("新教师每周跟读两节课，跟拍一节公开课。")
    assert "与读" not in out and "与拍" not in out
