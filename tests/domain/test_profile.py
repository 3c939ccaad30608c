"""School profile: validation messages in Chinese and derived names."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.domain.profile import Profile
from assistant.errors import ProfileError

BASE = {"school": "阳光小学", "year": 2027, "staff": 120, "female_staff": 80}


def make(**changes):
    return Profile(**{**BASE, **changes})


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"school": "   "}, "学校名称不能为空"),
        ({"school": "校"}, "学校名称至少2个字"),
        ({"school": "学" * 61}, "学校名称不能超过60个字"),
        ({"year": 1999}, "年份应在2000到2100之间"),
        ({"year": 2101}, "年份应在2000到2100之间"),
        ({"year": "明年"}, "年份应为整数"),
        ({"staff": 0}, "教职工人数应在1到20000之间"),
        ({"staff": 20001, "female_staff": 1}, "教职工人数应在1到20000之间"),
        ({"female_staff": 121}, "女教职工人数不能超过教职工总数"),
        ({"retirees": -1}, "退休教职工人数应在0到50000之间"),
        ({"period": "春季"}, "计划期间应为年度、学年、第一学期、第二学期之一"),
        ({"highlights": ["好" * 101]}, "工作亮点每条不超过100字"),
        ({"highlights": [f"亮点{i}" for i in range(21)]}, "工作亮点最多20条"),
        ({"sign_on": "下周"}, "落款日期应为日期"),
    ],
)
def test_invalid_profile_message_names_field(changes, message):
    with pytest.raises(ProfileError) as info:
        make(**changes)
    assert message in info.value.message


def test_missing_school_is_reported():
    with pytest.raises(ProfileError, match="学校名称不能为空"):
        Profile.from_dict({"year": 2027, "staff": 50})


def test_school_is_stripped_and_counts_accept_text():
    p = make(school="  阳光小学 ", staff="120")
    assert p.school == "阳光小学" and p.staff == 120
    assert p.upper_union == "区教育工会" and p.period == "年度"


@pytest.mark.parametrize(
    "staff, congress, short",
    [(79, "教职工大会", "教职工大会"), (80, "教职工代表大会", "教代会"), (300, "教职工代表大会", "教代会")],
)
def test_congress_by_staff_size(staff, congress, short):
    p = make(staff=staff, female_staff=10)
    assert (p.congress_name, p.congress_short) == (congress, short)


@pytest.mark.parametrize("female, body", [(9, "女职工委员"), (10, "女职工委员会"), (None, "女职工委员会")])
def test_women_body_by_count(female, body):
    assert make(female_staff=female).women_body == body


@pytest.mark.parametrize(
    "period, title",
    [
        ("年度", "阳光小学2027年工会工作计划"),
        ("学年", "阳光小学2027—2028学年工会工作计划"),
        ("第一学期", "阳光小学2027—2028学年第一学期工会工作计划"),
        ("第二学期", "阳光小学2026—2027学年第二学期工会工作计划"),
    ],
)
def test_plan_title_by_period(period, title):
    assert make(period=period).plan_title == title


def test_union_name_and_sign_date():
    p = make()
    assert p.union_name == "阳光小学工会委员会"
    assert p.sign_date == "2027年1月4日"  # Monday 4 January 2027
    assert make(period="学年").sign_date == "2027年9月6日"  # 4 Sept 2027 is a Saturday → Monday
    assert make(sign_on=dt.date(2027, 2, 20)).sign_date == "2027年2月20日"


def test_dict_round_trip():
    p = make(highlights=["“职工之家”建设"], focus=["师德"], sign_on="2027-01-08")
    assert Profile.from_dict(p.to_dict()) == p


def test_from_toml_file_and_text(tmp_path):
    text = 'school = "阳光小学"\nyear = 2027\nstaff = 60\nperiod = "学年"\nhighlights = ["书香校园"]\n'
    path = tmp_path / "school.toml"
    path.write_text(text, encoding="utf-8")
    from_file = Profile.from_toml(path)
    assert from_file == Profile.from_toml(text) == Profile.from_toml(str(path))
    assert from_file.congress_name == "教职工大会" and from_file.highlights == ["书香校园"]
    table = Profile.from_toml('[school]\nschool = "阳光小学"\nyear = 2027\nstaff = 60\n')
    assert table.school == "阳光小学"


def test_from_toml_errors_are_profile_errors(tmp_path):
    with pytest.raises(ProfileError, match="TOML"):
        Profile.from_toml("school = \n")
    with pytest.raises(ProfileError, match="无法读取"):
        Profile.from_toml(tmp_path / "missing.toml")
