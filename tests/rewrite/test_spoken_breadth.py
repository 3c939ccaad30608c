"""Spoken categories a 公文 rewrite handles in any draft: who raised a problem in a long background goes in the
concise tone, and in the formal tone 张罗, 超 + adjective, 完了 (= 然后), 难道不是…吗, 百把个, 俩仨, 同事们.
The sentences are written for these tests (not taken from the evaluation sets)."""

from __future__ import annotations

import re

import pytest

from tests.rewrite.shown import assert_rewritten, shown

BACKGROUND = (
    "食堂这个问题其实每学期都有老师反映，就是晚自习后没有热饭吃，家长也不放心。"
    "今年工会准备和总务处一起在3月10号以后开设夜宵窗口，每份6块，由食堂师傅轮流值班。"
)


def test_a_long_background_loses_who_raised_it_and_keeps_every_fact():
    out = shown(BACKGROUND, "concise")
    assert "反映" not in out and "每学期都有" not in out, out
    assert all(w in out for w in ("晚自习", "热饭", "总务处", "3月10日", "6元", "夜宵窗口", "轮流值班")), out
    assert len(re.sub(r"\s", "", out)) <= 0.7 * len(BACKGROUND), out


# (spoken draft, words that must be gone, words that must be there)
FORMAL = [
    ("下个月张罗一下教职工体检。", ["张罗"], ["筹备"]),
    ("大家玩得超开心。", ["超开心"], ["十分开心"]),
    ("先报名，完了再分组。", ["完了"], ["随后"]),
    ("这难道不是工会的责任吗？", ["难道", "吗"], ["是工会的责任"]),
    ("百把个学生参加。", ["百把个"], ["约百名"]),
    ("你们俩仨人一组。", ["俩仨"], ["两三"]),
    ("同事们都很支持。", ["同事们"], ["教职工"]),
]


@pytest.mark.parametrize("text, gone, kept", FORMAL)
def test_spoken_forms_become_formal_wording(text, gone, kept):
    assert_rewritten(text, gone, kept)


@pytest.mark.parametrize("text", ["超过50人时分两批进行。", "在超市统一采购。", "活动结束后总结完了再上报。"])
def test_words_sharing_those_characters_are_left_alone(text):
    out = shown(text, "formal")
    assert ("超过" in out) if "超过" in text else True
    assert ("超市" in out) if "超市" in text else True
    assert "随后" not in out, out
