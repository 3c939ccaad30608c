"""Concerns and highlights on development round 80's kinds of wording (forty-third session): a complaint about what
the staff buy for the children out of their own pockets is named by the things bought, listed together, and one about
a sideline sold in the office by the sideline and what it sells; a Wu highlight's question to the union (好想想办法伐,
到底哪能弄) stays out of the plan's detail, and 想想办法 never turns into 拟办法. Every sentence is written for this
test."""

from __future__ import annotations

from assistant.domain.profile import Profile
from assistant.export.markdown import render

STICKERS = "给小朋友们买贴纸、小奖品全是老师自己掏腰包，一学期下来要好几百，大家心里都不痛快"
SIDELINE = "办公室里有人做微商，天天在群里刷屏拉人买面膜，大家抹不开面子"
CRABS = "中秋前后工会想发大闸蟹蟹卡，有人讲超标了勿来事，到底哪能弄要讲讲清爽"
PLEDGE = "开春高三百日誓师，班主任要陪到底，高三老师压力交关大，工会好想想办法伐"


def _profile(*, focus: tuple[str, ...] = (), highlights: tuple[str, ...] = ()) -> Profile:
    return Profile(school="苏州市吴中区太湖中学", school_type="完全中学", year=2027, period="学年", staff=160,
                   female_staff=96, focus=list(focus), highlights=list(highlights))


def test_a_complaint_about_things_bought_is_named_by_the_things(composer):
    area = composer.understand(_profile(focus=(STICKERS,))).focus[0]
    assert "贴纸" in area.words and "奖品" in area.words, area.words


def test_a_sideline_sold_in_the_office_is_named_by_the_sideline(composer):
    area = composer.understand(_profile(focus=(SIDELINE,))).focus[0]
    assert "微商" in area.words, area.words


def test_a_wu_question_to_the_union_stays_out_of_the_plan(composer):
    text = render(composer.compose_plan(_profile(highlights=(CRABS, PLEDGE))).to_blocks())
    assert "蟹卡" in text and "百日誓师" in text
    for leftover in ("伐", "哪能", "拟办法", "勿来事", "不来事"):
        assert leftover not in text, leftover
