"""Offline rewriting: colloquial text becomes formal, concise or flagged for specifics, and no fact is ever lost."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from assistant.rewrite import rules as rw
from assistant.rewrite.rules import HINT, apply_tone, facts, missing_facts, rewrite

# Exact expectations for the formal tone.
FORMAL_EXACT = [
    ("咱们学校今年要搞好工会活动啊！！！", "我校今年要做好工会活动。"),
    ("大家得按时参加教代会,会上看看提案办得咋样.", "大家须按时参加教代会，会上了解提案办得怎样。"),
    (
        "那个，其实我们学校的老师挺辛苦的，工会要帮老师们解决啥困难呢?",
        "我校广大教职工十分辛苦，工会要帮助广大教职工解决什么困难？",
    ),
    ("老师们，然后呢，我们得想办法让大伙儿满意呀!!!", "广大教职工，我们须积极探索使广大教职工满意。"),
    ("9月10日咱们搞个座谈会，邀请30名教师参加😀", "9月10日我们举办座谈会，邀请30名教师参加"),
    ("咱们搞活动要弄好安全预案嘛。", "我们开展活动要做好安全预案。"),
]

# Colloquial inputs: each must come out different, without the colloquial marker, with its facts.
FORMAL_CASES = [
    ("咱们学校要在3月8日搞一次“巾帼建功”活动呀", "咱们"),
    ("老师们辛苦啦，工会会想办法帮大家解决困难的", "老师们"),
    ("大伙儿得在2024年12月31日前交材料哦", "大伙儿"),
    ("就是说，今年要学习《中华人民共和国工会法》啦", "就是说"),
    ("反正我们学校的教职工有120人，女教师占65%", "反正"),
    ("嗯，工会经费咋用要让大家都放心", "咋"),
    ("下学期搞个篮球赛，第一名奖励500元", "搞"),
    ("这个活动非常重要！！", "非常"),
]


@pytest.mark.parametrize("text, expected", FORMAL_EXACT)
def test_formal_exact_outputs(text, expected):
    result = rewrite(text, "formal")
    assert result.text == expected
    assert result.changes, "a changed text must say what changed"


@pytest.mark.parametrize("text, marker", FORMAL_CASES)
def test_formal_removes_colloquialisms_and_keeps_facts(text, marker):
    result = rewrite(text, "formal")
    assert marker not in result.text
    assert missing_facts(text, result.text) == []
    assert Counter(facts(result.text)) >= Counter(facts(text))


def test_formal_keeps_titles_and_quotes_verbatim():
    text = "咱们要学习“咱们的家园”和《我们学校的老师们》，搞好宣传"
    result = rewrite(text, "formal").text
    assert "“咱们的家园”" in result and "《我们学校的老师们》" in result
    assert result.startswith("我们要学习") and result.endswith("做好宣传")


def test_formal_changes_straight_quotes_and_keeps_their_content():
    result = rewrite('开展"最美教师"评选, 共10名', "formal").text
    assert result == "开展“最美教师”评选，共10名"


def test_formal_leaves_already_formal_text_alone():
    text = "坚持以人为本，依法维护教职工合法权益，切实做好送温暖工作。"
    result = rewrite(text, "formal")
    assert result.text == text
    assert result.changes == []


def test_formal_is_idempotent_on_examples():
    for text, _ in FORMAL_EXACT + FORMAL_CASES:
        once = rewrite(text, "formal").text
        assert rewrite(once, "formal").text == once


def test_concise_removes_filler_and_repeats():
    result = rewrite("我们要进一步地加强女职工工作，认真地认真地做好各种各样的活动等等。", "concise")
    assert result.text == "我们要进一步加强女职工工作，认真做好各类活动等。"
    assert any("进一步地" in c for c in result.changes)


def test_concise_keeps_base_phrase_and_numbers():
    text = "在去年工作的基础上，一定要组织12次活动的话，需要3个月。"
    result = rewrite(text, "concise").text
    assert "在去年工作的基础上" in result
    assert "一定要" not in result and "的话" not in result
    assert missing_facts(text, result) == []


def test_specific_flags_paragraphs_without_time_or_numbers():
    text = "一、女职工工作\n关心女教职工身心健康。\n3月8日组织健康讲座，参加对象为全体女教职工。"
    result = rewrite(text, "specific")
    lines = result.text.split("\n")
    assert lines[0] == "一、女职工工作"  # headings are not flagged
    assert lines[1] == "关心女教职工身心健康。" + HINT
    assert lines[2] == "3月8日组织健康讲座，参加对象为全体女教职工。"
    assert len(result.changes) == 1 and "离线" in result.changes[0]
    # Running it again adds nothing more.
    assert rewrite(result.text, "specific").text == result.text


def test_chinese_tone_names_and_unknown_tone():
    assert rewrite("咱们搞活动", "更正式").text == rewrite("咱们搞活动", "formal").text
    with pytest.raises(ValueError):
        rewrite("文字", "funny")


def test_facts_finds_numbers_dates_titles_and_quotes():
    text = '2024年9月10日召开第三届教代会，学习《工会法》和"师德规范"，共120名代表、三个小组'
    assert facts(text) == ["2024年", "9月", "10日", "三届", "《工会法》", "师德规范", "120名", "三个"]


def test_safety_net_keeps_original_when_a_rule_would_lose_a_fact(monkeypatch):
    # A broken rule deleting numbers: rewrite must refuse it rather than lose facts.
    monkeypatch.setattr(rw, "_protect", lambda text, **_: (text, []))
    monkeypatch.setattr(rw, "FORMAL_RULES", [(r"\d+", "", "删除数字"), *rw.FORMAL_RULES])
    text = "咱们学校有120名教职工"
    assert apply_tone(text, "formal").text == "我校有名教职工"
    assert rewrite(text, "formal").text == text


# --- property: every fact survives every tone --------------------------------------------------------

_FRAGMENTS = [
    "咱们", "我们学校", "老师们", "大伙儿", "搞", "弄", "挺", "非常", "得", "想办法", "帮", "看看", "啥", "咋",
    "让", "啊", "呀", "吧", "呢", "嘛", "哈", "啦", "哦", "然后呢", "那个", "就是说", "其实", "反正", "嗯",
    "进一步地", "认真地", "等等", "的话", "，", "。", "！", "!!!", "?", ",", ".", ":", "“", "”", '"', "《", "》",
    "\n", " ", "😀", "~", "第", "条", "年", "月", "日", "次", "名", "个", "十", "三", "二十", "两",
]
_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_piece = st.one_of(
    st.sampled_from(_FRAGMENTS),
    st.text(_CJK, min_size=1, max_size=4),
    st.integers(min_value=0, max_value=99999).map(str),
    st.tuples(st.integers(1, 12), st.integers(1, 31)).map(lambda md: f"{md[0]}月{md[1]}日"),
    st.decimals(min_value=0, max_value=100, places=1).map(lambda d: f"{d}%"),
    st.text(_CJK, min_size=1, max_size=6).map(lambda t: f"《{t}》"),
    st.text(_CJK, min_size=1, max_size=6).map(lambda t: f"“{t}”"),
    st.sampled_from(["一", "二", "三", "十二", "两", "二十五"]).flatmap(
        lambda n: st.sampled_from(["次", "个", "名", "项", "月", "年"]).map(lambda u: n + u)
    ),
)
_texts = st.lists(_piece, min_size=1, max_size=25).map("".join)


@hsettings(max_examples=300, deadline=None)
@given(_texts, st.sampled_from(["formal", "concise", "specific"]))
def test_property_rules_never_lose_a_fact(text, tone):
    out = apply_tone(text, tone).text  # the rules themselves, not the safety net
    assert missing_facts(text, out) == []


@hsettings(max_examples=200, deadline=None)
@given(_texts)
def test_property_formal_output_has_no_colloquial_markers_or_ascii_punctuation(text):
    out = rewrite(text, "formal").text
    protected = "".join(facts(text))
    for marker in ("咱们", "大伙儿", "然后呢", "😀", "!"):
        if marker not in protected:
            assert marker not in out
