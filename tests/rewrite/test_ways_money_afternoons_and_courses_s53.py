"""Formal, concise and specific rewriting on development round 100 (fifty-third session): having no way (没法子) is
无法, never its opposite 想办法; money put in an envelope (包三百块) is given out, not taken charge of; a piece of
ground after 那块 is a place, not a topic; 礼拜三 before a count of days is still the weekday; 碰头 at a place said with
那儿 is gathering there; a bare hour after the afternoon set earlier is in that afternoon; a notice opened after a
greeting (老师们好呀，说个小事情哈，就是…) opens with its matter; regional words (那搭, 甚的, 圪蹴, 可带劲了, 埋汰, 恰,
好康, 足快, 顾好, 凑不够就不去了) are written plainly; a course announced for next term gets a weekly slot in that term,
with place, sign-up and cost, never a month of another term.
Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def test_having_no_way_is_not_finding_a_way():
    out = rewrite("路远的没法子来，工会就上门送去。", "formal").text
    assert "无法" in out and "想办法" not in out, out


def test_money_put_in_an_envelope_is_given_out():
    out = rewrite("重阳节每位退休老师再包三百块慰问金。", "formal").text
    assert "发放" in out and "负责" not in out and "300元" in out, out


def test_a_piece_of_ground_is_a_place_and_the_weekday_stays_a_weekday():
    out = rewrite("拔河比赛放在操场西边那块草地，礼拜四两天比完。", "formal").text
    assert "方面" not in out and "草地" in out, out
    assert "周四" in out and "礼拜" not in out, out


def test_meeting_at_a_place_and_the_afternoon_it_goes_on_in():
    out = rewrite("下午2点在体育馆那儿碰头。比赛大概两个钟头，4点半前结束。", "formal").text
    assert "集合" in out and "会商" not in out, out
    assert "16时30分" in out, out
    morning = rewrite("早上8点出发。10点前到。", "formal").text
    assert "22时" not in morning and "10时" in morning, morning


def test_a_notice_opened_after_a_greeting_opens_with_its_matter():
    out = rewrite("同事们下午好呀，说个小事情哈，就是工会给每个教研组配了一台饮水机。", "concise").text
    assert out.startswith("工会"), out
    formal = rewrite("各位同事，告诉你们个小事情啊，工会给每个教研组配了一台饮水机。", "formal").text
    assert "现将有关事项通知如下" in formal and "事儿" not in formal, formal


def test_regional_words_of_an_outing_are_written_plainly():
    out = rewrite("工会想领大家去草原那搭骑马，可带劲了。水壶、围巾甚的都带上，中午圪蹴下吃口饭，凑不够二十人就不去了。",
                  "formal").text
    for word in ("那搭", "带劲", "甚的", "圪蹴", "吃口饭", "就不去了"):
        assert word not in out, (word, out)
    assert "用餐" in out and "等" in out and "取消" in out, out
    out = rewrite("鞋子别整埋汰了，包子带回家恰。", "formal").text
    assert "弄脏" in out and "埋汰" not in out and "恰" not in out, out
    out = rewrite("报个好康的事，孩子们要家长顾好，天黑得足快的。", "formal").text
    assert "好康" not in out and "顾好" not in out and "足快" not in out and "很快" in out, out


def test_a_course_for_next_term_gets_a_weekly_slot_in_that_term():
    out = rewrite("下学期工会打算办一期太极拳学习班，没学过的也能来。", "specific").text
    assert "下学期开学后" in out and "每周" in out, out
    assert "报名" in out and "费用" in out, out
    assert not any(f"{m}月" in out for m in range(1, 13)), out
