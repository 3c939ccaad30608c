"""Formal rewriting on development round 84 (forty-fifth session): a clock time said with two digits of minutes
(8点40) is written 8时40分 wherever it stands, but 第3点10条 stays; a price followed by who pays for it (30块自己掏)
is in yuan; the union paying said 工会给掏 is 由工会承担; the 湘语 and 西南官话 words 恰 (before a meal), 克 (to go),
跟到 (following whom one learns from) and 邪气 / 斜气 (very) are written in the standard word, never 克服 or 恰好;
the closing invitation to those free to come and play is an invitation, and the cheer after it is left out. Every
sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def test_two_digits_of_minutes_make_a_clock_time_anywhere():
    out = rewrite("周五放学后集合。6点50在操场点名，返程时间9点15。", "formal").text
    assert "6时50分" in out and "9时15分" in out, out
    assert "第3点10条" in rewrite("请大家重点看第3点10条。", "formal").text


def test_who_pays_after_a_price_and_the_union_paying():
    out = rewrite("晚饭在农庄吃，一个人45块自己掏。", "formal").text
    assert "45元" in out and "45块" not in out, out
    out = rewrite("门票工会给掏，家属自理。", "formal").text
    assert "由工会承担" in out and "给掏" not in out, out


def test_xiang_and_southwestern_words_are_written_in_the_standard_word():
    out = rewrite("周日想克的到群里报个名，中午一起恰午饭，跟到老师傅学做擂茶，味道邪气好。", "formal").text
    for word in ("克的", "恰午饭", "跟到", "邪气"):
        assert word not in out, (word, out)
    assert "非常好" in out, out
    kept = rewrite("我们要克服困难，恰好周六有空。", "formal").text
    assert "克服" in kept and "恰好" in kept, kept


def test_the_closing_invitation_is_kept_and_its_cheer_left_out():
    out = rewrite("周五截止报名，冒得事的人都来耍一哈，几有味的哦。", "formal").text
    assert "有空的都来参加" in out and "有味" not in out and "耍" not in out, out


def test_free_tickets_what_is_held_how_to_sign_up_and_a_closing_urge():
    out = rewrite("周日工会整了个观鸟活动，1.2米以下的小孩不要票。阿么报名？找小组长。风景好得很，不去可惜了。", "formal").text
    for word in ("整了个", "不要票", "阿么", "可惜"):
        assert word not in out, (word, out)
    assert "组织" in out and "免票" in out, out
