"""Words the formal rewrite used to turn into another sense (thirty-third session, from development stories): 跟腱 is the
heel's tendon, not 与腱; 小年轻 is any young colleague, not only men; 被人讲闲话 is gossip, not a chat; 凑份子 is sharing
a gift, not raising funds; and dialect words now read as the ordinary ones (粤 点算好 = 怎么办, 搞唔掂 = 应付不了;
天津 介 = 这, 嘛 = 什么). Every sentence is written for this test."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite
from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize(("spoken", "kept", "never"), [
    ("好几个老师打篮球把跟腱拉伤了", "跟腱", "与腱"),
    ("图书组来了两个小年轻，一男一女", "青年", "男青年"),
    ("评优的时候怕被人讲闲话", "讲闲话", "交流"),
    ("年底同事结婚都要凑份子", "分摊礼金", "集资"),
    ("新系统上了年纪的老师搞唔掂", "应付不了", "掂"),
    ("介活儿都摊到年级组长头上", "这", "介活"),
    ("天天开会念稿子，有嘛意思", "什么", "嘛意思"),
])
def test_a_word_keeps_its_sense_in_the_formal_rewrite(spoken, kept, never):
    assert_rewritten(spoken, gone=[never], kept=[kept])


def test_the_ordinary_words_these_rules_avoid_stay():
    # 介绍, 中介, 简介 and 点算 before an object are ordinary Mandarin
    for text in ("请他介绍一下中介的情况", "月底点算库存"):
        assert rewrite(text, "formal").text.count("介") == text.count("介")
    stock = rewrite("月底点算库存", "formal").text
    assert "点算" in stock or "清点" in stock
