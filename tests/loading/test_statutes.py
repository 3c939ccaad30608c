"""Statutes become one passage per article; the LawBook knows which laws and articles exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.domain.numerals import cn_number, parse_cn_number
from assistant.domain.passages import KIND_DIGEST, KIND_LAW
from assistant.loading.statutes import LawBook, parse_statute

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "knowledge" / "policy"

MINI_LAW = """# 中华人民共和国示例法

2024年1月1日 通过

<!-- INFO END -->

## 第一章 总 则

第一条 为了示例，制定本法。

第二条 本法适用于学校。

学校工会依法开展工作。

## 第二章 组织

### 第一节 基层组织

第十一条 女职工人数较多的，可以建立女职工委员会。
"""


@pytest.fixture(scope="module")
def lawbook() -> LawBook:
    return LawBook.from_dir(POLICY)


def test_one_passage_per_article_with_chapter_and_path():
    passages = parse_statute(MINI_LAW, "policy/示例法.md")
    assert [p.article for p in passages] == ["第一条", "第二条", "第十一条"]
    second = passages[1]
    assert second.kind == KIND_LAW
    assert second.title == "中华人民共和国示例法" and second.law == "示例法"
    assert second.chapter == "第一章 总则"
    assert second.section == "第一章 总则 > 第二条"
    assert second.text == "第二条 本法适用于学校。\n学校工会依法开展工作。"
    assert passages[2].section == "第二章 组织 > 第一节 基层组织 > 第十一条"
    assert passages[2].topic == "女职工"
    assert second.citation == "《示例法》第二条"


def test_union_law_article_11_mentions_womens_committee(lawbook):
    assert lawbook.has_law("工会法")
    assert lawbook.has_law("《工会法》")
    assert lawbook.has_law("中华人民共和国工会法")
    assert lawbook.has_article("工会法", "第十一条")
    assert lawbook.has_article("《工会法》", "第11条")
    text = lawbook.article_text("工会法", "第十一条")
    assert text.startswith("第十一条 ")
    assert "女职工委员会" in text


def test_lawbook_rejects_invented_laws_and_articles(lawbook):
    assert not lawbook.has_law("学校工会法")
    assert not lawbook.has_article("工会法", "第九十九条")
    assert lawbook.article_text("工会法", "第999条") is None


def test_lawbook_lists_all_shipped_laws(lawbook):
    assert set(lawbook.laws()) == {"工会法", "教师法", "劳动法", "劳动合同法", "女职工劳动保护特别规定", "学校教职工代表大会规定"}
    assert lawbook.title("工会法") == "中华人民共和国工会法"


def test_digest_is_marked_as_digest_never_as_official_text(lawbook):
    assert lawbook.is_digest("学校教职工代表大会规定")
    assert not lawbook.is_digest("工会法")
    path = POLICY / "学校教职工代表大会规定-要点摘编.md"
    passages = parse_statute(path.read_text(encoding="utf-8"), "policy/" + path.name)
    assert passages and all(p.kind == KIND_DIGEST for p in passages)
    assert all(p.title == "学校教职工代表大会规定" and p.law == "学校教职工代表大会规定" for p in passages)
    assert "教代会的职权（第二章）" in [p.section for p in passages]
    assert all("非官方原文" in p.citation for p in passages)


def test_womens_protection_rules_keep_their_appendix(lawbook):
    text = lawbook.article_text("女职工劳动保护特别规定", "附录")
    assert text is not None and "孕期禁忌" in text
    assert "孕期禁忌" not in lawbook.article_text("女职工劳动保护特别规定", "第十六条")


@pytest.mark.parametrize(
    "n, cn", [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (100, "一百"), (101, "一百零一"), (110, "一百一十")]
)
def test_chinese_numerals_round_trip(n, cn):
    assert cn_number(n) == cn
    assert parse_cn_number(cn) == n


def test_parse_cn_number_accepts_arabic_and_rejects_words():
    assert parse_cn_number("21") == 21
    with pytest.raises(ValueError):
        parse_cn_number("工会")
