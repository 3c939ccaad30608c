"""Formal rewriting on development round 72 (thirty-ninth session): Wu words (葛个, 事体, 倷, 讲一记, 清爽, 阿有),
the Cantonese order 去先, a weekday said with 礼拜 alone, 么有, 克之前, the north-western 喧一下 (which lost its
一下 and left a bare 喧), 血 as a degree, 掏 closing a clause, 撒 typed for 啥, and 包 of 材料包 read as a verb.
Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def _formal(text: str) -> str:
    return rewrite(text, "formal").text


def test_wu_words_are_written_in_the_standard_language():
    out = _formal("葛个事体倷讲一记，账目查清爽了伐？")
    for word in ("葛个", "事体", "倷", "一记", "清爽", "伐"):
        assert word not in out, out
    assert "阿有" not in _formal("活动室阿有空调？")


def test_cantonese_order_weekdays_and_going_are_standard():
    assert "先去" in _formal("你们去先，我随后到。")
    out = _formal("礼拜三下午开会，克之前把表格填好。")
    assert "周三" in out and "礼拜" not in out and "克" not in out, out
    assert "做礼拜" in _formal("他周日去做礼拜。")  # worship stays
    assert "500克" in _formal("每份称500克之后装袋。")  # grams stay
    assert "么有" not in _formal("这次么有年龄限制。")


def test_speaking_degree_paying_and_asking_words_leave_no_fragment():
    out = _formal("先跟大家喧一下，书法班的字写得血漂亮。")
    assert "喧" not in out and "血" not in out, out
    assert "出资" in _formal("茶歇的钱工会出，不用老师们掏。")
    assert "献血" in _formal("组织教职工义务献血。")  # blood is blood
    assert _formal("撒不明白的问工会办公室。").startswith("如有不明白")
    out = _formal("纪念品包12块钱一份，工会统一买。")
    assert "负责" not in out and "纪念品包" in out, out
