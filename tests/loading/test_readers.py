"""Documents are read by content; every unreadable file gets a Chinese reason naming it."""

from __future__ import annotations

import tracemalloc

import pytest

from assistant.errors import LoadError
from assistant.loading.readers import read_document
from tests.loading_fixtures import (
    make_docx,
    make_many_members_zip,
    make_pdf,
    make_zip_bomb,
    with_extra_member,
)


def test_docx_paragraphs_and_tables_come_out_in_body_order():
    data = make_docx(
        [
            "学校工会工作计划",
            "一、指导思想",
            [["月份", "工作内容"], ["三月", "三八妇女节活动"], ["九月", "教师节慰问"]],
            "二、主要工作",
        ]
    )
    text = read_document(data, "计划.docx")
    lines = [l for l in text.split("\n") if l.strip()]
    assert lines[0] == "学校工会工作计划"
    assert lines[1] == "一、指导思想"
    assert "月份" in lines[2] and "工作内容" in lines[2]
    assert "三月" in lines[3] and "三八妇女节活动" in lines[3]
    assert "九月" in lines[4] and "教师节慰问" in lines[4]
    assert lines[5] == "二、主要工作"


def test_docx_is_recognised_by_content_not_extension():
    data = make_docx(["一、指导思想", "以人为本"])
    assert "以人为本" in read_document(data, "upload.bin")


def test_text_pdf_is_read():
    data = make_pdf(["Trade union work plan 2024", "Item one: teachers day"])
    text = read_document(data, "plan.pdf")
    assert "Trade union work plan 2024" in text
    assert "teachers day" in text


def test_text_file_named_pdf_is_refused_not_misread():
    with pytest.raises(LoadError) as err:
        read_document("纯文本".encode() * 3, "计划.pdf")
    assert "计划.pdf" in err.value.message


def assert_refused(data: bytes, filename: str, *words: str, **kwargs) -> str:
    with pytest.raises(LoadError) as err:
        read_document(data, filename, **kwargs)
    message = err.value.message
    assert filename in message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)
    for word in words:
        assert word in message
    return message


def test_empty_file_is_refused():
    assert_refused(b"", "空.txt", "空")
    assert_refused(b"  \n\t\n", "空白.txt", "空")


def test_binary_file_is_refused():
    assert_refused(bytes(range(256)) * 8, "数据.txt", "文本")


def test_random_bytes_named_docx_are_refused():
    import random

    data = random.Random(7).randbytes(3000)
    assert_refused(data, "计划.docx")


def test_truncated_docx_is_refused_as_damaged():
    data = make_docx(["一、指导思想", "内容" * 200])
    assert_refused(data[: len(data) // 2], "半截.docx", "损坏")


def test_legacy_doc_is_refused_with_save_as_docx_hint():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000
    assert_refused(data, "旧版.doc", ".docx")


def test_docx_with_macros_is_refused():
    data = with_extra_member(make_docx(["一、指导思想"]), "word/vbaProject.bin", b"\x00" * 100)
    assert_refused(data, "宏.docx", "宏")


def test_docm_content_type_is_refused():
    docx = make_docx(["一、指导思想"])
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
                )
            dst.writestr(info, data)
    assert_refused(out.getvalue(), "宏文档.docx", "宏")


def test_zip_bomb_is_refused_fast_without_inflating():
    bomb = make_zip_bomb()
    tracemalloc.start()
    try:
        assert_refused(bomb, "炸弹.docx", "压缩")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # refused from the zip directory, nothing inflated


def test_small_high_ratio_zip_is_refused():
    assert_refused(make_zip_bomb(size=5 * 1024 * 1024), "比例.docx", "压缩比")


def test_zip_with_too_many_members_is_refused():
    assert_refused(make_many_members_zip(), "部件.docx", "过多")


def test_oversized_file_is_refused_before_parsing():
    data = ("一、指导思想\n" * 100).encode("utf-8")
    assert_refused(data, "大文件.txt", "上限", limit_bytes=100)


def test_corrupt_pdf_is_refused():
    assert_refused(b"%PDF-1.4\n" + b"\x8f garbage " * 50, "坏.pdf", "PDF")


def test_scanned_pdf_without_text_is_refused_as_scan():
    assert_refused(make_pdf(None), "扫描.pdf", "扫描")


def test_gbk_text_file_is_read():
    text = read_document("一、指导思想\n关心女职工".encode("gbk"), "计划.txt")
    assert text == "一、指导思想\n关心女职工"
