"""The 设置 tab: whether a model is connected, which service and model, and a button that tests the connection and
says in Chinese how it went. In multi-user mode only administrators see it."""

from __future__ import annotations

import streamlit as st

from assistant.services import Services
from assistant.web import model_settings
from assistant.web import support as ui
from ui import state

HOW_TO = (
    "模型在服务器上配置，不在网页里填写：管理员在项目目录的配置文件中写好接口地址、模型名称和密钥后，重新启动助手即可。"
    "支持任何与 OpenAI 兼容的接口（DeepSeek、通义千问、智谱、Kimi、本机 Ollama 等），具体写法见说明文档。"
    "未配置时助手以离线模式工作，所有功能都能使用。"
)


def _test(assistant: Services) -> None:
    keys = ui.throttle_keys(st.session_state.get("account"), state.client_address(), state.session_key())
    busy = ui.throttle_notice(state.get_throttle(assistant.settings), keys, "")
    if busy:
        state.note("settings", "warning", busy)
        return
    worked, message = model_settings.check_connection(assistant.chat_model, assistant.settings)
    state.note("settings", "success" if worked else "error", message)


def settings_page(assistant: Services) -> None:
    """Status, service, model, address, key set or not; the connection test."""
    status = model_settings.model_status(assistant.settings)
    st.markdown("#### 大模型")
    with st.container(border=True):
        for what, value in model_settings.status_rows(status):
            st.markdown(f"**{what}**：{ui.md_text(value)}")
    st.button("测试连接", key="test_model", on_click=_test, args=(assistant,), disabled=not status.connected,
              type="primary")
    state.show_note("settings")
    st.caption(HOW_TO)
