"""Streamlit app: draws the screens and delegates to the conversation engine (logic lives in assistant/ui_support)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from typing import Any

import streamlit as st

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Session, Turn
from assistant.domain.calendar import PERIODS
from assistant.drafts.accounts import AccountError, AccountStore
from assistant.drafts.migration import move_legacy_data
from assistant.errors import StoreError, UserError
from assistant.export.markdown import render
from assistant.services import Services, build_services
from assistant.settings import Settings, load_settings
from assistant.web import support as ui
from assistant.web.throttle import MessageThrottle

log = logging.getLogger("assistant.app")

UPLOAD_TYPES = ["txt", "md", "docx", "pdf"]
ACTIONS: dict[str, tuple[str, Callable[[Conversation], Iterator]]] = {
    "accept": ("采用", lambda c: c.accept()),
    "regenerate": ("换一版", lambda c: c.regenerate()),
    "formalize": ("改得更正式", lambda c: c.formalize("formal")),
    "skip": ("跳过", lambda c: c.skip()),
}


# ---------------------------------------------------------------------------------------------------- resources


@st.cache_resource(show_spinner=False)
def _assistant_for(settings_key: str) -> Services:
    # Keyed by the settings, so changed settings get their own Services; nothing per-user lives here.
    return build_services(load_settings())


def get_assistant() -> Services:
    """The process-wide Services (index, retriever, model, store) for the current settings."""
    return _assistant_for(load_settings().model_dump_json())


@st.cache_resource(show_spinner=False)
def _throttle_for(capacity: int, per_seconds: float, school_capacity: int) -> MessageThrottle:
    # Process-wide like the Services; one bucket per account (or address) and per school inside.
    return MessageThrottle(capacity, per_seconds, school_capacity=school_capacity)


def get_throttle(settings: Settings) -> MessageThrottle:
    """The process-wide action throttle for the configured rates."""
    return _throttle_for(settings.throttle_messages, settings.throttle_seconds, settings.throttle_school_messages)


@st.cache_resource(show_spinner=False)
def _accounts_for(settings_key: str) -> AccountStore:
    return AccountStore(load_settings())


def get_accounts() -> AccountStore:
    """The process-wide account store (multi-user mode)."""
    return _accounts_for(load_settings().model_dump_json())


@st.cache_resource(show_spinner=False)
def _moved_for(settings_key: str) -> bool:
    # Once per process: drafts and uploads saved under an old school name move to the school's id.
    assistant = get_assistant()
    assistant.ensure_ready()
    moved = move_legacy_data(get_accounts(), assistant.store, assistant.settings.uploads_dir, assistant.add_upload)
    if moved.drafts or moved.uploads:
        log.info("moved %d drafts and %d uploads from school names to school ids", moved.drafts, moved.uploads)
    return True


def client_address() -> str:
    """This browser's address as sign-in throttling counts it."""
    context = getattr(st, "context", None)
    return ui.client_address(getattr(context, "ip_address", None), getattr(context, "headers", None),
                             load_settings().trust_proxy_headers)


def current_account() -> Any:
    """The signed-in account as it is now: signed out when it was removed, or its school or role changed."""
    account = st.session_state.get("account")
    if account is None:
        return None
    fresh = get_accounts().refresh(account)
    if fresh != account:
        _start_fresh(fresh)
    return fresh


def session_key() -> str:
    """This browser session's random id (made once), the key the throttle counts by."""
    if "session_id" not in st.session_state:
        st.session_state.session_id = ui.new_session_key()
    return st.session_state.session_id


def current_owner() -> str:
    """The owner of every upload, search and draft in this browser session ("" in single-user mode)."""
    return ui.owner_for(st.session_state.get("account"))


def ensure_index(assistant: Services) -> None:
    """Build the knowledge index on first use, with a spinner (cheap afterwards)."""
    if st.session_state.get("index_ready"):
        return
    with st.spinner("正在建立知识库索引…"):
        assistant.ensure_ready()
    st.session_state.index_ready = True


def get_session(assistant: Services) -> Session:
    """This browser session's state; on a fresh page, reopen the draft named in the URL (?draft=…)."""
    if "session" not in st.session_state:
        session, notice = ui.restore_session(assistant, st.query_params.get("draft"), owner=current_owner())
        st.session_state.session = session
        if notice:
            st.session_state.flash = ("warning", notice)
            st.query_params.pop("draft", None)
    return st.session_state.session


