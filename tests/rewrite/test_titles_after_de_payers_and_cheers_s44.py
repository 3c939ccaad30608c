"""Formal rewriting on development round 82 (forty-fourth session): a teacher named by surname keeps the title when
jieba glues the surname to the 的 before it (团里的常老师 never becomes 常教师); the union's share said 给拿五十 is a
subsidy in yuan; nobody paying (不用大家掏一分钱) is 个人无需出资; the cheers 巴适得很 and 得劲得很, the reassuring
莫得关系 and the closing 昂 are left out, while 高昂 and a clause's own 莫得关系 stay. Every sentence is written for
this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def test_a_surname_glued_to_the_particle_before_it_keeps_the_title():
    out = rewrite("这次请了市评剧团的常老师来教身段，每周二下午练。", "formal").text
    assert "常老师" in out and "常教师" not in out, out


def test_the_unions_share_and_nobody_paying_are_written_in_yuan_and_plainly():
    out = rewrite("门票一张一百块，工会给拿六十，个人就掏四十。", "formal").text
    assert "补贴60元" in out and "个人承担40元" in out, out
    out = rewrite("毛线和棒针都备好了，莫得关系，不用大家掏一分钱。", "formal").text
    assert "无需个人承担费用" in out and "莫得关系" not in out and "没有关系" not in out, out


def test_regional_cheers_and_a_closing_particle_are_left_out():
    out = rewrite("做好的香包各人带回家，巴适得很！报名周四截止昂。", "formal").text
    for word in ("巴适", "舒适", "昂"):
        assert word not in out, (word, out)
    out = rewrite("得劲得很，周六都来！来不来都给个话儿。", "formal").text
    assert "得劲" not in out and "给个话" not in out and "是否参加均请回复" in out, out
    assert rewrite("同学们士气高昂。", "formal").text.endswith("士气高昂。")
