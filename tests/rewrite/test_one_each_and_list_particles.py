"""Two spoken families (《现代汉语八百词》): 一 meaning 每 before a head and what each gets (一人一张 → 每人一张, kept
as one fact, not a count of one person), with fixed phrases of one + one thing left alone (一人一票, 一户一档); and a
particle after each item of a list (彩笔啊、卡纸啊都可以), the last one before 都/也/等 included. Sentences are the
tests' own."""

from assistant.rewrite.facts import missing_facts, one_each
from assistant.rewrite.rules import rewrite


def test_one_each_becomes_every():
    out = rewrite("参加培训的学员一人一本教材，一家两张门票。", "formal").text
    assert "每人一本" in out and "每家两张" in out and "一人一本" not in out, out


def test_fixed_phrases_of_one_and_one_stay():
    text = "选举实行一人一票，困难会员一户一档。"
    assert one_each(text) == text
    assert rewrite(text, "formal").text == text


def test_one_each_is_the_same_fact_as_every():
    assert missing_facts("工会给退休教师一人一盒月饼。", "工会为退休教师每人发放一盒月饼。") == []


def test_particle_after_the_last_item_of_a_list_goes():
    out = rewrite("彩笔啊、卡纸啊、胶棒啊都可以。", "formal").text
    assert "啊" not in out and "彩笔" in out and "胶棒" in out, out
