"""What a reviewer catches that the checker missed on development round 70 (thirty-eighth session), and what it
flagged wrongly there: a listed phrase doubled whole (its 、 inside) and a word doubled into the next one (切身切身利益);
a spreadsheet's #N/A; pinyin glossed with tone digits; invisible tag characters; the women's federation's and the
youth league's previous congresses and the Winter Games as tasks; a notice's 印发 line dated in characters; a contest's
season (第三季) not moved on from last year; and, not flagged, a clause closing "为…出力" and the budget made 年初 in a
semester plan. Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import REPORT_ITEM, WELFARE_ITEM, found, planted


def test_a_listed_phrase_doubled_whole_and_a_word_doubled_into_the_next_are_found(lawbook):
    listed = "1. 坚持为教职工解难题、办好事解难题、办好事，困难教职工建档帮扶。"
    assert found(lawbook, planted((WELFARE_ITEM, listed)), "doubled_phrase") == ["解难题、办好事解难题、办好事"]
    glued = "1. 凡涉及教职工切身切身利益的方案，均提交教职工代表大会审议。"
    assert found(lawbook, planted((REPORT_ITEM, glued)), "doubled_phrase") == ["切身切身"]
    # a list that names two things once each, and a verb said twice on purpose, are no doubles
    fine = "1. 凡涉及教职工切身利益的方案，先研究研究，再提交教职工代表大会审议。"
    assert found(lawbook, planted((REPORT_ITEM, fine)), "doubled_phrase") == []


def test_a_spreadsheet_error_value_is_a_blank(lawbook):
    pasted = "1. 本学期慰问生病住院教职工#N/A人次，及时探望。"
    assert found(lawbook, planted((WELFARE_ITEM, pasted)), "placeholder") == ["#N/A"]
    standard = "1. 生病住院的教职工及时探望，人均标准#VALUE!元。"
    assert found(lawbook, planted((WELFARE_ITEM, standard)), "placeholder") == ["#VALUE!"]


def test_pinyin_glossed_with_tone_digits_is_a_pasted_gloss(lawbook):
    glossed = "1. 困难面前相互扶持，在磨砺（mo2 li4）中成长，生病住院及时探望。"
    assert found(lawbook, planted((WELFARE_ITEM, glossed)), "script") == ["磨砺（mo2 li4）"]
    # a code with a digit in brackets is no gloss
    code = "1. 慰问品按清单（B2）发放，生病住院及时探望。"
    assert found(lawbook, planted((WELFARE_ITEM, code)), "script") == []


def test_invisible_tag_characters_are_unsafe(lawbook):
    hidden = "1. 坚持“五必访”，教职工生\U000e0061\U000e0062病住院及时探望。"
    assert [f for f in found(lawbook, planted((WELFARE_ITEM, hidden)), "unsafe_content")]


def test_previous_congresses_and_the_winter_games_are_out_of_date(lawbook):
    women = "1. 组织女教职工学习中国妇女第十二次全国代表大会精神，开展巾帼建功活动。"
    assert found(lawbook, planted((REPORT_ITEM, women)), "outdated") == ["中国妇女第十二次全国代表大会"]
    league = "1. 组织青年教师学习共青团第十八次全国代表大会精神。"
    assert found(lawbook, planted((REPORT_ITEM, league)), "outdated") == ["共青团第十八次全国代表大会"]
    games = "1. 组织教职工冰雪运动体验，迎接北京冬奥会。"
    assert found(lawbook, planted((REPORT_ITEM, games)), "outdated") == ["迎接北京冬奥会"]
    current = "1. 组织女教职工学习中国妇女第十三次全国代表大会精神，推动冰雪运动进校园。"
    assert found(lawbook, planted((REPORT_ITEM, current)), "outdated") == []


def test_a_notice_print_line_dated_in_characters_is_pasted(review):
    text = planted((WELFARE_ITEM, WELFARE_ITEM + "\n\n碧溪区教育工会办公室　　二〇二七年二月十六日印发"))
    assert any(f.kind == "pasted_notice" and "印发" in f.text for f in review(text))


def test_a_contest_season_not_moved_on_is_stale_but_a_quarter_is_no_ordinal(review):
    last = "1. 5月举办第二季“晨光好声音”教职工歌手赛。"
    this = planted((REPORT_ITEM, REPORT_ITEM + "\n2. 5月举办第二季“晨光好声音”教职工歌手赛。"))
    previous = planted((REPORT_ITEM, REPORT_ITEM + "\n" + last))
    assert any(f.kind == "stale_ordinal" and "第二季" in f.text for f in review(this, previous=previous))
    moved = planted((REPORT_ITEM, REPORT_ITEM + "\n2. 5月举办第三季“晨光好声音”教职工歌手赛。"))
    assert not any(f.kind == "stale_ordinal" and "季" in f.text for f in review(moved, previous=previous))
    quarter = planted((REPORT_ITEM, REPORT_ITEM + "\n2. 第二季度末召开工会委员会会议。"))
    assert not any(f.kind == "stale_ordinal" and "季" in f.text for f in review(quarter, previous=quarter))


def test_a_verb_closing_a_clause_of_doing_for_someone_is_no_garble(lawbook):
    text = "1. 工会小组为初三、初二两个年级的教学出力，生病住院及时探望。"
    assert found(lawbook, planted((WELFARE_ITEM, text)), "garble") == []


def test_the_budget_made_at_the_start_of_the_year_is_no_event_out_of_a_semester(lawbook):
    text = "1. 经费按年初做的预算使用，不超支、不挪用，生病住院及时探望。"
    assert found(lawbook, planted((WELFARE_ITEM, text)), "out_of_period") == []
