"""Regional words of every major dialect region become standard written words, and standard words that share their
characters are left alone. The sentences are written for these tests from the dialect dictionaries cited in
knowledge/rewrite_dialect.yaml (not taken from any evaluation set)."""

from __future__ import annotations

import pytest
import yaml

from assistant.rewrite.lexicon import DIALECT_PATH
from tests.rewrite.shown import assert_rewritten, shown

REGIONS = ["东北", "北京", "冀鲁", "中原", "晋语", "西北", "四川", "云南", "湖北", "湘语", "赣语", "吴语", "徽语", "闽语（福建", "潮汕",
           "客家", "粤语", "广西"]


def test_every_major_region_has_at_least_25_words():
    regions = yaml.safe_load(DIALECT_PATH.read_text(encoding="utf-8"))["regions"]
    for name in REGIONS:
        region = next((r for r in regions if name in r["region"]), None)
        assert region is not None, name
        assert len(region["entries"]) >= 25, (name, len(region["entries"]))


# (region, spoken draft, words that must be gone, words that must be there)
DRAFTS = [
    ("东北", "大伙儿这疙瘩老鼻子人了，别磨叽。", ["疙瘩", "老鼻子", "磨叽"], []),
    ("北京", "甭管多晚，大伙儿挨个儿签到。", ["甭管", "大伙儿", "挨个儿"], ["逐一"]),
    ("冀鲁", "下晌拉呱的时候把材料拾掇好。", ["下晌", "拉呱", "拾掇"], ["下午", "整理"]),
    ("中原", "恁们弄啥嘞？中午歇晌以后再排练。", ["恁们", "弄啥", "歇晌"], ["午休"]),
    ("晋语", "兀搭的后生们甚时候来？", ["兀搭", "后生们", "甚时候"], ["那里", "青年", "何时"]),
    ("西北", "嫑急，碎娃们先回家，额们再谝闲传。", ["嫑", "碎娃", "额们", "谝"], []),
    ("四川", "勒个活动巴适得很，大家耍一哈。", ["勒个", "巴适", "耍一哈"], []),
    ("云贵", "搞哪样都要先报名，莫慌，吃晌午再说。", ["搞哪样", "莫慌", "晌午"], ["不要急", "午餐"]),
    ("湖北", "伢们放学以后做么事，冇得人管。", ["伢", "么事", "冇得"], ["孩子"]),
    ("湘语", "堂客们霸得蛮，细伢子也冒去看。", ["堂客", "霸得蛮", "细伢子", "冒去"], []),
    ("赣语", "崽俚们落雨天就在屋里打讲。", ["崽俚", "落雨", "打讲"], ["下雨"]),
    ("吴语", "阿拉今朝夜到白相一歇，侬覅迟到。", ["阿拉", "今朝", "夜到", "白相", "侬", "覅"], []),
    ("徽语", "望一望细人么斯时候放学。", ["望一望", "细人", "么斯"], []),
    ("闽南", "今仔日囝仔无闲，代志明仔载再讲。", ["今仔日", "囝仔", "无闲", "代志", "明仔载"], []),
    ("潮汕", "胶己人免客气，孥囝暝昏早点转来。", ["胶己人", "孥囝", "暝昏"], ["自己人"]),
    ("客家", "捱们今晡日食昼以后转屋。", ["捱", "今晡", "食昼", "转屋"], ["回家"]),
    ("粤语", "而家唔得闲，听日饮茶再倾偈。", ["而家", "唔得闲", "听日", "饮茶", "倾偈"], ["没空", "明日", "喝茶"]),
    ("广西", "得闲就喊大家一起嗦粉，哪阵都得。", ["得闲", "嗦粉", "哪阵"], []),
]


@pytest.mark.parametrize("region, text, gone, kept", DRAFTS, ids=[d[0] for d in DRAFTS])
def test_regional_words_of_each_region_are_written_in_standard_words(region, text, gone, kept):
    assert_rewritten(text, gone, kept)


# Standard words that contain the characters of a regional word: they come back with those words intact.
STANDARD = [
    ("弘扬身边的先进人物事迹。", "人物事迹"),
    ("年夜饭由食堂统一安排。", "年夜饭"),
    ("什么样的队伍才能做好这件事？", "什么样"),
    ("研究如何解决教职工的实际困难。", "如何解决"),
    ("按程序罢免或者免去委员职务。", "免去"),
    ("整个学期安排四次活动。", "整个学期"),
    ("请说明个人情况。", "说明个人情况"),
    ("感冒去医院的教职工可以请假。", "感冒"),
    ("推进养老多元服务。", "养老多元"),
    ("职工食堂加强食品安全管理。", "食堂"),
    ("禁止在校园内饮酒。", "饮酒"),
    ("物价上涨，勒紧开支。", "勒紧"),
    ("疏通学校排水渠道。", "渠道"),
    ("开展平日里的谈心活动。", "平日里"),
    # Hakka 爱去 is 要去 only in Hakka speech (after 𠊎/捱/佢); Mandarin 都爱去 is "like to go", never 均须去.
    ("几位退休老师周末都爱去活动室下棋。", "爱去"),
]


def test_a_hakka_speakers_ai_qu_is_still_yao_qu():
    assert "要去" in shown("𠊎爱去镇上买菜。")


@pytest.mark.parametrize("text, kept", STANDARD)
def test_standard_words_sharing_characters_are_not_changed(text, kept):
    assert kept in shown(text)
