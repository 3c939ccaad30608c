"""Fixed phrases typed with a same-sounding wrong character (pinyin input, voice typing): check/sounds.py. The
sentences are written for these tests."""

from __future__ import annotations

from assistant.check.sounds import sound_slips
from tests.check.conftest import GROUPS_ITEM as ITEM
from tests.check.conftest import planted


def _garbles(review, sentence: str) -> list[tuple[str, str]]:
    findings = review(planted((ITEM, ITEM + sentence)))
    return [(f.text, f.suggestion) for f in findings if f.kind == "garble"]


def test_a_set_phrase_with_a_homophone_is_a_garble(review):
    found = _garbles(review, "工会为青年教师成长保价护航。")
    assert found == [("保价护航", "改为“保驾护航”")]


def test_a_homophone_reached_by_a_second_reading_counts(review):
    # 行 is read hang in 银行: typed by that sound for 航.
    assert [t for t, _ in _garbles(review, "工会为学校发展保驾护行。")] == ["保驾护行"]


def test_two_homophones_in_a_phrase_of_the_knowledge_texts(review):
    assert [t for t, _ in _garbles(review, "各项活动做到泉源参与。")] == ["泉源参与"]


def test_the_message_names_the_sound(review):
    findings = [f for f in review(planted((ITEM, ITEM + "老师们兢兢叶叶，任劳任怨。"))) if f.kind == "garble"]
    assert len(findings) == 1 and "读音相同" in findings[0].message


def test_correct_phrases_and_words_of_the_same_sound_are_not_flagged(review):
    for sentence in ("在教室里开展读书活动。", "工会干部要廉洁自律。", "事前做好场地安排。", "我们的教职工登记表已更新。"):
        assert _garbles(review, sentence) == [], sentence


def test_traditional_characters_are_not_a_sound_slip():
    assert sound_slips("學校工會工作計劃") == []


def test_a_numeral_changed_is_not_a_sound_slip():
    assert sound_slips("召开第四届教职工代表大会") == []