def set_pending(kind: str, argument: Any = None) -> None:
    """Queue an action (from a button or the chat box) for the chat column to stream on this run."""
    st.session_state.pending = (kind, argument)


def flash(kind: str, text: str) -> None:
    """Keep a one-off message (success/warning/error) to show on the next draw."""
    st.session_state.flash = (kind, text)


def show_flash() -> None:
    """Show and forget the pending one-off message, if any."""
    if "flash" in st.session_state:
        kind, text = st.session_state.pop("flash")
        getattr(st, kind)(ui.md_text(text))


# ---------------------------------------------------------------------------------------------------- chat


def show_sources(citations: list) -> None:
    """The reply's sources in a collapsed 来源 expander."""
    if not citations:
        return
    with st.expander("来源"):
        for citation in citations:
            st.markdown(ui.citation_markdown(citation))


def show_notice(notice: str | None) -> None:
    """What went wrong while answering (e.g. the model failed and the offline engine answered)."""
    if notice:
        st.warning(ui.md_text(notice))


def replay(history: list[Turn]) -> None:
    """Redraw the conversation so far (or the greeting on a fresh page)."""
    if not history:
        with st.chat_message("assistant"):
            st.markdown(ui.md_text(ui.GREETING))
    for turn in history:
        with st.chat_message(turn.role):
            st.markdown(ui.md_text(turn.text))
            if turn.role == "assistant":
                show_notice(turn.notice)
                show_sources(turn.citations)


def run_action(assistant: Services, conversation: Conversation, kind: str, argument: Any) -> None:
    """Stream one action's reply into the chat (the engine records it in the session's history)."""
    ensure_index(assistant)
    # With a model every action may call it: one budget per account (or address) and per school, whatever the
    # browser session. Offline only chat messages count (buttons run the composer, no model).
    keys = ui.throttle_keys(st.session_state.get("account"), client_address(), session_key())
    text = argument if kind == "send" and isinstance(argument, str) else ""
    counted = kind == "send" or assistant.chat_model is not None
    notice = ui.throttle_notice(get_throttle(assistant.settings), keys, text) if counted else None
    if notice:
        st.warning(ui.md_text(notice))
        if text.strip():
            st.session_state.chat_text = text  # back into the chat box (drawn later in this run): not lost
        return
    if kind == "start":
        events = conversation.start(argument)
    elif kind == "send":
        if argument.strip():
            with st.chat_message("user"):
                st.markdown(ui.md_text(argument.strip()))
        events = conversation.send(argument)
    elif kind == "propose":
        events = conversation.propose(argument)
    else:
        label, action = ACTIONS[kind]
        conversation.session.history.append(Turn(role="user", text=label))
        with st.chat_message("user"):
            st.markdown(ui.md_text(label))
        events = action(conversation)
    with st.chat_message("assistant"):
        stream = ui.ReplyStream(events)
        try:
            st.write_stream(stream)
        except UserError as exc:
            st.error(ui.md_text(exc.message))
            return
        except Exception:  # the user gets a message; the details go to the log
            log.exception("action %s failed", kind)
            st.error("处理时出错了，请重试；如果反复出现，请把日志发给管理员。")
            return
        reply = stream.reply
        if reply is not None:
            show_notice(reply.notice)
            show_sources(reply.citations)


def chat_column(assistant: Services, conversation: Conversation) -> None:
    """History, the queued action streamed, proposal buttons and the chat box."""
    session = conversation.session
    box = st.container(height=540)
    with box:
        replay(session.history)
        pending = st.session_state.pop("pending", None)
        if pending:
            run_action(assistant, conversation, *pending)
    if session.draft_id:
        st.query_params["draft"] = session.draft_id
    if session.proposal is not None:
        cols = st.columns(len(ACTIONS))
        for col, (kind, (label, _)) in zip(cols, ACTIONS.items()):
            col.button(label, key=f"act_{kind}", on_click=set_pending, args=(kind,), width="stretch",
                       type="primary" if kind == "accept" else "secondary")
    st.chat_input("提问、提出修改要求，例如：女工部分应该写什么？", key="chat_text",
                  on_submit=lambda: set_pending("send", st.session_state.get("chat_text") or ""))


# ---------------------------------------------------------------------------------------------------- profile form


def _form_values(prefix: str) -> dict[str, Any]:
    fields = ("school", "year", "period", "staff", "female_staff", "retirees", "upper_union", "highlights", "focus")
    return {name: st.session_state.get(f"{prefix}{name}") for name in fields}


