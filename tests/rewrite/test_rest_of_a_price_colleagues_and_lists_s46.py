"""Formal rewriting on development round 86 (forty-sixth session): the rest of a price left to the staff and said
with its amount (剩下30块自己拿) is paid by them, in yuan, never something fetched; staff who have retired said
退了休的老同志 are 退休教职工 once; 老同事们 / 新同事们 lose the plural mark only, never becoming 老广大教职工; getting to
know a place said doubled (认认, with no noun right after it) is 熟悉; a list announced with 是这样的 is 如下. Every sentence is written for this
test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def test_the_rest_of_a_price_with_its_amount_is_paid_by_the_staff():
    out = rewrite("门票一人60块，工会出一半，剩下30块自己拿。", "formal").text
    assert "30元" in out and "30块" not in out and "领取" not in out and "自理" in out, out
    fetched = rewrite("纪念品放在传达室，下班后自己拿。", "formal").text
    assert "自行领取" in fetched, fetched


def test_retired_staff_are_named_once_and_colleagues_keep_their_age():
    out = rewrite("退了休的老同志想来也欢迎。", "formal").text
    assert "退休教职工" in out and "退休的退休" not in out, out
    out = rewrite("周五下午请新来的老师跟老同事们见个面。", "formal").text
    assert "老同事" in out and "广大" not in out, out


def test_getting_to_know_a_place_and_a_list_announced_as_it_is():
    out = rewrite("开学第一周带新老师认认各处的场地。", "formal").text
    assert "熟悉各处" in out and "认认" not in out, out
    out = rewrite("带新来的同事到各处认认。", "formal").text
    assert "熟悉" in out and "认认" not in out, out
    out = rewrite("报名办法是这样的：在群里接龙，写上姓名和工号。", "formal").text
    assert "报名办法如下：" in out and "这样的" not in out, out
