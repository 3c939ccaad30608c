"""Uploads as the app takes them: the widget accepts any file, and this module says in Chinese why one is refused
(a kind of file we cannot read, empty, too big) before the knowledge base ever sees it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.errors import UserError
from assistant.export.markdown import md_text
from assistant.loading.names import upload_name

ALLOWED = (".txt", ".md", ".docx", ".pdf")
KINDS = "Word（.docx）、PDF、TXT 或 Markdown（.md）"


@dataclass(frozen=True)
class UploadOutcome:
    """What happened to one uploaded file, in words for the user."""

    filename: str
    ok: bool
    added: int
    message: str


def size_text(size: float) -> str:
    """A size in the words of a Chinese interface.

    >>> size_text(23 * 1024), size_text(3.5 * 1024 * 1024), size_text(10 * 1024 * 1024)
    ('23 千字节', '3.5 兆字节', '10 兆字节')
    """
    mb = size / 1024 / 1024
    if mb >= 0.1:
        return f"{mb:.1f}".removesuffix(".0") + " 兆字节"
    return f"{max(size / 1024, 1):.0f} 千字节"


def upload_hint(limit_mb: float) -> str:
    """What the upload box says it takes."""
    return f"可上传 {KINDS}文件，可一次选多个，每个不超过 {size_text(limit_mb * 1024 * 1024)}。"


def refusal(filename: str, size: int, limit_bytes: int) -> str | None:
    """Why a file is not even handed to the knowledge base (its kind, empty, too big), or None.

    >>> refusal("安装程序.exe", 100, 1000)
    '不能读取这种文件，请上传 Word（.docx）、PDF、TXT 或 Markdown（.md）文件。'
    >>> refusal("计划.DOCX", 0, 1000)
    '文件是空的，没有可读取的内容。'
    """
    name = upload_name(filename)
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix == ".doc":
        return "这是旧版 Word 文件，请在 Word 中“另存为”新版 Word 文档（.docx）后再上传。"
    if suffix not in ALLOWED:
        return f"不能读取这种文件，请上传 {KINDS}文件。"
    if size == 0:
        return "文件是空的，没有可读取的内容。"
    if size > limit_bytes:
        return f"文件太大（{size_text(size)}），超过了 {size_text(limit_bytes)}的上限，请删减或拆分后再上传。"
    return None


def handle_upload(assistant: Any, data: bytes, filename: str, owner: str = "") -> UploadOutcome:
    """Check the file, add it to the knowledge base, and describe the result in Chinese."""
    name = upload_name(filename)
    problem = refusal(name, len(data), assistant.settings.upload_limit_bytes)
    if problem:
        return UploadOutcome(name, False, 0, f"未加入：{problem}")
    try:
        result = assistant.add_upload(data, name, owner=owner)
    except UserError as exc:
        return UploadOutcome(name, False, 0, f"未加入：{exc.message}")
    if result.error:
        return UploadOutcome(result.filename, False, 0, f"未加入：{result.error}")
    if result.added == 0:
        return UploadOutcome(result.filename, False, 0, result.message or "未加入：没有新的内容。")
    # Quota refusals come back as errors (above); a school whose space is nearly used up hears it on success too.
    near = result.usage.near_limit_zh() if getattr(result, "usage", None) is not None else None
    return UploadOutcome(result.filename, True, result.added, f"已加入知识库：{result.added} 段。" + (near or ""))


def outcome_markdown(outcome: UploadOutcome) -> str:
    """One line of the upload results: the file's name and what happened, shown as text."""
    return f"{md_text(outcome.filename)}：{md_text(outcome.message)}"


def upload_progress(filename: str, number: int, total: int) -> str:
    """The progress line while uploads are read: the file name shown as text, never as Markdown."""
    return f"正在处理：{md_text(upload_name(filename))}（{number}/{total}）"
