"""What the Streamlit app needs besides drawing: form → Profile, safe Markdown, sources, uploads, file names, drafts,
sign-in (multi-user mode: which owner every call uses) and the chat throttle.

Everything here is a pure function (or works on objects passed in), so it is unit-tested without Streamlit.
All text that reaches `st.markdown` goes through `md_text` (escaped), never raw: user text, file names and model
output must show as text, not as links, HTML or formatting.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from assistant.check.findings import KIND_LABELS
from assistant.conversation.engine import Conversation
from assistant.conversation.session import Done, Reply, Session, Token, Turn
from assistant.domain.calendar import PERIODS
from assistant.domain.passages import Citation
from assistant.domain.profile import Profile
from assistant.drafts.accounts import Account, AccountError
from assistant.errors import ProfileError, StoreError, UserError
from assistant.export.markdown import md_text
from assistant.loading.names import too_big, upload_name

# CommonMark lets any ASCII punctuation be backslash-escaped; Streamlit adds `:color[...]`, emoji `:x:` and `$`
# for LaTeX, so those are escaped too. `<` and `>` are escaped so nothing can look like a tag or an autolink.
_WORD_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_UNSAFE_NAME = re.compile(r"[^\w\u4e00-\u9fff\-—（）()]+")

STATUS_LABELS = {"empty": "未起草", "proposed": "待确认", "accepted": "已采用", "skipped": "已跳过（未完成）",
                 "not_applicable": "不适用"}
FINDING_LABELS = KIND_LABELS  # the checker's kinds in Chinese (assistant.check.findings)
GREETING = (
    "您好！我是工会工作计划起草助手。填写学校的基本信息后，我会参照范文和《工会法》等政策文件，"
    "逐节给出建议稿（指导思想、工作目标、主要工作、月份安排……），您可以采用、换一版、改得更正式或跳过，"
    "也可以随时提问、提出修改要求。完成后可下载公文格式的 Word 文档。"
)
OFFLINE_HINT = "如需接入大模型：在 `.env` 中设置 `OPENAI_API_KEY`、`OPENAI_BASE_URL` 和 `ASSISTANT_MODEL`，然后重启应用。"


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
            import jieba  # noqa: PLC0415 - deferred: the dictionary loads only when a long term needs cutting

            terms.extend(w for w in jieba.cut_for_search(token) if len(w) >= 2 and _CJK.search(w))
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


# ---------------------------------------------------------------------------------------------------- profile form


def _number(value: Any) -> Any:
    """Form numbers arrive as int/float or text; keep blanks blank so Profile names the missing field."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip()
    return value


def profile_from_form(values: Mapping[str, Any]) -> Profile:
    """Build a Profile from the form's values; raises ProfileError with the Chinese reason."""
    female = _number(values.get("female_staff"))
    data = {
        "school": values.get("school") or "",
        "year": _number(values.get("year")),
        "period": values.get("period") or "年度",
        "staff": _number(values.get("staff")),
        "female_staff": None if female in (None, "") else female,
        "retirees": _number(values.get("retirees")) if values.get("retirees") not in (None, "") else 0,
        "upper_union": values.get("upper_union") or "",
        "highlights": values.get("highlights") or "",
        "focus": values.get("focus") or "",
    }
    if data["period"] not in PERIODS:
        raise ProfileError(f"计划类型应为{'、'.join(PERIODS)}之一")
    return Profile.from_dict(data)


def form_defaults(profile: Profile | None, this_year: int) -> dict[str, Any]:
    """Initial form values: the saved profile's, or sensible blanks for a new plan."""
    if profile is None:
        return {
            "school": "", "year": this_year, "period": "年度", "staff": 60, "female_staff": None, "retirees": 0,
            "upper_union": "区教育工会", "highlights": "", "focus": "",
        }
    return {
        "school": profile.school, "year": profile.year, "period": profile.period, "staff": profile.staff,
        "female_staff": profile.female_staff, "retirees": profile.retirees, "upper_union": profile.upper_union,
        "highlights": "\n".join(profile.highlights), "focus": "\n".join(profile.focus),
    }


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


