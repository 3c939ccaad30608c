"""What a reviewer catches that the checker missed on development round 72 (thirty-ninth session): a particle typed
twice (的的) and a phrase pasted twice with a space between; radicals that a PDF leaves for characters and Japanese
kana; a date of noughts and a merge field (#…#); two characters typed in the wrong order and 工会 typed as 公会; item
numbers in the one-character forms (⑴, Ⅰ.); a web page's byline pasted with a notice; the yearly sessions of the
national congress from years back and the 建档立卡 households; a paragraph or an item an article does not have; a
pregnant teacher's load never reduced and the union chair moved by the school alone; the dog days in an autumn plan;
a walk no one can walk, a room that cannot hold everyone and years of teaching older than the teacher; a mentoring
round not moved on (the ages from development round 70). And, not flagged: 目的的, 的的确确, 校长办公会, a body and what
it does (区教育工会调度). Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import SPORTS_ITEM, STUDY_ITEM, WELFARE_ITEM, found, planted

MENTOR_ITEM = "2. 继续开展师徒结对帮教，做好青年教师培养。"


def test_a_particle_typed_twice_is_doubled_but_not_a_word_ending_in_it(lawbook):
    slip = "1. 认真倾听教职工的的诉求，生病住院及时探望。"
    assert found(lawbook, planted((WELFARE_ITEM, slip)), "doubled_phrase") == ["教职工的的诉求"]
    fine = "1. 达到关心教职工目的的办法很多，的的确确要用心，生病住院及时探望。"
    assert found(lawbook, planted((WELFARE_ITEM, fine)), "doubled_phrase") == []


def test_a_phrase_pasted_twice_with_a_space_between_is_doubled(lawbook):
    text = "1. 凝心聚力谋发展 凝心聚力谋发展，5月举办教职工趣味运动会。"
    assert found(lawbook, planted((SPORTS_ITEM, text)), "doubled_phrase") == ["凝心聚力谋发展 凝心聚力谋发展"]


def test_radicals_copied_from_a_pdf_and_japanese_kana_are_the_wrong_script(lawbook):
    radicals = "1. 坚持“五必访”，教职⼯⽣病住院及时探望。"  # ⼯ U+2F2F and ⽣ U+2F63 are 康熙部首
    assert found(lawbook, planted((WELFARE_ITEM, radicals)), "script") == ["⼯⽣"]
    door = "1. 坚持“五必访”，⻔卫师傅生病住院及时探望。"  # ⻔ U+2ED4, a 部首补充 look-alike of 门
    findings = [f for f in found(lawbook, planted((WELFARE_ITEM, door)), "script")]
    assert findings == ["⻔"]
    kana = "1. 5月举办“晨光の运动会”。"
    assert found(lawbook, planted((SPORTS_ITEM, kana)), "script") == ["晨光の运动"]


def test_a_date_of_noughts_and_a_merge_field_are_blanks(lawbook):
    noughts = "1. 趣味运动会定于00月00日举行。"
    assert found(lawbook, planted((SPORTS_ITEM, noughts)), "placeholder") == ["00月00日"]
    field = "1. 5月在#运动场地#举办教职工趣味运动会。"
    assert found(lawbook, planted((SPORTS_ITEM, field)), "placeholder") == ["#运动场地#"]
    real = "1. 5月10日举办教职工趣味运动会。"
    assert found(lawbook, planted((SPORTS_ITEM, real)), "placeholder") == []


def test_two_characters_typed_in_the_wrong_order_and_a_same_sound_union_are_garbles(lawbook):
    swapped = "1. 坚持“五必访”，让教职工有荣感誉，生病住院及时探望。"
    assert found(lawbook, planted((WELFARE_ITEM, swapped)), "garble") == ["荣感誉"]
    sound = "1. 组织公会委员学习2021年修正的《工会法》。"
    assert found(lawbook, planted((STUDY_ITEM, sound)), "garble") == ["公会"]
    office = "1. 组织工会委员学习2021年修正的《工会法》，重大事项提交校长办公会。"
    assert found(lawbook, planted((STUDY_ITEM, office)), "garble") == []
    directed = "1. 服从区教育工会调度，组织工会委员学习2021年修正的《工会法》。"
    assert found(lawbook, planted((STUDY_ITEM, directed)), "garble") == []


def test_item_numbers_in_one_character_forms_are_read(lawbook):
    roman = planted(("1. 教代会按期召开", "Ⅰ. 教代会按期召开"), ("2. 师德师风", "Ⅱ. 师德师风"), ("3. 困难教职工", "Ⅳ. 困难教职工"))
    assert found(lawbook, roman, "numbering") == ["Ⅳ."]
    bracketed = "1. 5月举办教职工趣味运动会，项目如下：\n⑴ 拔河；\n⑵ 跳绳；\n⑵ 踢毽子。"
    assert found(lawbook, planted((SPORTS_ITEM, bracketed)), "numbering") == ["⑵"]


def test_a_web_pages_byline_is_a_pasted_notice(review):
    byline = SPORTS_ITEM + "\n发布日期：2027-03-02　来源：雁塔区教育工会　浏览次数：1024"
    assert any(f.kind == "pasted_notice" and "浏览次数" in f.text for f in review(planted((SPORTS_ITEM, byline))))
    own = "1. 5月举办教职工趣味运动会，信息来源于教职工问卷。"
    assert not any(f.kind == "pasted_notice" for f in review(planted((SPORTS_ITEM, own))))


def test_national_sessions_from_years_back_and_poverty_households_are_out_of_date(lawbook):
    old = "1. 组织工会委员学习十四届全国人大二次会议精神和2021年修正的《工会法》。"
    assert found(lawbook, planted((STUDY_ITEM, old)), "outdated") == ["十四届全国人大二次会议精神"]
    current = "1. 组织工会委员学习十四届全国人大五次会议精神和2021年修正的《工会法》。"
    assert found(lawbook, planted((STUDY_ITEM, current)), "outdated") == []
    households = "1. 坚持“五必访”，对家有建档立卡贫困户的教职工重点帮扶。"
    assert found(lawbook, planted((WELFARE_ITEM, households)), "outdated") == ["建档立卡贫困户"]


def test_a_paragraph_or_item_an_article_does_not_have_is_unknown(lawbook):
    item = "1. 组织工会委员学习《工会法》第四十三条第一款第（七）项关于经费来源的规定。"
    assert found(lawbook, planted((STUDY_ITEM, item)), "unknown_article") == ["《工会法》第四十三条第一款第（七）项"]
    paragraph = "1. 组织工会委员学习《女职工劳动保护特别规定》第六条第四款。"
    assert found(lawbook, planted((STUDY_ITEM, paragraph)), "unknown_article") == ["《女职工劳动保护特别规定》第六条第四款"]
    right = "1. 组织工会委员学习《工会法》第四十三条第一款第（二）项。"
    assert found(lawbook, planted((STUDY_ITEM, right)), "unknown_article") == []


def test_a_pregnant_teachers_load_never_reduced_and_a_chair_moved_by_the_school_break_rules(lawbook):
    load = "1. 坚持“五必访”；怀孕的老师就算拿来医院的证明，也照样不减课时。"
    assert [t for t in found(lawbook, planted((WELFARE_ITEM, load)), "rule") if "不减课时" in t]
    chair = "1. 工会副主席如需调动工作，由学校校务会研究决定即可。"
    assert [t for t in found(lawbook, planted((STUDY_ITEM, chair)), "rule") if "校务会" in t]
    agreed = "1. 工会副主席如需调动工作，由学校校务会研究并征得上一级工会同意。"
    assert not [t for t in found(lawbook, planted((STUDY_ITEM, agreed)), "rule") if "校务会" in t]


def test_the_dog_days_fall_outside_an_autumn_semester(lawbook):
    text = "1. 入伏时给食堂师傅送防暑药品，生病住院及时探望。"
    assert "入伏" in found(lawbook, planted((WELFARE_ITEM, text)), "out_of_period", period="第一学期")
    assert found(lawbook, planted((WELFARE_ITEM, text)), "out_of_period") == []  # February–July holds July


def test_a_walk_too_fast_and_a_room_too_small_are_impossible(lawbook):
    walk = "1. 5月组织健步走，环湖一圈共15公里，半小时走完。"
    assert found(lawbook, planted((SPORTS_ITEM, walk)), "impossible_figure") == ["15公里，半小时"]
    room = "1. 5月在20平方米的会议室举办趣味活动，可同时容纳92名教职工。"
    assert found(lawbook, planted((SPORTS_ITEM, room)), "impossible_figure") == ["20平方米的会议室举办趣味活动，可同时容纳92名"]
    fine = "1. 5月组织健步走，全程6公里，约1个半小时走完；300平方米的风雨操场可同时容纳92人。"
    assert found(lawbook, planted((SPORTS_ITEM, fine)), "impossible_figure") == []


def test_a_mentoring_round_not_moved_on_is_stale(review):
    last = planted((MENTOR_ITEM, "2. 启动第三轮师徒结对，新结8对。"))
    this = planted((MENTOR_ITEM, "2. 启动第三轮师徒结对，新结9对。"))
    assert any(f.kind == "stale_ordinal" and "第三轮" in f.text for f in review(this, previous=last))
    moved = planted((MENTOR_ITEM, "2. 启动第四轮师徒结对，新结9对。"))
    assert not any(f.kind == "stale_ordinal" and "轮" in f.text for f in review(moved, previous=last))


def test_years_of_teaching_older_than_the_teacher_are_impossible(lawbook):
    youngest = "1. 端午节前走访慰问25名退休教职工，从教满35年的老教师有4位，其中最年轻的今年46岁。"
    assert found(lawbook, planted(("1. 端午节前走访慰问25名退休教职工。", youngest)), "impossible_figure") == [
        "从教满35年的老教师有4位，其中最年轻的今年46岁"
    ]
    fine = "1. 端午节前走访慰问25名退休教职工，从教满35年的老教师有4位，其中最年轻的今年56岁。"
    assert found(lawbook, planted(("1. 端午节前走访慰问25名退休教职工。", fine)), "impossible_figure") == []
