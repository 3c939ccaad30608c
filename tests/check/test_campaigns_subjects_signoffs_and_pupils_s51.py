"""What a reviewer catches that the checker missed on development round 96 (fifty-first session), and what it flagged
wrongly there. An old campaign named loosely (its name alone, or words between its parts) is out of date; 积极分子
spun into 踊跃分子 is a garble, while a subject's teacher (生物老师) and a meal cooked apart (小灶) are real words; a 落款
dated with the year's last two digits and 元月, or with the year after a weekday, is a 落款; a title on the second
line under a line that says who the draft is for is a title; a committee meeting the preamble says was held before
the period is no event of it; a list of months does not stand for a missing 保障措施; boarders counted above the
whole school are impossible; an upper union's sign-up lines are a pasted notice; a women's member set up where the
committee is waived breaks the rule for a union with many women.
Every sentence is written for this test."""

from __future__ import annotations

from assistant.check.outline import Outline
from assistant.check.signoff import dated
from assistant.domain.structure import load_structure
from tests.check.conftest import PLAN, STUDY_ITEM, TITLE, WELFARE_ITEM, found, planted

SIGNATURE = "雁塔区晨光初级中学工会委员会\n2027年2月22日"
SAFEGUARDS = "## 五、保障措施\n\n在学校党总支领导下，工会委员会统筹安排，委员分工负责，每项活动有计划、有总结。\n\n"


def test_old_campaigns_named_loosely_are_out_of_date(lawbook):
    text = planted((STUDY_ITEM, "1. 委员们拿“三严三实”对照检查，群众路线的教育实践活动也接着抓。"))
    assert found(lawbook, text, "outdated") == ["“三严三实”", "群众路线的教育实践活动"]


def test_a_spun_set_term_is_a_garble_and_real_words_are_not(review):
    text = planted((WELFARE_ITEM, "1. 发挥工会踊跃分子作用，教职工生病住院及时探望。"))
    assert [f.text for f in review(text) if f.kind == "garble"] == ["踊跃分子"]
    real = planted((WELFARE_ITEM, "1. 生物老师带队采集标本时，工会小灶为加班的同事留好热饭。"))
    assert [f.text for f in review(real) if f.kind == "garble"] == []


def test_signatures_in_spoken_dates_are_signatures(lawbook):
    for date in ("27年元月28号", "2月22号（星期一），2027"):
        assert dated(date), date
        text = planted((SIGNATURE, f"雁塔区晨光初级中学工会委员会\n{date}"))
        assert "" not in found(lawbook, text, "missing_section"), date  # neither 落款（缺） nor 标题（缺）


def test_a_title_below_a_line_naming_its_readers_is_a_title(lawbook):
    text = planted((TITLE, "晨光初中工会委员碰头会用\n这一年咱工会准备干的几件事·二七年（讨论稿）"))
    assert "这一年咱工会准备干的几件事" in Outline(text, load_structure()).title_text
    assert "" not in found(lawbook, text, "missing_section")


def test_a_meeting_held_before_the_period_is_no_event_of_it(lawbook):
    held = planted((TITLE, TITLE + "\n\n说明：委员们一月底碰过两次头，开学前印发各组。"))
    assert found(lawbook, held, "out_of_period") == []
    planned = planted((TITLE, TITLE + "\n\n说明：一月底召开委员会，开学前印发各组。"))
    assert found(lawbook, planned, "out_of_period") == ["一月底"]


def test_a_list_of_months_does_not_stand_for_the_safeguards(review):
    table = PLAN[PLAN.index("## 四、月度工作安排") : PLAN.index(SAFEGUARDS)]
    months = ("## 四、一个月一个月排\n\n二月 开学慰问，经费预算\n三月 召开教代会\n四月 青年教师赛课，检查宿舍\n"
              "五月 教工运动会\n六月 端午看望退休教师\n七月 学期总结，经费查账\n\n")
    text = planted((table, months), (SAFEGUARDS, ""))
    messages = [f.message for f in review(text) if f.kind == "missing_section"]
    assert messages == ["缺少“保障措施”部分"], messages


def test_boarders_above_the_whole_school_are_impossible(lawbook):
    text = planted((WELFARE_ITEM, "1. 全校学生520人，住校生560人，工会关心值夜班的生活老师。"))
    assert found(lawbook, text, "impossible_figure") == ["住校生560人"]
    fine = planted((WELFARE_ITEM, "1. 全校学生520人，住校生260人，工会关心值夜班的生活老师。"))
    assert found(lawbook, fine, "impossible_figure") == []


def test_an_upper_unions_sign_up_lines_are_a_pasted_notice(lawbook):
    text = planted((WELFARE_ITEM, "1. 报名联络：区教工委办公室，截止后不予补报。"))
    assert found(lawbook, text, "pasted_notice")


def test_a_womens_member_where_the_committee_is_waived_breaks_the_rule(lawbook):
    text = planted(("1. 我校现有女教职工60人，发挥工会女职工委员会作用。",
                    "1. 我校现有女教职工60人，委员里选配一名女工委员分管，女职工委员会暂不张罗。"),
                   ("工会主席、女职工委员会", "工会主席"))
    assert found(lawbook, text, "rule") == ["女工委员"]
