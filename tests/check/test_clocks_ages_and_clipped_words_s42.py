"""What a reviewer catches that the checker missed on development round 78 (forty-second session): a range of articles
past the law's last and a chapter of a law without chapters; parenthesised numbers skipping one; pinyin typed into a
word and 著 for the particle 着; a union noun typed short and a word with a character typed twice; a trip that cannot
arrive by the time written and an age that does not match the birth year; a kindergarten's gate hours and a primary
section in secondary schools; merged schemes and a renamed exam; a form's zero date, a chat @mention and a 签发人 line;
a pregnant teacher sent up a ladder and a chair's transfer decided by the school; a course's and a show's ordinal
with its name in quotes not moved on. And, not flagged: 教职工工会, 委员会合议, a committee's 届 kept for its term, a
chair's aims under a spoken heading, a title naming its year in words, last year's autumn, the month the draft was
talked over and union work counted in the yearly appraisal. Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import (
    CONGRESS_ITEM,
    GROUPS_ITEM,
    SPORTS_ITEM,
    STUDY_ITEM,
    TITLE,
    WELFARE_ITEM,
    WOMEN_ITEM,
    found,
    planted,
)

ETHICS_ITEM = "3. 组织教职工学习《新时代中小学教师职业行为十项准则》。"
RETIREE_ITEM = "1. 端午节前走访慰问25名退休教职工。"
MEMBERS_ITEM = "2. 做好会员会籍管理，新入职教职工及时入会。"
GOALS_HEADING = "## 二、工作目标"


def test_a_range_past_the_last_article_and_a_chapter_of_a_law_without_chapters(lawbook):
    ranged = "1. 组织工会委员学习《工会法》第五十六至六十条关于法律责任的规定。"
    assert any("六十条" in t for t in found(lawbook, planted((STUDY_ITEM, ranged)), "unknown_article"))
    chaptered = "2. “三八”国际妇女节期间对照《女职工劳动保护特别规定》（2012）第二章检查落实情况。"
    assert found(lawbook, planted((WOMEN_ITEM, chaptered)), "unknown_article") == [
        "《女职工劳动保护特别规定》（2012）第二章"]
    within = "1. 组织工会委员学习《工会法》第二十条至第二十二条。"
    assert found(lawbook, planted((STUDY_ITEM, within)), "unknown_article") == []


def test_parenthesised_numbers_that_skip_one_are_misnumbered(lawbook):
    skipped = "3. 组织三项练兵：㈠说课；㈡评课；㈣板书。"
    assert found(lawbook, planted((ETHICS_ITEM, skipped)), "numbering") == ["㈣"]
    in_order = "3. 组织三项练兵：①说课；②评课；③板书。"
    assert found(lawbook, planted((ETHICS_ITEM, in_order)), "numbering") == []


def test_pinyin_typed_into_a_word_and_the_traditional_particle_are_the_wrong_script(lawbook):
    typed = "1. 坚持“五必访”，教职工生病住院及时tan望。"
    assert found(lawbook, planted((WELFARE_ITEM, typed)), "script") == ["时tan"]
    particle = "2. 会前征集提案，会后跟踪办理，随著学校发展推进校务公开。"
    assert found(lawbook, planted((CONGRESS_ITEM, particle)), "script") == ["随著"]
    fine = "2. 组建羽毛球、瑜伽兴趣小组，用app报名，请著名教练指导。"
    assert found(lawbook, planted((GROUPS_ITEM, fine)), "script") == []


def test_a_union_noun_typed_short_and_a_character_typed_twice_are_garbles(lawbook):
    short = "1. 坚持“五必访”，全体教职生病住院及时探望。"
    assert found(lawbook, planted((WELFARE_ITEM, short)), "garble") == ["全体教职"]
    twice = "1. 坚持“五必访”，教职工生病住院及时送去慰问问金。"
    assert found(lawbook, planted((WELFARE_ITEM, twice)), "garble") == ["慰问问金"]
    fine = "2. 做好会员会籍管理，教职工工会会员及时入会，大额开支经委员会合议。"
    assert found(lawbook, planted((MEMBERS_ITEM, fine)), "garble") == []


def test_a_trip_that_cannot_arrive_in_time_and_an_age_off_the_birth_year(lawbook):
    late = "1. 5月举办教职工趣味运动会，8:20坐大巴出发，车程约两个半小时，10:00前到达营地。"
    assert len(found(lawbook, planted((SPORTS_ITEM, late)), "impossible_figure")) == 1
    easy = "1. 5月举办教职工趣味运动会，8:20坐大巴出发，车程约一小时，10:00前到达营地。"
    assert found(lawbook, planted((SPORTS_ITEM, easy)), "impossible_figure") == []
    aged = "1. 端午节前走访慰问25名退休教职工，为赵老师（1972年4月出生）今年满60周岁办荣休会。"
    assert len(found(lawbook, planted((RETIREE_ITEM, aged)), "impossible_figure")) == 1
    right = "1. 端午节前走访慰问25名退休教职工，为赵老师（1967年4月出生）今年满60周岁办荣休会。"
    assert found(lawbook, planted((RETIREE_ITEM, right)), "impossible_figure") == []


def test_a_kindergartens_gate_hours_and_a_primary_section_are_the_wrong_schools_words(lawbook):
    gate = "2. 组建羽毛球、瑜伽兴趣小组，避开入园高峰时段活动。"
    assert found(lawbook, planted((GROUPS_ITEM, gate)), "school_type_vocab") == ["入园高峰"]
    section = "3. 组织教职工学习《新时代中小学教师职业行为十项准则》，请我校小学部教师交流。"
    assert "我校小学部" in found(lawbook, planted((ETHICS_ITEM, section)), "school_type_vocab", school_type="高中")
    assert "我校小学部" not in found(lawbook, planted((ETHICS_ITEM, section)), "school_type_vocab", school_type="九年一贯制")


def test_merged_schemes_and_a_renamed_exam_are_outdated(lawbook):
    scheme = "1. 坚持“五必访”，帮助生病住院的教职工家属办理新农合报销。"
    assert found(lawbook, planted((WELFARE_ITEM, scheme)), "outdated") == ["新农合"]
    exam = "2. 中考前慰问九年级教师，毕业会考期间为监考教师送水。"
    assert found(lawbook, planted(("2. 中考前慰问九年级教师。", exam)), "outdated") == ["毕业会考"]


def test_a_zero_date_a_chat_mention_and_a_signatory_line_are_left_from_elsewhere(lawbook):
    zero = "2. 组建羽毛球、瑜伽兴趣小组，报名截至0000年00月00日。"
    assert found(lawbook, planted((GROUPS_ITEM, zero)), "placeholder") == ["0000年00月00日"]
    mention = "2. 组建羽毛球、瑜伽兴趣小组，@联系人 统计名单。"
    assert found(lawbook, planted((GROUPS_ITEM, mention)), "placeholder") == ["@联系人"]
    mail = "2. 组建羽毛球、瑜伽兴趣小组，名单发送至union@example.cn。"
    assert found(lawbook, planted((GROUPS_ITEM, mail)), "placeholder") == []
    signed = SPORTS_ITEM + "\n签发人：刘建国"
    assert found(lawbook, planted((SPORTS_ITEM, signed)), "pasted_notice")


def test_a_pregnant_teacher_up_a_ladder_and_a_chair_moved_by_the_school_break_the_rules(lawbook):
    ladder = "2. “三八”国际妇女节期间布置会场，怀孕的女教师也爬梯子挂彩带。"
    assert found(lawbook, planted((WOMEN_ITEM, ladder)), "rule")
    spared = "2. “三八”国际妇女节期间布置会场，怀孕的女教师不登高，由男教师挂彩带。"
    assert found(lawbook, planted((WOMEN_ITEM, spared)), "rule") == []
    moved = "2. 做好会员会籍管理。工会主席下学期调任教务主任，学校决定后向区教育工会报备即可。"
    assert found(lawbook, planted((MEMBERS_ITEM, moved)), "rule")
    agreed = "2. 做好会员会籍管理。工会主席下学期调任教务主任，征得工会委员会和区教育工会同意后办理。"
    assert found(lawbook, planted((MEMBERS_ITEM, agreed)), "rule") == []


def test_a_course_and_a_show_named_in_quotes_keep_last_years_ordinal(review):
    last = planted((GROUPS_ITEM, "2. “书香教师”研修班第二期开班，“校园好声音”第三季开唱；第四届工会委员会分工不变。"))
    this = planted((GROUPS_ITEM, "2. “书香教师”研修班第二期开班，“校园好声音”第三季开唱；第四届的工会委员会任期未满。"))
    stale = [f.text for f in review(this, previous=last) if f.kind == "stale_ordinal"]
    assert "“校园好声音”第三季" in stale
    assert not any("委员会" in t for t in stale)


def test_spoken_headings_and_titles_past_and_drafting_months_and_the_yearly_appraisal_are_fine(review):
    spoken = planted((GOALS_HEADING, "## 二、这学期想办成的几件事"),
                     (TITLE, "# 晨光初中工会：二〇二七这一年打算做的事"))
    assert not [f for f in review(spoken, period="年度") if f.kind == "missing_section"]
    told = planted(
        (CONGRESS_ITEM, "2. 去年秋季收的提案，本学期逐件答复，推进校务公开。"),
        (MEMBERS_ITEM, "2. 本计划是工会委员一月底商量出来的，做好会员会籍管理。"),
        ("在学校党总支领导下，工会委员会统筹安排", "在学校党总支领导下，把工会工作算进学校年度考核，工会委员会统筹安排"),
    )
    assert not [f for f in review(told) if f.kind == "out_of_period"]
