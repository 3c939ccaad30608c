"""Multi-user mode: the sign-in and registration screen, and the 账户管理 tab for administrators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from assistant.settings import load_settings
from assistant.web import accounts as web_accounts
from assistant.web.accounts import AccountError, AccountStore
from ui import state


def _sign_in(accounts: AccountStore) -> None:
    account, error = web_accounts.sign_in(accounts, st.session_state.get("login_username"),
                                          st.session_state.get("login_password"), state.client_address())
    if account is None:
        st.session_state.login_error = error
        st.session_state.login_password = ""
        return
    state.start_fresh(account)


def _register(accounts: AccountStore) -> None:
    get = st.session_state.get
    account, message = web_accounts.register_account(accounts, get("reg_username"), get("reg_password"),
                                                     get("reg_confirm"), get("reg_school"), get("reg_invite"),
                                                     state.client_address())
    st.session_state.reg_password = st.session_state.reg_confirm = ""
    if account is None:
        st.session_state.reg_error = message
        return
    if not account.active:
        st.session_state.pop("reg_error", None)
        st.session_state.reg_notice = message
        return
    state.start_fresh(account)


def sign_in_page() -> None:
    """Sign in, or register (a new school, a request to join one, or an invitation code)."""
    st.markdown("### 工会工作计划起草助手")
    try:
        accounts = state.get_accounts()
    except AccountError as exc:
        st.error(web_accounts.md_text(exc.message))
        return
    login_tab, register_tab = st.tabs(["登录", "注册"])
    with login_tab:
        with st.form("login_form"):
            st.text_input("用户名", key="login_username", max_chars=64)
            st.text_input("密码", type="password", key="login_password", max_chars=128)
            st.form_submit_button("登录", type="primary", on_click=_sign_in, args=(accounts,))
        if st.session_state.get("login_error"):
            st.error(web_accounts.md_text(st.session_state.login_error))
    with register_tab:
        st.caption("第一个注册某所学校的账户成为本校管理员；同校的其他老师凭管理员给的邀请码注册，或提交加入申请等管理员批准。"
                   "本校上传的文件和起草的计划只有本校账户能看到，范文和政策文件各校共用。")
        with st.form("register_form"):
            st.text_input("用户名", key="reg_username", max_chars=32, placeholder="3～32 个字",
                          help="汉字、字母、数字或 . _ - @，3～32 个字符")
            st.text_input("学校名称", key="reg_school", max_chars=60, placeholder="有邀请码时可不填")
            st.text_input("邀请码（可选）", key="reg_invite", max_chars=20, placeholder="管理员给的邀请码")
            st.text_input("密码", type="password", key="reg_password", max_chars=128, placeholder="至少 8 位",
                          help="至少 8 位，字母和数字混合，不要用常见密码")
            st.text_input("确认密码", type="password", key="reg_confirm", max_chars=128)
            st.form_submit_button("注册", on_click=_register, args=(accounts,))
        if st.session_state.get("reg_error"):
            st.error(web_accounts.md_text(st.session_state.reg_error))
        if st.session_state.get("reg_notice"):
            st.info(web_accounts.md_text(st.session_state.reg_notice))


def _admin_do(action: Callable[[], Any], done: str) -> None:
    try:
        result = action()
    except AccountError as exc:
        state.note("admin", "error", exc.message)
        return
    state.note("admin", "success", done.format(result=result))


def admin_page(account: Any) -> None:
    """Administrators: approve requests to join, hand out invitation codes, see members and the sign-in log."""
    accounts = state.get_accounts()
    if account.is_district_admin:
        st.markdown("#### 开通学校")
        st.text_input("学校名称", key="adm_new_school", max_chars=60)
        st.button("开通并生成本校管理员邀请码", key="adm_create", on_click=lambda: _admin_do(
            lambda: accounts.invite(account, accounts.create_school(account, st.session_state.get("adm_new_school", "")).id,
                                    role="school_admin"), "学校已开通。本校管理员邀请码（只显示这一次）：{result}"))
    else:
        st.button("生成邀请码（本校成员，只显示一次）", key="adm_invite", on_click=lambda: _admin_do(
            lambda: accounts.invite(account), f"邀请码（只显示这一次，{load_settings().invite_days:g} 天内有效）：{{result}}"))
    state.show_note("admin")
    st.markdown("#### 待批准的加入申请")
    pending = accounts.accounts(account, status="pending")
    if not pending:
        st.caption("没有待批准的申请。")
    for other in pending:
        c1, c2, c3 = st.columns([3, 1, 1])
        c1.markdown(web_accounts.md_text(web_accounts.member_label(other)))
        c2.button("批准", key=f"adm_ok_{other.username}", on_click=lambda name=other.username: _admin_do(
            lambda: accounts.approve(account, name), "已批准 {result.username} 加入。"))
        c3.button("拒绝", key=f"adm_no_{other.username}", on_click=lambda name=other.username: _admin_do(
            lambda: accounts.remove(account, name), "已拒绝该申请。"))
    st.markdown("#### 成员")
    for other in accounts.accounts(account, status="active"):
        st.markdown(web_accounts.md_text(web_accounts.member_label(other)))
    st.markdown("#### 登录记录")
    st.dataframe(web_accounts.audit_rows(accounts.audit(account, limit=100)), hide_index=True)
