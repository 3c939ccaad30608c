"""Accounts in the app (multi-user mode): signing in and registering with Chinese messages, who is signed in, the
owner every call is scoped by, and what the 账户管理 tab lists. The app reaches the account store only through here."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from assistant.drafts.accounts import Account, AccountError, AccountStore
from assistant.drafts.migration import move_legacy_data
from assistant.export.markdown import md_text
from assistant.settings import Settings

__all__ = ["Account", "AccountError", "AccountStore"]

log = logging.getLogger(__name__)


def open_accounts(settings: Settings) -> AccountStore:
    """The account store for these settings (the app keeps one per process)."""
    return AccountStore(settings)


def move_old_data(accounts: AccountStore, services: Any) -> None:
    """Once per process: drafts and uploads saved under an old school name move to the school's id."""
    services.ensure_ready()
    moved = move_legacy_data(accounts, services.store, services.index)
    if moved.drafts or moved.uploads:
        log.info("moved %d drafts and %d uploads from school names to school ids", moved.drafts, moved.uploads)


def is_admin(account: Account | None) -> bool:
    """Whether the signed-in account administers a school or the district (sees 账户管理 and 设置)."""
    return account is not None and (account.is_school_admin or account.is_district_admin)


def author_of(account: Account | None) -> str:
    """Who a saved version is noted as made by: the account's name in multi-user mode, nobody otherwise."""
    return account.username if account is not None else ""


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
