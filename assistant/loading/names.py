"""The one place that says what an uploaded file is called and whether it is too big."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

UNNAMED = "未命名文件"


def upload_name(filename: str | None) -> str:
    """The name shown for an upload: its last path part, without control or format characters, never "." or "..".

    >>> upload_name("C:\\\\Users\\\\张\\\\计划.docx")
    '计划.docx'
    >>> upload_name("../..")
    '未命名文件'
    """
    visible = "".join(ch for ch in filename or "" if not unicodedata.category(ch).startswith("C"))
    name = visible.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name if name not in ("", ".", "..") else UNNAMED


def human_size(size: int) -> str:
    """1.5 MB / 320 KB, as users read sizes."""
    mb = size / 1024 / 1024
    return f"{mb:.1f} MB" if mb >= 0.1 else f"{size / 1024:.0f} KB"


def too_big(size: int, limit_bytes: int | None, name: str) -> str | None:
    """The Chinese reason a file of `size` bytes is refused, or None when it is within the limit."""
    if limit_bytes is None or size <= limit_bytes:
        return None
    return f"文件「{name}」太大（{human_size(size)}），超过上限 {human_size(limit_bytes)}。请删减内容或拆分后再上传。"


# ---- bounded uploads: what one file may cost to read, and what one school may keep (issue 15, item 2)


@dataclass(frozen=True)
class UploadLimits:
    """What reading one upload may cost: its size, its text, its passages (what is left of the school's quota;
    None: no quota, as when a stored upload is restored), and the reading process's time and memory."""

    max_bytes: int | None = None
    max_chars: int | None = None
    passages_left: int | None = None
    passages_quota: int | None = None
    seconds: float = 30.0
    memory_mb: int = 512


def count_zh(n: int, unit: str) -> str:
    """A count with its unit as users read it.

    >>> count_zh(3_493_888, "字"), count_zh(8500, "字")
    ('349 万字', '8500 字')
    """
    return f"{n / 10000:.0f} 万{unit}" if n >= 100_000 else f"{n} {unit}"


def too_many_chars(name: str, chars: int, limit: int) -> str:
    return (f"文件「{name}」的文字太多（约 {count_zh(chars, '字')}），单个文件最多 {count_zh(limit, '字')}，未加入资料库。"
            "请拆分成几个较小的文件后再上传。")


def too_many_passages(name: str, count: int, left: int, quota: int, at_least: bool = False) -> str:
    more = "以上" if at_least else ""
    return (f"文件「{name}」约有 {count_zh(count, '段')}{more}内容，本校资料库还可收录 {max(left, 0)} 段（上限 {quota} 段），"
            "未加入。请删减或拆分后再上传；如需更多空间，请联系管理员调整上限。")


def over_file_quota(name: str, quota: int) -> str:
    return (f"本校已上传 {quota} 个文件，达到上限，文件「{name}」未加入资料库。"
            "如需继续上传，请联系管理员调整上限。")


def over_byte_quota(name: str, size: int, used: int, quota: int) -> str:
    return (f"本校已上传的文件共 {human_size(used)}，加上文件「{name}」（{human_size(size)}）将超过上限 "
            f"{human_size(quota)}，未加入资料库。如需更多空间，请联系管理员调整上限。")


def took_too_long(name: str, seconds: float) -> str:
    return (f"文件「{name}」处理时间超过 {seconds:g} 秒，已停止处理，未加入资料库。"
            "文件可能过大或结构异常，请拆分成几个较小的文件后再上传。")


def needed_too_much_memory(name: str, memory_mb: int) -> str:
    return (f"文件「{name}」处理所需内存超过上限（{memory_mb} MB），已停止处理，未加入资料库。"
            "请拆分成几个较小的文件后再上传。")


def reading_failed(name: str) -> str:
    return f"文件「{name}」无法读取（读取过程意外中止），未加入资料库。请用 Word 等软件重新保存后再上传。"
