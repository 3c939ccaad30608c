"""What a reviewer catches that the checker missed on development round 68 (thirty-seventh session), and what it
flagged wrongly there: a 落款 dated in 元月 is a 落款 (and its date no event out of the period); a verb said twice
(电话问问) is no garble while 主人翁认识 is one; men and women that do not add up to the staff are impossible when the
women are called 女老师; teacher delegates put at half is below the 60% floor; a plan's period written in characters
(二〇一四—二〇一六年) has ended all the same, as has the third phase of the preschool action plan; a 九年一贯制 school
has no 实训周 and a kindergarten no 课堂教学. Every sentence is written for this test."""

from __future__ import annotations

from assistant.check.review import check_text
from assistant.domain.profile import Profile
from tests.check.conftest import REPORT_ITEM, SCHOOL, WELFARE_ITEM, found, planted

SIGNATURE = "雁塔区晨光初级中学工会委员会\n2027年2月22日"


def test_a_signature_dated_in_yuanyue_is_a_signature(review):
    # a spring plan signed before the term, in late January, the month written 元月 and the school's name short
    text = planted((SIGNATURE, "晨光初中工会委员会\n2027年元月8日"))
    findings = review(text)
    assert not any(f.kind == "missing_section" and "落款" in f.message + str(f.location) for f in findings)
    assert not any(f.kind == "out_of_period" and "元月" in f.text for f in findings)
    # without its date the signer alone still reads as no 落款
    alone = planted((SIGNATURE, "晨光初中工会委员会"))
    assert any(f.kind == "missing_section" and "落款" in f.message + str(f.location) for f in review(alone))


def test_a_verb_said_twice_is_no_garble_but_a_spun_sense_of_ownership_is(lawbook):
    called = "1. 有老师生病住院的，委员三天内打电话问问病情，出院后上门探望。"
    assert found(lawbook, planted((WELFARE_ITEM, called)), "garble") == []
    spun = "1. 开展“我为学校献一策”活动，激发大伙儿的主人翁认识。"
    assert found(lawbook, planted((WELFARE_ITEM, spun)), "garble") == ["主人翁认识"]


def test_men_and_women_called_teachers_must_add_up_to_the_staff(lawbook):
    wrong = "1. 全校92位教职工中女老师60人、男教职工35人，3月开教职工代表大会。"
    assert found(lawbook, planted((REPORT_ITEM, wrong)), "impossible_figure")
    right = "1. 全校92位教职工中女老师60人、男教职工32人，3月开教职工代表大会。"
    assert found(lawbook, planted((REPORT_ITEM, right)), "impossible_figure") == []


def test_teacher_delegates_put_at_half_fall_below_the_floor(lawbook):
    half = "2. 本届代表按老办法推选，教师代表大体上占全体代表的一半就行。"
    assert found(lawbook, planted(("2. 会前征集提案，会后跟踪办理，推进校务公开。", half)), "rule")
    floor = "2. 本届代表中教师代表不低于代表总数的60%，青年教师代表占一半左右。"
    assert found(lawbook, planted(("2. 会前征集提案，会后跟踪办理，推进校务公开。", floor)), "rule") == []


def test_an_ended_plan_is_outdated_whether_its_years_are_digits_or_characters(lawbook):
    cited = "3. 按《特殊教育提升计划（二〇一四—二〇一六年）》要求做好送教上门。"
    line = "3. 组织教职工学习《新时代中小学教师职业行为十项准则》。"
    assert found(lawbook, planted((line, cited)), "outdated") == ["《特殊教育提升计划（二〇一四—二〇一六年）》"]
    looking_back = "3. 回顾《特殊教育提升计划（二〇一四—二〇一六年）》实施以来送教上门的变化。"
    assert found(lawbook, planted((line, looking_back)), "outdated") == []
    phase = "3. 按第三期学前教育行动计划的要求做好普惠评估。"
    assert found(lawbook, planted((line, phase)), "outdated", school_type="幼儿园") == ["第三期学前教育行动计划"]