def citation_markdown(citation: Citation | Mapping[str, Any]) -> str:
    """One source for the 来源 expander: label, document, section or article, and the quoted passage (escaped)."""
    c = citation if isinstance(citation, Citation) else Citation(**dict(citation))
    if c.kind == "law" and c.article:
        head = c.label or f"《{c.law or c.title}》{c.article}"
    else:
        head = c.label or c.title or c.source
    lines = [f"**\\[{c.n}\\] {md_text(head)}**"]
    where = [f"文件：{md_text(c.title or c.source)}（{md_text(c.source)}）" if c.title and c.source else
             f"文件：{md_text(c.title or c.source)}"]
    if c.kind == "law" and c.article:
        where.append(f"条款：{md_text(c.article)}")
    elif c.section:
        where.append(f"章节：{md_text(c.section)}")
    lines.append(" · ".join(where))
    if c.quote:
        lines.append(f"“{md_text(c.quote.strip())}”")
    return "  \n".join(lines)


def finding_markdown(finding: Any) -> str:
    """One checker finding with its suggestion, escaped."""
    label = FINDING_LABELS.get(finding.kind, finding.kind)
    parts = [f"**{md_text(label)}**：{md_text(finding.message)}"]
    if finding.text:
        parts.append(f"原文：“{md_text(finding.text)}”" + (f"（第 {finding.line} 行）" if finding.line else ""))
    if finding.suggestion:
        parts.append(f"建议：{md_text(finding.suggestion)}")
    return "  \n".join(parts)


def section_text(paragraphs: Iterable[str]) -> str:
    """A section as the editor shows it: one paragraph per line."""
    return "\n".join(paragraphs)


# ---------------------------------------------------------------------------------------------------- uploads


@dataclass(frozen=True)
class UploadOutcome:
    """What happened to one uploaded file, in words for the user."""

    filename: str
    ok: bool
    added: int
    message: str


def handle_upload(assistant: Any, data: bytes, filename: str, owner: str = "") -> UploadOutcome:
    """Check the size limit, add the file to the knowledge base, and describe the result in Chinese."""
    name = upload_name(filename)
    problem = too_big(len(data), assistant.settings.upload_limit_bytes, name)
    if problem:
        return UploadOutcome(name, False, 0, f"未加入：{problem}")
    if not data:
        return UploadOutcome(name, False, 0, "未加入：文件是空的。")
    try:
        result = assistant.add_upload(data, name, owner=owner)
    except UserError as exc:
        return UploadOutcome(name, False, 0, f"未加入：{exc.message}")
    if result.error:
        return UploadOutcome(result.filename, False, 0, f"未加入：{result.error}")
    if result.added == 0:
        return UploadOutcome(result.filename, False, 0, result.message or "未加入：没有新的内容。")
    return UploadOutcome(result.filename, True, result.added, f"已加入知识库：{result.added} 段。")


def upload_progress(filename: str, number: int, total: int) -> str:
    """The progress line while uploads are read: the file name shown as text, never as Markdown."""
    return f"正在处理：{md_text(upload_name(filename))}（{number}/{total}）"


# ---------------------------------------------------------------------------------------------------- file names


def download_name(title: str, extension: str) -> str:
    """A safe file name from the plan title: letters, digits, CJK and a few marks; never a path."""
    stem = _UNSAFE_NAME.sub("_", str(title or "")).strip("._ ")
    stem = re.sub(r"_+", "_", stem)[:80].strip("._ ") or "工会工作计划"
    return f"{stem}.{extension.lstrip('.')}"


# ---------------------------------------------------------------------------------------------------- drafts


def restore_session(assistant: Any, draft_id: str | None, owner: str = "") -> tuple[Session, str | None]:
    """A session for the draft in the URL (reopened from the store), or a fresh one plus the reason it failed."""
    if not draft_id:
        return Session(owner=owner), None
    try:
        saved = assistant.store.get(draft_id, owner=owner)
        session = Session.from_content(saved.content, owner=owner, draft_id=saved.info.id,
                                       version=saved.info.current_version)
    except (StoreError, ProfileError) as exc:
        return Session(owner=owner), f"无法打开草稿：{exc.message}"
    except (KeyError, TypeError, ValueError):
        return Session(owner=owner), "无法打开草稿：保存的内容格式有误。"
    conversation = Conversation(assistant, session)
    session.history.append(_restored_turn(saved.info.name, conversation))
    return session, None


def _restored_turn(name: str, conversation: Conversation):
    text = f"已打开草稿“{name}”。" + conversation.progress_text()
    if conversation.session.proposal is not None:
        text += f"\n\n待确认的建议稿：“{conversation.session.proposal.title}”（见下方按钮）。"
    return Turn(role="assistant", text=text)


