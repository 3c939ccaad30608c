"""What a reviewer catches that the checker missed on development round 106 (fifty-sixth session), and what it
flagged that a reviewer would not. Flagged: men and women teachers said the spoken way (女老师…位、男老师…位) adding up
to more than the staff; the 80-staff rule stated with another figure (不满一百人…照规定开全员大会, 满100人才设教代会); the
union's funds at another share of the 工资总数; a month set before the clause that schedules something (…的十月，约上…);
a festival "前后" just past the period (前后 is around the day, not before it); the next school year's events. Not
flagged: a 教代会 inside a statute's quoted words in a small school, five 女工委员 (a committee, not one member set up
in its place), the school's own 全年打算 told to a semester's congress, preparing for the next school year. Also
flagged: an anniversary of the Long March that fell years before the plan, a kindergarten's 保育老师 in a school's
plan.
Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import (
    GROUPS_ITEM,
    REPORT_ITEM,
    SMALL_SCHOOL,
    SPORTS_ITEM,
    STUDY_ITEM,
    WELFARE_ITEM,
    WOMEN_ITEM,
    found,
    planted,
)


def test_spoken_men_and_women_teachers_cannot_outnumber_the_staff(lawbook):
    text = planted((WOMEN_ITEM, "2. 全校92个教职工里头，女老师61位、男老师35位，女工活动分两批开展。"))
    assert found(lawbook, text, "impossible_figure") == ["女老师61位、男老师35位"]
    right = planted((WOMEN_ITEM, "2. 全校92个教职工里头，女老师60位、男老师32位，女工活动分两批开展。"))
    assert found(lawbook, right, "impossible_figure") == []


def test_a_congress_in_a_statutes_quoted_words_is_not_the_schools_own(lawbook):
    small = planted(*SMALL_SCHOOL)
    quoted = planted((STUDY_ITEM, "1. 《教师法》第七条说“教师享有……对学校教育教学、管理工作和教育行政部门的工作提出意见和建议，"
                                  "通过教代会或者其他形式，参与学校的民主管理”，工会组织大家逐条学习。"), text=small)
    assert [t for t in found(lawbook, quoted, "rule", staff=62) if "教代会" in t] == []
    own = planted((STUDY_ITEM, "1. 工会组织大家学习《教师法》，下半年召开教代会审议考勤办法。"), text=small)
    assert "教代会" in found(lawbook, own, "rule", staff=62)


# The test plan without its 女职工委员会 (60 women: the union should have one).
NO_COMMITTEE = (("发挥工会女职工委员会作用", "做好女教职工工作"), ("| 工会主席、女职工委员会 |", "| 工会主席 |"))


def test_five_womens_members_are_a_committee_one_set_up_is_not(lawbook):
    five = planted(*NO_COMMITTEE, (WOMEN_ITEM, "2. 女工委员5人，由副主席牵头，每月碰头一次。"))
    assert found(lawbook, five, "rule") == []
    one = planted(*NO_COMMITTEE, (WOMEN_ITEM, "2. 女工委员1人，平时跟女同事们保持联络。"))
    assert [t for t in found(lawbook, one, "rule") if "女工委员" in t] == ["女工委员"]


def test_the_eighty_staff_rule_stated_with_another_figure(lawbook):
    small = planted(*SMALL_SCHOOL)
    hundred = planted((REPORT_ITEM.replace("92", "62").replace("第五届教职工代表大会第二次会议", "教职工大会"),
                       "1. 我校教职工不满百人，照规定开全员大会，3月审议学校工作报告。"), text=small)
    assert any("不满百人" in t for t in found(lawbook, hundred, "rule", staff=62))
    digits = planted((REPORT_ITEM, "1. 学校教职工满100人才能召开教代会，我校现有92人，3月审议学校工作报告。"))
    assert any("100人" in t for t in found(lawbook, digits, "rule"))
    # the school's own headcount, said without the rule, is no rule stated; nor is the right figure
    plain = planted((REPORT_ITEM.replace("92", "62").replace("第五届教职工代表大会第二次会议", "教职工大会"),
                     "1. 我校教职工不满百人，3月召开全员大会，审议学校工作报告。"), text=small)
    assert found(lawbook, plain, "rule", staff=62) == []
    eighty = planted((REPORT_ITEM.replace("92", "62").replace("第五届教职工代表大会第二次会议", "教职工大会"),
                      "1. 我校教职工不足80人，按规定开全员大会，3月审议学校工作报告。"), text=small)
    assert found(lawbook, eighty, "rule", staff=62) == []


def test_the_funds_at_another_share_of_the_pay_total(lawbook):
    text = planted((GROUPS_ITEM, "2. 工会经费每月按全校工资总数百分之一拨付，专款专用。"))
    assert len(found(lawbook, text, "rule")) == 1
    right = planted((GROUPS_ITEM, "2. 工会经费每月按全校工资总数百分之二拨付，专款专用。"))
    assert found(lawbook, right, "rule") == []


def test_a_month_set_before_the_clause_that_schedules_something(lawbook):
    # the test plan covers February–July
    text = planted((SPORTS_ITEM, "1. 枫叶红透的十一月，约上年轻教师去城郊登高。"))
    assert found(lawbook, text, "out_of_period") == ["十一月"]
    inside = planted((SPORTS_ITEM, "1. 油菜花开的四月，约上年轻教师去城郊踏青。"))
    assert found(lawbook, inside, "out_of_period") == []
    # a month only described, with nothing set in it, is not scheduled
    said = planted((SPORTS_ITEM, "1. 去年的十一月，我们的登山队拿了全区第二名。"))
    assert found(lawbook, said, "out_of_period") == []


def test_a_festival_around_a_day_past_the_period(lawbook):
    # a first semester ends in January; 元宵 of the next year falls in February (the rest of the test plan is a
    # second semester's: only the festival is looked at)
    text = planted((WELFARE_ITEM, "1. 明年元宵节前后，接退休教师回校猜灯谜、吃汤圆。"))
    assert any("元宵节" in t for t in found(lawbook, text, "out_of_period", period="第一学期"))
    before = planted((WELFARE_ITEM, "1. 明年元宵节前，主席带两名委员去看退休教师。"))
    assert not any("元宵节" in t for t in found(lawbook, before, "out_of_period", period="第一学期"))


def test_the_next_school_year_is_after_any_plan(lawbook):
    text = planted((SPORTS_ITEM, "1. 下一学年新教师到岗以后，组织一次全体教职工拔河赛。"))
    assert found(lawbook, text, "out_of_period", period="学年") == ["下一学年"]
    readying = planted((SPORTS_ITEM, "1. 7月为下一学年新教师入会做好准备。"))
    assert found(lawbook, readying, "out_of_period") == []
    plans_for = planted((SPORTS_ITEM, "1. 学期末与学校商量下一学年的体育活动安排。"))
    assert found(lawbook, plans_for, "out_of_period") == []
    heard = planted((SPORTS_ITEM, "1. 7月开座谈会，听取大家对下学年工会活动的意见。"))
    assert found(lawbook, heard, "out_of_period") == []


def test_the_heads_year_ahead_told_to_the_congress_is_not_the_plans_period(lawbook):
    text = planted((REPORT_ITEM, "1. 我校现有教职工92人，3月召开教代会，请校长在会上说说全年打算，再审议考勤办法。"))
    assert found(lawbook, text, "out_of_period") == []


def test_an_old_long_march_anniversary_and_a_kindergarten_post(lawbook):
    text = planted((STUDY_ITEM, "1. 结合纪念红军长征胜利80周年，组织工会委员重走一段红色线路。"))
    assert found(lawbook, text, "outdated") == ["红军长征胜利80周年"]
    due = planted((STUDY_ITEM, "1. 结合纪念红军长征胜利91周年，组织工会委员重走一段红色线路。"))
    assert found(lawbook, due, "outdated") == []
    post = planted((WELFARE_ITEM, "1. 请各年级的保育老师协助做好住校生夜间照看。"))
    assert found(lawbook, post, "school_type_vocab") == ["保育老师"]
    assert "保育老师" not in found(lawbook, post, "school_type_vocab", school_type="幼儿园")
