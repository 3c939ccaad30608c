"""A county's vocational school named 职业教育中心 is written as a vocational school's plan without the user giving
the type, and a complete secondary school's plan looks after both graduating years, 初三 and 高三, in any semester
(knowledge/school_types.yaml names, knowledge/measures.yaml f_graduating_both). Thirty-fifth session, from
development round 64; the schools are made up for this test."""

from __future__ import annotations

import re

from assistant.domain.profile import Profile
from assistant.export.markdown import render


def _plan(composer, **fields) -> str:
    profile = Profile(**{"year": 2027, "staff": 96, "female_staff": 50, **fields})
    return render(composer.compose_plan(profile).to_blocks())


def test_a_vocational_education_centre_gets_a_vocational_schools_measures(composer):
    md = _plan(composer, school="青岗县职业教育中心", period="第二学期")
    words = set(re.findall(r"实训|校企合作|产教融合|技能大赛|技能竞赛|双师|岗位实习|企业实践|专业课教师", md))
    assert len(words) >= 2, words


def test_a_complete_secondary_school_looks_after_both_graduating_years_in_autumn(composer):
    md = _plan(composer, school="岭南县白沙中学", school_type="完全中学", period="第一学期")
    assert "初三" in md and "高三" in md
