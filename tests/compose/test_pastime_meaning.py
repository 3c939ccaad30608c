"""A highlight that proposes something for the staff to enjoy together is 文体活动 even when no listed word says so:
the `pastime` shape of knowledge/highlights.yaml compares it by meaning with staff pastimes (festival food and
customs, outings to see nature, games) and with concerns and duties told about the same occasions. Also the words
for years of service (工龄: rights of staff at work, not retirees' work) and for how honours are voted (民主管理).
Texts written for these tests."""

from __future__ import annotations

import pytest

from assistant.compose.highlights import plain


def placed(composer, text: str) -> str:
    taxonomy = composer.classifier.taxonomy
    return composer.classifier.place(plain(text, taxonomy.plain_words, taxonomy.plain_patterns)).section


@pytest.mark.parametrize("text", [
    "七夕晚上想在教学楼天台摆几张小桌，各人带点瓜果，看看银河说说话",
    "元宵那天傍晚约大伙去河边放河灯，回来再煮一锅元宵分着吃",
    "入秋以后想领着同事们去草甸子上看晚霞，在那边围坐着喝碗奶茶",
])
def test_a_proposed_pastime_no_word_names_goes_to_culture(composer, text):
    assert placed(composer, text) == "culture"


@pytest.mark.parametrize("text", [
    "暑假里县里抽老师到各村入户走访，动员没来报到的孩子回校",
    "清明前后镇里叫老师们轮流上山守林防火，白天晚上都得有人",
    "想带学生去城郊农场看星星，可夜里的安全全靠老师一个个盯着",
])
def test_a_contest_a_duty_or_pupils_outing_is_not_made_a_pastime(composer, text):
    assert placed(composer, text) != "culture"


def test_years_of_service_before_appointment_are_a_rights_matter(composer):
    text = "几位老师转正前代过很多年课，那些年算不算工龄、将来退休怎么算，一直没人讲得清"
    assert placed(composer, text) != "retirees"


def test_how_honours_are_voted_is_democratic_management(composer):
    text = "评优名额都是在工作群里实名投票，谁选了谁大家都看得见，没人敢不跟着多数走"
    assert placed(composer, text) == "democracy"


def test_low_mood_in_the_dark_months_gets_winter_measures(composer):
    # knowledge/focus_topics.yaml `winter_mood`: named by the season's words, served by daylight, exercise and company
    import re

    from assistant.domain.profile import Profile
    from assistant.export.markdown import render
    from tests.compose.conftest import items_by_area

    focus = "我们这儿一到腊月日照就短，四点半天就黑透，同事们下了班窝在家里，一个个没精打采"
    profile = Profile(school="测试实验学校", year=2027, period="第一学期", staff=60, focus=[focus])
    md = render(composer.compose_plan(profile).to_blocks())
    items = [i for area in items_by_area(md).values() for i in area]
    winter = [i for i in items if "冬季" in i and re.search(r"每周|每月|每学期", i) and "工会" in i]
    assert len(winter) >= 2, winter
