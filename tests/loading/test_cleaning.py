"""Scraped text becomes clean Simplified plans: no glosses, no site chrome, one RawPlan per plan."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.loading.cleaning import RawPlan, normalize, split_plans, strip_chrome

GLOSS = re.compile(r"[\u4e00-\u9fff]\([a-zü]+\)")


def test_normalize_removes_pinyin_glosses_and_converts_to_simplified():
    text = "不會出現(xiàn)先射擊后畫靶子的情況，繼續(xù)加強網(wǎng)絡(luò)化管理"
    out = normalize(text)
    assert out == "不会出现先射击后画靶子的情况，继续加强网络化管理"
    assert not GLOSS.search(out)


def test_normalize_keeps_real_parentheticals():
    text = "开展小型体育活动(踢毽、跳绳、羽毛球等)，建立师徒帮教档案(拜师、出师)。\n(一)增强三个意识\n(1)建立制度"
    out = normalize(text)
    assert "（踢毽、跳绳、羽毛球等）" in out
    assert "（拜师、出师）" in out
    assert out.split("\n")[1] == "（一）增强三个意识"
    assert out.split("\n")[2] == "（1）建立制度"


def test_normalize_keeps_ascii_words_in_brackets():
    assert "(ppt)" in normalize("制作课件(ppt)")


def test_normalize_punctuation_and_whitespace():
    text = "  凡事預則立,不預則廢。\n\n\n\n  指导思想:以人为本; 为什么?  加油!\n全角数字２０２４年ＡＢ  学 校"
    out = normalize(text)
    assert out == "凡事预则立，不预则废。\n\n指导思想：以人为本；为什么？加油！\n全角数字2024年AB 学校"


def test_normalize_leaves_numbers_and_times_alone():
    assert normalize("会费1,000元，时间 12:30") == "会费1,000元，时间 12:30"


def test_normalize_keeps_statute_label_spacing():
    assert normalize("第十一条 用人单位\n## 第一章 总 则") == "第十一条 用人单位\n## 第一章 总则"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("學校工會计划現(xiàn)（）()一、,:;?!. \n\t\u3000１Ａa0xūǎ")), max_size=60))
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


CHROME_PAGE = """學習啦>實用范文>工作計劃>個人工作計劃>

2020年度學校工會工作計劃報告模板3篇

時間: 藝潔1261 分享

  凡事預則立,不預則廢。以下是小編給大家整理的工作計劃.希望可以幫到大家

  一、指導思想

  堅持以人為本。

相關(guān)文章

1.2019學校工會年度工作計劃

推薦度:
點擊下載文檔文檔為doc格式

精選文章

  • 個人年度工作計劃報告5篇
275246
"""


def test_strip_chrome_removes_site_furniture_and_keeps_the_plan():
    out = normalize(strip_chrome(CHROME_PAGE))
    assert "一、指导思想" in out and "坚持以人为本。" in out
    for chrome in ("学习啦", "时间", "小编", "凡事预则立", "相关文章", "推荐度", "点击下载", "精选文章", "275246", "2019学校"):
        assert chrome not in out


def test_strip_chrome_cuts_trailing_teaser_title_but_keeps_signature():
    out = strip_chrome("2、加强工会小组长队伍建设。城东中学工会委员会2017年x月x日2017年学校工会工作计划范文")
    assert out.endswith("城东中学工会委员会2017年x月x日")


def test_split_plans_by_pian_markers():
    text = "篇1：学校工会工作计划范文\n一、指导思想\n甲\n二、工作\n乙\n篇2：学校工会工作计划范文\n一、指导思想\n丙"
    plans = split_plans(text, "备用")
    assert [p.title for p in plans] == ["学校工会工作计划范文（篇1）", "学校工会工作计划范文（篇2）"]
    assert plans[1].text == "一、指导思想\n丙"


def test_split_plans_by_angle_markers_drops_page_title():
    text = "工作计划3篇\n学校工会工作计划报告<一>\n以人为本。\n一、甲\n学校工会工作计划报告<二>\n一、乙"
    plans = split_plans(text, "备用")
    assert [p.title for p in plans] == ["学校工会工作计划报告（一）", "学校工会工作计划报告（二）"]
    assert plans[0].text.startswith("以人为本。")


def test_split_plans_finds_headless_plans_when_numbering_restarts():
    text = "\n".join(
        [
            "篇1：学校工会工作计划范文",
            "一、指导思想",
            "以人为本。",
            "二、主要工作",
            "1、开展活动。",
            "2、关心职工。",
            "以科学发展观统领工会工作，深入学习贯彻党的精神。",
            "一、加强自身建设",
            "内容甲。",
            "二、校务公开",
            "内容乙。",
            "一、指导思想",
            "内容丙。",
        ]
    )
    plans = split_plans(text, "备用")
    assert len(plans) == 3
    assert plans[0].text.endswith("2、关心职工。")
    assert plans[1].text.startswith("以科学发展观统领")
    assert plans[2].text.startswith("一、指导思想")
    titles = [p.title for p in plans]
    assert len(set(titles)) == 3
    assert titles[1] == "学校工会工作计划范文（篇2）"


def test_split_plans_does_not_split_on_repeated_higher_numbers():
    text = "一、引言\n甲\n二、目标\n乙\n七、总结\n丙\n七、预期成果\n丁\n八、风险\n戊"
    plans = split_plans(text, "我校计划")
    assert plans == [RawPlan(title="我校计划", text=text)]


def test_single_plan_uses_its_own_title_line():
    plans = split_plans("2024年学校工会工作计划\n一、指导思想\n以人为本。", "文件名")
    assert plans == [RawPlan(title="2024年学校工会工作计划", text="一、指导思想\n以人为本。")]
