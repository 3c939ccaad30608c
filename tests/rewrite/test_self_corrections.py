"""A speaker correcting themself mid-paragraph (voice typing): the words taken back and the marker go, the corrected
words stand, and the facts checked are the corrected ones. Sentences are the tests' own."""

from assistant.rewrite.corrections import apply_corrections
from assistant.rewrite.rules import rewrite


def test_a_number_taken_back_is_replaced():
    line, notes = apply_corrections("工会给每个组配了五个篮球，哦不对，是三个篮球，放在器材室。")
    assert line == "工会给每个组配了三个篮球，放在器材室。" and notes


def test_a_weekday_and_a_name_taken_back():
    assert apply_corrections("检查定在周二，说错了，周四上午。")[0] == "检查定在周四上午。"
    assert apply_corrections("请赵老师，不对，是钱老师负责签到。")[0] == "请钱老师负责签到。"


def test_an_opinion_is_no_correction():
    for text in ("原来的做法不对，是因为没有征求意见。", "座位摆放不对称的地方请调整。"):
        assert apply_corrections(text) == (text, [])


def test_the_rewrite_keeps_the_corrected_fact():
    out = rewrite("元旦游园会定在12月30号，哦不对，是12月31号，在操场。", "formal").text
    assert "12月31日" in out and "30" not in out and "不对" not in out, out
