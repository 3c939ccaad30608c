"""Traditional arts named in a highlight (knowledge/highlights.yaml `arts` keywords: the 非遗 categories of 传统戏剧、
曲艺、传统音乐、传统舞蹈、传统美术和技艺) make it staff culture, and teaching pupils such a craft makes it the teachers'
extra work for students (`student_duty` patterns). Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "下个月请越剧团的老演员来给大伙上几次课，成立教工越剧社",
    "寒假前教工学唱黄梅戏，排一段在联欢会上演",
    "教师节后搞一个教工剪纸、扎染体验，作品贴在教工之家",
    "端午前后组织老师们学打腰鼓、扭秧歌，热闹热闹",
    "县里的花鼓戏票友想来学校跟我们老师一起唱一台",
])
def test_a_staff_highlight_naming_a_traditional_art_goes_to_culture(composer, text):
    assert composer.classifier.place(text).section == "culture"


@pytest.mark.parametrize("text", [
    "每周三下午老师要教孩子们剪纸和扎风筝，都是额外加的课",
    "少年宫开到周末了，音乐老师轮流教学生舞龙",
])
def test_teaching_pupils_a_craft_is_extra_work_for_students_not_staff_recreation(composer, text):
    assert composer.classifier.place(text).section != "culture"


@pytest.mark.parametrize("text", [
    "每间女厕所放一个应急卫生巾盒，免费取用",
    "好几位女老师到了更年期，脾气和睡眠都受影响，想给她们办个讲座",
    "请妇幼保健院来讲讲经期和产后的保健",
])
def test_a_highlight_about_women_staffs_own_periods_of_protection_goes_to_womens_work(composer, text):
    # 《女职工劳动保护特别规定》: 经期、孕期、产期、哺乳期 are the women's committee's matters
    assert composer.classifier.place(text).section == "women"


def test_an_honour_the_union_puts_staff_forward_for_is_role_model_work(composer):
    # 全国总工会 工人先锋号 and 五一劳动奖章 are 选树 work of 师德与队伍建设, not a welfare matter
    assert composer.classifier.place("区总工会评五一劳动奖章，工会准备推荐申报一名班主任").section == "ethics"
    assert composer.classifier.place("争创市级工人先锋号，报初三年级组").section == "ethics"


def test_a_joint_gathering_with_another_union_is_culture_and_a_dating_event_family_care(composer):
    assert composer.classifier.place("下学期和邻镇中学工会搞一次教工联谊").section == "culture"
    assert composer.classifier.place("给单身老师办个联谊会").section == "welfare"
