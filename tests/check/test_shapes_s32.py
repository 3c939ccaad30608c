"""Shapes of real plans the checker misread (thirty-second session, from development round 58): parts of 主要工作
titled in the school's own words (（二）育人铸师, （五）冰雪与球类, 女教师关爱) reported as missing sections, a negated word
beside a fixed phrase (履职不力 / 履职能力) taken for a spinner's synonym, a blank marked 未定 in brackets, a share of
all the staff that the staff's number contradicts, a share of a cost the staff pay (费用自理一半) and a prohibition (不用工会经费
购买购物卡) flagged, a form to stamp and send in (回执须盖印章再送交) and help with a census held years ago (第六次全国人口普查) passed. Every
sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import PLAN, found, planted


def _missing(review, text: str) -> list[str]:
    return [f.location.label for f in review(text) if f.kind == "missing_section"]


OWN_TITLES = planted(
    ("### （二）师德与队伍建设", "### （二）立德树人、强师兴校"),
    ("### （三）女职工工作", "### （三）女教师关爱"),
    ("### （五）文体活动", "### （五）冰雪与球类"),
    ("### （六）工会自身建设", "### （六）咱工会自家的建设"),
)


def test_parts_titled_in_the_schools_own_words_are_not_missing(review):
    assert _missing(review, OWN_TITLES) == []


def test_a_section_really_left_out_is_still_missing(review):
    # 退休教职工工作 replaced by a part on campus safety: no heading and no part stands for it.
    text = planted(
        ("### （八）退休教职工工作\n\n1. 端午节前走访慰问25名退休教职工。",
         "### （八）平安校园\n\n1. 每月排查一次办公楼消防通道和电路。"),
        ("| 6月 | 中考慰问；端午慰问退休教职工 | 工会主席 | 九年级教师、退休教职工 |",
         "| 6月 | 中考慰问 | 工会主席 | 九年级教师 |"),
        text=OWN_TITLES,
    )
    assert _missing(review, text) == ["退休教职工工作（缺）"]


def test_a_top_level_part_outside_the_main_work_stands_for_no_area(review):
    # 一、引言 and 六、总结 are not parts of 主要工作: the women's part they might resemble is still missing.
    text = planted(
        ("### （三）女职工工作\n\n1. 我校现有女教职工60人，发挥工会女职工委员会作用。\n2. “三八”国际妇女节期间组织女教职工健康讲座。\n\n", ""),
        ("## 五、保障措施", "## 五、总结与评估\n\n期末由工会委员会盘点各项活动的成效，写出小结。\n\n## 六、保障措施"),
    )
    assert "女职工工作（缺）" in _missing(review, text)


def test_a_negated_word_beside_a_fixed_phrase_is_not_a_garble(lawbook):
    assert found(lawbook, "两次教代会之间，个别代表履职不力，由所在组提醒改进。", "garble") == []


def test_a_spinners_synonym_is_still_a_garble(lawbook):
    assert found(lawbook, "评选年度进步集体和先进个人，在教职工大会上表彰。", "garble") != []


def test_a_blank_marked_undecided_is_a_placeholder(lawbook):
    assert "（人数未定）" in "".join(found(lawbook, "组织教职工登山比赛（人数未定），5月中旬举行。", "placeholder"))


def test_a_time_to_be_told_later_is_no_blank(lawbook):
    assert found(lawbook, "组织教职工登山比赛，时间到时另行通知。", "placeholder") == []


def test_a_share_of_all_staff_is_read_against_the_staff(lawbook):
    # SCHOOL has 92 staff: 60 of 92 is 65.2%, not 79%.
    assert found(lawbook, "我校女教职工60人，占到教职工总数的79%。", "impossible_figure") != []


def test_a_right_share_of_all_staff_is_not_flagged(lawbook):
    assert found(lawbook, "我校女教职工60人，占到教职工总数的65%。", "impossible_figure") == []


def test_the_correct_plan_loses_no_section(review):
    assert _missing(review, PLAN) == []


def test_a_share_of_the_cost_paid_by_staff_is_no_notice(lawbook):
    assert found(lawbook, "十月组织一次近郊采风，配偶子女愿意的也能来，费用自理一半。", "pasted_notice") == []


def test_a_whole_cost_left_to_the_units_is_still_a_notice(lawbook):
    assert found(lawbook, "参赛人员食宿费用自理。", "pasted_notice") != []


def test_a_form_to_stamp_and_send_in_is_a_pasted_notice(lawbook):
    assert found(lawbook, "参赛回执须盖学校印章，6月3日以前送到区教育工会。", "pasted_notice") != []


def test_a_prohibition_said_before_the_money_keeps_the_rule(lawbook):
    assert not [t for t in found(lawbook, "节日慰问不用工会经费购买购物卡，只发实物。", "rule") if "购物卡" in t]


def test_cards_bought_with_union_money_break_the_rule(lawbook):
    assert [t for t in found(lawbook, "春节前拿工会经费购买购物卡，每人500元。", "rule") if "购物卡" in t]


def test_helping_with_a_past_census_is_outdated(lawbook):
    assert found(lawbook, "协助街道完成第六次全国人口普查的摸底工作。", "outdated") != []


def test_quoting_a_past_census_is_not(lawbook):
    assert found(lawbook, "第六次全国人口普查数据显示，本县60岁以上人口已超过两成。", "outdated") == []
