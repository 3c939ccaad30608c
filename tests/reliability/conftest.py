"""Shared helpers for the reliability suite: a small knowledge dir, event collection, file-tree snapshots."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.events import run  # noqa: F401 - re-exported for the reliability tests

if TYPE_CHECKING:
    from assistant.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "knowledge"

# A short plan used as the body of "good" uploads.
PLAN_BODY = (
    "一、指导思想\n坚持以教职工为中心，围绕学校中心工作，扎实开展工会各项工作。\n"
    "二、主要工作\n（一）开展读书活动\n组织教职工参加读书分享会，评选书香教师，营造良好读书氛围。\n"
    "（二）关心教职工生活\n做好困难教职工帮扶和节日慰问工作，落实教职工体检。\n"
)


def make_small_kb(root: Path) -> Path:
    """A knowledge dir with one example-plan file, one statute and the structure file (fast to index)."""
    (root / "examples").mkdir(parents=True)
    (root / "policy").mkdir()
    shutil.copy(SHIPPED / "examples" / "003_dfa1114e08482e2e.txt", root / "examples")
    shutil.copy(SHIPPED / "policy" / "女职工劳动保护特别规定(2012-04-28).md", root / "policy")
    shutil.copy(SHIPPED / "structure.yaml", root / "structure.yaml")
    return root


@pytest.fixture
def small_kb(tmp_path) -> Path:
    return make_small_kb(tmp_path / "kb")


def tree(root: Path) -> dict[str, bytes]:
    """Every file under root with its bytes (for 'nothing else changed' assertions)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def llm_assistant(base: Settings, base_url: str, index=None, **overrides):
    """Services over `base`'s data dir whose model is the fake server at base_url (fake key, short timeout).

    Passing `index` reuses an already loaded KnowledgeIndex (one per process, as in the app).
    """
    from assistant.services import build_services
    from assistant.settings import load_settings
    from tests.fake_openai import FAKE_KEY, FAKE_MODEL

    values = dict(
        data_dir=base.data_dir, knowledge_dir=base.knowledge_dir, openai_base_url=base_url,
        openai_api_key=FAKE_KEY, model=FAKE_MODEL, llm_timeout=2.0, llm_max_retries=1,
    )
    values.update(overrides)
    return build_services(load_settings(**values), index=index)
