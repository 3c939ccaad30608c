"""What a reviewer catches that the checker missed on development round 90 (forty-eighth session), and what it
flagged wrongly there. Flagged: an allowance's sharing-out settled by the leadership and no longer taken to 会上; an
article cited after the law's closing chapter (附则) past its last; the children of migrant workers (留守儿童) with a
thesaurus word put in. One finding per problem: two garbled words of one series (获得感、幸福感 spun) are one
finding, and a stale ordinal named again in the month table is listed under the first finding's places. Not flagged:
这学期 followed by the verb 盼着 (期盼 is no synonym of 期末). Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import CONGRESS_ITEM, GROUPS_ITEM, SPORTS_ITEM, WELFARE_ITEM, found, planted


def test_an_allowance_settled_by_the_leadership_and_not_taken_to_the_meeting_skips_the_congress(lawbook):
    text = planted((CONGRESS_ITEM, "2. 课后服务补贴怎么分，由校长办公会说了算，公布就行，不用再拿到会上讨论。"))
    assert found(lawbook, text, "rule") == ["不用再拿到会上讨论"]
    taken = planted((CONGRESS_ITEM, "2. 课后服务补贴怎么分，由校长办公会拟定方案，经教职工代表大会表决后再张榜。"))
    assert found(lawbook, taken, "rule") == []


def test_an_article_cited_after_the_closing_chapter_must_exist(lawbook):
    past = planted((WELFARE_ITEM, "1. 依照《劳动法》附则第一百一十条，维护好教师的合法权益。"))
    assert found(lawbook, past, "unknown_article") == ["《劳动法》附则第一百一十条"]
    real = planted((WELFARE_ITEM, "1. 依照《劳动法》附则第一百零六条，维护好教师的合法权益。"))
    assert found(lawbook, real, "unknown_article") == []


def test_left_behind_children_with_a_thesaurus_word_are_a_garble(lawbook):
    text = planted((WELFARE_ITEM, "1. 关心保留儿童较多的班级，请委员们分头联系。"))
    assert found(lawbook, text, "garble") == ["保留儿童"]


def test_two_garbled_words_of_one_series_are_one_finding(review):
    text = planted((GROUPS_ITEM, "2. 组建兴趣小组，让教师们的获取感、幸运感都有提升。"))
    garbles = [f for f in review(text) if f.kind == "garble"]
    assert [f.text for f in garbles] == ["获取感、幸运感"]
    assert "获得感" in garbles[0].suggestion and "幸福感" in garbles[0].suggestion


def test_this_term_before_a_verb_of_hoping_is_no_garble_but_a_swapped_title_is(lawbook):
    text = planted((GROUPS_ITEM, "2. 这学期盼着把兴趣小组办起来，组建羽毛球、瑜伽兴趣小组。"))
    assert found(lawbook, text, "garble") == []
    swapped = planted((GROUPS_ITEM, "2. 组建羽毛球、瑜伽兴趣小组，班主人工作室同步开放。"))
    assert found(lawbook, swapped, "garble") == ["班主人"]


def test_a_stale_ordinal_named_again_is_one_finding_with_its_other_places(review):
    last_year = planted((SPORTS_ITEM, "1. 5月举办第四届“晨曦杯”乒乓球联赛。"))
    this_year = planted(
        (SPORTS_ITEM, "1. 5月举办第四届“晨曦杯”乒乓球联赛，各工会小组组队参加。"),
        ("| 5月 | 教职工趣味运动会 |", "| 5月 | 第四届“晨曦杯”乒乓球联赛 |"),
    )
    stale = [f for f in review(this_year, previous=last_year) if f.kind == "stale_ordinal" and "乒乓球" in f.text]
    assert len(stale) == 1, [f.text for f in stale]
    assert len(stale[0].also) == 1 and "全文共2处" in stale[0].message


def test_a_listed_misspelling_after_the_word_it_ends_is_two_words(lawbook):
    text = planted((CONGRESS_ITEM, "2. 大会的筹备按上级工会要求进行，方案报教育局备按。"))
    assert found(lawbook, text, "garble") == ["备按"]
