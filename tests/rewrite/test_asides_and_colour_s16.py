"""Sixteenth session: the speaker's asides before the matter (唠两句, 插一句, 说个好事), remarks about the message itself
(voice-typed, bear with the typos), chat stickers ([强]), and in the concise tone the clauses that only colour the
background (a feeling, the speaker's own home, an appeal to memory). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.rewrite.shown import assert_rewritten, shown


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("先跟大家唠几句哈，工会本周五组织趣味运动会。", ["唠几句"], ["周五", "趣味运动会"]),
    ("我插一句，图书室周三下午闭馆整理。", ["插一句"], ["周三下午", "闭馆"]),
    ("再多说两句啊，体检报告请于月底前领取。", ["多说两句"], ["体检报告"]),
    ("给各位报个喜：我校合唱队获得市级一等奖。", ["报个喜"], ["合唱队", "一等奖"]),
])
def test_an_aside_before_the_matter_goes_in_every_tone(text, gone, kept):
    for tone in ("formal", "concise"):
        assert_rewritten(text, gone, kept, tone=tone)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("以下是用语音输入的，可能有错字，各位将就着看，周四下午三点开教代会筹备会。", ["语音", "错字", "将就"], ["周四", "教代会"]),
    ("我这段是手机语音转出来的文字，大家包涵一下，工会活动室周末不开放。", ["语音", "包涵"], ["活动室", "不开放"]),
])
def test_a_remark_about_the_message_itself_goes(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_chat_sticker_goes_and_leaves_a_comma_between_words():
    out = shown("工会的茶歇点心到了[强]请各组派人来领。")
    assert "[强]" not in out and "到了，" in out or "到，" in out, out


def test_square_brackets_around_a_long_phrase_are_not_a_sticker():
    out = shown("会议材料见附件[工会年度工作要点清单]。")
    assert "[工会年度工作要点清单]" in out, out


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # A feeling with a degree complement, and the speaker's own home, in the background before what the union does.
    ("不少青年教师反映，周末想打羽毛球却订不到场地，急得直跺脚，我自己家里人也是一样。工会已与体育中心商定，每周六上午包场两片球场，"
     "教职工凭工作证入场，每人可带家属一名，费用由工会承担，请到工会办公室领取入场券。", ["直跺脚", "我自己家"], ["周六上午", "两片", "一名"]),
    # An appeal to memory and the speaker's evaluation.
    ("去年冬至包饺子的活动，大家应该都还记得，挺热闹的。今年工会继续在食堂二楼举办，时间是十二月二十一日下午四点，"
     "各工会小组报名参加，面粉和馅料由食堂准备，每组派四人。", ["记得", "挺热闹"], ["二楼", "四人"]),
])
def test_concise_drops_colour_in_the_background_and_keeps_every_fact(text, gone, kept):
    out = assert_rewritten(text, gone, kept, tone="concise")
    assert len(out) < len(text), out


def test_a_potential_complement_is_not_cut_when_concise():
    out = shown("不少家长问的问题老师也答不上来，工会请专家来讲座，每人限报一场，地点在二楼会议室，时间为周三下午三点。", "concise")
    assert "答不。" not in out and "答不，" not in out, out


def test_for_this_matter_is_the_connective_wei_ci():
    out = shown("为这事工会和后勤处碰了头，下周起每天供应早餐。")
    assert "为此" in out and "此项工作" not in out, out


def test_concise_writes_an_office_and_its_person_without_de_and_the_notice_says_another_notice_follows():
    text = ("下个月的教工合唱排练地点还没定，到时再告知各位。报名请找工会的李老师，截止到本周五。"
            "每个声部至少要有六个人，人数不够的声部会并到别的声部里去一起练，排练的时候请大家都带上自己的水杯。")
    out = shown(text, "concise")
    assert "另行通知" in out and "工会李老师" in out, out


def test_the_plan_is_found_after_a_background_that_the_union_answers():
    # The union's own action opens the plan: the sentence before it, without a fact, may go when too long.
    text = ("不少老师说在办公室午休不好，趴在桌上睡醒了腰酸背痛，心里很烦，挺折腾的。本学期工会购置了二十张折叠午休床，"
            "摆在四楼阅览室，每天中午十二点半到两点开放，用完请叠好放回原处。")
    out = shown(text, "concise")
    assert "腰酸背痛" not in out and "二十张" in out and "四楼阅览室" in out, out



def test_a_concise_text_within_its_length_keeps_an_amount_in_words(monkeypatch):
    from assistant.rewrite import rules

    assert "8000元" in shown("工会预算八千块。", "concise")  # too long either way: the digits, as in formal
    monkeypatch.setattr(rules, "TARGET_RATIO", 1.1)  # now 八千元 fits and 8000元 would not
    assert "八千元" in shown("工会预算八千块。", "concise")
