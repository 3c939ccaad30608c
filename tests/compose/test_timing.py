"""When a highlight happens, read against the plan's period (profile.year is the year the period begins)."""

from __future__ import annotations

import pytest

from assistant.compose.timing import Timing, timing
from assistant.domain.profile import Profile


def _at(period: str, year: int) -> Profile:
    return Profile(school="时间测试小学", year=year, period=period, staff=40)


@pytest.mark.parametrize(
    ("text", "period", "year", "months", "outside", "rest"),
    [
        ("11月教工合唱比赛", "年度", 2027, (11,), False, "教工合唱比赛"),
        # two neighbouring months said together, and a month's spoken tail (月里)
        ("七八月带老师们去草原骑马", "年度", 2027, (7, 8), False, "带老师们去草原骑马"),
        ("三四月份教工踏青", "第二学期", 2028, (3, 4), False, "教工踏青"),
        ("九月里开学工作安排", "第一学期", 2027, (9,), False, "开学工作安排"),
        ("十二月份迎新联欢", "第一学期", 2027, (12,), False, "迎新联欢"),
        ("4-6月图书馆改造", "第二学期", 2028, (4, 5, 6), False, "图书馆改造"),
        ("4-6月图书馆改造", "第一学期", 2028, (), True, "图书馆改造"),
        ("明年3月建校70周年", "学年", 2026, (3,), False, "建校70周年"),
        ("明年3月建校70周年", "年度", 2026, (), True, "建校70周年"),
        ("校庆定在2027年10月", "学年", 2027, (10,), False, "校庆"),
        ("暑假组织骨干教师疗休养", "年度", 2027, (7,), False, "暑假组织骨干教师疗休养"),
        ("暑假组织骨干教师疗休养", "第一学期", 2027, (), True, "组织骨干教师疗休养"),
        ("开学后召开教职工大会讨论新方案", "第一学期", 2027, (9,), False, "开学后召开教职工大会讨论新方案"),
        ("国庆后安排体检", "第一学期", 2027, (10,), False, "国庆后安排体检"),
        ("国庆后安排体检", "第二学期", 2027, (), True, "安排体检"),
        ("入冬后宿舍供暖", "第二学期", 2027, (2,), False, "入冬后宿舍供暖"),
        ("每周三下午教工篮球训练", "年度", 2027, (), False, "每周三下午教工篮球训练"),
    ],
)
def test_months_and_words_of_a_highlight(text, period, year, months, outside, rest):
    found = timing(text, _at(period, year))
    assert (found.months, found.outside, found.rest) == (months, outside, rest)


@pytest.mark.parametrize(("months", "when"), [((5,), "5月"), ((4, 5, 6), "4—6月"), ((12, 1), "12—1月"), ((3, 6), "3月、6月")])
def test_months_as_a_plan_writes_them(months, when):
    assert Timing(months, False, "").when == when