def current_conversation(assistant: Services) -> Conversation:
    """The conversation over this browser session's state as it is now (callbacks run before the script)."""
    return Conversation(assistant, st.session_state.session)


def _submit_profile(prefix: str, assistant: Services, update: bool) -> None:
    try:
        profile = ui.profile_from_form(_form_values(prefix))
    except UserError as exc:
        st.session_state[f"{prefix}error"] = exc.message
        return
    st.session_state.pop(f"{prefix}error", None)
    if update:
        current_conversation(assistant).update_profile(profile)
        flash("success", "学校信息已更新并保存。")
    else:
        set_pending("start", profile)


def profile_form(prefix: str, conversation: Conversation, update: bool) -> None:
    """The school profile form: starts a plan, or updates the profile of the open one."""
    defaults = ui.form_defaults(conversation.plan.profile if update and conversation.plan else None,
                                dt.date.today().year)
    with st.form(f"{prefix}form", border=not update):
        st.text_input("学校名称", value=defaults["school"], key=f"{prefix}school", placeholder="例如：江城市实验中学")
        c1, c2 = st.columns(2)
        c1.number_input("年份", min_value=2000, max_value=2100, value=defaults["year"], step=1, key=f"{prefix}year")
        c2.selectbox("计划类型", PERIODS, index=PERIODS.index(defaults["period"]), key=f"{prefix}period")
        c1, c2, c3 = st.columns(3)
        c1.number_input("教职工人数", min_value=0, value=defaults["staff"], step=1, key=f"{prefix}staff")
        c2.number_input("女教职工人数", min_value=0, value=defaults["female_staff"], step=1,
                        key=f"{prefix}female_staff", placeholder="可不填")
        c3.number_input("退休教职工人数", min_value=0, value=defaults["retirees"], step=1, key=f"{prefix}retirees")
        st.text_input("上级工会", value=defaults["upper_union"], key=f"{prefix}upper_union")
        st.text_area("本年度重点事项（每行一项）", value=defaults["highlights"], key=f"{prefix}highlights",
                     placeholder="例如：10月建校60周年校庆\n新校区启用")
        st.text_area("希望突出的方面（可选，每行一项）", value=defaults["focus"], key=f"{prefix}focus")
        st.form_submit_button("保存学校信息" if update else "开始起草", type="primary",
                              on_click=_submit_profile, args=(prefix, conversation.services, update))
    if st.session_state.get(f"{prefix}error"):
        st.error(ui.md_text(st.session_state[f"{prefix}error"]))


# ---------------------------------------------------------------------------------------------------- preview


def _save_section(assistant: Services, key: str, widget: str) -> None:
    notice = current_conversation(assistant).edit_section(key, st.session_state.get(widget, ""))
    if notice:
        flash("error", f"未能保存：{notice}")
    else:
        flash("success", "已保存修改。")


def preview_column(assistant: Services, conversation: Conversation) -> None:
    """Progress, the plan preview, per-section editors, checker findings, profile and downloads."""
    plan = conversation.plan
    session = conversation.session
    done, total = plan.progress()
    st.progress(done / total if total else 0.0, text=f"进度：{done}/{total}")
    show_flash()
    findings = conversation.findings()
    preview, edit, check, school = st.tabs(["计划预览", "逐节修改", f"检查结果（{len(findings)}）", "学校信息"])
    with preview:
        with st.container(height=440, border=False):
            st.markdown(render(plan.to_blocks(), preview=True))
    with edit:
        stamp = f"{session.draft_id}_{session.version}"
        for key in plan.draftable():
            draft = plan.sections[key]
            status = ui.STATUS_LABELS.get(draft.status, draft.status)
            with st.expander(f"{draft.title}（{status}）"):
                widget = f"edit_{key}_{stamp}"
                st.text_area("内容（每行一段）", value=ui.section_text(draft.paragraphs), key=widget, height=160)
                c1, c2 = st.columns(2)
                c1.button("保存", key=f"save_{key}_{stamp}", on_click=_save_section, args=(assistant, key, widget))
                c2.button("让助手起草这一节", key=f"draft_{key}_{stamp}", on_click=set_pending, args=("propose", key))
    with check:
        if not findings:
            st.markdown("未发现问题。")
        for finding in findings:
            st.markdown(ui.finding_markdown(finding))
    with school:
        profile_form(f"p_{session.draft_id}_{session.version}_", conversation, update=True)
    title = plan.profile.plan_title
    c1, c2 = st.columns(2)
    c1.download_button("下载 Word 文档", data=conversation.docx_bytes(), file_name=ui.download_name(title, "docx"),
                       mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                       key="dl_docx", on_click="ignore", width="stretch")
    c2.download_button("下载 Markdown", data=conversation.markdown().encode("utf-8"),
                       file_name=ui.download_name(title, "md"), mime="text/markdown", key="dl_md", on_click="ignore",
                       width="stretch")


