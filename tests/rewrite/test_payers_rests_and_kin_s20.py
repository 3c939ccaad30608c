"""Who pays said with a spoken verb (各人出, 自个儿补), what goes over a cap (超了的), a rate reckoned in 块 (按…块算),
home words for parents (爹妈), resting said as 眯一下, and a reduplicated noun that is not a doubled verb: the formal
rewrite writes the 公文 form and keeps every fact."""
from __future__ import annotations

import pytest

from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize(
    "text, gone",
    [
        ("午饭由工会安排，随行亲友饭钱各人出。", ["各人出", "饭钱"]),
        ("体检套餐工会出四百，多选的项目自个儿补。", ["自个儿补"]),
        ("门票学校统一买，路上的零食自己掏哈。", ["自己掏"]),
    ],
)
def test_a_spoken_payer_becomes_self_paid(text, gone):
    out = assert_rewritten(text, gone=gone, kept=[])
    assert "自理" in out or "自费" in out


def test_what_goes_over_a_cap_is_the_part_over_it():
    out = assert_rewritten("每人报销三百以内，超了的由自己补上。", gone=["超了的", "自己补"], kept=["超出部分", "自理"])
    assert "300元" in out or "三百元" in out


def test_a_rate_reckoned_in_kuai_is_yuan():
    assert_rewritten("住宿每晚按两百块算，工会统一结算。", gone=["两百块"], kept=["200元"])


def test_parents_said_at_home_are_parents():
    assert_rewritten("教职工的爸妈住院，工会派人看望。", gone=["爸妈"], kept=["父母", "住院"])


def test_a_short_nap_is_a_rest_not_a_bare_verb():
    out = assert_rewritten("夜里值班的老师累了可以在沙发上眯一下。", gone=["眯一下"], kept=["沙发"])
    assert "小憩" in out or "休息" in out


def test_a_doubled_rare_character_before_a_noun_stays_whole():
    assert_rewritten("民族节日那天请大家尝尝坨坨肉和荞麦粑粑。", gone=[], kept=["坨坨肉"])
