"""A plan keeps to its period: its festivals, seasons and months, its words for itself, a row for every month, and a
落款 on a working day near the start."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.export.markdown import render
from tests.compose.conftest import body, load

# Festivals and seasons a plan of each period must not name (what a union chair would strike out at once).
NOT_IN = {
    "第一学期": ("三八", "五一", "端午", "六一", "母亲节", "植树节", "清明", "暑期", "暑假", "春季"),
    "第二学期": ("教师节", "国庆", "重阳", "中秋", "元旦", "秋季"),
}
WHOLE_YEAR = ("全年", "年初", "年末", "本年度", "贯穿全年")


@pytest.mark.parametrize(
    ("name", "period", "year"),
    [("kindergarten_autumn", "第一学期", 2027), ("special_semester", "第二学期", 2027),
     ("vocational_spring", "第二学期", 2028), ("senior_year", "第一学期", 2026)],
)
def test_semester_plans_name_nothing_outside_their_months(composer, name, period, year):
    profile = load(name, period=period, year=year)
    md = render(composer.compose_plan(profile).to_blocks())
    text = body(md)
    for word in NOT_IN[period]:
        assert word not in text, word
    for word in WHOLE_YEAR:
        assert word not in text.replace("学年初", "").replace("学年末", ""), word
    assert "本学期" in text
    months = set(profile.months)
    named = {int(m) for m in re.findall(r"(?<![\d—])(1[0-2]|[1-9])月", text.split("## 一、")[1])}
    assert named <= months, named - months


@pytest.mark.parametrize("name", ["village_boarding", "senior_year"])
def test_year_plans_speak_of_the_year(plans, name):
    profile, _, md = plans[name]
    text = body(md)
    assert "本学期" not in text and "这学期" not in text
    assert ("本年度" in text) == (profile.period == "年度")


@pytest.mark.parametrize("name", ["kindergarten_autumn", "vocational_spring", "village_boarding", "senior_year",
                                  "special_semester"])
def test_the_table_covers_every_month_of_the_period_in_order(plans, name):
    profile, plan, _ = plans[name]
    months = [i.month for i in plan.schedule]
    assert set(months) == set(profile.months)
    order = list(profile.months)
    assert months == sorted(months, key=order.index)
    for item in plan.schedule:
        assert item.lead and item.participants


def test_exam_seasons_of_the_kind_are_in_the_table(plans):
    _, senior, _ = plans["senior_year"]
    assert any("高考" in i.activity and i.month in (5, 6) for i in senior.schedule)
    _, kg, md = plans["kindergarten_autumn"]
    assert "高考" not in md and "中考" not in md


@pytest.mark.parametrize("name", ["kindergarten_autumn", "vocational_spring", "village_boarding", "senior_year",
                                  "special_semester"])
def test_the_plan_is_signed_on_a_school_day_at_the_start_of_the_period(plans, name):
    profile, _, md = plans[name]
    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*$", md.strip())
    day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    assert day.weekday() < 5
    assert day.month == profile.months[0] or (profile.period == "第二学期" and day.month in (2, 3))
    assert re.search(rf"{profile.union_name}\s*\n{m.group(0)}", md)
