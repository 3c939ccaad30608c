"""Garbles seen in earlier sessions, as families: a doubled character that ends one word and begins the next is no
verb said twice; a negated 得闲 is 没空; 搞/弄 with a potential complement is no act to hold. Sentences are our own."""

from __future__ import annotations

from tests.rewrite.shown import shown


def test_repeated_character_across_two_words_is_kept():
    for text, word in (("高考考务工作由教务处负责。", "高考考务"), ("这次期考考务安排好了。", "期考考务")):
        out = shown(text)
        assert word in out, out


def test_doubled_verb_before_its_object_still_goes():
    out = shown("周末去理理发。")
    assert "理理" not in out and "理发" in out, out


def test_negated_free_time_is_no_time():
    out = shown("他周末也不得闲。")
    assert "不有空" not in out and "没空" in out, out


def test_potential_complement_of_gao_nong_is_not_held():
    for text in ("表格实在弄不来的请找我。", "这件事一个人搞不定。"):
        out = shown(text)
        assert "开展不" not in out and "难以完成" in out, out


def test_nong_done_for_someone_stays():
    out = shown("不会的我教你弄。")
    assert "开展" not in out and "完善" not in out, out


def test_what_each_one_gets_is_a_count_kept():
    out = shown("各班报一个合唱节目，三到五分钟。")
    assert "一个合唱节目" in out, out
    out = shown("每对夫妻送一个相框，工会拟搞个纪念会。")
    assert "一个相框" in out and "举办" in out, out


def test_an_article_after_each_is_still_an_article():
    out = shown("每学期最后一个周五闭馆。")
    assert "最后一个周五" in out, out
