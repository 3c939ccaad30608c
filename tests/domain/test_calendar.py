"""The school-year calendar (knowledge/calendar.yaml): periods, festival months, holidays and the 落款 day."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.domain.calendar import load_calendar


@pytest.fixture(scope="module")
def calendar():
    return load_calendar()


def test_a_second_semester_runs_february_to_july_of_its_year(calendar):
    assert calendar.year_months("第二学期", 2027) == [(2027, m) for m in (2, 3, 4, 5, 6, 7)]
    assert calendar.year_months("第一学期", 2027)[-1] == (2028, 1)


@pytest.mark.parametrize(
    ("name", "period", "year", "month"),
    [
        ("重阳节", "第二学期", 2027, None),  # an autumn festival has no place in a spring semester
        ("教师节", "第二学期", 2027, None),
        ("春节", "第二学期", 2027, 2),  # 6 February 2027
        ("春节", "第二学期", 2028, None),  # 26 January 2028: still in the first semester
        ("春节", "第一学期", 2027, 1),
        ("三八节", "第一学期", 2027, None),
        ("中秋节", "学年", 2028, 10),  # 3 October 2028
        ("端午节", "第二学期", 2028, 5),  # 28 May 2028
    ],
)
def test_festivals_fall_in_the_month_of_their_year(calendar, name, period, year, month):
    assert calendar.festival_month(calendar.festival(name), period, year) == month


def test_festivals_are_found_by_the_names_plans_use(calendar):
    found = [(f.name, text) for f, a, b in calendar.festivals_in("重阳节慰问退休教职工，迎新年联欢会") for text in [None]]
    assert [name for name, _ in found] == ["重阳节", "元旦"]


def test_no_plan_is_signed_in_a_holiday(calendar):
    assert calendar.holiday_on(dt.date(2027, 2, 1)) == "寒假"  # 春节 is 6 February 2027
    assert calendar.holiday_on(dt.date(2027, 10, 4)) == "国庆假期"
    assert calendar.holiday_on(dt.date(2027, 3, 1)) is None
    for period in ("年度", "学年", "第一学期", "第二学期"):
        for year in (2026, 2027, 2028, 2029):
            day = calendar.sign_day(period, year)
            assert day.weekday() < 5 and calendar.holiday_on(day) is None
            assert day.month == calendar.months(period)[0] or (period == "第二学期" and day.month == 3)
