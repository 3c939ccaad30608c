"""What a reviewer catches that the checker missed on development round 94 (fiftieth session), and what it flagged
wrongly there. An old edition of the union law named in brackets with its year in characters is out of date; a
statute's sentence recited after 写着： or 讲： with one word changed is a misquote, recited right it is not; a word
processor's prompt left in a table cell is a blank; 困难 spun into 艰巨 is a garble; an examination named with a year
before the plan's period is out of it (and preparing for a later one is not); a 落款 dated 元月…日（2027年） or
labelled 盖章日期：27.9.6 is a 落款; a month list's 二、三月： lines are no part numbers; a part on staff in difficulty
does not stand for the missing retirees' part, nor a sub-area that names months for the missing month table.
Every sentence is written for this test."""

from __future__ import annotations

from assistant.check.signoff import dated
from tests.check.conftest import CONGRESS_ITEM, STUDY_ITEM, WELFARE_ITEM, found, planted

SIGNATURE = "雁塔区晨光初级中学工会委员会\n2027年2月22日"
RETIREES = "### （八）退休教职工工作\n\n1. 端午节前走访慰问25名退休教职工。\n\n"


def test_an_old_edition_named_in_brackets_with_its_year_in_characters_is_out_of_date(lawbook):
    text = planted((STUDY_ITEM, "1. 组织工会委员对照《工会法》（二〇〇一年修正本）学习会员权利。"))
    assert found(lawbook, text, "outdated") == ["《工会法》（二〇〇一年修正本）"]


def test_a_recited_article_with_a_word_changed_is_a_misquote(lawbook):
    told = "2. 《工会法》第二条讲：工会是中国共产党领导的职工自愿结合的工人阶级群众组织。"
    wrong = planted((CONGRESS_ITEM, told.replace("自愿结合", "自发结合")))
    assert found(lawbook, wrong, "misquote") == ["工会是中国共产党领导的职工自发结合的工人阶级群众组织"]
    assert found(lawbook, planted((CONGRESS_ITEM, told)), "misquote") == []
    written = planted((CONGRESS_ITEM, "2. 《工会法》第六条写着：维护职工合法权益、竭诚服务职工群众是工会的根本职责。"))
    assert found(lawbook, written, "misquote") == ["维护职工合法权益、竭诚服务职工群众是工会的根本职责"]


def test_a_word_processors_prompt_left_in_a_cell_is_a_blank(lawbook):
    text = planted(("| 4月 | 青年教师基本功比赛 | 工会委员会 |", "| 4月 | 青年教师基本功比赛 | 单击以输入活动地点 |"))
    assert found(lawbook, text, "placeholder") == ["单击以输入活动地点"]


def test_difficulty_spun_into_a_heavy_task_is_a_garble(lawbook):
    text = planted((WELFARE_ITEM, "1. 坚持“五必访”，为艰巨职工一户一档建好帮扶记录。"))
    assert found(lawbook, text, "garble") == ["艰巨职工"]


def test_an_examination_of_a_year_before_the_period_is_outside_it(lawbook):
    year_plan = {"period": "学年", "year": 2027}
    past = planted((WELFARE_ITEM, "1. 2027年中考期间，给监考的九年级老师送去防暑饮品。"))
    assert found(lawbook, past, "out_of_period", **year_plan) == ["2027年中考"]
    ahead = planted((WELFARE_ITEM, "1. 关心2028年中考备考的九年级老师，期末前组织一次减压沙龙。"))
    assert found(lawbook, ahead, "out_of_period", **year_plan) == []


def test_signatures_dated_month_first_or_in_short_dotted_form_are_signatures(lawbook):
    for date in ("二月二十二日（2027年）", "盖章日期：27.2.22"):
        assert dated(date), date
        text = planted((SIGNATURE, f"雁塔区晨光初级中学工会委员会\n{date}"))
        assert "" not in found(lawbook, text, "missing_section"), date  # no 落款（缺）
    assert not dated("二月二十二日") and not dated("页码：27.2")  # neither a year nor a whole short date


def test_a_month_lists_pairs_of_months_are_no_part_numbers(lawbook):
    table = planted(("| 7月 | 学期工作总结 | 工会委员会 | 工会委员 |\n", ""))
    start = table.index("| 月份 |")
    end = table.index("## 五、保障措施")
    listed = "二、三月：开学慰问；召开教代会\n四、五月：基本功比赛；趣味运动会\n六、七月：中考慰问；学期总结\n\n"
    assert found(lawbook, table[:start] + listed + table[end:], "numbering") == []


def test_a_part_on_staff_in_difficulty_does_not_stand_for_the_retirees(review):
    text = planted(
        ("### （四）维权与送温暖", "### （四）帮大家解难处"),
        (WELFARE_ITEM, "1. 重阳前后走访看望生病的教职工，每月听取一次食堂伙食的意见。"),
        (RETIREES, ""),
        ("；端午慰问退休教职工", ""), ("、退休教职工 |", " |"),
    )
    missing = [f.message for f in review(text) if f.kind == "missing_section"]
    assert len(missing) == 1 and "退休" in missing[0], missing


def test_a_sub_area_naming_months_does_not_stand_for_the_month_table(review):
    text = planted(
        ("### （六）工会自身建设", "### （六）咱工会自家的事"),
        ("2. 做好会员会籍管理，新入职教职工及时入会。", "2. 委员每个月碰头议事一回，各项活动落实到负责的委员。"),
    )
    text = text[: text.index("## 四、月度工作安排")] + text[text.index("## 五、保障措施"):]
    missing = [f.message for f in review(text) if f.kind == "missing_section"]
    assert len(missing) == 1 and "月度工作安排" in missing[0], missing
