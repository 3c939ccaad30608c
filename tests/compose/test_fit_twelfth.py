"""Twelfth-session fits: a complaint's concern named with the nouns written next to it (子女升学, not 升学), high
schools and vocational schools drafted as boarding unless they say otherwise (knowledge/school_types.yaml
`boarding_kinds`), a burden on the staff placed in 维权与送温暖 (knowledge/highlights.yaml shape `burden`), and
我们学校 written as 我校. Texts written for these tests."""

from __future__ import annotations

from assistant.compose.concern import compound, concern, concern_stop
from assistant.compose.highlights import plain
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


def test_a_concern_is_named_with_the_nouns_written_next_to_it(composer):
    likeness = composer.classifier.likeness
    said = concern("好几位同事的信用卡网贷压得喘不过气，月月拆东墙补西墙", likeness)
    assert said is not None and any("信用卡" in n and "网贷" in n for n in said.nouns), said
    # the staff themselves never lead the compound: 老师房贷 would read "the teachers' 房贷"
    assert compound("三十来岁的老师房贷压着，喘不过气", "房贷", concern_stop()) == "房贷"


def test_a_named_concern_reaches_the_measures_in_the_schools_own_compound(composer):
    profile = Profile(school="测试实验初级中学", year=2027, period="第一学期", staff=90,
                      focus=["好几位同事的信用卡网贷压得喘不过气，月月拆东墙补西墙，上课都走神"])
    md = render(composer.compose_plan(profile).to_blocks())
    items = [i for area in items_by_area(md).values() for i in area]
    assert sum("信用卡网贷" in i for i in items) >= 2, [i for i in items if "贷" in i]


def test_a_high_school_is_drafted_as_boarding_unless_it_says_it_is_a_day_school(composer):
    boarding = Profile(school="测试第二高级中学", year=2027, period="第一学期", staff=150)
    day = Profile(school="测试第三高级中学", year=2027, period="第一学期", staff=150,
                  highlights=["我校学生全部走读，晚上不上晚自习"])
    assert boarding.is_boarding and not boarding.says_boarding
    assert not day.is_boarding
    md = render(composer.compose_plan(boarding).to_blocks())
    assert "住校生" in md or "晚自习" in md
    vocational = Profile(school="测试职业技术学校", year=2027, period="第一学期", staff=100)
    assert vocational.is_boarding
    md = render(composer.compose_plan(vocational).to_blocks())
    assert "住校生" in md or "晚自习" in md
    assert not Profile(school="测试实验小学", year=2027, period="第一学期", staff=60).is_boarding


def test_a_burden_on_the_staff_goes_to_rights_and_care_whatever_its_setting(composer):
    taxonomy = composer.classifier.taxonomy
    for text in (
        "新报告厅还没装修好，这学期全校大会只好挤在食堂开，几个年级组的老师周六还被喊去搬桌椅",
        "全区教研活动放在我们学校办，教研组老师只好连着三个周六来布置会场，还被喊去接待来宾",
    ):
        clean = plain(text, taxonomy.plain_words, taxonomy.plain_patterns)
        assert composer.classifier.place(clean).section == "welfare", text


def test_our_school_is_written_as_wo_xiao_once(composer):
    taxonomy = composer.classifier.taxonomy
    clean = plain("我们学校今年新建了教工之家", taxonomy.plain_words, taxonomy.plain_patterns)
    assert "我校学校" not in clean and "我校" in clean


def test_a_special_schools_own_name_does_not_pick_a_topic(composer):
    # knowledge/focus_topics.yaml: the nursing-load topic is drawn only for special schools, so 特教 in a complaint
    # says who complains; the complaint about training chances is not the nursing load, one about 康复训练 is.
    matcher = composer.focus_matcher
    found = matcher.match("特教老师好几年没出去听过课培训过，眼界越来越窄", "特殊教育学校")
    assert found is None or found.topic.name != "特教教师康复护理负担"
    found = matcher.match("特教老师又要上课又要陪孩子做康复训练，腰都累坏了", "特殊教育学校")
    assert found is not None and found.topic.name == "特教教师康复护理负担"


def test_a_focus_topics_measures_do_not_all_open_with_the_same_words(composer):
    # knowledge/measures.yaml focus_leads: 围绕…, 针对…, 为回应… in turn, not three items running with 围绕…
    profile = Profile(school="测试实验初级中学", year=2027, period="第一学期", staff=90,
                      focus=["不少中年老师房贷车贷两座大山，一个月工资还完贷款所剩无几"])
    md = render(composer.compose_plan(profile).to_blocks())
    items = [i for area in items_by_area(md).values() for i in area if "房贷车贷" in i and "作为本" not in i]
    openings = {i.split("教职工反映的")[0] for i in items if "教职工反映的" in i}
    assert len(items) >= 2 and len(openings) >= 2, items
