"""The one place that says what an uploaded file is called and whether it is too big."""

from __future__ import annotations

import unicodedata

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
