"""What a reviewer catches that the checker missed on development round 82 (forty-fourth session), and what it flagged
wrongly there. Flagged: mojibake holding a katakana (one garble, not a script finding); an everyday word with a
look-alike character (期未考试); a part counted under a looser bound than its whole (其中…以上); an average age below the
youngest (the span names both); a preschool class in a junior secondary school; a proposal round dropped before the
congress; a clause's tail pasted twice; a notice's request to every school's union chair; a dotted item skipped where
the item opens with 节省. Not flagged: the unions' own 十八大 said with the verb of holding it; the year's accounts
reviewed in a semester plan; a 落款 whose signer carries the seal's 印 and whose date is written 2027-09-06 or by the
lunar calendar. Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import (
    CONGRESS_ITEM,
    GROUPS_ITEM,
    REPORT_ITEM,
    STUDY_ITEM,
    WELFARE_ITEM,
    found,
    planted,
)

SIGNATURE = "雁塔区晨光初级中学工会委员会\n2027年2月22日"


def test_mojibake_with_a_katakana_is_one_garble_not_a_script_finding(lawbook):
    # 工会 saved as UTF-8 and read as GBK gives a run with a kana in it
    broken = "工会".encode().decode("gbk")
    assert any("\u30a0" <= ch <= "\u30ff" for ch in broken)
    text = planted((GROUPS_ITEM, f"2. 每月召开一次{broken}小组长会议，组建羽毛球、瑜伽兴趣小组。"))
    assert found(lawbook, text, "garble") == [broken]
    assert found(lawbook, text, "script") == []


def test_an_everyday_word_typed_with_a_look_alike_character_is_a_garble(lawbook):
    slip = planted((CONGRESS_ITEM, "2. 会前征集提案，期未考试后跟踪办理，推进校务公开。"))
    assert found(lawbook, slip, "garble") == ["期未考试"]
    # the same characters across two words are no slip: 任期|未满, 各自|已有
    fine = planted((CONGRESS_ITEM, "2. 会前征集提案，委员任期未满不得调整，各自已有的提案跟踪办理。"))
    assert found(lawbook, fine, "garble") == []


def test_a_part_under_a_looser_bound_than_its_whole_cannot_count_fewer(lawbook):
    looser = "1. 坚持“五必访”，从教30年以上的老教师21人（其中教龄20年以上的9人），教师节每人送一份纪念品。"
    spans = found(lawbook, planted((WELFARE_ITEM, looser)), "impossible_figure")
    assert len(spans) == 1 and "20年以上的9人" in spans[0], spans
    stricter = looser.replace("教龄20年以上", "教龄35年以上")
    assert found(lawbook, planted((WELFARE_ITEM, stricter)), "impossible_figure") == []


def test_an_average_age_below_the_youngest_names_both_figures(lawbook):
    ages = "1. 端午节前走访慰问25名退休教职工，他们平均年龄57岁，年龄最小的60岁。"
    spans = found(lawbook, planted(("1. 端午节前走访慰问25名退休教职工。", ages)), "impossible_figure")
    assert len(spans) == 1 and "平均年龄57岁" in spans[0] and "60岁" in spans[0], spans


def test_a_preschool_class_is_another_kinds_word_in_a_junior_secondary_school(lawbook):
    text = planted((GROUPS_ITEM, "2. 关心学前班新调入的老师，组建羽毛球、瑜伽兴趣小组。"))
    assert found(lawbook, text, "school_type_vocab") == ["学前班"]
    assert "学前班" not in found(lawbook, text, "school_type_vocab", school_type="小学")


def test_a_congress_without_a_call_for_proposals_breaks_the_rule(lawbook):
    dropped = "2. 今年会议议题由行政会定好直接表决，不再征集提案，推进校务公开。"
    assert found(lawbook, planted((CONGRESS_ITEM, dropped)), "rule") == ["不再征集提案"]
    assert found(lawbook, planted((CONGRESS_ITEM, "2. 会前认真征集提案，推进校务公开。")), "rule") == []


def test_a_clauses_tail_pasted_again_as_the_next_clause_is_doubled(lawbook):
    pasted = "1. 坚持“五必访”，教职工生病住院及时探望，做实关爱工程，关爱工程。"
    assert found(lawbook, planted((WELFARE_ITEM, pasted)), "doubled_phrase") == ["关爱工程，关爱工程"]


def test_a_request_to_every_schools_union_chair_is_a_pasted_notice(lawbook):
    request = "2. 组建羽毛球、瑜伽兴趣小组。请各校工会主席于周五前在群里报名。"
    assert found(lawbook, planted((GROUPS_ITEM, request)), "pasted_notice") == ["请各校工会"]
    own = "2. 组建羽毛球、瑜伽兴趣小组，请各年级组长于周五前报名。"
    assert found(lawbook, planted((GROUPS_ITEM, own)), "pasted_notice") == []


def test_a_dotted_item_skipped_where_the_item_opens_with_saving_time(lawbook):
    dotted = "3.1 3月召开教代会，审议学校工作报告。\n3.2 会前征集提案。\n3.4 为节约时间，会后集中反馈办理情况。\n3.5 推进校务公开。"
    text = planted((REPORT_ITEM + "\n" + CONGRESS_ITEM, dotted))
    assert found(lawbook, text, "numbering") == ["3.4"]


def test_the_unions_own_congress_said_with_its_verb_is_current(lawbook):
    held = "1. 组织工会委员学习全总开十八大时定下的任务和2021年修正的《工会法》。"
    assert found(lawbook, planted((STUDY_ITEM, held)), "outdated") == []
    party = "1. 组织工会委员学习党的十八大精神和2021年修正的《工会法》。"
    assert found(lawbook, planted((STUDY_ITEM, party)), "outdated") == ["党的十八大精神"]


def test_the_years_accounts_reviewed_in_a_semester_plan_are_in_period(lawbook):
    accounts = "2. 学期末由经审委员会把全年收支核对一遍，向会员公开。"
    text = planted(("2. 经费收支接受工会经费审查委员会审查，学期末向会员公开。", accounts))
    assert found(lawbook, text, "out_of_period") == []


def test_a_signature_with_the_seals_mark_or_a_lunar_date_is_a_signature(review):
    def missing(signature: str) -> list[str]:
        return [f.text for f in review(planted((SIGNATURE, signature))) if f.kind == "missing_section"
                and f.location.heading == "落款"]

    assert missing("雁塔区晨光初级中学工会委员会印\n2027-02-22") == []
    assert missing("雁塔区晨光初级中学工会委员会\n丁未年正月十六（公历二月二十二）") == []
    assert missing("") != []
