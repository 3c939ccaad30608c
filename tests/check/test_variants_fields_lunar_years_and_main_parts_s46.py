"""What a reviewer catches that the checker missed on development round 86 (forty-sixth session), and what it flagged
wrongly there. Flagged: a retired variant character (囯) and the Japanese iteration mark (个々); an invisible format
character outside the list of direction marks; Word's text for a broken cross-reference; an article numbered in
financial numerals past the law's end; a term of the knowledge texts typed with two characters swapped where jieba
glues one of them to a neighbour; a count with fewer names listed after it than it says; the lunar year named beside
the Spring Festival of another year; a named undertaking still in the same year of its run, and a revised handbook
still in last year's edition; the chair's transfer done by the school's meeting alone; the nursing hour of the mother
of twins given once. Not flagged: 教代会 named to say the school has none; a 落款 ending with where the seal goes; an
unnamed main part split into sub-parts in the school's own words (its only missing sub-area is reported); the plan's
own attachment; the date a pasted notice was issued. Every sentence is written for this test."""

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


def test_a_retired_variant_and_the_iteration_mark_are_script_and_the_standard_forms_are_not(lawbook):
    text = planted((STUDY_ITEM, "1. 组织工会委员学习《工会法》，做到爱囯爱校，人々都懂法。"))
    assert found(lawbook, text, "script") == ["囯", "人々"]
    clean = planted((STUDY_ITEM, "1. 组织工会委员学习《工会法》，做到爱国爱校，人人都懂法。"))
    assert found(lawbook, clean, "script") == []


def test_an_invisible_format_character_of_any_block_is_unsafe(lawbook):
    text = planted((GROUPS_ITEM, "2. 组建羽毛球\U0001d173兴趣小组。"))
    assert found(lawbook, text, "unsafe_content") == ["\U0001d173"]


def test_a_broken_cross_reference_left_by_the_word_processor_is_a_blank(lawbook):
    text = planted((GROUPS_ITEM, "2. 组建羽毛球兴趣小组，活动时间见错误！未找到引用源。"))
    assert found(lawbook, text, "placeholder") == ["错误！未找到引用源。"]


def test_an_article_numbered_in_financial_numerals_is_checked_like_any_other(lawbook):
    past_the_end = planted((WELFARE_ITEM, "1. 依照《教师法》第伍拾条，坚持“五必访”。"))
    assert found(lawbook, past_the_end, "unknown_article") == ["《教师法》第伍拾条"]
    real = planted((WELFARE_ITEM, "1. 依照《工会法》第叁条，坚持“五必访”。"))
    assert found(lawbook, real, "unknown_article") == []


def test_a_term_typed_with_two_characters_swapped_is_a_garble_and_the_term_is_not(lawbook):
    text = planted((GROUPS_ITEM, "2. 组建羽毛球兴趣小组，提升工会的聚凝力。"))
    assert found(lawbook, text, "garble") == ["聚凝力"]
    clean = planted((GROUPS_ITEM, "2. 组建羽毛球兴趣小组，提升工会的凝聚力。"))
    assert found(lawbook, clean, "garble") == []


def test_a_count_and_the_names_listed_after_it_must_agree(lawbook):
    short = planted((GROUPS_ITEM, "2. 组建三个兴趣小组（羽毛球组、瑜伽组），每周活动一次。"))
    assert found(lawbook, short, "impossible_figure") == ["三个兴趣小组（羽毛球组、瑜伽组）"]
    agreed = planted((GROUPS_ITEM, "2. 组建两个兴趣小组（羽毛球组、瑜伽组），每周活动一次。"))
    assert found(lawbook, agreed, "impossible_figure") == []
    some = planted((GROUPS_ITEM, "2. 组建三个兴趣小组（如羽毛球组、瑜伽组），每周活动一次。"))
    assert found(lawbook, some, "impossible_figure") == []


def test_the_lunar_year_beside_the_spring_festival_is_the_periods(lawbook):
    # the test plan is a February–July 2027 plan: its 春节 is 2027's, a 丁未 year of the goat
    wrong = planted((WELFARE_ITEM, "1. 坚持“五必访”，戊申猴年春节前走访困难教职工。"))
    assert found(lawbook, wrong, "impossible_figure") == ["戊申猴年"]
    right = planted((WELFARE_ITEM, "1. 坚持“五必访”，丁未羊年春节前走访困难教职工。"))
    assert found(lawbook, right, "impossible_figure") == []


