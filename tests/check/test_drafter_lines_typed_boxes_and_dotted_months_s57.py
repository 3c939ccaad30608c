"""What a reviewer catches that the checker missed on development round 108 (fifty-seventh session), and what it
flagged that a reviewer would not. Not flagged: a 落款 with the drafter's line between the union and the date
(王建平执笔, 拟稿人：…) and its date written with dots; a plan naming its own officer as the one to contact; a term's
past told of the people who did something in the holidays (寒假里进修过的老师). Flagged: boxes typed with the character 口
for a name, an article pointed at with a demonstrative (那个第二十九条) that the statute lacks, the campaign slogan of
2020 said as 打胜…收官之战, a vocational school's 中考 rally, and a table's month written as 2027.8 outside the period.
Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import GROUPS_ITEM, PLAN, SPORTS_ITEM, STUDY_ITEM, WELFARE_ITEM, WOMEN_ITEM, found, planted

SIGNATURE = "雁塔区晨光初级中学工会委员会\n2027年2月22日\n"


def test_a_drafters_line_inside_the_signature_is_still_a_signature(review):
    for block in ("雁塔区晨光初级中学工会委员会\n王建平执笔\n2027.02.22\n",
                  "雁塔区晨光初级中学工会委员会\n拟稿人：王建平\n2027年2月22日\n"):
        text = planted((SIGNATURE, block))
        assert [f.location.label for f in review(text) if f.kind == "missing_section"] == []
    unsigned = planted((SIGNATURE, "王建平执笔\n"))
    assert "落款（缺）" in [f.location.label for f in review(unsigned) if f.kind == "missing_section"]


def test_boxes_typed_as_the_character_kou_are_a_blank(lawbook):
    text = planted((WELFARE_ITEM, "1. 坚持“五必访”，联络人：口口口，教职工生病住院及时探望。"))
    assert found(lawbook, text, "placeholder") == ["口口口"]
    said = planted((WELFARE_ITEM, "1. 坚持“五必访”，好做法在教职工中口口相传。"))
    assert found(lawbook, said, "placeholder") == []


def test_a_plan_may_name_its_own_officer_to_contact_but_not_an_upper_unions_desk(lawbook):
    own = planted((WOMEN_ITEM, "2. 联系人：女工委员李敏（高二年级组），讲座报名找她。"))
    assert found(lawbook, own, "pasted_notice") == []
    upper = planted((WOMEN_ITEM, "2. 联系人：县总工会权益保障部周老师，电话88120456。"))
    assert found(lawbook, upper, "pasted_notice") != []


def test_an_article_pointed_at_with_a_demonstrative_is_checked(lawbook):
    text = planted((WOMEN_ITEM, "2. 有同事提起《女职工劳动保护特别规定》那个第二十九条，工会组织女教职工健康讲座。"))
    assert found(lawbook, text, "unknown_article") == ["《女职工劳动保护特别规定》那个第二十九条"]
    real = planted((WOMEN_ITEM, "2. 有同事提起《女职工劳动保护特别规定》那个第十条，工会组织女教职工健康讲座。"))
    assert found(lawbook, real, "unknown_article") == []


def test_the_2020_slogan_of_the_last_battle_against_poverty_is_outdated(lawbook):
    text = planted((STUDY_ITEM, "1. 组织工会委员学习2021年修正的《工会法》，全力打胜脱贫攻坚收官之战。"))
    assert found(lawbook, text, "outdated") == ["打胜脱贫攻坚"]


def test_a_vocational_school_holds_no_rally_for_the_junior_exam(lawbook):
    text = planted((GROUPS_ITEM, "2. 组建羽毛球、瑜伽兴趣小组；5月配合兄弟学校召开中考动员大会。"))
    assert "中考动员" in found(lawbook, text, "school_type_vocab", school="秦岭职业中学", school_type="中职")
    enrol = planted((GROUPS_ITEM, "2. 组建羽毛球、瑜伽兴趣小组；5月派教师赴初中开展招生宣讲。"))
    assert [t for t in found(lawbook, enrol, "school_type_vocab", school="秦岭职业中学", school_type="中职")
            if "中考" in t or "招生" in t] == []


def test_a_tables_month_written_with_a_dot_is_checked_against_the_period(lawbook):
    later = planted(("| 7月 | 学期工作总结 |", "| 2027.8上旬 | 学期工作总结 |"))
    assert found(lawbook, later, "out_of_period") == ["2027.8"]
    inside = planted(("| 7月 | 学期工作总结 |", "| 2027.7上旬 | 学期工作总结 |"))
    assert found(lawbook, inside, "out_of_period") == []
    day = planted(("| 7月 | 学期工作总结 |", "| 2027.7.10 | 学期工作总结 |"))
    assert found(lawbook, day, "out_of_period") == []


def test_people_who_did_something_in_the_holidays_are_not_a_holiday_event(lawbook):
    autumn = {"period": "第一学期", "year": 2027}  # September to January: the summer holidays lie before it
    past = planted((SPORTS_ITEM, "1. 举办教职工趣味运动会，请暑假里下乡支教过的老师讲讲见闻。"))
    assert "暑假" not in found(lawbook, past, "out_of_period", **autumn)
    planned = planted((SPORTS_ITEM, "1. 举办教职工趣味运动会，暑假组织教职工下乡支教。"))
    assert "暑假" in found(lawbook, planned, "out_of_period", **autumn)
    assert PLAN.count("暑假") == 0
