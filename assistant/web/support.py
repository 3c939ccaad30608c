"""What the Streamlit app needs besides drawing, and the one module it imports from the package for it: replies
streamed as safe Markdown, search highlights, drafts reopened from the store, the action throttle — plus, re-exported
here, the forms, sources and findings, uploads, downloads, versions, the schedule editor, the 设置 panel and accounts
(each in its own module of assistant/web).

Everything here is a pure function (or works on objects passed in), so it is unit-tested without Streamlit.
All text that reaches `st.markdown` goes through `md_text` (escaped), never raw: user text, file names and model
output must show as text, not as links, HTML or formatting.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Done, Reply, Session, Token, Turn
from assistant.domain.plan import STATUS_LABELS as PLAN_STATUS_LABELS
from assistant.drafts.accounts import Account
from assistant.errors import ProfileError, StoreError
from assistant.export.markdown import md_text
from assistant.index.lexicon import base_tokenizer
from assistant.web.exports import download_name
from assistant.web.forms import form_defaults, profile_from_form
from assistant.web.sources import citation_markdown, finding_markdown
from assistant.web.uploads import UploadOutcome, handle_upload, upload_progress

__all__ = ["GREETING", "STATUS_LABELS", "ReplyStream", "UploadOutcome", "citation_markdown", "download_name",
           "draft_label", "finding_markdown", "form_defaults", "handle_upload", "highlight", "md_text",
           "new_session_key", "profile_from_form", "query_terms", "restore_session", "section_text",
           "throttle_keys", "throttle_notice", "upload_progress"]

_WORD_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_CJK = re.compile(r"[\u4e00-\u9fff]")

STATUS_LABELS = {**PLAN_STATUS_LABELS, "skipped": "已跳过（未完成）"}
GREETING = (
    "您好！我是工会工作计划起草助手。先在“学校信息”里填写学校的基本情况，我会参照范文和《工会法》等政策文件，"
    "逐节给出建议稿（指导思想、工作目标、主要工作、月份安排……），您可以采用、换一版、改得更正式或跳过，"
    "也可以随时提问、提出修改要求。完成后可下载公文格式的 Word 文档。"
)


# ---------------------------------------------------------------------------------------------------- Markdown


def query_terms(query: str) -> list[str]:
    """The words of a search query worth highlighting: whitespace tokens, and jieba words for long CJK runs."""
    terms: list[str] = []
    for token in str(query).split():
        token = _WORD_EDGE.sub("", token)
        if not token:
            continue
        terms.append(token)
        if _CJK.search(token) and len(token) > 2:
            terms.extend(w for w in base_tokenizer().cut_for_search(token) if len(w) >= 2 and _CJK.search(w))
    unique = list(dict.fromkeys(terms))
    return sorted(unique, key=len, reverse=True)  # longest first, so 教代会 wins over 代会


def highlight(text: str, query: str) -> str:
    """Escaped Markdown of `text` with the query's terms in bold; nothing in `text` can become markup."""
    text = str(text)
    spans: list[tuple[int, int]] = []
    lowered = text.lower()
    for term in query_terms(query):
        needle = term.lower()
        start = lowered.find(needle)
        while start >= 0:
            end = start + len(needle)
            if all(end <= a or start >= b for a, b in spans):
                spans.append((start, end))
            start = lowered.find(needle, end)
    spans.sort()
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out.append(md_text(text[pos:start]))
        out.append(f"**{md_text(text[start:end])}**")
        pos = end
    out.append(md_text(text[pos:]))
    return "".join(out)


# ---------------------------------------------------------------------------------------------------- replies


class ReplyStream:
    """Iterate to get the escaped token texts for `st.write_stream`; afterwards `.reply` holds the Done reply."""

    def __init__(self, events: Iterable[Token | Done]):
        self._events = events
        self.reply: Reply | None = None

    def __iter__(self) -> Iterator[str]:
        for event in self._events:
            if isinstance(event, Token):
                if event.text:
                    yield md_text(event.text)
            elif isinstance(event, Done):
                self.reply = event.reply


def section_text(paragraphs: Iterable[str]) -> str:
    """A section as the editor shows it: one paragraph per line."""
    return "\n".join(paragraphs)


# ---------------------------------------------------------------------------------------------------- drafts


def restore_session(assistant: Any, draft_id: str | None, owner: str = "", author: str = ""
                    ) -> tuple[Session, str | None]:
    """A session for the draft in the URL (reopened from the store), or a fresh one plus the reason it failed.
    `author` (the account's name in multi-user mode) is noted with every version the session saves."""
    if not draft_id:
        return Session(owner=owner, author=author), None
    try:
        saved = assistant.store.get(draft_id, owner=owner)
        session = Session.from_content(saved.content, owner=owner, draft_id=saved.info.id,
                                       version=saved.info.current_version)
    except (StoreError, ProfileError) as exc:
        return Session(owner=owner, author=author), f"无法打开草稿：{exc.message}"
    except (KeyError, TypeError, ValueError):
        return Session(owner=owner, author=author), "无法打开草稿：保存的内容格式有误。"
    session.author = author
    conversation = Conversation(assistant, session)
    session.history.append(_restored_turn(saved.info.name, conversation))
    return session, None


def _restored_turn(name: str, conversation: Conversation):
    text = f"已打开草稿“{name}”。" + conversation.progress_text()
    if conversation.session.proposal is not None:
        text += f"\n\n待确认的建议稿：“{conversation.session.proposal.title}”（见对话框下方的按钮）。"
    return Turn(role="assistant", text=text)


def draft_label(info: Any) -> str:
    """How a draft is listed: name and last change (local time, minutes)."""
    local = info.updated_at.astimezone()
    return f"{info.name}（{local.year}年{local.month}月{local.day}日 {local.strftime('%H:%M')}）"


# ---------------------------------------------------------------------------------------------------- throttle


THROTTLED_KEPT = "您的消息没有发送，已放回输入框，稍后直接发送即可。"


def new_session_key() -> str:
    """A random id for one browser session (kept across sign-in and sign-out of that session)."""
    return uuid.uuid4().hex


def throttle_keys(account: Account | None, address: str, session_key: str) -> tuple[str, str | None]:
    """(whose budget an action counts against, the school budget it also counts against): the account and its
    school when signed in, else the client address, so a new browser session does not bring a fresh allowance."""
    if account is not None:
        return f"user:{account.username}", f"school:{account.owner}"
    return (f"addr:{address}" if address else f"session:{session_key}"), None


def throttle_notice(throttle: Any, key: str | tuple[str, str | None], text: str) -> str | None:
    """None when the action may go ahead (and is counted), else the warning to show instead of running it."""
    notice = throttle.check(*key) if isinstance(key, tuple) else throttle.check(key)
    if notice is None:
        return None
    return notice + (THROTTLED_KEPT if (text or "").strip() else "")
