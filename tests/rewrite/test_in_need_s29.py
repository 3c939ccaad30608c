"""有需要的 (those in need) is a noun phrase with its 的: the concise tone shortened it to the broken 有需人 / 有需教师.
Found in a development round's concise case (eval/rewrite, round 50 notes of session 28); 现代汉语词典 需要 ② 名词."""

import pytest

from assistant.rewrite.rules import rewrite


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("我们工会对有需要的人要多关心一下，有需要的老师可以找我。", ["有需要的人", "有需要的教师"]),
        ("有需要的同志可以报名参加体检。", ["有需要的同志"]),
        ("这次培训对有经验的老师也有用，大家都来听听。", ["有经验的教师"]),
    ],
)
def test_concise_keeps_those_in_need_whole(text, kept):
    out = rewrite(text, "concise").text
    for phrase in kept:
        assert phrase in out, out
    assert "有需人" not in out and "有需教师" not in out


def test_need_before_an_action_still_shortens():
    # 需要提前报名 → 需提前报名 and 学校的报告厅 → 学校报告厅 are untouched by the guard.
    out = rewrite("大家需要提前报名，学校的报告厅里开会，获奖的教师上台发言。", "concise").text
    assert "需提前报名" in out
    assert "学校报告厅" in out and "获奖教师" in out


@pytest.mark.parametrize(("text", "word"), [
    ("工会组织教工练太平鼓，十月参加县里比赛。", "太平鼓"),
    ("退休的老太太们每天早上打太极，精神头可好了。", "太极"),
])
def test_tai_starting_a_word_is_not_the_degree_adverb(text, word):
    """太 → 过/过于 is for the degree adverb (太累了); 太平鼓, 太极 keep their first character."""
    out = rewrite(text, "formal").text
    assert word in out and "过于平" not in out and "过极" not in out, out


def test_give_what_is_not_why():
    out = rewrite("安排老师周末轮流值守，也没说给啥补贴。", "formal").text
    assert "为什么补贴" not in out and "补贴" in out, out
