"""Regional grammar, not only regional words: a degree word of the region before an adjective (中原 可/怪, 湖北 几),
粤 V埋 (= 一并V), 湘 哒 (= 了) inside a clause, 冀鲁 待 + a place (= 在), and words of 川渝, 粤, 吴 from the dialect
dictionaries. Sentences written for this test (knowledge/rewrite_dialect.yaml says where each form is said)."""

from __future__ import annotations

import pytest

from tests.rewrite.shown import assert_rewritten, shown

CASES = [
    # 中原官话: 可 / 怪 + an adjective closing the clause
    ("这次联欢会办得可热闹了。", ["可热闹"], ["很热闹"]),
    ("食堂新换的桌椅怪方便的。", ["怪方便"], ["很方便"]),
    ("这回的展览办得怪精彩哩。", ["怪精彩", "哩"], ["很精彩"]),
    # 湖北: 几 + an adjective
    ("新修的操场几漂亮。", ["几漂亮"], ["很漂亮"]),
    ("今年的节目几精彩的。", ["几精彩"], ["很精彩"]),
    # 粤 / 广西白话: V埋
    ("签到表请大家写埋。", ["写埋"], ["一并写"]),
    ("会费交埋再走。", ["交埋"], ["一并交"]),
    # 湘: 哒 (= 了) inside a clause
    ("材料交哒就回去。", ["哒"], ["交了"]),
    ("人到齐哒再出发。", ["哒"], ["齐了"]),
    # 川渝: 搞忘 (= 忘记), 拢 (= 到)
    ("大巴拢了学校再打电话。", ["拢"], ["到了学校"]),
    # 粤: 嗰 (= 那), 喺 (= 在)
    ("嗰啲材料放喺办公室。", ["嗰", "喺"], ["办公室"]),
    # 冀鲁 / 北京: 待 + where one stays
    ("周末都待家里备课。", ["待家里"], ["在家里"]),
    ("值班的同志待门口登记。", ["待门口"], ["在门口"]),
    # 吴: 闹猛, 勿搭界
    ("活动现场交关闹猛。", ["闹猛", "交关"], ["热闹"]),
    ("这件事跟工会勿搭界。", ["勿搭界"], ["无关"]),
]


@pytest.mark.parametrize("text, gone, kept", CASES)
def test_regional_grammar_is_written_in_standard_form(text, gone, kept):
    assert_rewritten(text, gone, kept)


# The same characters in standard use stay as they are.
STANDARD = [
    "婚丧事宜从简，不讲排场。",
    "待学校批准后实施。",
    "这种精神十分可贵。",
    "垃圾分类后统一填埋。",
]


@pytest.mark.parametrize("text", STANDARD)
def test_standard_uses_of_the_same_characters_stay(text):
    assert shown(text) == text
