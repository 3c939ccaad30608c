"""What a reviewer catches that the checker missed on development round 84 (forty-fifth session), and what it flagged
wrongly there. Flagged: a day typed as a question mark; the closing of a request sent up (如无不妥，请批转…); a western
festival of autumn in a spring plan; a superseded edition of the teachers' misconduct rules; a committee changed every
year; an allowance stopped in pregnancy, said verb first; points counted 其一/其二/其四; a character packing a word
(圕); a moving festival with last year's day in brackets; a union written back from English as 贸易联盟. Not flagged:
a title over two lines that names the union and the year in the union's words; a 落款 whose signer carries a note in
brackets and whose date is written in Chinese numerals with dots; a question answered by a month (几月开？月底); a verb
with its aspect particle beside a set phrase (围着中心转); an A-not-A question beside an idiom (热水通不通); what there
is said with 有 beside an idiom (心里有话); 文娱体育活动; a committee elected in a past season. Every sentence is
written for this test."""

from __future__ import annotations

from tests.check.conftest import (
    CONGRESS_ITEM,
    GROUPS_ITEM,
    STUDY_ITEM,
    TITLE,
    WELFARE_ITEM,
    WOMEN_ITEM,
    found,
    planted,
)

SIGNATURE = "雁塔区晨光初级中学工会委员会\n2027年2月22日"


def test_a_day_typed_as_a_question_mark_is_a_placeholder_and_a_question_is_not(lawbook):
    unknown = planted((GROUPS_ITEM, "2. 组建羽毛球兴趣小组，参加区里的联赛（5月?日开赛）。"))
    assert found(lawbook, unknown, "placeholder") == ["5月?日"]
    asked = planted((GROUPS_ITEM, "2. 兴趣小组几月开练？月中旬开练。"))
    assert found(lawbook, asked, "placeholder") == []


def test_the_closing_of_a_request_sent_up_is_a_pasted_document(lawbook):
    text = planted((GROUPS_ITEM, "2. 组建羽毛球兴趣小组。妥否，请批示。"))
    assert found(lawbook, text, "pasted_notice") != []
    own = planted((GROUPS_ITEM, "2. 组建羽毛球兴趣小组，学期末向教代会报告开展情况。"))
    assert found(lawbook, own, "pasted_notice") == []


def test_an_autumn_western_festival_is_outside_a_spring_plan(lawbook):
    text = planted((WOMEN_ITEM, "2. 感恩节那周请女教职工给家里写一封信。"))
    assert found(lawbook, text, "out_of_period") == ["感恩节"]
    assert "感恩节" not in found(lawbook, text, "out_of_period", period="第一学期")


def test_the_2014_edition_of_the_misconduct_rules_is_superseded(lawbook):
    old = planted((STUDY_ITEM, "1. 组织工会委员对照《中小学教师违反职业道德行为处理办法》（2014年版）开展自查。"))
    spans = found(lawbook, old, "outdated")
    assert len(spans) == 1 and "2014年版" in spans[0], spans
    current = planted((STUDY_ITEM, "1. 组织工会委员学习《中小学教师违反职业道德行为处理办法（2018年修订）》。"))
    assert found(lawbook, current, "outdated") == []


def test_a_committee_changed_every_year_breaks_the_term_the_law_sets(lawbook):
    text = planted((STUDY_ITEM, "1. 工会委员会每年换届，让更多年轻教师进班子。"))
    assert found(lawbook, text, "rule") == ["每年换届"]
    lawful = planted((STUDY_ITEM, "1. 工会委员会任期五年，任期届满按期换届。"))
    assert found(lawbook, lawful, "rule") == []


def test_an_allowance_stopped_in_pregnancy_said_verb_first_breaks_the_rule(lawbook):
    cut = planted((WOMEN_ITEM, "2. 调离毕业班岗位的怀孕教师，孕期停发毕业班津贴。"))
    spans = found(lawbook, cut, "rule")
    assert len(spans) == 1 and "停发毕业班津贴" in spans[0], spans
    kept = planted((WOMEN_ITEM, "2. 调离毕业班岗位的怀孕教师，孕期不得停发原有津贴。"))
    assert found(lawbook, kept, "rule") == []


def test_points_counted_qi_yi_qi_er_then_qi_si_skip_one(lawbook):
    points = WELFARE_ITEM + "\n\n其一，每月走访一户困难教职工。\n\n其二，生病住院及时探望。\n\n其四，春节前集中慰问。"
    assert found(lawbook, planted((WELFARE_ITEM, points)), "numbering") == ["其四"]
    in_order = points.replace("其四", "其三")
    assert found(lawbook, planted((WELFARE_ITEM, in_order)), "numbering") == []


def test_a_character_packing_a_word_is_a_script_finding(lawbook):
    text = planted((GROUPS_ITEM, "2. 读书小组每月借学校圕的阅览室活动一次。"))
    assert found(lawbook, text, "script") == ["圕"]


def test_a_moving_festival_with_last_years_day_is_outside_the_period(lawbook):
    # a 2027 school-year plan (September 2027 – August 2028): 端午 falls on 28 May 2028; 9 June was 2027's
    stale = planted((GROUPS_ITEM, "2. 端午节（6月9日）组织包粽子比赛。"))
    assert found(lawbook, stale, "out_of_period", period="学年") == ["端午节（6月9日）"]
    right = planted((GROUPS_ITEM, "2. 端午节（5月28日）组织包粽子比赛。"))
    assert found(lawbook, right, "out_of_period", period="学年") == []


def test_a_union_written_back_from_english_is_a_garble(lawbook):
    text = planted((GROUPS_ITEM, "2. 各贸易联盟小组每月开展一次活动。"))
    assert found(lawbook, text, "garble") == ["贸易联盟小组"]


def test_a_title_over_two_lines_in_the_unions_own_words_is_a_title(review):
    def missing_title(title: str) -> bool:
        return any(f.kind == "missing_section" and f.location.heading == "标题"
                   for f in review(planted((TITLE, title))))

    assert not missing_title("雁塔区晨光初级中学\n工会·学期打算（2027年春，讨论稿）")
    assert not missing_title("晨光初中工会\n今年（二〇二七年）春季要办的几件事")
    assert missing_title("")


def test_a_signer_with_a_note_and_a_dotted_chinese_date_is_a_signature(review):
    def missing(signature: str) -> list[str]:
        return [f.text for f in review(planted((SIGNATURE, signature))) if f.kind == "missing_section"
                and f.location.heading == "落款"]

    assert missing("晨光初中工会委员会（雁塔）\n2027-02-22") == []
    assert missing("晨光初中工会委员会〔五届〕\n二〇二七·二·二十二") == []


def test_a_writers_own_wording_beside_set_phrases_is_no_garble(lawbook):
    own = planted((CONGRESS_ITEM, "2. 工会围着中心转，老师们心里有话就来说，宿舍热水通不通随时报修，文娱体育活动一季度两场。"))
    assert found(lawbook, own, "garble") == []


def test_a_committee_elected_in_a_past_season_is_no_event_of_the_period(lawbook):
    told = planted((STUDY_ITEM, "1. 现在这一届工会班子是2025年秋天选出来的，任期五年。"))
    assert found(lawbook, told, "out_of_period") == []
