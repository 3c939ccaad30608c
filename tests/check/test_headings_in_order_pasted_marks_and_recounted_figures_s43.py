"""What a reviewer catches that the checker missed on development round 80 (forty-third session), and what it
flagged wrongly there. Not flagged: parts of a plan titled in the school's own words that stand where the standard
order puts a section (今年要达到的 between 指导思想 and 主要工作), and a festival the plan moves to the next term.
Flagged: a spreadsheet's #### and a program's %s left for a date or a name; a page number caught inside a word and
HTML entities pasted from a page's source; a compatibility-block character and Cyrillic letters inside a Latin word;
a bracketed note given twice and a line's end repeated at the start of the next; a notice's 紧急程度; a labelled goal
number skipping one; an article cited under a chapter it is not in and a section of a chapter without sections; an
event counted by its years not moved on; a growth rate the two counts do not give and more sessions than a month has
weekdays; extra maternity leave for twins below the national 15 days; the congress's powers handed to the 行政会
between sessions; 计划生育 as a veto; a senior class split into arts and sciences after the 新高考. Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import (
    CONGRESS_ITEM,
    GOAL_ITEM,
    GROUPS_ITEM,
    REPORT_ITEM,
    SPORTS_ITEM,
    STUDY_ITEM,
    WELFARE_ITEM,
    WOMEN_ITEM,
    found,
    planted,
)

GOALS_HEADING = "## 二、工作目标"
MAIN_HEADING = "## 三、主要工作"
ETHICS_HEADING = "### （二）师德与队伍建设"
SELF_HEADING = "### （六）工会自身建设"
FINANCE_HEADING = "### （七）经费管理"
RETIREES = "### （八）退休教职工工作\n\n1. 端午节前走访慰问25名退休教职工。\n"


def _missing(review, text: str) -> list[str]:
    return [f.location.heading for f in review(text) if f.kind == "missing_section"]


ETHICS_ITEMS = "1. 4月举办第三届“晨光杯”青年教师基本功比赛。\n2. 继续开展师徒结对帮教，做好青年教师培养。"
FINANCE_ITEMS = "1. 坚持“收好、管好、用好”工会经费，严格执行预算。\n2. 经费收支接受工会经费审查委员会审查，学期末向会员公开。"


def test_parts_titled_in_the_schools_words_stand_for_the_section_their_place_gives(review):
    own_words = planted(
        (GOALS_HEADING, "## 二、今年要达到的"),
        (MAIN_HEADING, "## 三、这学期重点抓的几件事"),
        # parts whose items use none of the section's usual words: only their place says what they are
        (ETHICS_HEADING, "### （二）带徒弟、练内功"),
        (ETHICS_ITEMS, "1. 新来的四位老师一人跟一位带教师傅，期末交一篇带教手记。\n2. 手语、康复两样手艺一对一签约，互相听课10节。"),
        (SELF_HEADING, "### （六）工会的家底和规矩"),
        (FINANCE_HEADING, "### （七）工会的钱袋子"),
        (FINANCE_ITEMS, "1. 这笔钱单独记账、专款专用。\n2. 学期末把收支晒给全体会员看，请经审委员把关。"),
    )
    assert _missing(review, own_words) == []
    # ... while a section the plan truly lacks is still missing
    assert _missing(review, planted((RETIREES, ""), text=own_words)) == ["退休教职工工作"]


def test_blanks_left_by_a_spreadsheet_and_by_software_are_placeholders(lawbook):
    hashed = "2. “三八”国际妇女节期间组织女教职工健康讲座，时间定在########。"
    assert found(lawbook, planted((WOMEN_ITEM, hashed)), "placeholder") == ["########"]
    slot = "1. 坚持“五必访”，教职工生病住院及时探望，名单由%s报送。"
    assert found(lawbook, planted((WELFARE_ITEM, slot)), "placeholder") == ["%s"]
    # a Markdown heading's hashes are not one
    assert found(lawbook, planted((SPORTS_ITEM, "#### 5月举办教职工趣味运动会")), "placeholder") == []


def test_a_page_number_inside_a_word_and_html_entities_are_garbles(lawbook):
    paged = "1. 坚持“五必访”，建好困难教职工帮扶台— 3 —账。"
    assert found(lawbook, planted((WELFARE_ITEM, paged)), "garble") == ["台— 3 —账"]
    entity = "2. 组建羽毛球、瑜伽兴趣小组，开放&ldquo;教工小家&rdquo;。"
    assert found(lawbook, planted((GROUPS_ITEM, entity)), "garble") == ["&ldquo;教工小家&rdquo;"]


def test_look_alike_code_points_are_the_wrong_script(lawbook):
    compatibility = "1. 端午节前走访慰问25名退休教职工，送上写好的“\ufa1b”字。"
    assert found(lawbook, planted(("1. 端午节前走访慰问25名退休教职工。", compatibility)), "script") == ["\ufa1b"]
    cyrillic = "1. 坚持“五必访”，在大厅配备\u0410\u0415D（自动体外除颤器）。"
    assert found(lawbook, planted((WELFARE_ITEM, cyrillic)), "script") == ["\u0410\u0415D"]
    latin = "1. 坚持“五必访”，在大厅配备AED（自动体外除颤器）。"
    assert found(lawbook, planted((WELFARE_ITEM, latin)), "script") == []


def test_a_note_given_twice_and_a_fold_repeated_are_doubled(lawbook):
    twice = "2. 组建羽毛球、瑜伽兴趣小组，康复训练室（感统室）（感统室）周二开放。"
    assert found(lawbook, planted((GROUPS_ITEM, twice)), "doubled_phrase") == ["（感统室）（感统室）"]
    fold = "1. 5月举办教职工趣味运动会，大家把精气神攒足\n把精气神攒足，迎接中考。"
    assert found(lawbook, planted((SPORTS_ITEM, fold)), "doubled_phrase") == ["把精气神攒足\n把精气神攒足"]


def test_a_notices_urgency_line_is_a_pasted_notice(lawbook):
    assert found(lawbook, planted((SPORTS_ITEM, "紧急程度：特急\n" + SPORTS_ITEM)), "pasted_notice") == ["紧急程度：特急"]


def test_a_labelled_goal_number_that_skips_one_is_misnumbered(lawbook):
    goals = "**目标一**　教代会按期召开。\n\n**目标二**　帮扶到位。\n\n**目标四**　青年教师成长有平台。"
    text = planted(("1. 教代会按期召开，提案办理及时反馈。\n2. 师德师风建设常态化，青年教师成长有平台。\n" + GOAL_ITEM, goals))
    assert found(lawbook, text, "numbering") == ["目标四"]
    in_order = goals.replace("目标四", "目标三")
    assert found(lawbook, planted(("1. 教代会按期召开，提案办理及时反馈。\n2. 师德师风建设常态化，青年教师成长有平台。\n"
                                   + GOAL_ITEM, in_order)), "numbering") == []


def test_an_article_under_the_wrong_chapter_and_a_section_of_a_chapter_without_sections(lawbook):
    wrong = "1. 组织工会委员学习《教师法》第六章第二十一条关于培训的规定。"
    assert found(lawbook, planted((STUDY_ITEM, wrong)), "unknown_article") == ["《教师法》第六章第二十一条"]
    right = "1. 组织工会委员学习《教师法》第四章第二十一条关于培训的规定。"
    assert found(lawbook, planted((STUDY_ITEM, right)), "unknown_article") == []
    section = "1. 组织工会委员学习《工会法》第四章第二节。"
    assert found(lawbook, planted((STUDY_ITEM, section)), "unknown_article") == ["《工会法》第四章第二节"]


def test_an_event_counted_by_its_years_not_moved_on_is_stale(review):
    this_year = planted((SPORTS_ITEM, "1. 5月连续第五年举办“晨光杯”教职工趣味运动会。"))
    last_year = "1. 5月连续第五年举办“晨光杯”教职工趣味运动会。"
    assert [f.text for f in review(this_year, previous=last_year) if f.kind == "stale_ordinal"] == [
        "连续第五年举办“晨光杯”"]
    moved = "1. 5月连续第四年举办“晨光杯”教职工趣味运动会。"
    assert [f for f in review(this_year, previous=moved) if f.kind == "stale_ordinal"] == []


def test_a_growth_rate_and_a_count_of_weekdays_are_recomputed(lawbook):
    grown = "1. 坚持“五必访”，去年参加体检的有24人，今年报名的30人，增长了50%。"
    assert found(lawbook, planted((WELFARE_ITEM, grown)), "impossible_figure") == [
        "去年参加体检的有24人，今年报名的30人，增长了50%"]
    right = "1. 坚持“五必访”，去年参加体检的有24人，今年报名的30人，增长了25%。"
    assert found(lawbook, planted((WELFARE_ITEM, right)), "impossible_figure") == []
    weekdays = "1. 5月份每个星期三放一场电影，5月份一共5场。"  # May 2027 has four Wednesdays
    assert found(lawbook, planted((SPORTS_ITEM, weekdays)), "impossible_figure") == [
        "5月份每个星期三放一场电影，5月份一共5场"]
    june = "1. 6月份每个星期三放一场电影，6月份一共5场。"  # June 2027 has five
    assert found(lawbook, planted((SPORTS_ITEM, june)), "impossible_figure") == []


def test_rules_of_twins_leave_of_the_congress_between_sessions_and_of_the_birth_veto(lawbook):
    twins = "2. “三八”国际妇女节期间宣传：生双胞胎的，产假在98天的基础上再加7天。"
    assert found(lawbook, planted((WOMEN_ITEM, twins)), "rule") == ["双胞胎的，产假在98天的基础上再加7天"]
    national = "2. “三八”国际妇女节期间宣传：生双胞胎的，产假在98天的基础上再加15天。"
    assert found(lawbook, planted((WOMEN_ITEM, national)), "rule") == []
    handed = "2. 闭会期间，职权交给学校行政会代为行使，重大事项不再另行提交代表讨论。"
    assert found(lawbook, planted((CONGRESS_ITEM, handed)), "rule") == [
        "职权交给学校行政会代为行使，重大事项不再另行提交代表讨论"]
    veto = "1. 我校现有教职工92人，评先继续实行计划生育“一票否决”。"
    assert found(lawbook, planted((REPORT_ITEM, veto)), "outdated") == ["计划生育“一票否决”"]
    split = "2. 中考前慰问九年级教师，并请高三文科班、理科班的班主任介绍经验。"
    assert found(lawbook, planted(("2. 中考前慰问九年级教师。", split)), "outdated") == ["高三文科班、理科班"]


def test_a_festival_moved_to_the_next_term_is_not_out_of_period(lawbook):
    moved = "2. 教师节的活动放到下学期统筹，本学期先摸清需求。"
    assert found(lawbook, planted((WOMEN_ITEM, moved)), "out_of_period") == []
    held = "2. 教师节组织女教职工健康讲座。"
    assert found(lawbook, planted((WOMEN_ITEM, held)), "out_of_period") == ["教师节"]
