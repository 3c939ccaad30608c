"""The chat column: the conversation so far, the queued action streamed into it, the proposal's buttons (and the
monthly table when the proposal is the schedule) and the chat box."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import streamlit as st

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Turn
from assistant.errors import UserError
from assistant.services import Services
from assistant.web import support as ui
from assistant.web.scroll import ANSWER, CHAT_BOX
from assistant.web.sources import sources
from ui import state
from ui.schedule import schedule_editor

ACTIONS: dict[str, tuple[str, Callable[[Conversation], Iterator]]] = {
    "accept": ("采用", lambda c: c.accept()),
    "regenerate": ("换一版", lambda c: c.regenerate()),
    "formalize": ("改得更正式", lambda c: c.formalize("formal")),
    "skip": ("跳过", lambda c: c.skip()),
}
PLACEHOLDER = "提问或说怎么改，如：女工写什么"  # short enough for a phone's chat box


def show_sources(citations: list) -> None:
    """The reply's sources: a collapsed 来源 list of human titles, each opening to the words it quotes."""
    found = sources(citations)
    if not found:
        return
    with st.expander(f"来源（{len(found)}）"):
        for source in found:
            with st.expander(source.heading, type="compact"):
                st.markdown(source.quote_markdown)


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


def _throttled(assistant: Services, kind: str, argument: Any) -> bool:
    # With a model every action may call it: one budget per account (or address) and per school, whatever the
    # browser session. Offline only chat messages count (buttons run the composer, no model).
    keys = ui.throttle_keys(st.session_state.get("account"), state.client_address(), state.session_key())
    text = argument if kind == "send" and isinstance(argument, str) else ""
    counted = kind == "send" or assistant.chat_model is not None
    notice = ui.throttle_notice(state.get_throttle(assistant.settings), keys, text) if counted else None
    if notice:
        st.warning(ui.md_text(notice))
        if text.strip():
            st.session_state.chat_text = text  # back into the chat box (drawn later in this run): not lost
    return bool(notice)


def _events(conversation: Conversation, kind: str, argument: Any) -> Iterator:
    if kind == "start":
        return conversation.start(argument)
    if kind == "send":
        if argument.strip():
            with st.chat_message("user"):
                st.markdown(ui.md_text(argument.strip()))
        return conversation.send(argument)
    if kind == "propose":
        return conversation.propose(argument)
    label, action = ACTIONS[kind]
    conversation.session.history.append(Turn(role="user", text=label))
    with st.chat_message("user"):
        st.markdown(ui.md_text(label))
    return action(conversation)


def run_action(assistant: Services, conversation: Conversation, kind: str, argument: Any) -> None:
    """Stream one action's reply into the chat (the engine records it in the session's history)."""
    state.ensure_index(assistant)
    if _throttled(assistant, kind, argument):
        return
    events = _events(conversation, kind, argument)
    state.scroll_to(ANSWER)
    with st.chat_message("assistant"):
        stream = ui.ReplyStream(events)
        try:
            st.write_stream(stream)
        except UserError as exc:
            st.error(ui.md_text(exc.message))
            return
        except Exception:  # the user gets a message; the details go to the log
            state.log.exception("action %s failed", kind)
            st.error("处理时出错了，请重试；如果反复出现，请把日志发给管理员。")
            return
        reply = stream.reply
        if reply is not None:
            show_notice(reply.notice)
            show_sources(reply.citations)


def _send() -> None:
    state.set_pending("send", st.session_state.get("chat_text") or "")


def chat_column(assistant: Services, conversation: Conversation) -> None:
    """History, the queued action streamed, the proposal (its table for the schedule) with its buttons, the chat box."""
    session = conversation.session
    with st.container(height=540, key=CHAT_BOX, autoscroll=True):
        replay(session.history)
        pending = st.session_state.pop("pending", None)
        if pending:
            run_action(assistant, conversation, *pending)
    if session.draft_id:
        st.query_params["draft"] = session.draft_id
    proposal = session.proposal
    if proposal is not None and proposal.key == "schedule" and conversation.plan is not None:
        schedule_editor(conversation, prefix="chat_sched")
    if proposal is not None:
        with st.container(horizontal=True, key="actions"):
            for kind, (label, _) in ACTIONS.items():
                st.button(label, key=f"act_{kind}", on_click=state.set_pending, args=(kind,),
                          type="primary" if kind == "accept" else "secondary")
    st.chat_input(PLACEHOLDER, key="chat_text", on_submit=_send)
