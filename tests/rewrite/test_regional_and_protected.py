"""Regional words of every region, spoken money, clock times and counts, question tags, and the words no rule may
break (其实 inside 其实际, 的话 inside 话语权, 号 in a document number, 好老师, 老一套), one category at a time. The
sentences are written for these tests (not taken from the evaluation sets)."""

from __future__ import annotations

import re

import pytest

from assistant.errors import LoadError
from assistant.rewrite import lexicon as lexicon_module
from assistant.rewrite.lexicon import DIALECT_PATH, check_unique_keys, load_lexicon
from assistant.rewrite.rules import rewrite
from tests.rewrite.shown import assert_rewritten, shown

# Good 公文 text whose words contain a spoken marker: it comes back unchanged.
PROTECTED = [
    "工会根据其实际需要推进其实施，确保其实现。",
    "切实保障会员的话语权和监督权。",
    "依据区教育工会〔2026〕3号通知和[2025]12号文件要求开展评选。",
    "落实第7号令的规定，做好推荐工作。",
    "评选“四有”好老师，在公众号专栏宣传获得称号的教师。",
    "建立一人一档，实行一事一议，落实三重一大制度，万一遇到雨天顺延。",
    "注重保护个人隐私，捐多捐少都是一份心意。",
]


@pytest.mark.parametrize("text", PROTECTED)
def test_words_that_contain_a_spoken_marker_are_not_broken(text):
    assert shown(text) == text


# (spoken draft in a regional way of speaking, words that must be gone, words that must be there)
REGIONAL = [
    ("俺们夜来商量了，下晌三点开会。", ["俺们", "夜来", "下晌"], ["我们", "下午"]),
    ("头晌先布置场地，晌午大家一起吃饭。", ["头晌", "晌午"], ["上午", "中午"]),
    ("屋里冒得电脑的莫自己去买，总务处有。", ["冒得", "莫自己"], ["没有电脑", "总务处"]),
    ("好多人冇得时间过早，有么事意见直接克找总务处。", ["冇得", "过早", "么事", "克找"], ["早饭", "总务处"]),
    ("中午没回厝的老师可以休息，歹势啦地方比较小。", ["回厝", "歹势"], ["未回家"]),
    ("工会想给娃娃闹点礼物，要甚礼物自己挑。", ["娃娃", "闹点", "要甚"], ["礼物"]),
    ("家里的巴郎子、丫头子可以带上，没麻达吧？", ["巴郎子", "丫头子", "麻达"], ["男孩", "女孩"]),
    ("粮食浪费不得，做完了大家一起恰。", ["浪费不得", "恰"], ["不得浪费"]),
    ("乖乖，木有报名的也可以来。", ["乖乖", "木有"], ["报名"]),
]


@pytest.mark.parametrize("text, gone, kept", REGIONAL)
def test_regional_words_become_standard_written_words(text, gone, kept):
    assert_rewritten(text, gone, kept)


# (spoken, what the formal rewrite must say): the value never changes, only how it is written.
NUMBERS = [
    ("早上6点50到校。", "6时50分"),
    ("下午5点15从学校返回。", "下午5时15分"),
    ("早上6点40分别从两个校区出发。", "6时40分分别"),
    ("每公里补一块钱。", "每公里补贴一元"),
    ("每人交50块报名费。", "50元报名费"),
    ("茶叶一罐二百四十，毛巾一条十五块。", "每罐240元"),
    ("两样加起来不超三百块。", "不超过300元"),
    ("折叠椅一把一百出头，每张桌子80块。", "一百余元"),
    ("有十几个家住偏远的孩子需要接送。", "十余名家住偏远的孩子"),
    ("截至昨天报名的有三十几个了。", "三十余名"),
    ("上周不是好几个老师都请假了嘛。", "多名教师"),
    ("下个星期二下午开会。", "下周二"),
]


@pytest.mark.parametrize("text, expected", NUMBERS)
def test_spoken_money_times_and_counts_are_written_formally(text, expected):
    assert expected in shown(text)


# (spoken, what must be gone, what must be there)
SPOKEN = [
    ("场地由工会准备，行不行？", ["行不行"], ["场地由工会准备"]),
    ("全体教职工都要参加的，对吧。", ["对吧", "参加的"], ["全体教职工"]),
    ("折叠床到了，大家先躺躺试试。", ["躺躺", "试试"], ["试用"]),
    ("好多老师来不了学校，根本赶不到。", ["来不了", "赶不到"], ["无法到校"]),
    ("油钱和菜钱都由工会出。", ["油钱", "菜钱"], ["燃油费", "食材费"]),
    ("统计好以后，剩下的学校跟工会包了。", ["统计好", "包了"], ["承担"]),
    ("签个字就行。", ["签个字", "就行"], ["签字即可"]),
]


@pytest.mark.parametrize("text, gone, kept", SPOKEN)
def test_question_tags_doubled_verbs_and_spoken_phrases(text, gone, kept):
    assert_rewritten(text, gone, kept)


def test_a_watching_verb_in_a_paragraph_about_a_match_is_watching():
    out = shown("周五举行拔河比赛。没报名的也可以来看看。")
    assert "观看" in out and "看看" not in out


CONCISE = (
    "关于秋季趣味运动会的这个事情呢，我们工会和体育组商量了一下，商量的结果是这样的，今年还是要搞的，参加的对象就是"
    "全体在职教职工，每个年级组至少要推荐8名教职工来参加这个比赛。比赛的时间呢，是10月18号下午，地点是在学校的田径场，"
    "每个项目的时间控制在20分钟以内，不能超时。"
)


def test_concise_drops_preambles_and_restatements_to_seventy_percent():
    out = rewrite(CONCISE, "concise")
    assert out.notice is None
    assert len(re.sub(r"\s", "", out.text)) <= 0.7 * len(re.sub(r"\s", "", CONCISE)), out.text
    for fact in ("体育组", "全体在职教职工", "8名", "10月18日下午", "田径场", "20分钟"):
        assert fact in out.text, out.text
    for spoken in ("这个事情呢", "结果是这样的", "不能超时"):
        assert spoken not in out.text, out.text


def test_the_regional_word_list_loads_and_writes_no_key_twice(tmp_path, monkeypatch):
    assert any(g.name == "dialect" and len(g.entries) >= 50 for g in load_lexicon().groups)
    check_unique_keys(DIALECT_PATH)
    text = DIALECT_PATH.read_text(encoding="utf-8")
    doubled = tmp_path / "rewrite_dialect.yaml"
    doubled.write_text(text.replace("      '晓得': 知道\n", "      '晓得': 知道\n      '拢总|拢共': 共计\n", 1), encoding="utf-8")
    monkeypatch.setattr(lexicon_module, "DIALECT_PATH", doubled)
    with pytest.raises(LoadError, match="拢总"):
        lexicon_module._dialect_group({})
