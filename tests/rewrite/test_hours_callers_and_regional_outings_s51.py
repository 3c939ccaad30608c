"""Formal, concise and specific rewriting on development round 96 (fifty-first session): a length in 小时 after 在 is
no 的时候 (the concise tone kept 在 and 时 apart and broke 半个小时); a clock time with its minutes in Chinese numerals is
written 5时40分; a colleague called 阿 + surname is 某老师, and telling someone one's wish is 告知, not 讲解; the regional
words of an outing (闽南 拍谢, 免钱, 载回来; 武汉 克, 穿起; 粤 一个钟, 帽同; 兰银 收摊) are written plainly, a bare AA is 费用
自理 while AA制 is kept; a boat's load is counted in 人; not leaving at once is 勿立即离开, not 尽快; a kite day for
families is an activity whose notice says where, sign-up, safety and cost.
Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def test_a_length_in_hours_after_zai_is_kept_whole():
    out = rewrite("献完血以后要在休息区坐半个小时观察，别急着走。", "concise").text
    assert "在休息区" in out and "半个小时" in out, out


def test_minutes_said_in_chinese_numerals_make_a_clock_time():
    out = rewrite("大巴三点四十发车，五点二十返回。", "formal").text
    assert "3时40分" in out and "5时20分" in out, out
    out = rewrite("这三点二十个字要记牢。", "formal").text
    assert "时" not in out, out  # a count of points and characters, no time


def test_a_colleague_called_a_and_the_surname_is_named_by_post():
    out = rewrite("想报名的跟阿林讲一下，周四之前。", "formal").text
    assert "林老师" in out and "告知" in out and "讲解" not in out, out


def test_regional_words_of_an_outing_are_written_plainly():
    out = rewrite("拍谢哦，周六去海边捡贝壳，大巴一个钟就到，记得带帽同水壶，门票免钱，傍晚大巴再载回来。", "formal").text
    for word in ("拍谢", "一个钟", "帽同", "免钱", "载回来"):
        assert word not in out, (word, out)
    assert "抱歉" in out and "帽子和" in out and "免费" in out and "送回" in out, out
    out = rewrite("工会组织克江滩放风筝，救生衣必须穿起，中午一起克吃热干面，这顿AA。", "formal").text
    assert "去江滩" in out and "穿好" in out and "去吃" in out and "费用自理" in out, out
    kept = rewrite("聚餐费用的话AA制，工会补贴一部分。", "formal").text
    assert "AA制" in kept, kept


def test_a_boats_load_is_counted_in_people():
    out = rewrite("一条竹筏坐六个人，一条船坐四个人。", "formal").text
    assert "四人" in out and "四名" not in out, out


def test_not_leaving_at_once_is_not_as_soon_as_possible():
    out = rewrite("量完血压不要马上就走，先在走廊歇一会。", "formal").text
    assert "勿立即离开" in out and "尽快" not in out, out


def test_a_kite_day_for_families_gets_the_details_of_an_activity_notice():
    out = rewrite("工会想办一场教工亲子手工课，大人孩子一起扎灯笼。", "specific").text
    assert "安全" in out and "经费" in out, out


def test_what_the_union_pays_is_said_once_when_concise():
    out = rewrite("体检费用是工会全部出的，各位不必自己出钱，到工会这边登记一下姓名就行。", "concise").text
    assert "由工会全部承担" in out and "出钱" not in out and "无需" not in out, out
    assert "到工会登记" in out, out
