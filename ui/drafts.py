"""The sidebar: who is signed in, the mode in one line, and the drafts — new, open, rename, delete. Choosing a draft
closes the sidebar (on a phone it covers the page)."""

from __future__ import annotations

import streamlit as st

from assistant.conversation.session import Session
from assistant.errors import StoreError
from assistant.services import Services
from assistant.web import accounts as web_accounts
from assistant.web import support as ui
from assistant.web.model_settings import status_caption
from ui import state
from ui.profile import forget_new_form


def _new_draft() -> None:
    st.session_state.session = Session(owner=state.current_owner(), author=state.current_author())
    st.query_params.pop("draft", None)
    forget_new_form()
    state.collapse_sidebar()


def open_draft(assistant: Services, draft_id: str | None = None) -> None:
    """Open a saved draft in this browser session (the sidebar's 打开)."""
    draft_id = draft_id or st.session_state.get("draft_pick")  # read at click time, not when the button was drawn
    session, notice = ui.restore_session(assistant, draft_id, owner=state.current_owner(),
                                         author=state.current_author())
    if notice:
        state.flash("error", notice)
        return
    st.session_state.session = session
    st.session_state.pop("draft_version", None)
    st.query_params["draft"] = session.draft_id
    state.collapse_sidebar()


def _rename_draft(assistant: Services) -> None:
    session = st.session_state.session
    try:
        assistant.store.rename(session.draft_id, st.session_state.get("draft_name", ""), owner=state.current_owner())
        state.flash("success", "已重命名。")
    except StoreError as exc:
        state.flash("error", exc.message)


def _delete_draft(assistant: Services) -> None:
    session = st.session_state.session
    if not st.session_state.get("draft_confirm"):
        state.flash("warning", "请先勾选“确认删除”。")
        return
    try:
        assistant.store.delete(session.draft_id, owner=state.current_owner())
    except StoreError as exc:
        state.flash("error", exc.message)
        return
    _new_draft()
    st.session_state.draft_confirm = False
    state.flash("success", "草稿已删除。")


def _sign_out() -> None:
    state.start_fresh()
    st.query_params.pop("draft", None)


def sidebar(assistant: Services, session: Session) -> None:
    """Who is signed in, the mode, and the drafts."""
    with st.sidebar:
        st.markdown("### 工会工作计划起草助手")
        st.caption(status_caption(assistant.settings))
        account = st.session_state.get("account")
        if account is not None:
            st.caption(web_accounts.account_caption(account))
            st.button("退出登录", key="sign_out", on_click=_sign_out, width="stretch")
        st.divider()
        st.markdown("#### 草稿")
        st.button("新建草稿", on_click=_new_draft, width="stretch")
        try:
            drafts = assistant.store.list(owner=state.current_owner())
        except StoreError as exc:
            st.error(ui.md_text(exc.message))
            return
        if not drafts:
            st.caption("还没有保存的草稿：填写学校信息并开始起草后会自动保存。")
            return
        names = {d.id: ui.draft_label(d) for d in drafts}
        ids = list(names)
        # The picker follows the open draft when that changes (opened, or created by the first save).
        if st.session_state.get("draft_pick") not in names or st.session_state.get("draft_pick_for") != session.draft_id:
            st.session_state.draft_pick = session.draft_id if session.draft_id in names else ids[0]
            st.session_state.draft_pick_for = session.draft_id
        st.selectbox("我的草稿", ids, format_func=lambda i: names.get(i, "草稿"), key="draft_pick")
        st.button("打开", on_click=open_draft, args=(assistant,), width="stretch")
        info = next((d for d in drafts if d.id == session.draft_id), None)
        if info is None:
            return
        with st.expander("管理当前草稿"):
            if st.session_state.get("draft_name_of") != (info.id, info.name):
                st.session_state.draft_name = info.name
                st.session_state.draft_name_of = (info.id, info.name)
            st.text_input("名称", key="draft_name", max_chars=200)
            st.button("重命名", on_click=_rename_draft, args=(assistant,))
            st.caption("历史版本和每一版的改动见“版本”页。")
            st.checkbox("确认删除", key="draft_confirm")
            st.button("删除草稿", on_click=_delete_draft, args=(assistant,))