def draft_label(info: Any) -> str:
    """How a draft is listed: name and last change (local time, minutes)."""
    when = info.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{info.name}（{when}）"


# ---------------------------------------------------------------------------------------------------- accounts


SIGN_IN_FAILED = "用户名或密码错误"
SIGN_IN_BLANK = "请输入用户名和密码。"
PASSWORDS_DIFFER = "两次输入的密码不一致。"
REQUEST_SENT = "「{school}」已有账户。您的加入申请已提交，本校管理员批准后即可用此用户名登录；也可以向本校管理员索取邀请码后重新注册。"
ROLE_LABELS = {"school_admin": "本校管理员", "member": "成员", "district_admin": "区县管理员"}
STATUS_NAMES = {"active": "已启用", "pending": "待批准"}
OUTCOME_LABELS = {
    "ok": "登录成功", "wrong_password": "密码错误", "unknown_user": "用户名不存在", "throttled": "尝试过快被拒",
    "locked": "锁定期间被拒", "too_long": "密码超长被拒", "busy": "服务繁忙被拒", "pending": "待批准账户尝试登录",
    "registered": "注册并创建学校", "requested": "申请加入", "joined": "凭邀请码加入",
}


def needs_sign_in(multi_user: bool, account: Account | None) -> bool:
    """True when the sign-in screen must come first (multi-user mode and nobody signed in)."""
    return multi_user and account is None


def owner_for(account: Account | None) -> str:
    """Whose uploads and drafts this browser session sees: the account's school id, or "" for the single local user."""
    return account.owner if account is not None else ""


def client_address(ip_address: str | None, headers: Mapping[str, str] | None, trust_proxy: bool) -> str:
    """The address sign-in throttling counts by: the proxy's X-Real-IP / X-Forwarded-For when it is trusted."""
    if trust_proxy and isinstance(headers, Mapping) and headers:
        lowered = {str(k).lower(): str(v) for k, v in headers.items()}
        forwarded = lowered.get("x-real-ip") or lowered.get("x-forwarded-for", "").split(",")[-1]
        if forwarded.strip():
            return forwarded.strip()[:64]
    return ip_address[:64] if isinstance(ip_address, str) else ""  # not known (e.g. a test harness)


def sign_in(accounts: Any, username: str | None, password: str | None, address: str = "") -> tuple[Account | None, str | None]:
    """The account for a name and password, or the reason in Chinese (never saying which of the two was wrong)."""
    if not (username or "").strip() or not password:
        return None, SIGN_IN_BLANK
    result = accounts.sign_in(username, password, address)
    if result.account is None:
        return None, result.message or SIGN_IN_FAILED
    return result.account, None


def register_account(
    accounts: Any, username: str | None, password: str | None, confirm: str | None, school: str | None,
    invite: str | None = None, address: str = "",
) -> tuple[Account | None, str | None]:
    """Create an account, or the reason in Chinese. A request to join an existing school comes back pending:
    (the pending account, the notice) — it may not sign in until the school's administrator approves it."""
    if (password or "") != (confirm or ""):
        return None, PASSWORDS_DIFFER
    try:
        account = accounts.register(username or "", password or "", school or "", invite=invite or "", address=address)
    except AccountError as exc:
        return None, exc.message
    if not account.active:
        return account, REQUEST_SENT.format(school=account.school)
    return account, None


def account_caption(account: Account) -> str:
    """The sidebar line naming who is signed in (escaped)."""
    where = account.school or "区县"
    return f"当前账户：{md_text(account.username)}（{md_text(where)} · {ROLE_LABELS.get(account.role, account.role)}）"


def member_label(account: Account) -> str:
    """One account in an administrator's list."""
    school = f"{account.school} · " if account.school else ""
    return f"{account.username}（{school}{ROLE_LABELS.get(account.role, account.role)}，{STATUS_NAMES.get(account.status, account.status)}）"


def audit_rows(events: Iterable[tuple[str, str, str, str]]) -> list[dict[str, str]]:
    """The sign-in log as table rows with Chinese headings."""
    return [{"时间": at, "用户名": user, "地址": address or "—", "结果": OUTCOME_LABELS.get(outcome, outcome)}
            for at, user, address, outcome in events]


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
