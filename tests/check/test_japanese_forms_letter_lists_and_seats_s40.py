"""What a reviewer catches that the checker missed on development round 74 (fortieth session): Japanese forms of
characters and Zhuyin glosses; a WeChat or reposting site's lines; a lettered list (A. B. D., 甲、乙、丁、) with a
letter skipped; two coaches too small for everyone and a score above its scale; renamed health bodies and a replaced
curriculum standard; an event's ordinal in 廿 and a yearly batch (第五批) not moved on; a university's colleges and a
vocational school's placement office in a lower secondary school; an amendment's 之一 article and a chapter past a
law's last; a statute's words claimed (写明) and changed; the congress's proposal work handed to the school office and
a statutory benefit paid from union dues; a dated festival outside a year's plan; 幸福感 typed as 幸福惑. And, not
flagged: a list lettered in order, a placement office in a vocational school, the date a plan was discussed, a pasted
notice's publication date, a school's name before 教职工. Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import (
    CONGRESS_ITEM,
    GOAL_ITEM,
    GROUPS_ITEM,
    SPORTS_ITEM,
    STUDY_ITEM,
    WELFARE_ITEM,
    WOMEN_ITEM,
    found,
    planted,
)

CONTEST_ITEM = "1. 4月举办第三届“晨光杯”青年教师基本功比赛。"


def test_japanese_forms_of_characters_and_zhuyin_glosses_are_the_wrong_script(lawbook):
    japanese = "1. 坚持“五必访”，推荐一名労模参加区里表彰，教职工生病住院及时探望。"
    assert found(lawbook, planted((WELFARE_ITEM, japanese)), "script") == ["労"]
    zhuyin = "1. 5月举办教职工趣味运动会，大家都说巴适(ㄅㄚ ㄕˋ)。"
    assert found(lawbook, planted((SPORTS_ITEM, zhuyin)), "script") == ["巴适(ㄅㄚ ㄕˋ)"]


def test_a_reposting_sites_lines_are_a_pasted_notice(lawbook):
    wechat = "1. 5月举办教职工趣味运动会，点击文末“阅读原文”下载报名表。"
    assert found(lawbook, planted((SPORTS_ITEM, wechat)), "pasted_notice")
    farm = "2. 组建羽毛球、瑜伽兴趣小组。本文来源于网络，版权归原作者所有，如有侵权请联系删除。"
    assert found(lawbook, planted((GROUPS_ITEM, farm)), "pasted_notice")


def test_a_lettered_list_with_a_letter_skipped_is_misnumbered(lawbook):
    skipped = "2. 组建三个兴趣小组：\n   A. 羽毛球组\n   B. 瑜伽组\n   D. 书法组"
    assert found(lawbook, planted((GROUPS_ITEM, skipped)), "numbering") == ["D."]
    in_order = "2. 组建三个兴趣小组：\n   A. 羽毛球组\n   B. 瑜伽组\n   C. 书法组"
    assert found(lawbook, planted((GROUPS_ITEM, in_order)), "numbering") == []
    stems = "3. 困难教职工帮扶到位：\n甲、建档\n乙、走访\n丁、回访"
    assert found(lawbook, planted((GOAL_ITEM, stems)), "numbering") == ["丁、"]


def test_coaches_too_small_and_a_score_above_its_scale_are_impossible(lawbook):
    coaches = "1. 5月组织春游，租45座大巴2辆，92名教职工全部乘车前往。"
    assert found(lawbook, planted((SPORTS_ITEM, coaches)), "impossible_figure") == ["45座大巴2辆，92名教职工全部乘车"]
    enough = "1. 5月组织春游，租45座大巴3辆，92名教职工全部乘车前往。"
    assert found(lawbook, planted((SPORTS_ITEM, enough)), "impossible_figure") == []
    score = "1. 4月举办第三届“晨光杯”青年教师基本功比赛，按10分制打分，去年平均得分达到10.4分。"
    assert found(lawbook, planted((CONTEST_ITEM, score)), "impossible_figure") == ["得分达到10.4分"]
    fine = "1. 4月举办第三届“晨光杯”青年教师基本功比赛，满分100分，去年平均得分为86分。"
    assert found(lawbook, planted((CONTEST_ITEM, fine)), "impossible_figure") == []


def test_a_renamed_health_body_and_a_replaced_curriculum_standard_are_outdated(lawbook):
    health = "2. “三八”国际妇女节期间请区卫计局的医生为女教职工开健康讲座。"
    assert found(lawbook, planted((WOMEN_ITEM, health)), "outdated") == ["卫计局"]
    current = "2. “三八”国际妇女节期间请区卫健局的医生为女教职工开健康讲座。"
    assert found(lawbook, planted((WOMEN_ITEM, current)), "outdated") == []
    standard = "1. 组织工会委员学习2021年修正的《工会法》，配合学校落实《义务教育数学课程标准（2011年版）》。"
    assert found(lawbook, planted((STUDY_ITEM, standard)), "outdated") == ["《义务教育数学课程标准（2011年版）》"]


def test_an_ordinal_in_nian_and_a_yearly_batch_not_moved_on_are_stale(review):
    last = planted((CONTEST_ITEM, "1. 4月举办第廿届“晨光杯”青年教师基本功比赛，推荐第四批校级骨干教师。"))
    this = planted((CONTEST_ITEM, "1. 4月举办第廿届“晨光杯”青年教师基本功比赛，推荐第四批校级骨干教师。"))
    stale = [f.text for f in review(this, previous=last) if f.kind == "stale_ordinal"]
    assert any("第廿届" in t for t in stale) and any("第四批" in t for t in stale)
    moved = planted((CONTEST_ITEM, "1. 4月举办第廿一届“晨光杯”青年教师基本功比赛，推荐第五批校级骨干教师。"))
    assert not any(f.kind == "stale_ordinal" and ("廿" in f.text or "批" in f.text) for f in review(moved, previous=last))


def test_a_universitys_colleges_and_a_placement_office_are_not_a_lower_secondary_schools(lawbook):
    colleges = "2. 组建羽毛球、瑜伽兴趣小组，由各二级学院工会分会分头组织。"
    assert found(lawbook, planted((GROUPS_ITEM, colleges)), "school_type_vocab") == ["二级学院工会"]
    office = "2. 组建羽毛球、瑜伽兴趣小组，招生就业处的教职工一并参加。"
    assert found(lawbook, planted((GROUPS_ITEM, office)), "school_type_vocab") == ["招生就业处"]
    assert "招生就业处" not in found(lawbook, planted((GROUPS_ITEM, office)), "school_type_vocab", school_type="中职")


def test_an_amendments_article_and_a_chapter_past_the_last_do_not_exist(lawbook):
    added = "1. 组织工会委员学习2021年修正的《工会法》，重点学习《工会法》第二十一条之一。"
    assert found(lawbook, planted((STUDY_ITEM, added)), "unknown_article") == ["《工会法》第二十一条之一"]
    chapter = "1. 组织工会委员学习2021年修正的《工会法》和《教师法》第十章。"
    assert found(lawbook, planted((STUDY_ITEM, chapter)), "unknown_article") == ["《教师法》第十章"]
    real = "1. 组织工会委员学习2021年修正的《工会法》和《教师法》第六章。"
    assert found(lawbook, planted((STUDY_ITEM, real)), "unknown_article") == []


def test_a_statutes_words_claimed_and_changed_are_a_misquote(lawbook):
    changed = ("1. 4月举办第三届“晨光杯”青年教师基本功比赛。《教师法》第九条写明，学校和其他教育机构应当对教师在教育"
               "教学、科学研究中的创造性工作给以表彰和奖励。")
    assert found(lawbook, planted((CONTEST_ITEM, changed)), "misquote")
    kept = ("1. 4月举办第三届“晨光杯”青年教师基本功比赛。《教师法》第九条写明，学校和其他教育机构应当对教师在教育"
            "教学、科学研究中的创造性工作给以鼓励和帮助。")
    assert found(lawbook, planted((CONTEST_ITEM, kept)), "misquote") == []


def test_proposal_work_given_to_the_office_and_a_benefit_paid_from_dues_break_the_rules(lawbook):
    office = "2. 会前征集提案，提案督办等日常工作交给学校办公室负责。"
    assert found(lawbook, planted((CONGRESS_ITEM, office)), "rule")
    dues = "1. 坚持“五必访”，合同制保育员产假期间的生育津贴由工会从会费中统筹发放。"
    assert found(lawbook, planted((WELFARE_ITEM, dues)), "rule")
    helped = "1. 坚持“五必访”，协助合同制教职工申领生育津贴，生病住院及时探望。"
    assert found(lawbook, planted((WELFARE_ITEM, helped)), "rule") == []


def test_a_dated_festival_outside_a_years_plan_is_out_of_period(lawbook):
    year = {"period": "学年"}  # September 2027 – August 2028
    outside = "1. 端午节（2027.6.9）前走访慰问25名退休教职工。"
    assert found(lawbook, planted(("1. 端午节前走访慰问25名退休教职工。", outside)), "out_of_period", **year) == ["2027.6.9"]
    inside = "1. 端午节（2028.5.28）前走访慰问25名退休教职工。"
    assert found(lawbook, planted(("1. 端午节前走访慰问25名退休教职工。", inside)), "out_of_period", **year) == []


def test_the_day_a_plan_was_discussed_and_a_notices_publication_date_are_no_events(lawbook):
    autumn = {"period": "第一学期"}
    preamble = "## 一、指导思想\n\n8月30日经校工会委员会讨论通过。\n\n本学期"
    text = planted(("## 一、指导思想\n\n本学期", preamble))
    assert not any("8月30日" in t for t in found(lawbook, text, "out_of_period", **autumn))
    assert any("8月30日" in t for t in found(lawbook, text.replace("经校工会委员会讨论通过", "组织教职工体检"), "out_of_period",
                                                 **autumn))
    byline = "2. 组建羽毛球、瑜伽兴趣小组。\n来源：雁塔区教育工会　发布时间：2027-08-26　阅读：120"
    assert not any("2027-08-26" in t for t in found(lawbook, planted((GROUPS_ITEM, byline)), "out_of_period", **autumn))


def test_a_look_alike_for_gan_is_a_garble_but_a_schools_name_before_its_staff_is_not(lawbook):
    slip = "3. 困难教职工帮扶到位，教职工的获得感、幸福惑稳步提升。"
    assert found(lawbook, planted((GOAL_ITEM, slip)), "garble") == ["幸福惑"]
    name = "1. 5月举办侨声教职工趣味运动会。"
    assert found(lawbook, planted((SPORTS_ITEM, name)), "garble") == []
