"""Spoken grammar no word list covers (assistant/rewrite/colloquial.py): people called 小X/老X, 个 between a verb and
its object, 一遍/一声 after a verb, doubled verbs the lexicon does not list, and 钟头. Sentences written for these
tests; each case has a look-alike that is ordinary written Chinese and must come back as it was."""

from __future__ import annotations

import pytest

from assistant.rewrite.facts import missing_facts
from tests.rewrite.shown import assert_rewritten, shown


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("元旦汇演的节目单请小潘汇总，老葛负责音响。", ["小潘", "老葛"], ["潘老师", "葛老师"]),
    ("报名表先交给老孟，由他统一上报。", ["老孟"], ["孟老师"]),
])
def test_a_colleague_called_by_nickname_is_named_by_surname(text, gone, kept):
    assert_rewritten(text, gone, kept)


@pytest.mark.parametrize("text", [
    "每天锻炼一小时，小时候养成的习惯要坚持。",
    "全面建成小康社会，老房子改造同步推进。",
    "请周老师和小孟老师负责签到。",
])
def test_words_that_look_like_a_nickname_stay(text):
    out = shown(text)
    for word in ("小时", "老师", "小康", "老房子", "小孟老师"):
        if word in text:
            assert word in out, out
    assert "时老师" not in out and "康老师" not in out


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("比赛结束拍个合影，再开个短会总结。", ["拍个", "开个"], ["合影", "短会"]),
    ("有个兄弟学校也搞过这种活动，这是个好经验。", ["有个", "是个"], ["有一个", "是一个"]),
    ("下午先跟后勤打个招呼。", ["打个招呼"], ["招呼"]),
    ("周五来个趣味接力，全员参加。", ["来个"], ["开展趣味接力"]),
])
def test_ge_between_a_verb_and_its_object_goes(text, gone, kept):
    assert_rewritten(text, gone, kept)


@pytest.mark.parametrize("text", [
    "个别教职工未按时报名，由工会个人联系。",
    "整个学期共开展三次活动。",
    "每个年级推荐两名代表。",
])
def test_ge_of_written_words_stays(text):
    out = shown(text)
    for word in ("个别", "个人", "整个", "每个", "两名"):
        if word in text:
            assert word in out, out


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("活动前把器材查一遍。", ["查一遍"], ["检查"]),
    ("有困难的同志可以跟工会说一声。", ["说一声"], ["沟通"]),
    ("结果出来以后说一声。", ["说一声"], ["告知"]),
])
def test_a_verb_said_once_becomes_the_formal_verb(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_count_of_times_is_kept():
    out = shown("应急预案每学期演练三遍，全文通读两遍。")
    assert "三遍" in out and "两遍" in out


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("工会小组把活动室收拾收拾，会场也布置布置。", ["收拾收拾", "布置布置"], ["收拾", "布置"]),
    ("体检前大家再擦擦桌椅。", ["擦擦"], ["擦桌椅"]),
])
def test_doubled_verbs_the_lexicon_does_not_list(text, gone, kept):
    assert_rewritten(text, gone, kept)


@pytest.mark.parametrize("text", ["教职工常常加班，天天坚持。", "组织姐妹们参观，星星点点的灯光。"])
def test_doubled_words_that_are_not_verbs_stay(text):
    out = shown(text)
    for word in ("常常", "天天", "星星"):
        if word in text:
            assert word in out, out


def test_hours_said_as_zhongtou_are_written_as_hours_and_kept_as_facts():
    text = "拔河比赛大约进行三个钟头，中间休息半个钟头。"
    out = assert_rewritten(text, ["钟头"], ["小时"])
    assert missing_facts(text, out) == []
