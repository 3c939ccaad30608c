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
    assert make(period="学年").sign_date == "2027年9月1日"  # the first school day, a Wednesday
    assert make(period="第二学期").sign_date == "2027年2月22日"  # 春节 is 6 Feb 2027: after the winter holiday
    assert make(period="第二学期", year=2026).sign_date == "2026年3月4日"  # 春节 is 17 Feb 2026
    assert make(year=2028).sign_date == "2028年1月4日"  # a working day after the New Year holiday
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


@pytest.mark.parametrize(
    ("school", "given", "kind"),
    [
        ("向阳花幼儿园", None, "幼儿园"),
        ("江滨市第一职业中专", None, "中职"),
        ("城南初级中学", None, "初中"),
        ("青禾区第二高级中学", None, "高中"),
        ("桐溪镇九年一贯制学校", None, "九年一贯制"),
        ("明德学校", None, "学校"),
        ("明德学校", "小学", "小学"),  # given wins over the name
        # a county's vocational school and a township's central kindergarten by the names they usually carry
        ("南坪县职业教育中心", None, "中职"),
        ("柳湾县职业技术教育中心", None, "中职"),
        ("石门乡幼教中心", None, "幼儿园"),
    ],
)
def test_kind_of_school_is_given_or_read_from_the_name(school, given, kind):
    assert make(school=school, school_type=given).kind == kind


def test_unknown_school_type_is_refused_in_chinese():
    with pytest.raises(ProfileError, match="学校类型应为"):
        make(school_type="大学")


@pytest.mark.parametrize(
    ("given", "kind", "told"),
    [
        # knowledge/school_types.yaml `written_as`: a school with the senior stage is written as a 完全中学, and the
        # user is told the primary stage is theirs to add.
        ("十二年一贯制", "完全中学", "小学学段"),
        ("十五年一贯制学校", "完全中学", "幼儿园学段"),
        ("特教", "特殊教育学校", "按“特殊教育学校”起草"),
        ("职高", "中职", "按“中职”起草"),  # read like a name (the kinds' `names`)
        ("中学", "学校", "未说明学段"),
        ("工读学校", "学校", "不在已知类型中，已按一般学校起草"),  # a school of a kind not held here is still a school
        ("完全中学", "完全中学", ""),
    ],
)
def test_a_school_type_typed_in_other_words_is_understood_and_the_user_told(given, kind, told):
    profile = make(school="明德学校", school_type=given)
    assert profile.kind == kind
    assert (told in profile.kind_note) if told else profile.kind_note == ""
    assert Profile.from_dict(profile.to_dict()).kind == kind  # what the user typed is kept, and read the same again


def test_a_twelve_year_school_is_not_read_from_its_name_as_a_nine_year_one():
    assert make(school="海湾十二年一贯制学校").kind == "完全中学"
    assert make(school="海湾九年一贯制学校").kind == "九年一贯制"


def test_rural_and_boarding_are_read_from_name_and_highlights():
    assert make(school="桐溪镇中心小学").is_rural
    assert not make(school="城关镇第一小学").is_rural  # the county seat is a town, not the countryside
    assert make(highlights=["寄宿生宿舍改造"]).is_boarding
