"""What a reviewer catches that the checker missed on development round 100 (fifty-third session), and what it flagged
wrongly there. A count whose divisions in brackets add up to more than it is impossible; the share-out of pay said in
everyday words and settled by the school's own meeting breaks the congress rule; a kindergarten's year groups named
side by side in a school's plan were copied; 全面建设小康社会 is two formulations behind; a 落款 dated after the place
where it was signed is a 落款, so the part above it is seen to be empty. Not flagged: the unions' own congress pointed
at with 那次, a festival named by its lunar month (八月节), and 小先生.
Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import PLAN, REPORT_ITEM, SPORTS_ITEM, STUDY_ITEM, WELFARE_ITEM, found, planted


def test_divisions_adding_up_to_more_than_the_count_are_impossible(lawbook):
    text = planted((REPORT_ITEM, "1. 我校在校生212人（小学部96人、初中部131人），教职工92人，3月召开教代会。"))
    assert found(lawbook, text, "impossible_figure") == ["212人（小学部96人、初中部131人）"]
    fits = planted((REPORT_ITEM, "1. 我校在校生212人（小学部96人、初中部116人），教职工92人，3月召开教代会。"))
    assert found(lawbook, fits, "impossible_figure") == []
    # groups that may overlap (党员, 骨干) are not divisions of the count
    overlap = planted((REPORT_ITEM, "1. 我校教职工92人（女教职工60人、党员41人），3月召开教代会。"))
    assert found(lawbook, overlap, "impossible_figure") == []


def test_pay_shared_out_by_the_schools_own_meeting_breaks_the_congress_rule(lawbook):
    text = planted((REPORT_ITEM, "1. 年终奖怎么分，行政会拍板就发，结果在群里公布。"))
    assert found(lawbook, text, "rule") == ["行政会拍板就发"]
    passed = planted((REPORT_ITEM, "1. 年终奖怎么分，先由行政会拟定方案，交教代会表决通过再执行。"))
    assert found(lawbook, passed, "rule") == []


def test_a_kindergartens_year_groups_in_a_schools_plan_were_copied(lawbook):
    text = planted((WELFARE_ITEM, "1. 多关心中班和大班的老师，午休看护算工作量。"))
    assert found(lawbook, text, "school_type_vocab") == ["中班和大班"]
    kindergarten = found(lawbook, text, "school_type_vocab", school_type="幼儿园", school="雁塔区晨光幼儿园")
    assert "中班和大班" not in kindergarten, kindergarten  # (the rest of the plan is a school's and is flagged)
    small_classes = planted((WELFARE_ITEM, "1. 推进小班化教学，工会关心任课教师的工作量。"))
    assert found(lawbook, small_classes, "school_type_vocab") == []


def test_the_goal_of_the_sixteenth_congress_is_outdated_but_its_time_is_history(lawbook):
    text = planted((STUDY_ITEM, "1. 号召教职工立足本职，为全面建设小康社会贡献力量。"))
    assert found(lawbook, text, "outdated") == ["全面建设小康社会"]
    history = planted((STUDY_ITEM, "1. 回顾学校在全面建设小康社会时期的发展历程，开展校史教育。"))
    assert found(lawbook, history, "outdated") == []


def test_the_unions_own_congress_pointed_at_with_na_ci_is_current(lawbook):
    text = planted((STUDY_ITEM, "1. 带工会委员领会全总那次十八大部署的任务。"))
    assert found(lawbook, text, "outdated") == []


def test_a_festival_named_by_its_lunar_month_is_not_that_calendar_month(lawbook):
    text = planted((SPORTS_ITEM, "1. 八月节前每人一盒月饼，工会小组长送到各办公室。"))
    assert "八月" not in found(lawbook, text, "out_of_period", period="第一学期")
    month = planted((SPORTS_ITEM, "1. 八月安排教职工疗休养。"))
    assert found(lawbook, month, "out_of_period", period="第一学期") != []


def test_little_teachers_are_no_garble(review):
    text = planted((WELFARE_ITEM, "1. 推行“小先生”互助，老教师跟着青年教师学用电子白板。"))
    assert [f.text for f in review(text) if f.kind == "garble"] == []


def test_a_signoff_dated_after_its_place_is_a_signoff_and_the_part_above_is_empty(review):
    body = PLAN[PLAN.index("在学校党总支领导下") : PLAN.index("雁塔区晨光初级中学工会委员会")]
    text = planted((body, ""), ("2027年2月22日", "雁塔区·27年2月22号"))
    kinds = {(f.kind, f.text) for f in review(text) if f.kind in ("missing_section", "empty_section")}
    assert kinds == {("empty_section", "五、保障措施")}, kinds
