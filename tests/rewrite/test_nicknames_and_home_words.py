"""Session 15 families: a colleague called 小/老 + surname when jieba glues the next word to the surname, when the
nickname is also a word (小米) but stands beside another colleague or after a unit one hands things to; regional
words for home, 'the', 'is', 'all' and an estimate. Sentences are our own."""

from __future__ import annotations

from tests.rewrite.shown import assert_rewritten, shown


def test_nickname_before_a_modal_is_a_colleague():
    assert_rewritten("表格小蒋会收齐。", gone=["小蒋"], kept=["蒋老师"])
    assert_rewritten("名单小邝再核对。", gone=["小邝"], kept=["邝老师"])


def test_word_like_nickname_beside_a_colleague_is_a_colleague():
    assert_rewritten("记分请老梁和小谷负责。", gone=["小谷"], kept=["谷老师", "梁老师"])


def test_word_like_nickname_after_a_unit_one_hands_to():
    assert_rewritten("申请表交给工会小麦。", gone=["小麦"], kept=["麦老师"])


def test_word_like_nicknames_alone_stay_words():
    out = shown("食堂买了小米和小麦。")
    assert "米老师" not in out and "麦老师" not in out


def test_regional_home_and_particles():
    assert_rewritten("老师屋里有老人生病的，工会上门看望。", gone=["屋里"], kept=["家里"])
    assert_rewritten("唔识填表嘅，可以揾工会。", gone=["唔识", "嘅"], kept=["不会"])
    assert_rewritten("退休哩老师也能报。", gone=["哩"], kept=["退休"])


def test_first_come_idiom_is_not_cantonese():
    out = shown("名额有限，先到先得。")
    assert "先到先得" in out


def test_estimate_and_all():
    assert_rewritten("报名的估摸着三十来个人，材料统统由工会买。", gone=["估摸", "统统"], kept=["约三十"])
    assert_rewritten("已经报名了的老师不用再报。", gone=["报名了的"], kept=["已报名的"])


def test_measure_word_between_a_verb_jieba_calls_a_noun_and_its_object():
    assert_rewritten("每天早上量个血压。", gone=["量个"], kept=["量血压"])
    assert_rewritten("医生当场出个报告。", gone=["出个"], kept=["报告"])


def test_northeastern_tell_and_quick():
    assert_rewritten("要换班的提前吱声，材料麻溜交上来。", gone=["吱声", "麻溜"], kept=["告知", "尽快"])
