"""Highlights said in spoken words (退下来, 便宜卖给老师, 故事会), a bare 交流 that is no transfer, a long complaint whose
one keyword its meaning agrees with, and a complaint answered by the topic measure closest to it (knowledge/
highlights.yaml, knowledge/focus_topics.yaml, compose/focus.py, compose/understanding.py). Texts written for these tests."""

from __future__ import annotations

from assistant.compose.understanding import understand
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


def test_spoken_ways_of_saying_retired_send_a_former_head_to_the_retirees_section(composer):
    for text in ("老校长退下来好几年了，逢年过节总惦记学校", "退了休的几位老教师想回学校聚一聚"):
        assert composer.classifier.place(text).section == "retirees", text


def test_goods_sold_to_staff_at_a_fair_price_are_a_welfare_matter(composer):
    for text in ("学校茶园今年的新茶想按成本价卖给老师", "工会张罗团购一批年货"):
        assert composer.classifier.place(text).section == "welfare", text


def test_an_evening_of_stories_is_culture_and_a_bare_exchange_is_no_transfer(composer):
    assert composer.classifier.place("元旦前办一场教工读书故事会").section == "culture"
    assert composer.classifier.place("周五下午办个教工茶话会，大家叙叙旧").section == "culture"
    assert composer.classifier.place("今年有两位老师交流到县城中学").kind.key == "staff_mobility"


def test_a_long_complaint_with_one_keyword_is_served_by_the_topic_its_meaning_agrees_with(composer):
    # 宿舍 is the complaint's one keyword; the rest tells of a cold winter in rooms without heating. Meaning (e5) puts
    # the topic among the closest, so the complaint gets the topic's measures rather than generic ones.
    profile = Profile(school="测试山区小学", year=2027, period="第一学期", staff=30,
                      focus=["去年并校以后，老师们挤在旧教学楼改的宿舍里，冬天没有暖气，各自掏钱买电暖器，电费还得自己出"])
    area = understand(profile, composer.classifier, composer.focus_matcher).focus[0]
    assert area.topic is not None and area.topic.key in ("staff_housing", "heat_and_cold"), area.topic


def test_a_winter_complaint_is_not_answered_with_the_topics_summer_measures(composer):
    profile = Profile(school="测试山区小学", year=2027, period="学年", staff=30,
                      focus=["学校锅炉坏了两年没人管，冬天办公室没有暖气，老师们揣着热水袋上课"])
    md = render(composer.compose_plan(profile).to_blocks())
    welfare = items_by_area(md)["welfare"]
    assert any("取暖" in i or "防寒" in i for i in welfare), welfare
    assert not any(w in i for i in welfare for w in ("防暑", "清凉", "入夏")), welfare


def test_kin_words_do_not_name_a_complaints_concern(composer):
    from assistant.compose.concern import candidates, concern_stop

    words = candidates("家里爹妈身体不好，子女又在外地，老师周末两头跑", concern_stop())
    assert not {"爹妈", "子女"} & set(words), words
