"""Downloads: file names, the .docx built only when it is asked for (and once per version of the plan), the
Markdown, and what the export leaves out, shown beside the buttons."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, MutableMapping
from typing import Any

from assistant.conversation.engine import Conversation
from assistant.export.markdown import md_text

_UNSAFE_NAME = re.compile(r"[^\w\u4e00-\u9fff\-—（）()]+")
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def download_name(title: str, extension: str) -> str:
    """A safe file name from the plan title: letters, digits, CJK and a few marks; never a path."""
    stem = _UNSAFE_NAME.sub("_", str(title or "")).strip("._ ")
    stem = re.sub(r"_+", "_", stem)[:80].strip("._ ") or "工会工作计划"
    return f"{stem}.{extension.lstrip('.')}"


def plan_hash(conversation: Conversation) -> str:
    """A fingerprint of what an export contains (the plan), so an unchanged plan is not rebuilt."""
    plan = conversation.plan
    data = json.dumps(plan.to_dict() if plan else None, ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(data.encode("utf-8")).hexdigest()


def docx_maker(conversation: Conversation, cache: MutableMapping[str, Any]) -> Callable[[], bytes]:
    """A function that builds the .docx when the download is asked for; the bytes are kept (in `cache`, the
    browser session's state) for as long as the plan does not change."""
    key = plan_hash(conversation)
    blocks = conversation.plan.to_blocks() if conversation.plan else []
    settings = conversation.settings

    def build() -> bytes:
        kept = cache.get("docx")
        if kept and kept[0] == key:
            return kept[1]
        from assistant.export.docx import docx_bytes  # noqa: PLC0415 - python-docx loads only for a download

        data = docx_bytes(blocks, settings)
        cache["docx"] = (key, data)
        return data

    return build


def markdown_bytes(conversation: Conversation) -> bytes:
    """The Markdown file (cheap: built on every draw)."""
    return conversation.markdown().encode("utf-8")


def export_warnings_markdown(conversation: Conversation, listed: int = 2) -> str:
    """What an export would leave out (sections skipped or not yet written), as one escaped line, or "": the
    engine's own words for one or two sections, a count and their names for more."""
    warnings = conversation.export_warnings()
    if not warnings:
        return ""
    if len(warnings) <= listed:
        return "导出前请注意：" + md_text("".join(warnings))
    plan = conversation.plan
    names = [plan.sections[k].title + ("（已跳过）" if plan.sections[k].status == "skipped" else "")
             for k in plan.missing()]
    return md_text(f"还有 {len(names)} 个部分尚未完成，导出的计划中不含：" + "、".join(names) + "。")
