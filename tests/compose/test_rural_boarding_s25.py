"""A rural junior-secondary or nine-year school is drafted as boarding unless it says it is a day school
(knowledge/school_types.yaml `rural_boarding_kinds`: 乡镇寄宿制学校 are mostly 乡镇初中); a rural primary and a town's
junior school are not. Profiles written for these tests."""

from __future__ import annotations

from assistant.domain.profile import Profile
from assistant.export.markdown import render


def _profile(school: str, kind: str, **more) -> Profile:
    return Profile(school=school, school_type=kind, year=2027, period="第一学期", staff=60, female_staff=30, **more)


def test_a_township_junior_school_is_drafted_with_its_boarders(composer):
    township = _profile("青岭县石桥镇初级中学", "初中")
    assert township.is_rural and township.is_boarding and not township.says_boarding
    md = render(composer.compose_plan(township).to_blocks())
    assert any(word in md for word in ("寄宿", "住校", "住宿生", "查寝")), md


def test_a_nine_year_school_in_a_township_is_boarding_unless_it_says_otherwise():
    assert _profile("青岭县东坪乡九年一贯制学校", "九年一贯制").is_boarding
    assert not _profile("青岭县东坪乡九年一贯制学校", "九年一贯制", highlights=["我们学生都是走读，中午回家吃饭"]).is_boarding


def test_a_rural_primary_or_a_town_junior_school_is_not_boarding_by_its_kind():
    assert not _profile("青岭县东坪乡沙湾村小学", "小学").is_boarding
    assert not _profile("青岭市第十二中学", "初中").is_boarding
