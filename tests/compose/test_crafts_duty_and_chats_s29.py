"""Highlights and focus complaints of families the composer served badly (development round 52 of eval/plans):
a traditional craft or folk show staff take up together is staff culture (knowledge/highlights.yaml arts: the
国家级非物质文化遗产代表性项目名录's 传统技艺 and 民俗), extra duty with no word of pay is a matter of rights (the
refusal said first, 没说给啥补贴), work chats and forwarding/liking/vote-canvassing tasks are a burden topic of their
own (chat_group_tasks), 员额制 staff are staff outside the 编制 (contract_staff_rights), 惠民保 is supplementary
medical cover (medical_mutual_aid), and a word that only judges worth (顶用) never names the concern.
Texts written for these tests (none is an eval case)."""

from __future__ import annotations

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


@pytest.mark.parametrize("text", [
    "五月想请师傅来教大家做漆器小盘子，各人做一个带回家",
    "元宵节晚上组织老师们去古镇看社火和灯会",
    "三月搞一次非遗手作体验，蓝印花布、拓印都试一试",
])
def test_a_craft_or_folk_show_is_staff_culture(composer, text):
    placement = composer.placements(Profile(school="测试实验小学", year=2027, period="第二学期", staff=60,
                                            highlights=[text]))[0]
    assert placement.kind.key == "arts", placement.kind.key


def test_extra_duty_with_no_word_of_pay_is_rights_not_the_new_building(composer):
    text = "新建的图书馆周末对社区开放，安排老师轮流值守，一直没提给多少补助"
    placement = composer.placements(Profile(school="测试第一中学", year=2027, staff=120, highlights=[text]))[0]
    assert placement.kind.key == "rights", placement.kind.key


@pytest.mark.parametrize(("complaint", "kind", "topic"), [
    ("各种评比都叫老师在朋友圈转发点赞，还要截图发到工作群里", "初中", "工作群和网络转发任务负担"),
    ("新招的员额制教师和在编的干一样的活，待遇却差不少", "高中", "编外教职工同工同酬"),
    ("工会想牵头组织大家买惠民保，又怕有人说是强制摊派", "小学", "教职工医疗互助保障"),
    ("我们特教学校的津贴标准十来年没调过，职称还跟普通学校比", "特殊教育学校", "特教教师津贴与职称评价"),
    ("外地来的年轻老师孩子到了上学年纪，积分不够读不上公办", "小学", "教职工子女入学就读"),
    ("全校一半老师五十岁以上，新招的教师待不满三年就调走了", "初中", "教师队伍梯队与青年教师留任"),
    ("宿舍楼的电线老旧得很，锅炉房也没人管，希望工会去查一查", "初中", "实验室和设施设备安全"),
])
def test_a_complaint_of_these_families_finds_its_topic(composer, complaint, kind, topic):
    found = composer.focus_matcher.match(complaint, kind)
    assert found is not None and found.topic.name == topic


def test_chat_group_burden_gets_measures_of_its_own(composer):
    profile = Profile(school="测试山区小学", year=2027, period="第一学期", staff=25, school_type="小学",
                      focus=["天天有人在群里派转发点赞的任务，十几个工作群消息看都看不过来"])
    welfare = items_by_area(render(composer.compose_plan(profile).to_blocks()))["welfare"]
    assert sum("工作群" in i or "转发" in i for i in welfare) >= 2, welfare


def test_a_word_that_only_judges_worth_never_names_the_concern(composer):
    profile = Profile(school="测试职业学校", year=2027, period="学年", staff=150, school_type="中职",
                      focus=["想组织老师们一起参保惠民保，有人说交了也没用，有人说生大病时顶用"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert "顶用问题" not in md and "惠民问题" not in md
    assert sum("惠民保" in i or "补充医疗" in i for i in items_by_area(md)["welfare"]) >= 2


@pytest.mark.parametrize("text", [
    "镇上办村BA，想让男老师们组个队报名打一打",
    "开春学校组织锣鼓队，教工们下午放学后练威风锣鼓",
])
def test_a_village_league_or_drum_dance_is_staff_culture_and_sport(composer, text):
    placement = composer.placements(Profile(school="测试乡中心小学", year=2027, period="第二学期", staff=40,
                                            highlights=[text]))[0]
    assert placement.kind.key in ("sports", "arts"), placement.kind.key


def test_the_special_school_topic_is_only_for_special_schools(composer):
    found = composer.focus_matcher.match("特教津贴什么时候能提高", "小学")
    assert found is None or found.topic.name != "特教教师津贴与职称评价"
