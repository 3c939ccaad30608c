"""Families of spoken phrasing handled in the fourteenth session: clock times said with 点钟 or after a word of the
part of the day (一早, 午饭后), a range over noon, charging nothing said the spoken ways, a colleague called by a
word that also names a thing, regional words of 吴语 and 冀鲁/中原官话, and people counted before a thing named after
them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.rewrite.shown import assert_rewritten, shown


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("周四午饭后，三点钟在报告厅集合。", ["点钟"], ["15时"]),
    ("周六一早6点40在东门上车。", ["6点40"], ["6时40分"]),
    ("午休安排在中午十二点到两点。", ["点"], ["12时", "14时"]),
    ("义诊时间是中午十一点半到一点半。", ["至1时"], ["11时30分至13时30分"]),
    ("上午9点到11点半开会。", ["21时", "23时"], ["9时", "11时30分"]),  # a morning range stays in the morning
])
def test_clock_times(text, gone, kept):
    assert_rewritten(text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("讲座不收钱，欢迎大家参加。", ["不收钱"], ["免费"]),
    ("报名费一分钱都不收。", ["一分钱"], ["免收报名费"]),
    ("体检费用由工会出，不用大家掏一分钱。", ["掏一分钱"], ["无需个人承担费用"]),
    ("报满了就不收了。", ["免费"], []),  # 不收了: no more sign-ups, not free of charge
])
def test_charging_nothing(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_colleague_named_once_is_named_the_same_everywhere():
    out = shown("奖品由小熊和老涂去采购，有问题找小熊。")
    assert "小熊" not in out and out.count("熊老师") == 2, out


def test_a_toy_named_like_a_colleague_stays_a_toy():
    out = shown("小熊玩偶每人一个，找小熊登记。")
    assert out.startswith("小熊玩偶"), out


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("工会打谱下个月办一次读书会。", ["打谱"], ["拟"]),
    ("介冷的天，身体弗好的弗要硬撑。", ["介冷", "弗"], ["这么冷", "量力而行"]),
    ("一塌刮子三个钟头，伊们讲野好玩。", ["一塌刮子", "伊们", "野好玩"], ["共", "他们", "很好玩"]),
    ("两个活动挨得近，慰问品由工会挨家送到。", ["挨得近", "挨家"], ["相近", "逐户"]),
    ("每个年级组推两名代表，搬不动的器材登记后上门取。", ["推两名", "搬不动"], ["推荐两名", "不便搬运"]),
    ("中饭在食堂吃，看病的提前拿号。", ["中饭", "拿号"], ["午餐", "取号"]),
])
def test_regional_and_spoken_words(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_people_counted_before_a_thing_named_after_them_are_not_people():
    out = shown("四个村小的教师宿舍都要换热水器。")
    assert "四个" in out and "四名" not in out, out


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("培训不收钱，多大点事，大家都来。", ["多大点事"], ["免费"]),
    ("晚上在营地支两顶帐篷。", ["支两顶"], ["搭建两顶"]),
    ("考上的发一千块贺金。", ["块"], ["1000元贺金"]),  # 贺金 is protected as a name by jieba, still money
])
def test_reassurance_tents_and_money_before_a_protected_word(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_concise_rewrite_keeps_the_subjects_it_names():
    text = ("我们片区情况比较特别，化学、物理两科的专任教师缺得厉害，所以有5个老师要去村小兼课，每周要跑三个教学点，"
            "工会这边的话呢，是想给兼课的老师每个月多发200块钱的路费补贴。")
    out = shown(text, "concise")
    assert "化学" in out and "物理" in out, out


def test_a_rule_word_said_twice_may_go_with_one_clause():
    from assistant.rewrite.facts import missing_facts

    assert missing_facts("大家自愿报名，这个是自愿的。", "教职工自愿报名。") == []
    assert missing_facts("大家自愿报名，随时可以退出。", "教职工报名。") == ["自愿", "退出"]


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("表格填好了交到工会，饺子馅儿由食堂准备。", ["好了", "馅儿"], ["填好后", "饺子馅"]),
    ("一家要是两个孩子都报名了，都算。", ["孩子"], ["两名子女"]),
])
def test_erhua_steps_and_children_of_a_household(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_morpheme_er_stays():
    out = shown("女儿和幼儿都来参加儿童节活动。")
    assert "女儿" in out and "幼儿" in out and "儿童节" in out, out
