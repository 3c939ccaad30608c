"""Families a district reviewer circles that the checker used to pass or flagged wrongly (thirtieth session, from
development round 54): a statute named without its title marks and then misquoted (工会法里第十条说：“…”), a meeting of
the last 全总 executive committee as current, an exhibition notice's rules for entries pasted into a plan, a fill-in
field in lenticular brackets, age brackets adding up to more than their whole, nursing time cut off before the first
birthday, a vote counted among those present, and four correct texts the checker flagged (a title ending in 工作打算,
a place name with 鮀, the 安康 insurance of women staff, 代表缺额). Every sentence is written for this test."""

from __future__ import annotations

import pytest

from assistant.check.review import check_text
from assistant.domain.profile import Profile
from tests.check.conftest import SCHOOL, found

FLAGGED = [
    # 《工会法》第十一条 says 女职工人数较多的，可以建立工会女职工委员会 — not 应当.
    ("按工会法里第十一条办：“女职工人数较多的，应当建立工会女职工委员会。”", "misquote", "女职工人数较多的，应当建立工会女职工委员会。"),
    # 2027: the unions' eighteenth congress (2023) elected the 全总 executive committee now sitting.
    ("认真学习全总十七届五次执委会议精神，谋划本年度工作。", "outdated", "全总十七届五次执委会议精神"),
    ("参展书画一律装裱后上交，尺寸以四尺对开为准。", "pasted_notice", "参展书画一律"),
    ("征文稿件须于5月20日前报送至区教育工会，逾期不予评审。", "pasted_notice", "须于5月20日前报送"),
    ("体检安排在〖体检中心全称〗进行。", "placeholder", "〖体检中心全称〗"),
    ("全校52名教职工中，30岁以下的20人、30至45岁的25人、45岁以上的15人。", "impossible_figure", "30岁以下的20人"),
    ("哺乳期女教职工的哺乳时间安排到孩子满八个月为止。", "rule", "哺乳时间安排到孩子满八个月为止"),
    ("选举时到会代表一半以上同意即当选。", "rule", "到会代表一半以上同意"),
]


@pytest.mark.parametrize(("text", "kind", "span"), FLAGGED)
def test_the_family_is_flagged(lawbook, text, kind, span):
    assert any(span in words or words in span for words in found(lawbook, text, kind)), found(lawbook, text, kind)


CLEAN = [
    ("按工会法里第十一条办：“女职工人数较多的，可以建立工会女职工委员会。”", "misquote"),
    ("认真学习全总十八届历次执委会议精神。", "outdated"),
    ("5月组织教职工报送参赛书画作品，由工会文体委员统一收集、装裱。", "pasted_notice"),
    ("全校52名教职工中，30岁以下的12人、30至45岁的25人、45岁以上的15人。", "impossible_figure"),
    ("哺乳期女教职工每天安排1小时哺乳时间，直到孩子满一周岁。", "rule"),
    ("选举须经全体代表过半数通过。", "rule"),
    ("为全园女教职工办理女性安康险，保障妇科疾病。", "garble"),
    ("本学期补选代表缺额，由各年级组选举产生。", "garble"),
]


@pytest.mark.parametrize(("text", "kind"), CLEAN)
def test_a_correct_look_alike_is_not_flagged(lawbook, text, kind):
    assert found(lawbook, text, kind) == []


def test_a_place_name_written_with_its_old_character_is_not_a_pasted_traditional_character(lawbook):
    # 鮀 (汕头's 鮀江) has its new simplified form only outside the Basic Multilingual Plane; fonts lack it.
    assert found(lawbook, "鮀江街道中心幼儿园工会组织教职工开展健步走活动。", "script") == []
    assert found(lawbook, "工会組織教職工開展健步走活動。", "script") != []


def test_a_plan_titled_work_intentions_has_a_title(lawbook):
    text = ("青禾区实验小学2027年春季学期工会工作打算\n\n一、指导思想\n\n坚持以习近平新时代中国特色社会主义思想为指导。\n")
    profile = Profile(**SCHOOL)
    missing = [f.message for f in check_text(text, 2027, lawbook, profile=profile) if f.kind == "missing_section"]
    assert not any("标题" in m for m in missing), missing
