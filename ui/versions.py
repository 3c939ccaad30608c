"""The 版本 tab: every saved version with its time, who saved it (multi-user mode) and what happened, what the chosen
one changed against the version before it, and restoring it."""

from __future__ import annotations

import streamlit as st

from assistant.conversation.engine import Conversation
from assistant.errors import StoreError
from assistant.web import support as ui
from assistant.web import versions as history
from ui import state

SHOWN = 8  # versions listed at a glance; more scroll inside the list


def _restore() -> None:
    assistant = state.get_assistant()
    session = st.session_state.session
    version = st.session_state.get("draft_version")
    try:
        assistant.store.restore(session.draft_id, int(version), owner=state.current_owner(),
                                author=state.current_author())
    except (StoreError, TypeError, ValueError) as exc:
        state.note("versions", "error", getattr(exc, "message", "无法恢复该版本。"))
        return
    restored, notice = ui.restore_session(assistant, session.draft_id, owner=state.current_owner(),
                                          author=state.current_author())
    if notice:
        state.note("versions", "error", notice)
        return
    st.session_state.session = restored
    st.session_state.pop("draft_version", None)
    state.note("versions", "success", f"已恢复第 {version} 版（另存为最新版本）。")


def versions_tab(conversation: Conversation) -> None:
    """The history of the open draft."""
    session = conversation.session
    state.show_note("versions")
    if not session.draft_id:
        st.caption("还没有保存的版本：采用第一节后会自动保存。")
        return
    store = conversation.services.store
    try:
        infos = store.versions(session.draft_id, owner=session.owner)
    except StoreError as exc:
        st.error(ui.md_text(exc.message))
        return
    rows = history.version_rows(infos, show_author=conversation.settings.multi_user)
    with st.container(height=220 if len(rows) > SHOWN else "content", border=False, key="version_list"):
        st.markdown("  \n".join(ui.md_text(row.label) for row in rows))
    labels = {row.version: row.label for row in rows}
    if st.session_state.get("draft_version") not in labels:
        st.session_state.draft_version = rows[0].version
    st.selectbox("查看某一版改了什么", list(labels), format_func=labels.get, key="draft_version")
    chosen = int(st.session_state.draft_version)
    with st.container(border=True):
        st.markdown(f"**第 {chosen} 版与上一版相比**")
        try:
            st.markdown(history.version_diff(store, session.draft_id, chosen, owner=session.owner))
        except StoreError as exc:
            st.error(ui.md_text(exc.message))
    if chosen != session.version:
        st.button("恢复此版本", key="restore_version", on_click=_restore)
