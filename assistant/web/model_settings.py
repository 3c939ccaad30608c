"""The 设置 panel's model: whether a model is connected, which service it is, and a connection test that answers in
Chinese. The key itself never leaves the settings object: the panel only says whether one is set."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from assistant.llm.models import generate
from assistant.settings import Settings

# Known OpenAI-compatible services by the host of their address (README "接入大模型" lists the same ones).
PROVIDERS = (
    ("api.openai.com", "OpenAI"),
    ("api.deepseek.com", "DeepSeek"),
    ("dashscope.aliyuncs.com", "通义千问（阿里云百炼）"),
    ("open.bigmodel.cn", "智谱 GLM"),
    ("api.moonshot.cn", "Moonshot（Kimi）"),
)
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "0.0.0.0")
TEST_DEADLINE = 20.0  # seconds: a connection test that takes longer is reported as a timeout
TEST_PROMPT = "这是一次连接测试，请只回答“好”。"


@dataclass(frozen=True)
class ModelStatus:
    """What the 设置 panel shows about the model connection."""

    connected: bool
    status: str
    provider: str
    model: str
    address: str
    key: str


def provider_name(base_url: str | None) -> str:
    """The service an address belongs to, in the words of the README's table.

    >>> provider_name(None), provider_name("https://api.deepseek.com/v1"), provider_name("http://127.0.0.1:11434/v1")
    ('OpenAI', 'DeepSeek', '本机上的模型服务（端口 11434）')
    """
    if not base_url:
        return "OpenAI"
    parts = urlsplit(base_url if "//" in base_url else f"//{base_url}")
    host = (parts.hostname or "").lower()
    for known, name in PROVIDERS:
        if host == known or host.endswith("." + known):
            return name
    if host in LOCAL_HOSTS:
        return f"本机上的模型服务（端口 {parts.port}）" if parts.port else "本机上的模型服务"
    return f"兼容接口（{host}）" if host else "兼容接口"


def model_status(settings: Settings) -> ModelStatus:
    """The connection as configured: offline, or the service, model and whether a key is set."""
    if not settings.llm_configured:
        return ModelStatus(False, "离线模式：未接入大模型，起草、问答、改写和检查都由离线引擎完成。", "—", "—", "—",
                           "未设置")
    address = urlsplit(settings.openai_base_url).netloc if settings.openai_base_url else "默认地址"
    return ModelStatus(True, "已接入大模型：回答和建议稿由模型撰写，出错时自动改用离线引擎。",
                       provider_name(settings.openai_base_url), settings.model, address or "—",
                       "已设置" if settings.openai_api_key is not None else "未设置（本机服务可不设）")


def status_caption(settings: Settings) -> str:
    """The one line the sidebar shows about the mode (the details are in 设置)."""
    return "当前：已接入大模型" if settings.llm_configured else "当前：离线模式"


def status_rows(status: ModelStatus) -> list[tuple[str, str]]:
    """The panel's table: (what, value)."""
    return [("状态", status.status), ("服务", status.provider), ("模型", status.model), ("接口地址", status.address),
            ("密钥", status.key)]


def check_connection(model: Any, settings: Settings, clock: Callable[[], float] = time.monotonic) -> tuple[bool, str]:
    """Ask the model for one word; (worked, what to tell the administrator in Chinese)."""
    if model is None:
        return False, "尚未配置大模型，无需测试：当前为离线模式，所有功能照常可用。"
    quick = settings.model_copy(update={"llm_deadline": min(settings.llm_deadline, TEST_DEADLINE),
                                        "llm_max_retries": 0})
    started = clock()
    result = generate(model, [("human", TEST_PROMPT)], quick, options={"max_tokens": 8})
    seconds = max(clock() - started, 0.0)
    if result.complete and result.text.strip():
        return True, f"连接正常：模型在 {seconds:.1f} 秒内作答。"
    reason = result.notice or "模型没有作答"
    return False, f"连接失败：{reason}。在修好之前，助手会继续用离线引擎工作。"
