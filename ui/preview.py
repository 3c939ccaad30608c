"""The plan column: progress, then tabs — the preview, the section editors, the checker's findings (each opening
its section), the version history and the school's profile — and the downloads with what they leave out."""

from __future__ import annotations

import streamlit as st

from assistant.conversation.engine import Conversation
from assistant.errors import UserError
from assistant.export.markdown import render
from assistant.web import exports, forms
from assistant.web import support as ui
from assistant.web.exports import DOCX_MIME
from assistant.web.scroll import ANSWER, section_anchor
from assistant.web.sources import finding_view
from ui import state
from ui.profile import profile_form
from ui.schedule import schedule_editor
from ui.versions import versions_tab

PREVIEW, EDIT, CHECK, VERSIONS, SCHOOL = "计划预览", "逐节修改", "检查结果", "版本", "学校信息"
TAB_KEY = "plan_tab"


def _save_section(key: str) -> None:
    conversation = state.conversation()
    text = st.session_state.get(f"edit_{key}", "")
    st.session_state[section_anchor(key)] = True  # the editor stays open under its new status
    try:
        forms.check_section_text(text, conversation.settings.section_limit)
    except UserError as exc:
        state.note(section_anchor(key), "error", exc.message)
        return
    notice = conversation.edit_section(key, text)
    state.note(section_anchor(key), "error" if notice else "success", f"未能保存：{notice}" if notice else "已保存修改。")


def _draft_section(key: str) -> None:
    state.set_pending("propose", key)
    state.scroll_to(ANSWER)


def open_section(key: str) -> None:
    """Show a section's editor: 逐节修改, the section opened and scrolled to (a finding's link)."""
    st.session_state[TAB_KEY] = EDIT
    st.session_state[section_anchor(key)] = True
    state.scroll_to(section_anchor(key))


def open_profile() -> None:
    st.session_state[TAB_KEY] = SCHOOL


def _findings(conversation: Conversation) -> list:
    """The checker's findings, worked out once per version of the plan (reruns are frequent, checking is not free)."""
    key = exports.plan_hash(conversation)
    kept = st.session_state.get("findings")
    if not kept or kept[0] != key:
        kept = (key, conversation.findings())
        st.session_state.findings = kept
    return kept[1]


def _editors(conversation: Conversation) -> None:
    plan = conversation.plan
    limit = conversation.settings.section_limit
    for key in plan.draftable():
        draft = plan.sections[key]
        status = ui.STATUS_LABELS.get(draft.status, draft.status)
        stamp = (conversation.session.draft_id, tuple(draft.paragraphs))
        if not forms.synced(st.session_state, f"edit_{key}_synced", stamp):
            st.session_state[f"edit_{key}"] = ui.section_text(draft.paragraphs)
            st.session_state[f"edit_{key}_synced"] = stamp
        with st.expander(f"{draft.title}（{status}）", key=section_anchor(key), on_change="rerun"):
            st.text_area("内容（每行一段）", key=f"edit_{key}", height=160, max_chars=limit)
            with st.container(horizontal=True):
                st.button("保存", key=f"save_{key}", type="primary", on_click=_save_section, args=(key,))
                st.button("让助手起草这一节", key=f"draft_{key}", on_click=_draft_section, args=(key,))
            state.show_note(section_anchor(key))
            if key == "schedule" and plan.schedule:
                schedule_editor(conversation, prefix="edit_sched")


def _check(conversation: Conversation, findings: list) -> None:
    if not findings:
        st.markdown("未发现问题。")
        return
    st.caption(f"共 {len(findings)} 处。点“在逐节修改中打开”直接修改那一节。")
    plan = conversation.plan
    editable = {key: plan.sections[key].title for key in plan.draftable()}
    for n, finding in enumerate(findings):
        view = finding_view(finding, editable)
        with st.container(border=True):
            st.markdown(view.markdown)
            if view.section:
                st.button(view.link, key=f"find_{n}", on_click=open_section, args=(view.section,))
            elif view.profile:
                st.button(view.link, key=f"find_{n}", on_click=open_profile)


def _downloads(conversation: Conversation) -> None:
    title = conversation.plan.profile.plan_title
    warning = exports.export_warnings_markdown(conversation)
    if warning:
        st.warning(warning)
    c1, c2 = st.columns(2)
    c1.download_button("下载 Word 文档", data=exports.docx_maker(conversation, st.session_state.setdefault("exports", {})),
                       file_name=exports.download_name(title, "docx"), mime=DOCX_MIME, key="dl_docx",
                       on_click="ignore", width="stretch")
    c2.download_button("下载 Markdown", data=exports.markdown_bytes(conversation),
                       file_name=exports.download_name(title, "md"), mime="text/markdown", key="dl_md",
                       on_click="ignore", width="stretch")


def _is_open(tab) -> bool:
    # `.open` is None where the selected tab is not known (a test harness): then every tab is drawn.
    return tab.open if tab.open is not None else True


def preview_column(conversation: Conversation) -> None:
    """Progress, the tabs (only the open one is drawn), the downloads."""
    plan = conversation.plan
    done, total = plan.progress()
    st.progress(done / total if total else 0.0, text=f"进度：{done}/{total}")
    state.show_flash()
    findings = _findings(conversation)
    check_label = f"{CHECK}（{len(findings)}）"
    # The tab bar is a new widget whenever the count changes: carry the open tab over (under its new name).
    open_now = str(st.session_state.get(TAB_KEY, PREVIEW))
    st.session_state[TAB_KEY] = check_label if open_now.startswith(CHECK) else open_now
    preview, edit, check, versions, school = st.tabs([PREVIEW, EDIT, check_label, VERSIONS, SCHOOL], key=TAB_KEY,
                                                     on_change="rerun")
    if _is_open(preview):
        with preview, st.container(height=440, border=False):
            st.markdown(render(plan.to_blocks(), preview=True))
    if _is_open(edit):
        with edit:
            _editors(conversation)
    if _is_open(check):
        with check:
            _check(conversation, findings)
    if _is_open(versions):
        with versions:
            versions_tab(conversation)
    if _is_open(school):
        with school:
            profile_form(conversation, update=True)
    _downloads(conversation)
