"""The school profile form: starts a plan, or (in 学校信息) changes the profile of the open one. Its messages show
under it, where the user is, and its fields show the saved profile whenever that changes."""

from __future__ import annotations

from typing import Any

import streamlit as st

from assistant.conversation.engine import Conversation
from assistant.errors import UserError
from assistant.web import forms
from ui import state

NEW = "f_"  # the form that starts a plan
OPEN = "p_"  # the form in 学校信息


def _values(prefix: str) -> dict[str, Any]:
    return {name: st.session_state.get(f"{prefix}{name}") for name in forms.FIELDS}


def _submit(prefix: str, update: bool) -> None:
    try:
        profile = forms.profile_from_form(_values(prefix))
    except UserError as exc:
        state.note(prefix, "error", exc.message)
        return
    if update:
        conversation = state.conversation()
        if conversation.plan is not None and conversation.plan.profile == profile:
            state.note(prefix, "info", "学校信息没有变化，无需保存。")
            return
        notice = conversation.update_profile(profile)
        state.note(prefix, "error" if notice else "success", f"未能保存：{notice}" if notice else "学校信息已更新并保存。")
    else:
        st.session_state.pop(f"note_{prefix}", None)
        state.set_pending("start", profile)


def forget_new_form() -> None:
    """A new draft starts from a blank form."""
    for name in (*forms.FIELDS, "synced"):
        st.session_state.pop(f"{NEW}{name}", None)
    st.session_state.pop(f"note_{NEW}", None)


def _fill(prefix: str, conversation: Conversation, update: bool) -> None:
    """Put the saved profile into the fields when it changed since they were filled (typing is never overwritten
    by anything else)."""
    profile = conversation.plan.profile if update and conversation.plan else None
    values, stamp = forms.form_values(profile, conversation.session.draft_id)
    if not forms.synced(st.session_state, f"{prefix}synced", stamp):
        for name, value in values.items():
            st.session_state[f"{prefix}{name}"] = value
        st.session_state[f"{prefix}synced"] = stamp


def profile_form(conversation: Conversation, update: bool) -> None:
    """The form itself, its message under it."""
    prefix = OPEN if update else NEW
    _fill(prefix, conversation, update)
    periods = forms.periods()
    with st.form(f"{prefix}form", border=not update):
        st.text_input("学校名称", key=f"{prefix}school", placeholder=forms.PLACEHOLDERS["school"], max_chars=60)
        st.selectbox("学校类型", forms.school_types(), key=f"{prefix}school_type", format_func=forms.school_type_label)
        c1, c2 = st.columns(2)
        c1.number_input("年份", min_value=2000, max_value=2100, step=1, key=f"{prefix}year")
        c2.selectbox("计划类型", periods, key=f"{prefix}period")
        c1, c2, c3 = st.columns(3)
        c1.number_input("教职工人数", min_value=0, step=1, key=f"{prefix}staff")
        c2.number_input("女教职工人数", min_value=0, step=1, key=f"{prefix}female_staff",
                        placeholder=forms.PLACEHOLDERS["female_staff"])
        c3.number_input("退休教职工人数", min_value=0, step=1, key=f"{prefix}retirees")
        st.text_input("上级工会", key=f"{prefix}upper_union", max_chars=60)
        st.text_area("本年度重点事项（每行一项）", key=f"{prefix}highlights",
                     placeholder=forms.PLACEHOLDERS["highlights"])
        st.text_area("希望突出的方面（可选，每行一项）", key=f"{prefix}focus", placeholder=forms.PLACEHOLDERS["focus"])
        st.form_submit_button("保存学校信息" if update else "开始起草", type="primary", on_click=_submit,
                              args=(prefix, update))
    if update and conversation.plan is not None and (told := forms.inferred_kind(conversation.plan.profile)):
        st.caption(told)
    state.show_note(prefix)
