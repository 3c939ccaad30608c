"""Streamlit app: the page and its tabs. Drawing lives in ui/, everything else in the package (assistant.web and the
conversation engine); this file only decides which screen to draw."""

from __future__ import annotations

import streamlit as st

from assistant.conversation.engine import Conversation
from assistant.settings import load_settings
from assistant.web import accounts as web_accounts
from assistant.web.scroll import close_sidebar_script, scroll_script
from ui import state, styles
from ui.chat import chat_column
from ui.drafts import sidebar
from ui.knowledge import knowledge_page
from ui.preview import preview_column
from ui.profile import profile_form
from ui.settings import settings_page
from ui.signin import admin_page, sign_in_page


def header() -> None:
    with st.container(key="header"):
        st.markdown("**工会工作计划起草助手**　:gray[按学校情况逐节起草，随时提问、修改，完成后下载公文格式的 Word 文档]")


def draft_tab(conversation: Conversation) -> None:
    """Chat on the left, the school form (no plan yet) or the plan on the right; on a phone the form comes first."""
    starting = (st.session_state.get("pending") or ("",))[0] == "start"  # the plan exists once the chat has run
    with st.container(key="start" if conversation.plan is None and not starting else "drafting"):
        left, right = st.columns([3, 2], gap="medium")
        with left:
            chat_column(conversation.services, conversation)
        with right:
            if conversation.plan is None:
                state.show_flash()
                st.markdown("#### 学校信息")
                profile_form(conversation, update=False)
            else:
                preview_column(conversation)


def scripts(collapse: bool) -> None:
    """Scripts queued by this run: bring the newest answer or an opened section into view, close the sidebar."""
    target = st.session_state.pop("scroll", None)
    nonce = st.session_state.get("scroll_nonce", 0)
    with st.container(key="scripts"):
        if target:
            st.html(scroll_script(*target), unsafe_allow_javascript=True)
        if collapse:
            st.html(close_sidebar_script(nonce), unsafe_allow_javascript=True)


def main() -> None:
    """Draw the whole page for one run of the script."""
    collapse = st.session_state.pop("collapse_sidebar", False)
    st.set_page_config(page_title="工会工作计划起草助手", page_icon="📝", layout="wide",
                       initial_sidebar_state="collapsed" if collapse else None)
    styles.apply()
    settings = load_settings()
    account = state.current_account() if settings.multi_user else None
    if web_accounts.needs_sign_in(settings.multi_user, account):
        sign_in_page()
        return
    if settings.multi_user:
        state.moved_once(settings.model_dump_json())
    assistant = state.get_assistant()
    session = state.get_session(assistant)
    conversation = Conversation(assistant, session)
    header()
    admin = web_accounts.is_admin(account)
    names = ["起草", "知识库"] + (["设置"] if admin or not settings.multi_user else []) + (["账户管理"] if admin else [])
    tabs = dict(zip(names, st.tabs(names, key="main_tab", on_change="rerun")))
    if tabs["起草"].open is not False:
        with tabs["起草"]:
            draft_tab(conversation)
    if tabs["知识库"].open:
        with tabs["知识库"]:
            knowledge_page(assistant)
    if "设置" in tabs and tabs["设置"].open:
        with tabs["设置"]:
            settings_page(assistant)
    if "账户管理" in tabs and tabs["账户管理"].open:
        with tabs["账户管理"]:
            admin_page(account)
    sidebar(assistant, session)  # drawn last so it lists the draft an action in this run may have created
    state.show_flash()
    scripts(collapse)
    state.ensure_index(assistant)  # after the first screen is drawn, so the form shows while the index builds


main()
