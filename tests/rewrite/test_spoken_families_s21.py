"""Families of spoken phrasing (session 21 work): a nickname jieba glues to the next word (老冯签个名 read as the
name 冯签), a separable verb with 了 before 的 (退了休的), a bare measure word between a verb and its object
(送束花), and everyday spoken and regional words of notices (难处, 顶多, 捎去, 有闲的, 截住, 千万莫, 腿脚不灵,
同 X 讲, 车不等人). Sentences are the tests' own."""

import pytest

from assistant.rewrite.rules import missing_facts, rewrite
from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize("text, present, absent", [
    ("表格填好后找老鲍签个字。", ["鲍老师"], ["老鲍"]),
    ("材料交给小覃盖个章。", ["覃老师"], ["小覃"]),
    ("退了休的老教师也请参加。", ["退休的"], ["退了休"]),
    ("报了名的同事周四集合。", ["报名的"], ["报了名"]),
])
def test_people_and_separable_verbs(text, present, absent):
    assert_rewritten(text, absent, present)


@pytest.mark.parametrize("text, present, absent", [
    ("生日那天给寿星送束花。", ["送花"], ["送束"]),
    ("结业时全班拍张合影。", ["拍合影"], ["拍张"]),
    ("晚上大家聚一聚喝杯茶。", ["茶"], ["喝杯"]),
])
def test_bare_measure_word_goes(text, present, absent):
    assert_rewritten(text, absent, present)


@pytest.mark.parametrize("text, kept", [
    ("不讲条件，服从安排。", "讲条件"),  # 条件 is a word, not 条 + 件
    ("看台上挂好横幅。", "看台"),  # verb + measure that is a word of its own
    ("首先要核对名单。", "首先"),
])
def test_words_that_look_like_a_measure_stay(text, kept):
    assert kept in rewrite(text, "formal").text


@pytest.mark.parametrize("text, present, absent", [
    ("生活上有难处的会员可以申请补助。", ["困难"], ["难处"]),
    ("每个组顶多推荐两个人。", ["最多"], ["顶多"]),
    ("慰问卡托组长捎去。", ["转交"], ["捎去"]),
    ("有闲的同事都可以来帮忙。", ["有时间的"], ["有闲"]),
    ("人数凑够了就截住。", ["额满为止"], ["截住", "凑够"]),
    ("集合千万莫迟到。", ["请勿迟到"], ["莫迟到"]),
    ("腿脚不利索的同事可以乘车。", ["行动不便"], ["腿脚"]),
    ("有想法可以同工会主席讲。", ["沟通"], ["讲。"]),
    ("七点准时发车，车子不等人的。", ["逾时不候"], ["不等人"]),
    ("点心是从镇上糕点铺拉过来的。", ["运来"], ["拉过来"]),
    ("把返程日子报给组长。", ["返程日期"], ["日子"]),
    ("这个礼拜天去敬老院。", ["本周日"], ["礼拜天"]),
    ("另外每人再贴三百块车费。", ["补贴300元"], ["三百块"]),
    ("宿舍楼的阿姨负责登记。", ["工作人员"], ["阿姨"]),
])
def test_everyday_spoken_words_are_written_formally(text, present, absent):
    assert_rewritten(text, absent, present)


def test_the_rewrite_keeps_the_facts():
    text = "十一月三号下午两点半在二楼活动室，顶多收二十五个人，凑够了就截住。"
    out = rewrite(text, "formal").text
    assert "顶多" not in out and "截住" not in out, out
    assert not missing_facts(text, out), out


@pytest.mark.parametrize("text, present, absent", [
    ("车子统一停在北门外。", ["车辆"], ["车子"]),
    ("报告厅的位子按年级分好。", ["座位"], ["位子"]),
    ("工会想了个法子凑齐经费。", ["办法"], ["法子"]),
    ("周六一早在校门口集合。", ["早上"], ["一早"]),
    ("讲义人手一份，会后收回。", ["每人一份"], ["人手"]),
    ("宝子们，下周交体检表。", ["教职工"], ["宝子们"]),
    ("老铁们，周四前交回执。", ["周四前"], ["老铁"]),
    ("这项工作不好马虎。", ["不得马虎"], ["不好"]),
    ("别往消防通道里放东西。", ["请勿"], ["别往"]),
])
def test_everyday_nouns_and_warnings_are_written_formally(text, present, absent):
    assert_rewritten(text, absent, present)


@pytest.mark.parametrize("text, kept", [
    ("别的年级也可以参加。", "别的"),
    ("组织姐妹们参观花展。", "女"),  # women colleagues stay women colleagues
    ("他特别细心。", "特别"),
])
def test_words_that_only_look_spoken_keep_their_meaning(text, kept):
    assert kept in rewrite(text, "formal").text
