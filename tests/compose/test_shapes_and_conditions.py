"""Where a highlight goes by how it is told (knowledge/highlights.yaml `shapes`), joining the union as a kind of its
own, health conditions named in a focus (knowledge/focus_topics.yaml `conditions`), and what a highlight's item leaves
out. Texts written for these tests."""

from __future__ import annotations

import re

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area

WHEN = re.compile(r"学期初|学期末|学年初|学年末|年初|年末|每学期|每学年|每月|每周|\d+月")


def test_a_grievance_told_as_a_story_goes_to_rights_and_care_not_to_the_section_of_a_passing_word(composer):
    # 家长 (home-school work), 演出 (arts) and 退休 (retirees) only say where or who; the story is a burden on staff.
    for text in (
        "上学期一个家长在群里骂了班主任三天，截图传得全县都是，学校让老师自己去道歉，老师憋屈得不行",
        "县里每逢节日就让学校出演出节目，音乐组几位老师连着三个周末带学生排练，加班费一分没有",
        "教务处说快退休的几位老教师也得跟年轻人一样值晚自习，一周三个晚上，身体实在扛不住",
    ):
        assert composer.classifier.place(text).section == "welfare", text


def test_the_same_words_said_briefly_still_name_their_own_work(composer):
    assert composer.classifier.place("12月教职工迎新年文艺演出").section == "culture"
    assert composer.classifier.place("重阳节看望退休老同志").section == "retirees"


def test_joining_the_union_is_the_unions_own_work(composer):
    for text in ("给今年新调来的六位老师办理入会", "新会员入会宣誓", "调走的老师会籍要接转"):
        assert composer.classifier.place(text).section == "self", text


def test_a_named_health_condition_becomes_the_focus_with_measures_that_name_it(composer):
    profile = Profile(school="测试实验初级中学", year=2027, period="第一学期", staff=70,
                      focus=["好几位老师夜里耳朵嗡嗡地响，白天上课都听不清学生说话",
                             "年纪大点的同事上下楼梯膝盖疼得直冒汗"])
    md = render(composer.compose_plan(profile).to_blocks())
    items = [i for area in items_by_area(md).values() for i in area]
    for name in ("耳鸣和听力下降", "膝关节损伤"):
        named = [i for i in items if name in i and not i.startswith("突出工作重点")]
        assert len(named) >= 2 and any(WHEN.search(i) for i in named), (name, named)
    assert "嗡嗡" not in md and "直冒汗" not in md  # the complaint's story is not quoted


def test_a_focus_topics_measures_run_from_the_start_of_the_period_to_its_end(composer):
    profile = Profile(school="测试实验小学", year=2027, period="第一学期", staff=50,
                      focus=["好些老师肩膀疼，写板书胳膊都抬不起来，晚上睡觉都疼醒"])
    md = render(composer.compose_plan(profile).to_blocks())
    named = [i for area in items_by_area(md).values() for i in area if "肩周炎" in i]
    starts = [n for n, i in enumerate(named) if "学期初" in i]
    ends = [n for n, i in enumerate(named) if "学期末" in i]
    assert len(named) >= 2 and all(s < e for s in starts for e in ends), named


def test_a_question_put_to_the_assistant_is_not_written_into_the_plan(composer):
    profile = Profile(school="测试实验小学", year=2027, period="第一学期", staff=50,
                      highlights=["食堂晚饭五点就收了，开会到七点的老师只能饿着肚子回家，你说这咋整？"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert "你说" not in md and "咋整" not in md and "食堂" in md


def test_a_sport_nobody_listed_and_a_qualification_gap_find_their_sections(composer):
    # knowledge/highlights.yaml: sports keywords (全民健身 项目) and teacher_training's 普通话 and 转岗 words
    assert composer.classifier.place("想拉几个年轻同事组一支飞盘队，周三下午练").section == "culture"
    assert composer.classifier.place("两位老师普通话等级一直没考到二级乙等").section == "ethics"
    assert composer.classifier.place("学校新开了电商专业，数学老师要转岗去教").section == "ethics"


def test_a_focus_on_the_unions_own_ways_gets_measures_of_its_own(composer):
    # knowledge/focus_topics.yaml: activity_timing, group_fund_allocation (our own wording of the focus)
    profile = Profile(school="测试实验中学", year=2027, period="第一学期", staff=90,
                      focus=["星期六星期天尽量别安排工会的比赛", "活动的钱分给各个工会小组自己用"])
    items = [i for area in items_by_area(render(composer.compose_plan(profile).to_blocks())).values() for i in area]
    rest = [i for i in items if re.search("双休日|休息日", i) and not i.startswith("突出工作重点")]
    funds = [i for i in items if "包干" in i and not i.startswith("突出工作重点")]
    assert len(rest) >= 2 and len(funds) >= 2, (rest, funds)


FOCUS_OF_THEIR_OWN = [
    # (a focus in our own words, a word every measure of its topic uses) — knowledge/focus_topics.yaml
    ("宿舍那边没地方洗澡，住校的老师只能周末回家洗", "洗浴|淋浴|热水器"),
    ("我们学校才九个老师，想和隔壁两所学校的工会合在一起搞活动", "联片"),
    ("刚分来的年轻老师上课镇不住学生，有的被气得直掉眼泪", "课堂"),
    ("洗碗间的阿姨天天泡在消毒液里，手上全是疹子", "皮炎"),
]


@pytest.mark.parametrize("focus, named", FOCUS_OF_THEIR_OWN)
def test_a_new_kind_of_focus_gets_two_measures_of_its_own(composer, focus, named):
    profile = Profile(school="测试乡中心小学", year=2027, period="第一学期", staff=40, focus=[focus])
    items = [i for area in items_by_area(render(composer.compose_plan(profile).to_blocks())).values() for i in area]
    own = [i for i in items if re.search(named, i) and not i.startswith("突出工作重点")]
    assert len(own) >= 2, own
