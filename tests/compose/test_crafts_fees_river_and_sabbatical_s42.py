"""Highlights and concerns the plan now places and serves (forty-second session, development round 78): plaiting
bamboo learnt together is recreation; a lifeguard course the staff pay for themselves and watches kept in turns are a
burden; a mass river crossing is a sport; a term off to study is teachers' development; a dated event goes in its
own month's row, the months before it being its training; pupils' online slang the staff cannot follow gets measures
that name it; a clique in a year group is named by the clique, not by the group. Every sentence is written for this
test."""

from __future__ import annotations

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import numbered_lines

BAMBOO = "寒假前想带老师们去乡下学竹编，每人编个笔筒带回家"
LIFEGUARD = "新建的游泳池要人看管，体育老师被安排去考救生员证，培训费自己掏，晚上还轮流去守"
RIVER = "学校想组织教工方阵参加市里的横渡湘江，会水的老师不少"
SABBATICAL = "学校准备推行教师学术休假，教龄满二十年的可以脱产访学半年"
DRAGON = "6月12号全县龙舟赛，学校想组队参加，4到5月就得下河练"
SLANG = "学生聊天全是网络流行语，老教师一句也听不懂，课堂上总接不住话"
CLIQUE = "年级组里几个人拉帮结派，新来的老师两头为难，不知道跟谁走"


def _profile(*, focus: tuple[str, ...] = (), highlights: tuple[str, ...] = (), period: str = "第一学期") -> Profile:
    return Profile(school="衡阳市雁峰区湘江中学", school_type="完全中学", year=2027, period=period, staff=118,
                   female_staff=70, focus=list(focus), highlights=list(highlights))


def test_bamboo_plaiting_and_a_river_crossing_are_recreation(composer):
    placed = composer.understand(_profile(highlights=(BAMBOO, RIVER))).highlights
    assert [h.sections[0] for h in placed] == ["culture", "culture"]


def test_a_lifeguard_course_paid_by_the_staff_is_a_burden(composer):
    placed = composer.understand(_profile(highlights=(LIFEGUARD,))).highlights[0]
    assert placed.sections[0] == "welfare" and "culture" not in placed.sections


def test_a_term_off_to_study_is_teachers_development(composer):
    placed = composer.understand(_profile(highlights=(SABBATICAL,))).highlights[0]
    assert placed.sections == ("ethics",)


def test_a_dated_event_goes_in_its_own_months_row(composer):
    profile = _profile(highlights=(DRAGON,), period="第二学期")
    rows = [line for line in render(composer.compose_plan(profile).to_blocks()).splitlines()
            if line.startswith("|") and "龙舟" in line]
    assert rows and rows[0].startswith("| 6月"), rows


def test_pupils_online_slang_gets_measures_that_name_it(composer):
    area = composer.understand(_profile(focus=(SLANG,))).focus[0]
    assert area.topic is not None and area.topic.section == "ethics"
    assert sum("网络用语" in item or "网络热词" in item for item in numbered_lines(composer, _profile(focus=(SLANG,)))) >= 2


def test_a_clique_is_named_by_the_clique_not_by_the_year_group(composer):
    area = composer.understand(_profile(focus=(CLIQUE,))).focus[0]
    assert area.topic is not None and area.topic.name == "教职工团队凝聚力"
    assert "年级组" not in area.words and "拉帮结派" in area.words
