"""Grounding filters: only citations to given passages and to law articles we actually have survive."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.llm.guard import (
    cited_numbers,
    filter_citations,
    flag_law_citations,
    scrub_secret,
    strip_unknown_law_citations,
)
from assistant.loading.statutes import LawBook

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def lawbook() -> LawBook:
    return LawBook.from_dir(ROOT / "knowledge" / "policy")


@pytest.mark.parametrize(
    "text, n, expected, removed",
    [
        ("依法建立工会[1]，开展活动[2]。", 2, "依法建立工会[1]，开展活动[2]。", []),
        ("依法建立工会[1]，开展活动[3]。", 2, "依法建立工会[1]，开展活动。", ["[3]"]),
        ("见【3】和【1】", 2, "见和【1】", ["[3]"]),
        ("见［4］", 3, "见", ["[4]"]),
        ("多处做法[1,2]", 1, "多处做法[1]", ["[2]"]),
        ("多处做法[1，5，2]", 2, "多处做法[1，2]", ["[5]"]),
        ("多处做法[1][2][9]", 2, "多处做法[1][2]", ["[9]"]),
        ("见[0]", 3, "见", ["[0]"]),
        ("范围[1-3]", 2, "范围[1,2]", ["[3]"]),
        ("没有资料时任何编号都无效[1]", 0, "没有资料时任何编号都无效", ["[1]"]),
    ],
)
def test_filter_citations(text, n, expected, removed):
    assert filter_citations(text, n) == (expected, removed)


def test_filter_citations_leaves_years_and_links_alone():
    text = "按教工[2024]12号文件执行，参见[说明](http://x)，做法[1]"
    assert filter_citations(text, 1) == (text, [])


def test_cited_numbers_in_order():
    assert cited_numbers("甲[2]乙[1,3]丙【2】") == [2, 1, 3]


def test_flag_law_citations_uses_the_real_lawbook(lawbook):
    text = "依据《工会法》第十一条和《中华人民共和国工会法》第11条，以及《工会法》第九十九条、《教师法》第七条。"
    assert flag_law_citations(text, lawbook) == ["《工会法》第九十九条"]


def test_flag_unknown_law_and_digest_articles(lawbook):
    text = "按《中国工会章程》第三条和《学校教职工代表大会规定》第七条执行。"
    # The charter is not in the book; the 教代会 regulation is only a digest without article texts.
    assert flag_law_citations(text, lawbook) == ["《中国工会章程》第三条", "《学校教职工代表大会规定》第七条"]


def test_strip_unknown_law_citations(lawbook):
    text = "根据《工会法》第九十九条，学校应建立工会。依据《工会法》第十一条、第二百条办理。参照《教师法》第七条。"
    clean, flagged = strip_unknown_law_citations(text, lawbook)
    assert clean == "根据《工会法》有关规定，学校应建立工会。依据《工会法》第十一条办理。参照《教师法》第七条。"
    assert flagged == ["《工会法》第九十九条", "《工会法》第二百条"]


def test_strip_leaves_titles_without_articles(lawbook):
    text = "学习《工会法》和《学校工会工作计划》。"
    assert strip_unknown_law_citations(text, lawbook) == (text, [])


def test_scrub_secret():
    from pydantic import SecretStr

    assert scrub_secret("key sk-abc-123 and sk-abc-123", "sk-abc-123") == "key *** and ***"
    assert scrub_secret("key sk-abc-123", SecretStr("sk-abc-123")) == "key ***"
    assert scrub_secret("nothing", None) == "nothing"