# ---------------------------------------------------------------------------------------------------- knowledge base


def _upload_files() -> None:
    files = st.session_state.get("kb_files") or []
    st.session_state.kb_to_add = [(f.name, f.getvalue()) for f in files]


def knowledge_page(assistant: Services) -> None:
    """Knowledge base: counts, uploads with per-file results, and search with highlighted matches."""
    ensure_index(assistant)
    owner = current_owner()
    to_add = st.session_state.pop("kb_to_add", None)
    if to_add:
        bar = st.progress(0.0, text="正在加入知识库…")
        outcomes = []
        for i, (name, data) in enumerate(to_add, start=1):
            bar.progress((i - 1) / len(to_add), text=ui.upload_progress(name, i, len(to_add)))
            outcomes.append(ui.handle_upload(assistant, data, name, owner=owner))
        bar.progress(1.0, text="处理完成")
        st.session_state.kb_results = outcomes
    stats = assistant.stats(owner=owner)
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("文档", stats.documents)
    c2.metric("计划范文", stats.plans)
    c3.metric("段落", stats.passages)
    c4.metric("上传文件", stats.uploads)

    st.markdown("#### 上传文件")
    limit = assistant.settings.upload_limit_mb
    with st.form("kb_upload", clear_on_submit=True):
        st.file_uploader(f"支持 .txt .md .docx .pdf，可多选，每个文件不超过 {limit:g} MB", type=UPLOAD_TYPES,
                         accept_multiple_files=True, key="kb_files")
        st.form_submit_button("加入知识库", on_click=_upload_files)
    for outcome in st.session_state.get("kb_results", []):
        line = f"{ui.md_text(outcome.filename)}：{ui.md_text(outcome.message)}"
        (st.success if outcome.ok else st.warning)(line)

    st.markdown("#### 搜索知识库")
    query = st.text_input("搜索", key="kb_query", placeholder="例如：教代会 提案", label_visibility="collapsed")
    if query.strip():
        hits = assistant.search(query.strip(), k=8, owner=owner)
        if not hits:
            st.info("没有找到相关内容。")
        for n, hit in enumerate(hits, start=1):
            passage = hit.passage
            with st.container(border=True):
                st.markdown(f"**{n}. {ui.md_text(passage.citation)}**")
                st.caption(ui.md_text(passage.source + (f" · {passage.section}" if passage.section else "")))
                st.markdown(ui.highlight(passage.text, query))


# ---------------------------------------------------------------------------------------------------- drafts


def _new_draft() -> None:
    st.session_state.session = Session(owner=current_owner())
    st.query_params.pop("draft", None)


def _open_draft(assistant: Services, draft_id: str | None = None) -> None:
    draft_id = draft_id or st.session_state.get("draft_pick")  # read at click time, not when the button was drawn
    session, notice = ui.restore_session(assistant, draft_id, owner=current_owner())
    if notice:
        flash("error", notice)
        return
    st.session_state.session = session
    st.query_params["draft"] = session.draft_id


def _rename_draft(assistant: Services) -> None:
    session = st.session_state.session
    try:
        assistant.store.rename(session.draft_id, st.session_state.get("draft_name", ""), owner=current_owner())
        flash("success", "已重命名。")
    except StoreError as exc:
        flash("error", exc.message)


def _delete_draft(assistant: Services) -> None:
    session = st.session_state.session
    if not st.session_state.get("draft_confirm"):
        flash("warning", "请先勾选“确认删除”。")
        return
    try:
        assistant.store.delete(session.draft_id, owner=current_owner())
    except StoreError as exc:
        flash("error", exc.message)
        return
    _new_draft()
    flash("success", "草稿已删除。")


def _restore_version(assistant: Services) -> None:
    session = st.session_state.session
    version = st.session_state.get("draft_version")
    try:
        assistant.store.restore(session.draft_id, int(version), owner=current_owner())
    except (StoreError, TypeError, ValueError) as exc:
        flash("error", getattr(exc, "message", "无法恢复该版本。"))
        return
    _open_draft(assistant, session.draft_id)
    flash("success", f"已恢复第 {version} 版（另存为最新版本）。")