def test_training_weeks_and_classroom_lessons_belong_to_other_kinds_of_school(lawbook):
    week = "1. 八年级劳动实训周期间，工会为带班教师送去茶水。"
    assert found(lawbook, planted((WELFARE_ITEM, week)), "school_type_vocab", school_type="九年一贯制") == ["实训周"]
    # (the test plan's own 九年级 is a junior school's word a 中职 has not: only the training week is asked about here)
    assert "实训周" not in found(lawbook, planted((WELFARE_ITEM, week.replace("八年级劳动", "机电专业"))),
                              "school_type_vocab", school_type="中职")
    lesson = "1. 安排青年老师上课堂教学展示课，工会为获奖者颁发证书。"
    kindergarten = Profile(**{**SCHOOL, "school": "雁塔区晨光幼儿园", "school_type": "幼儿园"})
    flagged = [f.text for f in check_text(planted((WELFARE_ITEM, lesson)), 2027, lawbook, profile=kindergarten)
               if f.kind == "school_type_vocab"]
    assert "课堂教学" in flagged
    assert found(lawbook, planted((WELFARE_ITEM, lesson)), "school_type_vocab") == []


# Breadth (thirty-seventh session): forms of three kinds a pasted or reused plan takes that the checker did not read.


def test_a_word_glossed_whole_in_pinyin_is_a_pasted_gloss(lawbook):
    assert found(lawbook, planted((WELFARE_ITEM, "1. 每学期走访慰问(wèi wèn)困难教职工。")), "script") == ["慰问(wèi wèn)"]
    assert found(lawbook, planted((WELFARE_ITEM, "1. 每学期走访慰问wèiwèn困难教职工。")), "script") == ["慰问wèiwèn"]
    # a Latin word that is no pinyin (no tone mark) is left alone
    assert found(lawbook, planted((WELFARE_ITEM, "1. 组织教职工学习WPS表格(Excel)的用法。")), "script") == []


def test_an_anniversary_counted_in_characters_is_as_past_as_in_digits(lawbook):
    line = "1. 以纪念建团一百周年为主题开展青年教师演讲比赛。"
    assert found(lawbook, planted((WELFARE_ITEM, line)), "outdated") == ["建团一百周年"]
    coming = "1. 以迎接建党一百一十周年为主题开展征文活动。"  # 2031: still ahead of a 2027 plan
    assert found(lawbook, planted((WELFARE_ITEM, coming)), "outdated") == []


def test_half_bracketed_item_numbers_are_counted(lawbook):
    items = "1. 5月举办教职工趣味运动会。\n2. 组建羽毛球、瑜伽兴趣小组。"
    skipped = "1）5月举办教职工趣味运动会。\n3）组建羽毛球、瑜伽兴趣小组。"
    assert found(lawbook, planted((items, skipped)), "numbering") == ["3）"]
    in_order = "1）5月举办教职工趣味运动会。\n2）组建羽毛球、瑜伽兴趣小组。"
    assert found(lawbook, planted((items, in_order)), "numbering") == []


def test_items_numbered_by_their_part_are_counted(lawbook):
    items = "1. 5月举办教职工趣味运动会。\n2. 组建羽毛球、瑜伽兴趣小组。"
    skipped = "5.1 5月举办教职工趣味运动会。\n5.2 组建羽毛球、瑜伽兴趣小组。\n5.4 举办教职工摄影作品展。"
    assert found(lawbook, planted((items, skipped)), "numbering") == ["5.4"]
    in_order = skipped.replace("5.4", "5.3")
    assert found(lawbook, planted((items, in_order)), "numbering") == []
    # month and day written short are dates, whatever their order
    dates = "9.1 开学慰问新入职教师。\n9.10 教师节表彰优秀教职工。\n9.26 组织教职工秋季登山。"
    assert found(lawbook, planted((items, dates)), "numbering") == []
