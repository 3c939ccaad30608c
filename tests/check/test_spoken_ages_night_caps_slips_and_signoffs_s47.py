"""What a reviewer catches that the checker missed on development round 88 (forty-seventh session), and what it
flagged wrongly there. Flagged: age groups said as people say them (年过45 / 不到45) counting more staff than the
school has; night duty for pregnant staff capped rather than stopped; the committee's next members listed without a
vote; everyday words with a wrong character (按排, 竭成); the 2018 全国教育大会 followed as current after the 2024 one;
an item of the regulation's annex past its last, with the year in brackets; a notice's order to the entrants to
bring their own things; a sub-area missing while the month table mentions its festival. Not flagged: 教代会 named to
say it is not held (said after the name); 按排班 (按 | 排班); a measure word doubled (一个个); a spoken verb of
talking doubled (说道说道); a clause ending a phrase of the knowledge texts with another word (实训课多); a 落款 dated
with the year's last two digits in Chinese numerals. Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import (
    CONGRESS_ITEM,
    GROUPS_ITEM,
    PLAN,
    SMALL_SCHOOL,
    STUDY_ITEM,
    WELFARE_ITEM,
    WOMEN_ITEM,
    found,
    planted,
)


def test_age_groups_said_before_the_age_cannot_outnumber_the_staff(lawbook):
    text = planted((STUDY_ITEM, "1. 全校教职工92人，年过50的有60人，不到50的41人，工会组织委员学习《工会法》。"))
    assert found(lawbook, text, "impossible_figure") == ["年过50的有60人，不到50的41人"]
    fits = planted((STUDY_ITEM, "1. 全校教职工92人，年过50的有40人，不到50的52人，工会组织委员学习《工会法》。"))
    assert found(lawbook, fits, "impossible_figure") == []


def test_night_duty_for_late_pregnancy_capped_is_still_night_duty(lawbook):
    capped = planted((WOMEN_ITEM, "2. 怀孕八个月往上的女老师，夜里值班每月最多排三次。"))
    assert found(lawbook, capped, "rule") != []
    spared = planted((WOMEN_ITEM, "2. 怀孕七个月以上的女老师不排夜里值班，由年级组统筹。"))
    assert found(lawbook, spared, "rule") == []


def test_a_committee_named_without_a_vote_is_not_elected(lawbook):
    text = planted((CONGRESS_ITEM, "2. 下届工会委员由各处室推荐几人即可，不再另行投票，会上宣读名单。"))
    assert found(lawbook, text, "rule") != []


def test_the_congress_said_not_held_after_its_name_follows_the_rule(lawbook):
    text = planted(*SMALL_SCHOOL, (CONGRESS_ITEM, "2. 全校62人，教代会就不设了，改开全员参加的教职工大会。"))
    assert found(lawbook, text, "rule", staff=62) == []


def test_everyday_words_with_a_wrong_character_are_garbles_and_real_pairs_are_not(lawbook):
    text = planted((WELFARE_ITEM, "1. 工会按排委员走访生病住院的教职工，竭成为大家服务。"))
    assert found(lawbook, text, "garble") == ["按排", "竭成"]
    clean = planted((WELFARE_ITEM, "1. 委员按排班表轮流走访生病住院的教职工，竭诚为大家服务。"))
    assert found(lawbook, clean, "garble") == []


def test_doubled_measure_words_and_spoken_verbs_are_not_slips(lawbook):
    text = planted((GROUPS_ITEM, "2. 组建羽毛球兴趣小组，期末请大家说道说道，委员一个个打电话收集意见。"))
    assert found(lawbook, text, "doubled_phrase") == []
    assert found(lawbook, text, "garble") == []


def test_a_clause_ending_in_its_own_word_is_no_changed_phrase_but_a_changed_term_is(lawbook):
    own = planted((GROUPS_ITEM, "2. 我校合作企业多、实训课多，组建技能兴趣小组。"))
    assert found(lawbook, own, "garble") == []
    changed = planted((GROUPS_ITEM, "2. 坚持立德种人，组建羽毛球兴趣小组。"))
    assert found(lawbook, changed, "garble") == ["立德种人"]


def test_the_2018_education_conference_is_one_behind_in_a_2027_plan(lawbook):
    text = planted((STUDY_ITEM, "1. 组织工会委员学习2018年那次全国教育大会精神。"))
    assert found(lawbook, text, "outdated") == ["2018年那次全国教育大会精神"]
    current = planted((STUDY_ITEM, "1. 组织工会委员学习全国教育大会精神。"))
    assert found(lawbook, current, "outdated") == []


def test_an_annex_item_past_the_last_is_unknown_with_the_year_in_brackets(lawbook):
    text = planted((WOMEN_ITEM, "2. 按《女职工劳动保护特别规定》（2012年）附录第八条安排孕期女教职工的工作。"))
    assert found(lawbook, text, "unknown_article") == ["《女职工劳动保护特别规定》（2012年）附录第八条"]


def test_a_notices_order_to_the_entrants_is_pasted(lawbook):
    text = planted((GROUPS_ITEM, "2. 区里举办教职工合唱比赛，我校报名参加。请各参赛单位自带演出服装，开赛前一小时到场馆后门检录。"))
    assert found(lawbook, text, "pasted_notice") != []
    ours = planted((GROUPS_ITEM, "2. 区里举办教职工合唱比赛，我校报名参加，工会统一准备演出服装。"))
    assert found(lawbook, ours, "pasted_notice") == []


def test_a_missing_sub_area_is_missing_though_the_month_table_names_its_festival(review):
    text = PLAN.replace("### （八）退休教职工工作\n\n1. 端午节前走访慰问25名退休教职工。\n\n", "")
    missing = [f.message for f in review(text) if f.kind == "missing_section"]
    assert missing == ["缺少“退休教职工工作”部分"]


def test_a_signature_dated_with_the_years_last_two_digits_is_a_signature(review):
    text = PLAN.replace("2027年2月22日\n", "二七年二月廿二\n")
    findings = review(text)
    assert [f.location.label for f in findings if f.kind == "missing_section"] == []
    assert [f.text for f in findings if f.kind == "garble"] == []
