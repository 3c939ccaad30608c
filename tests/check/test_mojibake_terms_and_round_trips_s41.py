"""What a reviewer catches that the checker missed on development round 76 (forty-first session): interlinear
annotation controls hiding an advert; a software null and a keyboard mash for a venue; a character of the withdrawn
second-round simplification and pinyin-initial web slang; financial numerals with one skipped and a bracketed item
number repeated; a whole clause pasted twice; a round trip shorter than twice the way out and a round robin with the
wrong number of games; the seven-day May Day week; university words in a lower secondary school; a term of another
school year and a lunar month outside a spring term; a charter sent up without the staff congress; text saved as
UTF-8 and read as GBK; a recurring month's ordinal (第N个) not moved on; a form's header row pasted from a notice; an
appendix item and a chapter's section past the last; a title that starts with its year and a comma. And, not flagged:
彳亍 and 元旦, a short call said twice, correct round trips and robins, a charter first heard by the congress, 腊月 in an
autumn plan, a past school year looked back on, 第二个周三, the plan's own table, a coinage on the frame 一…了之. Every
sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import (
    CONGRESS_ITEM,
    GOAL_ITEM,
    GOALS,
    GROUPS_ITEM,
    SPORTS_ITEM,
    STUDY_ITEM,
    WELFARE_ITEM,
    WOMEN_ITEM,
    found,
    planted,
)

GUIDE = "在学校党总支和雁塔区教育工会的领导下"


def test_annotation_controls_hiding_words_are_unsafe(lawbook):
    hidden = "在学校党总支和雁塔区教育\ufff9工会\ufffa点这里抽奖\ufffb的领导下"
    assert found(lawbook, planted((GUIDE, hidden)), "unsafe_content") == ["\ufff9工会\ufffa点这里抽奖\ufffb"]


def test_a_software_null_and_a_keyboard_mash_are_blanks(lawbook):
    null = "1. 5月举办教职工趣味运动会，负责人：null。"
    assert found(lawbook, planted((SPORTS_ITEM, null)), "placeholder") == ["null"]
    mash = "2. 组建羽毛球、瑜伽兴趣小组，活动地点：qwer，每周三下午活动。"
    assert found(lawbook, planted((GROUPS_ITEM, mash)), "placeholder") == ["qwer"]


def test_a_second_round_simplification_and_web_slang_are_the_wrong_script(lawbook):
    canteen = "2. 组建羽毛球、瑜伽兴趣小组，活动后在教工歺厅聚餐。"
    assert found(lawbook, planted((GROUPS_ITEM, canteen)), "script") == ["歺厅"]
    slang = "1. 5月举办教职工趣味运动会，去年的拔河比赛大家都说xswl。"
    assert found(lawbook, planted((SPORTS_ITEM, slang)), "script") == ["xswl"]
    fine = "1. 5月举办教职工趣味运动会，元旦前后在操场彳亍散步的老教师也请来观赛。"
    assert found(lawbook, planted((SPORTS_ITEM, fine)), "script") == []


def test_financial_numerals_skipped_and_a_bracketed_number_repeated_are_misnumbered(lawbook):
    capital = "壹、教代会按期召开，提案办理及时反馈。\n贰、师德师风建设常态化。\n肆、困难教职工帮扶到位。"
    assert found(lawbook, planted((GOALS, capital)), "numbering") == ["肆、"]
    brackets = "【1】5月举办教职工趣味运动会。\n【2】组建羽毛球、瑜伽兴趣小组。\n【2】6月开展教职工健步走。"
    text = planted((SPORTS_ITEM + "\n" + GROUPS_ITEM, brackets))
    assert found(lawbook, text, "numbering") == ["【2】"]
    in_order = "壹、教代会按期召开，提案办理及时反馈。\n贰、师德师风建设常态化。\n叁、困难教职工帮扶到位。"
    assert found(lawbook, planted((GOALS, in_order)), "numbering") == []


def test_a_clause_pasted_twice_is_doubled_but_a_short_call_is_not(lawbook):
    twice = "3. 让每位教职工有困难先想到工会，让每位教职工有困难先想到工会。"
    assert found(lawbook, planted((GOAL_ITEM, twice)), "doubled_phrase") == ["让每位教职工有困难先想到工会，让每位教职工有困难先想到工会"]
    call = "1. 5月举办教职工趣味运动会，拔河时大家齐喊“加油，加油”。"
    assert found(lawbook, planted((SPORTS_ITEM, call)), "doubled_phrase") == []


def test_a_short_round_trip_and_a_wrong_round_robin_are_impossible(lawbook):
    trip = "1. 5月举办教职工健步走，单程4公里，往返共6公里。"
    assert found(lawbook, planted((SPORTS_ITEM, trip)), "impossible_figure") == ["单程4公里，往返共6公里"]
    robin = "2. 组建羽毛球、瑜伽兴趣小组，5支队伍单循环，共12场。"
    assert found(lawbook, planted((GROUPS_ITEM, robin)), "impossible_figure") == ["5支队伍单循环，共12场"]
    right = "1. 5月举办教职工健步走，单程4公里，往返共8公里；5个年级组单循环，共10场。"
    assert found(lawbook, planted((SPORTS_ITEM, right)), "impossible_figure") == []


def test_the_may_day_golden_week_is_outdated(lawbook):
    week = "1. 利用“五一”七天长假组织教职工外出疗休养。"
    assert found(lawbook, planted((SPORTS_ITEM, week)), "outdated") == ["“五一”七天长假"]


def test_university_evaluations_and_college_english_tests_are_not_a_schools(lawbook):
    cet = "2. 组建羽毛球、瑜伽兴趣小组；大学英语四级考试期间为监考教师送午餐。"
    assert found(lawbook, planted((GROUPS_ITEM, cet)), "school_type_vocab") == ["大学英语四级"]
    review = "1. 坚持“五必访”，迎接本科教学评估期间关心加班教职工。"
    assert found(lawbook, planted((WELFARE_ITEM, review)), "school_type_vocab") == ["本科教学评估"]


def test_another_school_years_term_and_a_lunar_month_fall_outside_the_period(lawbook):
    term = "2. 组建羽毛球、瑜伽兴趣小组，名单赶在25—26学年第一学期末报区工会。"
    assert found(lawbook, planted((GROUPS_ITEM, term)), "out_of_period") == ["25—26学年第一学期"]
    looked_back = "2. 组建羽毛球、瑜伽兴趣小组，总结2025—2026学年的做法。"
    assert found(lawbook, planted((GROUPS_ITEM, looked_back)), "out_of_period") == []
    lunar = "1. 冬月里为退休教职工送一次暖冬慰问。"
    text = planted(("1. 端午节前走访慰问25名退休教职工。", lunar))
    assert found(lawbook, text, "out_of_period") == ["冬月"]
    autumn = "1. 腊月里为退休教职工送一次年货。"
    flagged = found(lawbook, planted(("1. 端午节前走访慰问25名退休教职工。", autumn)), "out_of_period", period="第一学期")
    assert not any("腊月" in t for t in flagged)


def test_a_charter_sent_up_without_the_congress_breaks_the_rules(lawbook):
    bypass = "2. 学校章程修订稿经行政会议审定后直接报区教育局核准，不再提交教代会。"
    assert found(lawbook, planted((CONGRESS_ITEM, bypass)), "rule")
    heard = "2. 学校章程修订稿先提交教代会审议，听取意见后报区教育局核准。"
    assert found(lawbook, planted((CONGRESS_ITEM, heard)), "rule") == []


def test_utf8_read_as_gbk_is_a_garble_not_a_traditional_character(lawbook):
    broken = "慰问".encode().decode("gbk")
    text = planted((WELFARE_ITEM, f"1. 坚持“五必访”，教职工生病住院及时{broken}。"))
    assert found(lawbook, text, "garble") == [broken]
    assert found(lawbook, text, "script") == []


def test_a_recurring_months_ordinal_not_moved_on_is_stale(review):
    last = planted((WOMEN_ITEM, "2. 4月举办第五个“书香女工月”，每月第二个周三开展读书分享。"))
    this = planted((WOMEN_ITEM, "2. 4月举办第五个“书香女工月”，每月第二个周三开展读书分享。"))
    stale = [f.text for f in review(this, previous=last) if f.kind == "stale_ordinal"]
    assert "第五个“书香女工月”" in stale and not any("周三" in t for t in stale)
    moved = planted((WOMEN_ITEM, "2. 4月举办第六个“书香女工月”，每月第二个周三开展读书分享。"))
    assert not any("个" in f.text for f in review(moved, previous=last) if f.kind == "stale_ordinal")


def test_a_sign_up_forms_header_row_is_a_pasted_notice_but_the_plans_table_is_not(lawbook):
    form = "1. 5月举办教职工趣味运动会。\n\n| 单位（盖章） | 领队 | 姓名 | 身份证号 | 联系电话 |\n| --- | --- | --- | --- | --- |"
    assert found(lawbook, planted((SPORTS_ITEM, form)), "pasted_notice")
    assert found(lawbook, planted((SPORTS_ITEM, SPORTS_ITEM)), "pasted_notice") == []


def test_an_appendix_item_and_a_section_past_the_last_do_not_exist(lawbook):
    appendix = "1. 组织工会委员学习《女职工劳动保护特别规定》附录第六项。"
    assert found(lawbook, planted((STUDY_ITEM, appendix)), "unknown_article") == ["《女职工劳动保护特别规定》附录第六项"]
    section = "1. 组织工会委员学习《劳动合同法》第五章第五节。"
    assert found(lawbook, planted((STUDY_ITEM, section)), "unknown_article") == ["《劳动合同法》第五章第五节"]
    real = "1. 组织工会委员学习《劳动合同法》第五章第三节和《女职工劳动保护特别规定》附录第二项。"
    assert found(lawbook, planted((STUDY_ITEM, real)), "unknown_article") == []


def test_a_title_opening_with_its_year_and_a_comma_is_a_title(review):
    title = "二〇二七，晨光初中工会想办好的几件事"  # plain text, as a .txt plan opens
    text = planted(("# 雁塔区晨光初级中学2026—2027学年第二学期工会工作计划", title))
    assert not [f for f in review(text) if f.kind == "missing_section" and "标题" in f.message + f.location.label]


def test_a_coinage_on_the_frame_yi_liao_zhi_is_no_garble(lawbook):
    coined = "2. 会前征集提案，会后跟踪办理，不搞“一交了之”。"
    assert found(lawbook, planted((CONGRESS_ITEM, coined)), "garble") == []
