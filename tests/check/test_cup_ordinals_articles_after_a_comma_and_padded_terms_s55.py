"""What a reviewer catches that the checker missed on development round 104 (fifty-fifth session). A cup contest
keeps its 届 whatever the sport's wording after the cup (第九届“丁香杯”… in last year's and this year's plan); an
article named after a comma in the sentence that names the regulation (翻了《…》，在第四十条找到) is that regulation's,
so one past its last article is flagged, and a quotation after 它第N条…写着 is checked against it; 以构建社会主义和谐
社会为主线 is a framing of 2006–2012; a 帮扶 compound with each character padded (协助扶持台账) is a garble. Not flagged:
an article of the school's own charter after a comma, 和谐劳动关系, and 帮助扶持 as an ordinary verb pair.
Every sentence is written for this test."""

from __future__ import annotations

from assistant.domain.spinner import load_spinner
from tests.check.conftest import GROUPS_ITEM, PLAN, SPORTS_ITEM, STUDY_ITEM, WELFARE_ITEM, found, planted


def test_a_cup_contest_keeps_its_ordinal_whatever_follows_the_cup(review):
    last_year = planted((SPORTS_ITEM, "1. 第九届丁香杯教工羽毛球赛在体育馆举行。"))
    this_year = planted((SPORTS_ITEM, "1. 第九届“丁香杯”教职工羽毛球混双比赛照常举办。"))
    # (the rest of the plan is last year's too: only the cup's finding is looked at)
    stale = [f.text for f in review(this_year, previous=last_year) if f.kind == "stale_ordinal" and "丁香" in f.text]
    assert len(stale) == 1 and stale[0].startswith("第九届“丁香杯”"), stale
    moved_on = planted((SPORTS_ITEM, "1. 第十届“丁香杯”教职工羽毛球混双比赛照常举办。"))
    assert [f.text for f in review(moved_on, previous=last_year) if f.kind == "stale_ordinal" and "丁香" in f.text] == []


def test_an_article_after_a_comma_belongs_to_the_regulation_just_named(lawbook):
    text = planted((WELFARE_ITEM, "1. 工会翻了《女职工劳动保护特别规定》，在第四十条找到调整孕晚期女教师课时的依据。"))
    assert found(lawbook, text, "unknown_article") == ["第四十条"]
    real = planted((WELFARE_ITEM, "1. 工会翻了《女职工劳动保护特别规定》，在第六条找到调整孕晚期女教师课时的依据。"))
    assert found(lawbook, real, "unknown_article") == []
    # the school's own charter named after the comma is not the regulation
    charter = planted((WELFARE_ITEM, "1. 依照《女职工劳动保护特别规定》，学校章程第四十条另有约定的从其约定。"))
    assert found(lawbook, charter, "unknown_article") == []


def test_a_quotation_after_it_and_the_article_is_checked(lawbook):
    text = planted((STUDY_ITEM, "1. 大家读了《教师法》，它第十五条后一句写着：“国家规定非师范高等学校毕业生到中小学或者职业学校任教。”"))
    assert len(found(lawbook, text, "misquote")) == 1
    right = planted((STUDY_ITEM, "1. 大家读了《教师法》，它第十五条后一句写着：“国家鼓励非师范高等学校毕业生到中小学或者职业学校任教。”"))
    assert found(lawbook, right, "misquote") == []


def test_the_harmonious_society_as_the_main_line_is_an_old_framing(lawbook):
    text = planted((GROUPS_ITEM, "2. 以建设社会主义和谐社会为主线，组建羽毛球、瑜伽兴趣小组。"))
    assert found(lawbook, text, "outdated") == ["以建设社会主义和谐社会为主线"]
    current = planted((GROUPS_ITEM, "2. 推进和谐劳动关系建设，组建羽毛球、瑜伽兴趣小组。"))
    assert found(lawbook, current, "outdated") == []


def test_a_padded_aid_compound_is_a_garble_but_a_verb_pair_is_not(review):
    text = planted((WELFARE_ITEM, "1. 为患大病的教职工建立协助扶持台账，逐月更新。"))
    assert [f.text for f in review(text) if f.kind == "garble"] == ["协助扶持台账"]
    pair = planted((WELFARE_ITEM, "1. 工会帮助扶持困难教职工渡过难关。"))
    assert [f.text for f in review(pair) if f.kind == "garble"] == []
    # every part padded at once counts, as each part alone does
    spun = load_spinner().variants
    assert spun["帮扶持台账"] == spun["协助扶台账"] == spun["协助扶持台账"] == "帮扶台账"
    assert "帮扶台账" not in PLAN
