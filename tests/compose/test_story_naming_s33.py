"""A highlight told as a story is named by its facts: how it felt, comparisons and the teller's questions stay out of
the plan, and what she asks about or for is kept as a short phrase (assistant/compose/story.py, knowledge/highlights.yaml
`story_voice`). The stories are our own, written for these tests."""

from __future__ import annotations

import pytest

from assistant.compose.highlights import _OWN_VOICE, story_phrase
from assistant.compose.story import load_voice, sort_clauses
from assistant.domain.profile import Profile
from assistant.export.markdown import render


def _plan(composer, highlight: str, **fields) -> str:
    profile = Profile(**{"school": "青石岭中心小学", "year": 2027, "period": "第一学期", "staff": 46,
                         "highlights": [highlight], **fields})
    return render(composer.compose_plan(profile).to_blocks())


@pytest.mark.parametrize(("story", "kept", "gone"), [
    # a feeling told by a complement of degree (闷得慌), a comparison (跟桑拿房似的) and a closing question
    ("图书室那台空调坏了一个多月，里面闷得慌，跟桑拿房似的，报修单交上去了，到底啥时候修啊",
     ("图书室", "空调", "报修单"), ("闷得慌", "桑拿房", "啥时候", "那台")),
    # a worry (怕…) and a verdict (白干) after the facts
    ("六位代课老师只签了一学期的合同，没有带薪寒假，大家怕明年不续签，觉得这半年是白干",
     ("代课", "合同", "寒假"), ("怕明年", "白干")),
])
def test_a_storys_facts_name_it_and_its_venting_stays_out_of_the_plan(composer, story, kept, gone):
    md = _plan(composer, story)
    for word in kept:
        assert word in md, (word, md)
    for word in gone:
        assert word not in md, (word, md)


def test_what_the_teller_asks_about_or_for_is_kept_as_a_short_phrase():
    voice = load_voice()
    asked = sort_clauses("食堂师傅切菜时手被切伤，缝了五针，这种是否算工伤", _OWN_VOICE, voice).asked
    assert asked == ("涉及工伤",)
    wanted = sort_clauses("学校离镇卫生院有二十里路，可否给配一个急救箱", _OWN_VOICE, voice).asked
    assert wanted == ("争取急救箱",)
    # a question asking nothing a plan can take up (谁管得了) is simply left out
    assert sort_clauses("水房的热水器隔三岔五断电，谁管得了", _OWN_VOICE, voice).asked == ()


def test_must_is_not_a_complement_of_degree():
    # 都得值守 / 还得垫付 say what the staff must do (a fact); 忙得很 says how it felt
    facts = sort_clauses("周末都得轮流值守，油钱还得自己垫付，大家忙得很", _OWN_VOICE).facts
    assert facts[:2] == ("周末都得轮流值守", "油钱还得自己垫付") and all("忙得很" not in f for f in facts)


def test_the_staffs_opening_leaves_the_fact_and_a_tellers_own_case_stays_hers():
    assert story_phrase("咱们这要实行午休签到，中午十二点半必须到办公室，说是防止迟到", "考勤").topic == "要实行午休签到"
    # the teller's own case (我这届…, 想调我…) gives no fact of the school: the kind's name is used
    assert story_phrase("局里想调我去乡中心校，我这届主席还没干满，心里没数咋办", "工会主席调动").full == "工会主席调动"


def test_a_spoken_one_down_is_not_cut_out_of_an_afternoon_or_as_soon_as_class_ends(composer):
    md = _plan(composer, "老师们带学生在操场站了一下午，一下课就得赶去食堂看餐")
    assert "一下午" in md and "站了午" not in md


def _focus_lines(composer, complaint: str) -> list[str]:
    profile = Profile(school="青石岭中心小学", year=2027, period="第一学期", staff=46, focus=[complaint])
    md = render(composer.compose_plan(profile).to_blocks())
    return [line for line in md.split("\n") if "突出工作重点" in line]


def test_a_complaint_ending_in_a_request_is_named_by_what_the_staff_ask_for(composer):
    # no focus topic serves it: the request (能不能…请个理发师) is what the union takes up, not the distance before it
    lines = _focus_lines(composer, "学校离县城远，理发都得跑三十里路，能不能每月请个理发师进校")
    assert lines and "理发师" in lines[0] and "诉求" in lines[0], lines


def test_a_feeling_never_names_a_complaints_concern(composer):
    # 窝火 is how the staff feel about it, not the thing the union is to take up (教职工反映的窝火问题)
    lines = _focus_lines(composer, "家长老盼着孩子一下子变好，稍有退步就埋怨老师，老师们心里窝火")
    assert lines and "窝火问题" not in lines[0], lines


@pytest.mark.parametrize("proposal", [
    "想带老师们去染坊，自己浸布、晾晒染一块围巾，留个纪念",
    "寒假前想约大家去镇上泡温泉，天天站着上课腿都肿了，泡泡能缓一缓",
])
def test_a_craft_or_a_bath_proposed_for_the_staff_is_their_leisure(composer, proposal):
    # crafts and baths tried together are 文体 work (knowledge/highlights.yaml leisure), whatever aches come with them
    assert composer.classifier.place(proposal).section == "culture"


def test_a_highlights_plain_words_keep_names_and_the_staffs_own_children():
    from assistant.compose.highlights import load_taxonomy, plain

    words = load_taxonomy()
    said = plain("好几个女老师今年要生孩子，还有1+X证书考点要建，篮球+排球联赛照办",
                 words.plain_words, words.plain_patterns)
    assert "多名女教职工" in said and "生育子女" in said and "1+X证书" in said and "篮球和排球" in said, said
