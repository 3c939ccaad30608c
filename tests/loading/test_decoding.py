"""Text files in the encodings Chinese users actually have come out as the right characters."""

from __future__ import annotations

import codecs
import os

import pytest

from assistant.errors import LoadError
from assistant.loading.decoding import decode_text

PLAN = "学校工会工作计划\n一、指导思想\n认真学习《工会法》，维护教职工合法权益，关心女职工。\n"
TRADITIONAL = "學校工會工作計劃\n一、指導思想\n認真學習《工會法》，維護教職工合法權益，關心女職工。\n"


@pytest.mark.parametrize(
    "data, expected",
    [
        (PLAN.encode("gbk"), PLAN),
        (PLAN.encode("gb18030"), PLAN),
        ("女职工工作计划".encode("gbk"), "女职工工作计划"),
        ("工会".encode("gbk"), "工会"),
        ("教代会换届选举".encode("gb18030"), "教代会换届选举"),
        (TRADITIONAL.encode("big5"), TRADITIONAL),
        ("女職工工作計劃".encode("big5"), "女職工工作計劃"),
        (codecs.BOM_UTF16_LE + PLAN.encode("utf-16-le"), PLAN),
        (codecs.BOM_UTF16_BE + PLAN.encode("utf-16-be"), PLAN),
        (PLAN.encode("utf-16-le"), PLAN),
        (PLAN.encode("utf-16-be"), PLAN),
        (PLAN.encode("utf-8-sig"), PLAN),
        (PLAN.encode("utf-32"), PLAN),
        (PLAN.encode("utf-8"), PLAN),
        ("Plan 2024: 工会 work\n".encode("utf-16-le"), "Plan 2024: 工会 work\n"),
    ],
    ids=lambda v: "" if isinstance(v, bytes) else v[:6],
)
def test_decodes_common_chinese_encodings(data, expected):
    assert decode_text(data, "计划.txt") == expected


def test_binary_data_is_refused_with_file_name():
    with pytest.raises(LoadError) as err:
        decode_text(bytes(range(256)) * 4, "图片.txt")
    assert "图片.txt" in err.value.message


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes_are_refused(seed):
    data = random_bytes(seed)
    with pytest.raises(LoadError):
        decode_text(data, "random.txt")


def random_bytes(seed: int) -> bytes:
    import random

    return random.Random(seed).randbytes(400)


def test_os_random_bytes_are_refused():
    with pytest.raises(LoadError):
        decode_text(os.urandom(1000) + b"\x00\x01\x02", "x.txt")


@pytest.mark.parametrize("data", [b"\x00\xff" * 100, b"\xff\x00" * 100, b"\x00A\x00\xff" * 50], ids=["be", "le", "mixed"])
def test_alternating_nul_binary_is_refused_not_read_as_utf16(data):
    # NULs in every other byte look like BOM-less UTF-16; as text this would be "ÿÿÿ…".
    with pytest.raises(LoadError) as err:
        decode_text(data, "数据.txt")
    assert "二进制" in err.value.message and "数据.txt" in err.value.message


def test_bom_less_utf16_with_a_few_accented_letters_is_still_text():
    text = "Café résumé plan for 工会“计划”\n"
    assert decode_text(text.encode("utf-16-be"), "plan.txt") == text