def sidebar(assistant: Services, session: Session) -> None:
    """Mode, and the drafts: new, open, rename, restore a version, delete."""
    with st.sidebar:
        st.markdown("### 工会工作计划起草助手")
        st.caption(f"当前模式：{ui.md_text(assistant.mode_label)}")
        if assistant.mode == "offline":
            st.caption(ui.OFFLINE_HINT)
        account = st.session_state.get("account")
        if account is not None:
            st.caption(ui.account_caption(account))
            st.button("退出登录", key="sign_out", on_click=_sign_out, width="stretch")
        st.divider()
        st.markdown("#### 草稿")
        st.button("新建草稿", on_click=_new_draft, width="stretch")
        try:
            drafts = assistant.store.list(owner=current_owner())
        except StoreError as exc:
            st.error(ui.md_text(exc.message))
            return
        if drafts:
            names = {d.id: ui.draft_label(d) for d in drafts}
            ids = list(names)
            current = ids.index(session.draft_id) if session.draft_id in names else 0
            st.selectbox("我的草稿", ids, index=current, format_func=lambda i: names.get(i, str(i)),
                                  key="draft_pick")
            st.button("打开", on_click=_open_draft, args=(assistant,), width="stretch")
        else:
            st.caption("还没有保存的草稿：填写学校信息并开始起草后会自动保存。")
        if session.draft_id and session.draft_id in {d.id for d in drafts}:
            info = next(d for d in drafts if d.id == session.draft_id)
            with st.expander("管理当前草稿"):
                st.text_input("名称", value=info.name, key="draft_name")
                st.button("重命名", on_click=_rename_draft, args=(assistant,))
                versions = [v.version for v in assistant.store.versions(session.draft_id, owner=current_owner())]
                st.selectbox("历史版本", versions, key="draft_version", format_func=lambda v: f"第 {v} 版")
                st.button("恢复此版本", on_click=_restore_version, args=(assistant,))
                st.checkbox("确认删除", key="draft_confirm")
                st.button("删除草稿", on_click=_delete_draft, args=(assistant,))


# ---------------------------------------------------------------------------------------------------- accounts


def _start_fresh(account: Any = None) -> None:
    """Forget everything of the previous user in this browser session (keeping its throttle id), then sign in."""
    keep = st.session_state.get("session_id")
    st.session_state.clear()
    if keep:
        st.session_state.session_id = keep
    if account is not None:
        st.session_state.account = account


def _sign_in(accounts: AccountStore) -> None:
    account, error = ui.sign_in(accounts, st.session_state.get("login_username"),
                                st.session_state.get("login_password"), client_address())
    if account is None:
        st.session_state.login_error = error
        st.session_state.login_password = ""
        return
    _start_fresh(account)


def _register(accounts: AccountStore) -> None:
    account, message = ui.register_account(accounts, st.session_state.get("reg_username"),
                                           st.session_state.get("reg_password"), st.session_state.get("reg_confirm"),
                                           st.session_state.get("reg_school"), st.session_state.get("reg_invite"),
                                           client_address())
    st.session_state.reg_password = st.session_state.reg_confirm = ""
    if account is None:
        st.session_state.reg_error = message
        return
    if not account.active:
        st.session_state.pop("reg_error", None)
        st.session_state.reg_notice = message
        return
    _start_fresh(account)


def _sign_out() -> None:
    _start_fresh()
    st.query_params.pop("draft", None)


def sign_in_page() -> None:
    """Multi-user mode: sign in, or register (a new school, a request to join one, or an invitation code)."""
    st.title("工会工作计划起草助手")
    try:
        accounts = get_accounts()
    except AccountError as exc:
        st.error(ui.md_text(exc.message))
        return
    login_tab, register_tab = st.tabs(["登录", "注册"])
    with login_tab:
        with st.form("login_form"):
            st.text_input("用户名", key="login_username", max_chars=64)
            st.text_input("密码", type="password", key="login_password", max_chars=128)
            st.form_submit_button("登录", type="primary", on_click=_sign_in, args=(accounts,))
        if st.session_state.get("login_error"):
            st.error(ui.md_text(st.session_state.login_error))
    with register_tab:
        st.caption("第一个注册某所学校的账户成为本校管理员；同校的其他老师凭管理员给的邀请码注册，或提交加入申请等管理员批准。"
                   "本校上传的文件和起草的计划只有本校账户能看到，范文和政策文件各校共用。")
        with st.form("register_form"):
            st.text_input("用户名", key="reg_username", max_chars=32, placeholder="3～32 个字符：汉字、字母、数字或 . _ - @")
            st.text_input("学校名称", key="reg_school", max_chars=60, placeholder="例如：江城市实验中学（有邀请码时可不填）")
            st.text_input("邀请码（可选）", key="reg_invite", max_chars=20, placeholder="例如：K7QM-3XPA-9RTD")
            st.text_input("密码", type="password", key="reg_password", max_chars=128,
                          placeholder="至少 8 位，字母和数字混合，不要用常见密码")
            st.text_input("确认密码", type="password", key="reg_confirm", max_chars=128)
            st.form_submit_button("注册", on_click=_register, args=(accounts,))
        if st.session_state.get("reg_error"):
            st.error(ui.md_text(st.session_state.reg_error))
        if st.session_state.get("reg_notice"):
            st.info(ui.md_text(st.session_state.reg_notice))