def test_a_named_undertaking_in_the_same_year_of_its_run_and_an_edition_not_moved_on_are_stale(review):
    last_year = planted(
        (WELFARE_ITEM, "1. “清晨一碗粥”行动进入第三个年头，为早到的教职工备好早餐。"),
        (STUDY_ITEM, "1. 修订印发《晨光初中教职工办事指南》（第二版）。"),
    )
    ours = {"“清晨一碗粥”行动进入第三个年头", "《晨光初中教职工办事指南》（第二版）"}
    same = {f.text for f in review(last_year, previous=last_year) if f.kind == "stale_ordinal"}
    assert ours <= same
    kept = planted(
        (WELFARE_ITEM, "1. “清晨一碗粥”行动进入第四个年头，为早到的教职工备好早餐。"),
        (STUDY_ITEM, "1. 继续使用《晨光初中教职工办事指南》（第二版）。"),
    )
    stale = {f.text for f in review(kept, previous=last_year) if f.kind == "stale_ordinal"}
    assert not any("粥" in t or "指南" in t for t in stale)


def test_the_chairs_transfer_done_by_the_schools_meeting_alone_breaks_the_union_law(lawbook):
    text = planted((CONGRESS_ITEM, "2. 原工会副主席调往教研室，校长办公会研究后即直接办理了手续。"))
    assert found(lawbook, text, "rule") != []
    consented = planted((CONGRESS_ITEM, "2. 原工会副主席调往教研室，征得校工会委员会和区教育工会同意后办理手续。"))
    assert found(lawbook, consented, "rule") == []


def test_the_mother_of_twins_keeps_an_hour_for_each_baby(lawbook):
    text = planted((WOMEN_ITEM, "2. 生了龙凤胎的女教职工，也按每天1小时安排哺乳时间，不另外增加。"))
    assert found(lawbook, text, "rule") != []
    right = planted((WOMEN_ITEM, "2. 生了龙凤胎的女教职工，每多哺乳1个婴儿每天增加1小时哺乳时间。"))
    assert found(lawbook, right, "rule") == []


def test_the_congress_named_to_say_a_small_school_has_none_follows_the_rule(lawbook):
    text = planted(*SMALL_SCHOOL, (CONGRESS_ITEM, "2. 我校教职工不足80人，不设教代会，每学年召开一次教职工大会。"))
    assert found(lawbook, text, "rule", staff=62) == []
    held = planted(*SMALL_SCHOOL, (CONGRESS_ITEM, "2. 我校教职工不足80人，每学年召开一次教代会。"))
    assert found(lawbook, held, "rule", staff=62) == ["教代会"]


def test_a_signature_ending_with_the_seals_place_is_a_signature(review):
    text = PLAN.replace("雁塔区晨光初级中学工会委员会\n2027年2月22日", "雁塔区晨光初级中学工会委员会　盖章处\n2027.2.22")
    assert [f.location.label for f in review(text) if f.kind == "missing_section"] == []


def test_a_main_part_in_the_schools_own_words_lacks_only_the_sub_area_it_skips(review):
    own_words = planted(
        ("## 三、主要工作", "## 三、具体安排"),
        ("### （一）民主管理与校务公开", "### （一）学校的事一起商量"),
        ("### （二）师德与队伍建设", "### （二）站好讲台"),
        ("### （四）维权与送温暖", "### （四）冷暖放在心上"),
        ("### （五）文体活动", "### （五）跑起来跳起来"),
        ("### （六）工会自身建设", "### （六）工会的家底"),
        ("### （七）经费管理", "### （七）会费怎么花"),
        ("### （八）退休教职工工作", "### （八）退下来的老同事"),
        ("### （三）女职工工作\n\n1. 我校现有女教职工60人，发挥工会女职工委员会作用。\n"
         "2. “三八”国际妇女节期间组织女教职工健康讲座。\n\n", ""),
    )
    missing = [f.location.label for f in review(own_words) if f.kind == "missing_section"]
    assert missing == ["女职工工作（缺）"]


def test_the_plans_own_attachment_and_a_notices_issuing_date(lawbook):
    own = planted((GROUPS_ITEM, "2. 组建羽毛球、瑜伽兴趣小组，活动安排见附件。"))
    assert found(lawbook, own, "pasted_notice") == []
    numbered = planted((GROUPS_ITEM, "2. 组建羽毛球、瑜伽兴趣小组，报名表详见附件2。"))
    assert found(lawbook, numbered, "pasted_notice") != []
    issued = planted((GROUPS_ITEM, "2. 组建羽毛球、瑜伽兴趣小组。\n雁塔区教育工会　2026年12月28日印发"))
    assert found(lawbook, issued, "out_of_period") == []


def test_a_list_numbered_with_parenthesized_ideographs_that_skips_one(lawbook):
    text = planted((GROUPS_ITEM, "2. 组建兴趣小组：\n㈠ 羽毛球小组每周二活动。\n㈡ 瑜伽小组每周四活动。\n㈣ 学期末汇报展示。"))
    assert found(lawbook, text, "numbering") == ["㈣"]
