"""Internet and northern praise words (给力, 靠谱, 绝了), things arranged (安排上了), teaching step by step (手把手教),
a share each side pays (自己出一半, 学校贴), and meals provided (管午饭): the formal rewrite writes the plain or 公文
word and keeps the amounts."""
from __future__ import annotations

import pytest

from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        ("这次春游后勤组很给力，大巴和保险都安排上了。", ["给力", "安排上了"], ["大巴", "保险"]),
        ("上次请的讲师不靠谱，这回换一位。", ["靠谱"], ["讲师"]),
        ("食堂新出的烤鸭真是绝了，周五中午限量供应。", ["绝了"], ["烤鸭", "限量"]),
        ("非遗老师傅会手把手教大家剪窗花。", ["手把手"], ["窗花"]),
        ("研学路费自己出一半，剩下的学校贴。", ["自己出", "学校贴"], ["一半", "补贴"]),
        ("义诊那天中午工会管午饭，不用自己带。", ["管午饭"], ["午饭"]),
    ],
)
def test_slang_and_who_pays_are_written_formally(text, gone, kept):
    assert_rewritten(text, gone=gone, kept=kept)


def test_taking_turns_is_written_as_rotation():
    out = assert_rewritten("请小甘和老严轮着看管器材室。", gone=["老严", "轮着"], kept=["轮流", "器材室"])
    assert "严老师" in out


def test_no_day_cut_keeps_the_count():
    assert_rewritten("产假按本省规定执行，一天不少。", gone=["一天不少"], kept=["一天", "产假"])


def test_a_long_stint_is_for_a_period():
    assert_rewritten("监考老师一站就是两个钟头，中间安排茶水。", gone=["一站就是"], kept=["茶水"])
