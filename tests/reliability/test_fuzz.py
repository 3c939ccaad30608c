"""Property tests: reading, cleaning, chunking and checking never crash on arbitrary input, and lose no text."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.check.review import check_text
from assistant.errors import LoadError
from assistant.loading.chunking import chunk_plan
from assistant.loading.cleaning import RawPlan, normalize
from assistant.loading.readers import read_document
from assistant.loading.statutes import LawBook
from tests.reliability.conftest import SHIPPED

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
NAMES = st.sampled_from(["计划.txt", "计划.docx", "计划.pdf", "计划.md", "计划.doc", "无扩展名", ""])


@FAST
@given(data=st.binary(max_size=4096), name=NAMES)
def test_read_document_raises_only_load_error(data, name):
    try:
        text = read_document(data, name, limit_bytes=1024 * 1024)
    except LoadError as exc:
        assert exc.message and re.search(r"[\u4e00-\u9fff]", exc.message)
    else:
        assert isinstance(text, str) and text.strip()


def _zip_with(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@FAST
@given(
    document=st.binary(max_size=2048),
    extra=st.dictionaries(st.sampled_from(["[Content_Types].xml", "word/_rels/document.xml.rels", "_rels/.rels"]),
                          st.binary(max_size=512), max_size=3),
)
def test_read_document_on_broken_docx_raises_only_load_error(document, extra):
    data = _zip_with({"word/document.xml": document, **extra})
    with pytest.raises(LoadError):
        read_document(data, "坏.docx")


@FAST
@given(st.text(max_size=800))
def test_normalize_never_crashes_and_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


HEADING = st.one_of(
    st.builds(lambda n, t: f"{'一二三四五六七八九十'[n]}、{t}", st.integers(0, 9), st.text(CJK, min_size=2, max_size=8)),
    st.builds(lambda n, t: f"（{'一二三四五六七八九十'[n]}）{t}", st.integers(0, 9), st.text(CJK, min_size=2, max_size=8)),
)
BODY = st.builds(lambda t, end: t + end, st.text(st.one_of(CJK, st.sampled_from("，、；0123456789")), min_size=1, max_size=120),
                 st.sampled_from(["。", "；", ""]))


@FAST
@given(st.lists(st.tuples(st.booleans(), HEADING, BODY), min_size=1, max_size=25))
def test_chunk_plan_loses_no_body_text(items):
    lines = []
    for is_heading, heading, body in items:
        lines.append(heading if is_heading else body)
    text = normalize("\n".join(lines))
    passages = chunk_plan(RawPlan("测试计划", text), "fuzz.txt")
    joined = "\n".join(p.text for p in passages)
    # Bare headings with nothing under them are dropped by design; every body line must survive whole.
    heading = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
    for line in text.split("\n"):
        line = line.strip()
        if line and not heading.match(line) and not re.fullmatch(r"[（(]?略[）)]?", line):
            assert line in joined, line
    assert {ch for ch in text if "\u4e00" <= ch <= "\u9fff" and not heading.match(ch)} <= (
        set(joined) | {ch for line in text.split("\n") if heading.match(line.strip()) for ch in line}
    )


@FAST
@given(st.text(max_size=400))
def test_chunk_plan_never_crashes_on_arbitrary_text(text):
    for passage in chunk_plan(RawPlan("测试", normalize(text)), "fuzz.txt"):
        assert passage.text.strip()


@pytest.fixture(scope="module")
def lawbook():
    return LawBook.from_dir(SHIPPED / "policy")


@FAST
@given(text=st.text(max_size=600), year=st.integers(2000, 2100))
def test_check_text_never_crashes(lawbook, text, year):
    for finding in check_text(text, year, lawbook):
        assert finding.message


@FAST
@given(st.lists(st.sampled_from(["《工会法》第", "十一条", "第二十", "条规定", "20xx年", "××", "一、", "（一）", "1.",
                                 "\n", "“", "”", "十九大", "十三五", "女职工", "《", "》", "教代会"]), max_size=60),
       st.integers(2000, 2100))
def test_check_text_never_crashes_on_plan_like_fragments(lawbook, parts, year):
    check_text("".join(parts), year, lawbook)
