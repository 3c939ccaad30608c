"""The 知识库 tab: counts, uploads with a result per file (the widget takes any file; refusals are explained in
Chinese), and search with the matches highlighted and sources named by their titles."""

from __future__ import annotations

import streamlit as st

from assistant.services import Services
from assistant.web import support as ui
from assistant.web import uploads
from ui import state


def _upload_files() -> None:
    files = st.session_state.get("kb_files") or []
    st.session_state.kb_to_add = [(f.name, f.getvalue()) for f in files]
    if not files:
        st.session_state.kb_results = []
        state.note("kb", "warning", "请先选择要上传的文件。")
    else:
        st.session_state.pop("note_kb", None)


def _add(assistant: Services, to_add: list[tuple[str, bytes]]) -> None:
    bar = st.progress(0.0, text="正在加入知识库…")
    outcomes = []
    for i, (name, data) in enumerate(to_add, start=1):
        bar.progress((i - 1) / len(to_add), text=uploads.upload_progress(name, i, len(to_add)))
        outcomes.append(uploads.handle_upload(assistant, data, name, owner=state.current_owner()))
    bar.progress(1.0, text="处理完成")
    st.session_state.kb_results = outcomes


def _counts(assistant: Services) -> None:
    stats = assistant.stats(owner=state.current_owner())
    with st.container(horizontal=True, key="kb_counts"):
        st.metric("文档", stats.documents)
        st.metric("计划范文", stats.plans)
        st.metric("段落", stats.passages)
        st.metric("上传文件", stats.uploads)


def _upload(assistant: Services) -> None:
    st.markdown("#### 上传文件")
    with st.form("kb_upload", clear_on_submit=True):
        st.file_uploader(uploads.upload_hint(assistant.settings.upload_limit_mb), accept_multiple_files=True,
                         key="kb_files")
        st.form_submit_button("加入知识库", on_click=_upload_files, type="primary")
    state.show_note("kb")
    for outcome in st.session_state.get("kb_results", []):
        (st.success if outcome.ok else st.warning)(uploads.outcome_markdown(outcome))


def _search(assistant: Services) -> None:
    st.markdown("#### 搜索知识库")
    query = st.text_input("搜索", key="kb_query", placeholder="例如：教代会 提案", label_visibility="collapsed")
    if not query.strip():
        return
    hits = assistant.search(query.strip(), k=8, owner=state.current_owner())
    if not hits:
        st.info("没有找到相关内容。")
    for n, hit in enumerate(hits, start=1):
        passage = hit.passage
        with st.container(border=True):
            st.markdown(f"**{n}. {ui.md_text(passage.citation)}**")
            st.markdown(ui.highlight(passage.text, query))


def knowledge_page(assistant: Services) -> None:
    """Knowledge base: counts, uploads with per-file results, and search with highlighted matches."""
    state.ensure_index(assistant)
    to_add = st.session_state.pop("kb_to_add", None)
    if to_add:
        _add(assistant, to_add)
    _counts(assistant)
    _upload(assistant)
    _search(assistant)
