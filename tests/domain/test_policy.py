"""Policy data (knowledge/policy_terms.yaml): the wording of the year, placeholders, fixed terms and doubled phrases."""

from __future__ import annotations

import pytest

from assistant.domain.policy import (
    current_congress,
    current_union_congress,
    doubled_spans,
    garbled_spans,
    outdated_spans,
    party_spirit,
    placeholder_spans,
    union_congress_spirit,
)


@pytest.mark.parametrize(("year", "party", "union"), [(2023, 20, 17), (2024, 20, 18), (2027, 20, 18), (2028, 21, 18)])
def test_the_congresses_a_plan_follows(year, party, union):
    assert current_congress(year) == party
    assert current_union_congress(year) == union


def test_the_wording_of_a_2027_plan():
    assert party_spirit(2027) == "党的二十大和二十届历次全会精神"
    assert union_congress_spirit(2027) == "中国工会第十八次全国代表大会精神"
    spans = outdated_spans("深入学习贯彻党的十九大精神，践行八荣八耻。", 2027)
    assert [s.suggestion for s in spans] == ["改为“党的二十大精神”", "改为“社会主义核心价值观”"]


def test_placeholders_but_not_real_dates():
    text = "20xx年x月x日召开____会议，3月8日开展活动，某某学校参加。"
    assert [text[s.start : s.end] for s in placeholder_spans(text)] == ["20xx年x月x日", "____", "某某"]


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("继续做好师徒帮助教活动。", ["帮助教"]),
        ("推动新老教师结对帮助带。", ["帮助带"]),
        ("帮助教师尽快成长，帮助困难教职工解决实际问题，帮助带动青年教师。", []),
    ],
)
def test_broken_fixed_terms_but_not_ordinary_words(text, broken):
    assert [text[s.start : s.end] for s in garbled_spans(text)] == broken


def test_a_phrase_written_twice():
    text = "深入学习贯彻党的二十大精神和党的二十大精神，认真贯彻中国工会中国工会第十八次全国代表大会精神。"
    assert [text[s.start : s.end] for s in doubled_spans(text)] == ["党的二十大精神和党的二十大精神", "中国工会中国工会"]
    assert doubled_spans("加强师德师风建设，开展岗位练兵。") == []
