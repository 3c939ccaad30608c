"""Highlights and focus areas of development round 98's kinds (fifty-second session): a complaint that names two
troubles (the cold of winter and the dark morning commute) gets measures for both, each naming the complaint; overwork
said as teachers collapsing is answered in its own words; where a complaint hurts (腰, 骨头) and a word jieba cut across
the topic's own word (南天一 of 回南天一来) are no names for it; a
request to do something for the staff (能否给…调课) is written as what is to be done, not as a noun cut out of it; a
school of both stages keeps its exam-season row when a highlight only mentions the exam; not knowing said with 弄 is
不清楚.
Every sentence is written for this test; none is an exemplar of knowledge/*.yaml."""

from __future__ import annotations

from assistant.compose.highlights import load_taxonomy, plain, story_phrase
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


def _plan(composer, school: str, school_type: str, period: str = "学年", **fields) -> str:
    profile = Profile(**{"school": school, "school_type": school_type, "year": 2027, "period": period, "staff": 96,
                         "female_staff": 58, **fields})
    return render(composer.compose_plan(profile).to_blocks())


def _all(markdown: str) -> list[str]:
    return [i for items in items_by_area(markdown).values() for i in items]


def test_a_complaint_of_cold_and_a_dark_commute_gets_measures_for_both(composer):
    items = _all(_plan(composer, "北屯市第三中学", "初中",
                       focus=["腊月里零下二十多度，老师们天不亮就摸黑出门赶车，冻得手脚发麻"]))
    commute = [i for i in items if "通勤" in i or "班车" in i or "拼车" in i]
    cold = [i for i in items if "取暖" in i or "防寒" in i]
    assert commute and cold, items
    assert sum("摸黑" in i for i in items) >= 2, items


def test_overwork_is_answered_in_the_complaints_own_words(composer):
    items = _all(_plan(composer, "临河县第二高级中学", "高中",
                       focus=["听说隔壁县有老师累倒在办公桌前，我们高三组也是天天熬到半夜，大家都怕"]))
    named = [i for i in items if "累倒" in i]
    assert len(named) >= 2, items


def test_where_a_complaint_hurts_and_a_broken_word_are_no_names_for_it(composer):
    items = _all(_plan(composer, "钦州市滨海小学", "小学",
                       focus=["开春后回南天一来，教室墙面直冒水，作业本都发了霉，老师们关节也酸痛"]))
    assert not any("南天一问题" in i or "南天一、" in i or "骨头问题" in i or "腰问题" in i for i in items), items
    assert any("回南天" in i or "霉" in i or "潮" in i for i in items), items


def test_a_request_to_do_something_for_the_staff_is_written_as_the_deed():
    phrase = story_phrase("本学期有八名教师要照顾住院的父母，能否给这几位教师少排晚自习", "家庭照护")
    assert "为这几位教师少排晚自习" in phrase.detail, phrase
    assert not phrase.detail.endswith("争取教师"), phrase


def test_a_school_of_both_stages_keeps_its_exam_row(composer):
    markdown = _plan(composer, "汾阳市第五中学", "完全中学", period="第二学期", staff=130,
                     highlights=["我们有六七个老师家里孩子今年也考大学，高考那几天能不能少给他们排监考"])
    table = markdown[markdown.index("月度工作安排") :]
    rows = [line for line in table.splitlines() if line.startswith("| 6月") or line.startswith("| 5月")]
    assert any("高考前后" in row for row in rows), rows


def test_not_knowing_said_with_nong_is_not_doing():
    taxonomy = load_taxonomy()
    said = plain("新的职称政策好多人都弄不清", taxonomy.plain_words, taxonomy.plain_patterns)
    assert said.endswith("都不清楚"), said
