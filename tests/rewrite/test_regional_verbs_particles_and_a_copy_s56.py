"""Formal rewriting on development round 106 (fifty-sixth session): regional words a union chair types into a notice
are written plainly — 憨吃 (eat without care) → 乱吃, 跟着克听 → 去听, 没法浪 (no room to play) → 活动, 阿门报名 (how to
sign up) → 如何报名, a clause-closing 啰 dropped, 有去 (a southern 有 before a verb) → 去, 屋里小人 → 家中子女 — and a
homophone slip (复印见) becomes the copy it means. Not changed: 啰嗦, 克服, and a 小人 that is no child.
Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def formal(text: str) -> str:
    return rewrite(text, "formal").text


def test_eating_without_care_and_going_to_listen():
    out = formal("山上的野果不认得就别憨吃，讲座那天家里人也可以跟着克听。")
    assert "憨" not in out and "乱吃" in out and "克听" not in out and "去听" in out, out
    assert "克服" in formal("天气再冷也要克服困难，按时到校。")


def test_no_room_to_play_and_how_to_sign_up():
    out = formal("下雪以后院子里没法浪，工会在礼堂办跳绳比赛，阿门报名？找小马。")
    assert "浪" not in out and "阿门" not in out and "如何报名" in out, out


def test_a_closing_particle_and_a_southern_have():
    out = formal("天一天比一天热啰，好多老师不会划船，有去湖边也只敢站着看。")
    assert "啰" not in out and "有去" not in out and "去湖边" in out, out
    assert "啰嗦" in formal("讲话别太啰嗦，三分钟以内讲完。")


def test_children_at_home_and_the_copy_handed_in():
    out = formal("屋里小人今年中考的老师可以来听，小人自己来也行，报名时把身份证复印见带来。")
    assert "小人" not in out and "家中子女" in out and "复印件" in out and "复印见" not in out, out
    assert "小人" in formal("不做背后议论别人的小人，有话当面讲。")