def _admin_do(action: Callable[[], Any], done: str) -> None:
    try:
        result = action()
    except AccountError as exc:
        flash("error", exc.message)
        return
    flash("success", done.format(result=result))


def admin_page(account: Any) -> None:
    """Administrators: approve requests to join, hand out invitation codes, see members and the sign-in log."""
    accounts = get_accounts()
    show_flash()
    if account.is_district_admin:
        st.markdown("#### 开通学校")
        st.text_input("学校名称", key="adm_new_school", max_chars=60)
        st.button("开通并生成本校管理员邀请码", key="adm_create", on_click=lambda: _admin_do(
            lambda: accounts.invite(account, accounts.create_school(account, st.session_state.get("adm_new_school", "")).id,
                                    role="school_admin"), "学校已开通。本校管理员邀请码（只显示这一次）：{result}"))
    else:
        st.button("生成邀请码（本校成员，只显示一次）", key="adm_invite", on_click=lambda: _admin_do(
            lambda: accounts.invite(account), f"邀请码（只显示这一次，{load_settings().invite_days:g} 天内有效）：{{result}}"))
    st.markdown("#### 待批准的加入申请")
    pending = accounts.accounts(account, status="pending")
    if not pending:
        st.caption("没有待批准的申请。")
    for other in pending:
        c1, c2, c3 = st.columns([3, 1, 1])
        c1.markdown(ui.md_text(ui.member_label(other)))
        c2.button("批准", key=f"adm_ok_{other.username}", on_click=lambda name=other.username: _admin_do(
            lambda: accounts.approve(account, name), "已批准 {result.username} 加入。"))
        c3.button("拒绝", key=f"adm_no_{other.username}", on_click=lambda name=other.username: _admin_do(
            lambda: accounts.remove(account, name), "已拒绝该申请。"))
    st.markdown("#### 成员")
    for other in accounts.accounts(account, status="active"):
        st.markdown(ui.md_text(ui.member_label(other)))
    st.markdown("#### 登录记录")
    st.dataframe(ui.audit_rows(accounts.audit(account, limit=100)), hide_index=True)


# ---------------------------------------------------------------------------------------------------- page


def main() -> None:
    """Draw the whole page for one run of the script."""
    st.set_page_config(page_title="工会工作计划起草助手", page_icon="📝", layout="wide")
    settings = load_settings()
    account = current_account() if settings.multi_user else None
    if ui.needs_sign_in(settings.multi_user, account):
        sign_in_page()
        return
    if settings.multi_user:
        _moved_for(settings.model_dump_json())
    assistant = get_assistant()
    session = get_session(assistant)
    conversation = Conversation(assistant, session)
    st.title("工会工作计划起草助手")
    admin = account is not None and (account.is_school_admin or account.is_district_admin)
    names = ["起草", "知识库"] + (["账户管理"] if admin else [])
    draft_tab, kb_tab, *admin_tab = st.tabs(names, key="main_tab", on_change="rerun")
    if draft_tab.open is not False:
        with draft_tab:
            left, right = st.columns([3, 2], gap="medium")
            with left:
                chat_column(assistant, conversation)
            with right:
                if conversation.plan is None:
                    show_flash()
                    st.markdown("#### 学校信息")
                    profile_form("f_", conversation, update=False)
                else:
                    preview_column(assistant, conversation)
    if kb_tab.open:
        with kb_tab:
            knowledge_page(assistant)
    if admin_tab and admin_tab[0].open:
        with admin_tab[0]:
            admin_page(account)
    sidebar(assistant, session)  # drawn last so it lists the draft an action in this run may have created
    show_flash()
    ensure_index(assistant)  # after the first screen is drawn, so the form shows while the index builds


main()
