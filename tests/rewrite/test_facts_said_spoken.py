"""Facts said the spoken way are written the formal way and kept: a price per piece with any measure word of goods,
a prize in money (奖 + amount), a frequency said with one period (一个月两次 → 每月两次), 一个钟头, children of staff
(小孩 → 子女), 出事 (→ 发生事故), a time or place 改d (→ 调整), colleagues called by a rarer surname of 《百家姓》, and a
doubled verb-object word (理理发 → 理发). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.rewrite.shown import assert_rewritten

CASES = [
    # a price per piece (现代汉语词典 量词 of goods), in a text that speaks of money
    ("毛巾一条二十，费用工会出。", ["一条二十，"], ["每条20元"]),
    ("矿泉水一箱四十，从经费里出。", ["一箱四十，"], ["每箱40元"]),
    ("护膝一副三十五，由工会报销。", ["一副三十五，"], ["每副35元"]),
    # 奖 + an amount
    ("征文获奖者每人奖两百。", ["奖两百"], ["奖励200元"]),
    ("拔河冠军队奖八百。", ["奖八百"], ["奖励800元"]),
    ("优秀通讯员每人奖一百，一等奖另发证书。", ["奖一百"], ["奖励100元", "一等奖"]),
    # a frequency said with one period
    ("体检一年两次。", ["一年两次"], ["每年两次"]),
    ("心理沙龙一个月两次。", ["一个月"], ["每月两次"]),
    ("瑜伽课一个星期三次。", ["一个星期"], ["每周三次"]),
    ("羽毛球队一周两回。", ["一周两回"], ["每周两次"]),
    # 钟头
    ("讲座大概一个钟头。", ["钟头"], ["一小时"]),
    # children of the staff
    ("暑假可以带小孩参加。", ["小孩"], ["子女"]),
    ("有小孩的教职工优先安排。", ["小孩"], ["子女"]),
    ("小孩子的门票自理。", ["小孩子"], ["子女"]),
    # 出事, 改时间
    ("路上出了事要第一时间报告。", ["出了事"], ["发生事故"]),
    ("下雨就改时间。", ["改时间"], ["调整时间"]),
    ("场地冲突的换地点。", ["换地点"], ["调整地点"]),
    # rarer surnames of 《百家姓》
    ("请小阚负责签到。", ["小阚"], ["阚老师"]),
    ("老柯带队。", ["老柯"], ["柯老师"]),
    ("小廉收材料。", ["小廉"], ["廉老师"]),
    # AAB of a verb-object word
    ("周末去理理发。", ["理理发"], ["理发"]),
    ("大家洗洗澡再休息。", ["洗洗澡"], ["洗澡"]),
]


@pytest.mark.parametrize("text, gone, kept", CASES)
def test_spoken_facts_are_written_formally_and_kept(text, gone, kept):
    assert_rewritten(text, gone, kept)


# Spoken structures written plainly: 连着 + a span (连续), 讲一声 to someone before what follows (沟通), 顺手 + an
# action (一并), 费劲 closing a clause (困难), 嘛 after a topic inside a sentence (a comma), 自己掏钱买 (自费购买).
SPOKEN = [
    ("连着三天加班的老师可以调休。", ["连着"], ["连续三天"]),
    ("连着两个月满勤的发奖品。", ["连着"], ["连续两个月"]),
    ("跟裁判讲一声改时间。", ["讲一声"], ["沟通"]),
    ("和班主任说一声再走。", ["说一声"], ["沟通"]),
    ("下楼时顺手把垃圾带走。", ["顺手"], ["一并"]),
    ("山区路远，家访很费劲。", ["费劲"], ["困难"]),
    ("新来的老师跟学生沟通比较费劲。", ["费劲"], ["困难"]),
    ("教师节嘛今年想办得隆重些。", ["嘛"], ["教师节，"]),
    ("运动会嘛还是老规矩。", ["嘛"], ["运动会，"]),
    # paying for it oneself
    ("家属想去的自己掏钱买。", ["掏钱"], ["自费购买"]),
    ("教职工自己花钱买的书可以报销一半。", ["花钱"], ["自费购买"]),
    ("门票自己出钱买。", ["出钱"], ["自费购买"]),
]


@pytest.mark.parametrize("text, gone, kept", SPOKEN)
def test_spoken_structures_are_written_plainly(text, gone, kept):
    assert_rewritten(text, gone, kept)


@pytest.mark.parametrize("text", ["他连着跑了三圈。", "工作安排得很顺手。", "你们干嘛去。"])
def test_the_same_words_elsewhere_are_not_touched_by_these_rules(text):
    out = assert_rewritten(text, [], [])
    assert "连续" not in out and "一并" not in out and "，" not in out, out
