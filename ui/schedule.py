"""The monthly schedule as a table with a row editor (month, 工作内容, 负责, 参与): in the chat while it is proposed,
and in 逐节修改. Every saved row is a new version of the draft."""

from __future__ import annotations

import streamlit as st

from assistant.conversation.engine import Conversation
from assistant.errors import UserError
from assistant.web import schedule as table
from ui import state


def _load_row(prefix: str, index: int) -> None:
    month, activity, lead, participants = table.row_values(state.conversation().plan, index)
    st.session_state[f"{prefix}_month"] = month
    st.session_state[f"{prefix}_activity"] = activity
    st.session_state[f"{prefix}_lead"] = lead
    st.session_state[f"{prefix}_people"] = participants


def _picked(prefix: str) -> int:
    return int(st.session_state.get(f"{prefix}_pick", table.NEW_ROW))


def _save_row(prefix: str) -> None:
    conversation = state.conversation()
    get = st.session_state.get
    try:
        rows, what = table.edited_rows(conversation.plan, _picked(prefix), get(f"{prefix}_month"),
                                       get(f"{prefix}_activity"), get(f"{prefix}_lead"), get(f"{prefix}_people"))
    except UserError as exc:
        state.note(prefix, "error", exc.message)
        return
    notice = conversation.edit_schedule(rows, what)
    state.note(prefix, "error" if notice else "success", f"未能保存：{notice}" if notice else f"已保存：{what}。")
    if _picked(prefix) == table.NEW_ROW:
        st.session_state[f"{prefix}_pick"] = table.NEW_ROW
    st.session_state.pop(f"{prefix}_synced", None)


def _delete_row(prefix: str) -> None:
    conversation = state.conversation()
    try:
        rows, what = table.without_row(conversation.plan, _picked(prefix))
    except UserError as exc:
        state.note(prefix, "error", exc.message)
        return
    notice = conversation.edit_schedule(rows, what)
    state.note(prefix, "error" if notice else "success", f"未能保存：{notice}" if notice else f"已保存：{what}。")
    st.session_state[f"{prefix}_pick"] = table.NEW_ROW
    st.session_state.pop(f"{prefix}_synced", None)


def schedule_editor(conversation: Conversation, prefix: str) -> None:
    """The table as it stands, and a form to change one row, add one or delete one."""
    plan = conversation.plan
    st.markdown("**月度工作安排**（表格）")
    st.markdown(table.table_markdown(plan))
    choices = table.row_choices(plan)
    labels = {c.index: c.label for c in choices}
    if st.session_state.get(f"{prefix}_pick") not in labels:
        st.session_state[f"{prefix}_pick"] = table.NEW_ROW
    picked = st.session_state[f"{prefix}_pick"]
    stamp = (picked, tuple(plan.schedule_rows()))
    if st.session_state.get(f"{prefix}_synced") != stamp:
        _load_row(prefix, picked)
        st.session_state[f"{prefix}_synced"] = stamp
    with st.expander("逐行修改表格", key=f"{prefix}_open", on_change="rerun"):
        st.selectbox("要修改的行", list(labels), format_func=labels.get, key=f"{prefix}_pick")
        with st.form(f"{prefix}_form", border=False):
            st.selectbox("月份", table.month_options(plan), format_func=lambda m: f"{m}月", key=f"{prefix}_month")
            st.text_input("工作内容", key=f"{prefix}_activity", max_chars=table.CELL_LIMIT)
            lead, people = st.columns(2)
            lead.text_input("负责", key=f"{prefix}_lead", max_chars=table.CELL_LIMIT)
            people.text_input("参与", key=f"{prefix}_people", max_chars=table.CELL_LIMIT)
            save, delete = st.columns(2)
            save.form_submit_button("保存这一行", type="primary", on_click=_save_row, args=(prefix,))
            if picked != table.NEW_ROW:
                delete.form_submit_button("删除这一行", on_click=_delete_row, args=(prefix,))
        state.show_note(prefix)
