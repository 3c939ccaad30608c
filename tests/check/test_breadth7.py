"""Families added in the fourteenth session: idioms written with one character of like meaning, the drafter's bracketed
notes to self, orders to any kind of entrant, finished campaigns and replaced laws, parts of a residence or work-status
division of the staff that exceed the whole, and a vocational school's training words in another kind of school —
each with look-alikes a reviewer would not flag. Written for these tests; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from assistant.check.review import check_text
from assistant.domain.profile import Profile
from tests.check.test_kinds import small_lawbook


def _profile(**changes) -> Profile:
    values = {"school": "桐溪县实验学校", "school_type": "初中", "year": 2027, "period": "年度", "staff": 120,
              "female_staff": 70}
    return Profile(**(values | changes))


def _found(text: str, kind: str, **profile) -> list[str]:
    findings = check_text(text, 2027, small_lawbook(), profile=_profile(**profile))
    return [f.text for f in findings if f.kind == kind]


@pytest.mark.parametrize(
    "text, span",
    [
        ("青年教师培养要循序渐行，不能拔苗助长。", "循序渐行"),
        ("教研与工会活动相辅相存，互相促进。", "相辅相存"),
        ("健身打卡贵在持之以久。", "持之以久"),
    ],
)
def test_an_idiom_with_one_character_changed_is_a_garble(text, span):
    assert span in _found(text, "garble")


@pytest.mark.parametrize(
    "text",
    [
        "工会经费不用自己垫付，由财务统一支出。",  # 不用 / 不能: grammar, not a misremembered idiom
        "今年增加甲状腺彩超和骨密度检查。",  # 彩超 is a word of its own
        "开展一次问卷调研，了解教职工需求。",  # a writer's own phrase beside 问卷调查
        "坚持劳逸结合，办好后顾之忧的事。",
        "各小组要齐心合力完成迎检任务。",  # a variant the dictionary lists
        "坚持開展豐富多彩的文體活動。",  # traditional characters: the script check's finding
    ],
)
def test_real_phrases_beside_an_idiom_are_not_garbles(text):
    assert _found(text, "garble") == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("三八节组织女教职工踏青。（此处再补两句活动意义）", "（此处再补两句活动意义）"),
        ("慰问困难教职工（后补）。", "（后补）"),
        ("表彰优秀会员【这段还要改】。", "【这段还要改】"),
    ],
)
def test_a_drafters_note_to_self_is_a_placeholder(text, span):
    assert span in _found(text, "placeholder")


def test_a_parenthesis_that_names_or_explains_is_not_a_placeholder():
    assert _found("召开第六届教职工代表大会（下面简称“教代会”）第二次会议。", "placeholder") == []


@pytest.mark.parametrize(
    "text",
    [
        "4月区里举办教职工诵读比赛，我校选派3人参加。各参评教研组请于赛前上传视频。",
        "6月参加全县教职工拔河赛。各报名单位务必按时到场。",
    ],
)
def test_an_order_to_any_kind_of_entrant_is_a_pasted_notice(text):
    assert _found(text, "pasted_notice")


@pytest.mark.parametrize(
    "text, span",
    [
        ("教育引导教职工树立社会主义荣辱观。", "社会主义荣辱观"),
        ("巩固三讲教育成果，加强作风建设。", "三讲教育"),
        ("组织女教职工学习《婚姻法》等法律知识。", "《婚姻法》"),
        ("依据1995年颁布的《教育法》开展普法。", "1995年颁布的《教育法》"),
        ("助力建设社会主义新农村。", "建设社会主义新农村"),
    ],
)
def test_finished_campaigns_and_replaced_laws_are_outdated(text, span):
    assert span in _found(text, "outdated")


@pytest.mark.parametrize(
    "text",
    [
        "组织教职工学习《民法典》婚姻家庭编和《劳动合同法》。",
        "学习《中华人民共和国教育法》（2021年修正）和《高等教育法》。",
        "培育和践行社会主义核心价值观。",
    ],
)
def test_current_laws_and_slogans_are_not_outdated(text):
    assert _found(text, "outdated") == []


@pytest.mark.parametrize(
    "text",
    [
        "全校90名教职工中，住校教师50人、走读教师45人。",
        "会员共150人，其中在职110人、退休45人。",
        "教职工90人，其中汉族60人、少数民族35人。",
    ],
)
def test_parts_of_a_residence_status_or_ethnicity_division_cannot_exceed_the_whole(text):
    assert _found(text, "impossible_figure", staff=90)


@pytest.mark.parametrize(
    "text",
    [
        "全校90名教职工中，住校教师50人、党员45人。",  # two divisions overlap
        "全校90名教职工中，住校教师50人、走读教师40人。",
    ],
)
def test_parts_that_fit_or_may_overlap_are_not_flagged(text):
    assert _found(text, "impossible_figure", staff=90) == []


def test_a_vocational_training_word_in_a_primary_school_is_another_kinds_vocabulary():
    assert "实训室" in _found("暑假前检查实训室的消防器材。", "school_type_vocab", school_type="小学")


@pytest.mark.parametrize("kind", ["中职", "特殊教育学校"])
def test_the_same_word_in_a_vocational_or_special_school_is_fine(kind):
    assert _found("暑假前检查实训室的消防器材。", "school_type_vocab", school_type=kind) == []


def test_a_specialised_department_is_not_a_vocational_department():
    assert _found("联系专业部门为教职工体检。", "school_type_vocab", school_type="小学") == []


@pytest.mark.parametrize("text", ["让每位教职工干得顺心、过得舒心。", "全体会员对照标准逐项自查。"])
def test_a_noun_before_a_verb_is_not_a_sound_slip_of_the_noun_and_a_preposition(text):
    assert _found(text, "garble") == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("表决奖励性绩效分配方案时，由各教研组长代表全组教师投票。", "代表全组教师投票"),
        ("因故缺席的代表可请同事代为表决。", "代为表决"),
        ("评优方案由各处室主任统一表决后公布。", "主任统一表决"),
    ],
)
def test_a_vote_cast_for_others_breaks_the_congress_rule(text, span):
    assert span in _found(text, "rule", staff=120)


@pytest.mark.parametrize(
    "text",
    ["大会采用无记名投票方式表决分配方案。", "教研组长代表本组在会上发言，交流经验。"],
)
def test_votes_cast_by_each_voter_are_fine(text):
    assert _found(text, "rule", staff=120) == []


def test_a_committee_declined_in_favour_of_one_member_is_one_problem():
    text = "我校女教职工50人，校工会不单设女职工委员会，请一名女职工委员兼管女职工工作。"
    assert len(_found(text, "rule", female_staff=50)) == 1
