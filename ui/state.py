"""Process-wide resources (cached once per process) and this browser session's state: the signed-in account, the
conversation, queued actions, one-off messages and where the view should go next."""

from __future__ import annotations

import logging
from typing import Any

import streamlit as st

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Session
from assistant.services import Services, build_services
from assistant.settings import Settings, load_settings
from assistant.web import accounts as web_accounts
from assistant.web import support as ui
from assistant.web.accounts import AccountStore
from assistant.web.throttle import MessageThrottle

log = logging.getLogger("assistant.app")


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
    return web_accounts.open_accounts(load_settings())


def get_accounts() -> AccountStore:
    """The process-wide account store (multi-user mode)."""
    return _accounts_for(load_settings().model_dump_json())


@st.cache_resource(show_spinner=False)
def moved_once(settings_key: str) -> bool:
    """Once per process: drafts and uploads saved under an old school name move to the school's id."""
    web_accounts.move_old_data(get_accounts(), get_assistant())
    return True


# ---------------------------------------------------------------------------------------------------- who


def client_address() -> str:
    """This browser's address as sign-in throttling counts it."""
    context = getattr(st, "context", None)
    return web_accounts.client_address(getattr(context, "ip_address", None), getattr(context, "headers", None),
                                       load_settings().trust_proxy_headers)


def start_fresh(account: Any = None) -> None:
    """Forget everything of the previous user in this browser session (keeping its throttle id), then sign in."""
    keep = st.session_state.get("session_id")
    st.session_state.clear()
    if keep:
        st.session_state.session_id = keep
    if account is not None:
        st.session_state.account = account


def current_account() -> Any:
    """The signed-in account as it is now: signed out when it was removed, or its school or role changed."""
    account = st.session_state.get("account")
    if account is None:
        return None
    fresh = get_accounts().refresh(account)
    if fresh != account:
        start_fresh(fresh)
    return fresh


def session_key() -> str:
    """This browser session's random id (made once), the key the throttle counts by."""
    if "session_id" not in st.session_state:
        st.session_state.session_id = ui.new_session_key()
    return st.session_state.session_id


def current_owner() -> str:
    """The owner of every upload, search and draft in this browser session ("" in single-user mode)."""
    return web_accounts.owner_for(st.session_state.get("account"))


def current_author() -> str:
    """Who versions saved in this browser session are noted as made by ("" in single-user mode)."""
    return web_accounts.author_of(st.session_state.get("account"))


# ---------------------------------------------------------------------------------------------------- the draft


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
        session, notice = ui.restore_session(assistant, st.query_params.get("draft"), owner=current_owner(),
                                             author=current_author())
        st.session_state.session = session
        if notice:
            st.session_state.flash = ("warning", notice)
            st.query_params.pop("draft", None)
    return st.session_state.session


def conversation() -> Conversation:
    """The conversation over this browser session's state as it is now (callbacks run before the script)."""
    return Conversation(get_assistant(), st.session_state.session)


# ---------------------------------------------------------------------------------------------------- what next


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


def note(where: str, kind: str, text: str) -> None:
    """A message to show at a given place (under the form or the editor the user just used), until replaced."""
    st.session_state[f"note_{where}"] = (kind, text)


def show_note(where: str) -> None:
    """Show the message kept for this place, if any (it stays until the next one replaces it)."""
    kept = st.session_state.get(f"note_{where}")
    if kept:
        kind, text = kept
        getattr(st, kind)(ui.md_text(text))


def scroll_to(target: str) -> None:
    """Bring something into view after this run: the newest answer, or a keyed element such as a section editor."""
    st.session_state.scroll = (target, st.session_state.get("scroll_nonce", 0) + 1)
    st.session_state.scroll_nonce = st.session_state.scroll[1]


def collapse_sidebar() -> None:
    """Close the sidebar on the next run (after a draft was chosen: on a phone it covers the page)."""
    st.session_state.collapse_sidebar = True
