"""The fact check every rewrite (the rules' and the model's) passes: facts compared by value, nothing invented."""

from __future__ import annotations

import pytest

from assistant.rewrite.facts import missing_facts, new_numbers, problems
from assistant.rewrite.numbers import spell_out_elided, value_of


@pytest.mark.parametrize("written, value", [
    ("一万三", 13000), ("一万三千", 13000), ("1.3万", 13000), ("两千五", 2500), ("三百六", 360), ("十二", 12),
    ("一百零五", 105), ("12,000", 12000), ("千分之五", 0.005), ("二〇二七", 2027),
])
def test_values_of_written_numbers(written, value):
    assert value_of(written) == pytest.approx(value)


def test_a_spoken_range_is_not_a_number():
    with pytest.raises(ValueError):
        value_of("两三")
    assert spell_out_elided("两千五") == "两千五百"


# (original, a correct formal rewrite): the same facts in formal form.
SAME_FACTS = [
    ("3月7号下午", "3月7日下午"),
    ("每人80块左右", "每人约80元"),
    ("每队8个人", "每队8人"),
    ("三十来个人", "约三十人"),
    ("预算两万六左右", "预算约2.6万元"),
    ("下午4点半集合", "下午16时30分集合"),
    ("每周三活动", "每星期三活动"),
    ("按千分之三缴纳", "按3‰缴纳"),
    ("请王丽负责", "由王丽负责"),
    ("9月份，9月份的上旬", "9月上旬"),  # a fact said twice may be said once
]


@pytest.mark.parametrize("original, rewritten", SAME_FACTS)
def test_formal_forms_keep_the_facts(original, rewritten):
    assert missing_facts(original, rewritten) == []
    assert new_numbers(original, rewritten) == []


# (original, a wrong rewrite, the fact that is missing or invented)
CHANGED = [
    ("3月7号下午", "3月8日下午", "7号"),
    ("每人80块", "每人800元", "80块"),
    ("每队8个人", "每队6人", "8个人"),
    ("请王丽负责", "请专人负责", "王丽"),
    ("学习《工会法》", "学习工会法", "《工会法》"),
    ("周三下午", "周四下午", "周三"),
]


@pytest.mark.parametrize("original, rewritten, fact", CHANGED)
def test_a_changed_fact_is_caught(original, rewritten, fact):
    assert fact in missing_facts(original, rewritten)


def test_invented_numbers_are_caught_unless_marked_for_confirmation():
    assert new_numbers("今年组织体检", "2027年组织体检") == ["2027年"]
    assert new_numbers("组织体检", "组织体检【请核实：拟安排在5月】") == []


def test_broken_fixed_terms_and_doubled_words_are_problems():
    assert any("固定用语" in p for p in problems("开展结对帮带", "开展结对帮助带"))
    assert any("重复" in p for p in problems("关心教职工生活", "关心教职工教职工生活"))
    assert problems("咱们搞活动", "我们开展活动") == []
