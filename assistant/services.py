"""The one place that assembles the process-wide services from settings: index, retriever, structure, law book,
composer, drafts store and chat model. The app, every CLI command, bench and eval build them with `build_services`;
tests pass a prebuilt index, store or scripted chat model into it.

Nothing here holds per-user state; a `Conversation` (assistant.conversation) carries that and uses these services.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

from assistant.compose.composer import Composer
from assistant.domain.passages import KIND_PLAN, KIND_UPLOAD, Hit
from assistant.domain.structure import Structure, load_structure
from assistant.drafts.store import DraftStore
from assistant.index.knowledge_index import AddResult, KnowledgeIndex
from assistant.index.meaning import PassageMeaning, make_meaning
from assistant.llm.models import make_chat_model
from assistant.loading.statutes import LawBook
from assistant.retrieval import Retriever
from assistant.settings import Settings

T = TypeVar("T")
CONFIGURED = object()  # the chat model the settings describe (None when no endpoint is configured)


@dataclass(frozen=True)
class KnowledgeStats:
    documents: int
    plans: int
    passages: int
    uploads: int


class Services:
    """Shared, thread-safe services for every session of one process (the app caches one per process)."""

    def __init__(
        self, settings: Settings, *, model: Any = CONFIGURED, index: KnowledgeIndex | None = None,
        store: DraftStore | None = None,
    ):
        self.settings = settings
        self._model = model
        self._index = index
        self._store = store
        self._lock = threading.Lock()  # building the index and the model, once
        self._ready = False
        self._memo: dict[str, tuple[str, Any]] = {}  # name → (version, value) for the layers above
        self._memo_lock = threading.Lock()

    def memo(self, name: str, version: str, build: Callable[[], T]) -> T:
        """A value built once for these services and `version` (an index digest), rebuilt when the version changes:
        how the layers above keep what they derive from the knowledge (the answering kit) without a global cache."""
        with self._memo_lock:
            held = self._memo.get(name)
            if held is None or held[0] != version:
                held = (version, build())
                self._memo[name] = held
            return held[1]

    # Built lazily so the first screen shows before the index is loaded.
    @cached_property
    def index(self) -> KnowledgeIndex:
        return self._index if self._index is not None else KnowledgeIndex(self.settings)

    @cached_property
    def retriever(self) -> Retriever:
        return Retriever(self.index, meaning=self.meaning)

    @cached_property
    def meaning(self) -> PassageMeaning | None:
        """Passages by meaning (e5), unless switched off or already the index's own vectors (ASSISTANT_EMBEDDER=e5)."""
        s = self.settings
        if not s.meaning or s.embedder == "e5" or s.embedding_model:
            return None
        return make_meaning(s.knowledge_dir / "vectors", s.data_dir / "cache" / "passage-vectors.sqlite")

    @cached_property
    def structure(self) -> Structure:
        return load_structure(self.settings.knowledge_dir / "structure.yaml")

    @cached_property
    def lawbook(self) -> LawBook:
        return LawBook.from_dir(self.settings.knowledge_dir / "policy")

    @cached_property
    def store(self) -> DraftStore:
        return self._store if self._store is not None else DraftStore(self.settings)

    @cached_property
    def composer(self) -> Composer:
        return Composer(self.retriever, self.structure, self.lawbook)

    @property
    def chat_model(self) -> Any:
        """The chat model, or None offline; built once even when many sessions ask at the same moment."""
        if self._model is CONFIGURED:
            with self._lock:
                if self._model is CONFIGURED:
                    self._model = make_chat_model(self.settings)
        return self._model

    @property
    def mode(self) -> str:
        return "llm" if self.chat_model is not None else "offline"

    @property
    def mode_label(self) -> str:
        """What the UI shows: the model's name, or 离线模式."""
        return f"模型：{self.settings.model}" if self.chat_model is not None else "离线模式"

    def ensure_ready(self) -> None:
        """Build the index and warm the services on first use (idempotent; free once done)."""
        if self._ready:
            return
        with self._lock:
            if not self._ready:
                self.index.ensure_built()
                self.structure, self.lawbook  # noqa: B018 - load once, before sessions need them
                self._ready = True
        self.chat_model  # noqa: B018 - build the client outside the index lock

    def search(self, query: str, k: int = 5, owner: str = "", topic: str | None = None) -> list[Hit]:
        self.ensure_ready()
        return self.retriever.search(query, k=k, topic=topic, owner=owner or None)

    def add_upload(self, data: bytes, filename: str, owner: str = "") -> AddResult:
        self.ensure_ready()
        return self.index.add_upload(data, filename, owner=owner)  # the index serialises writers; searches don't wait

    def stats(self, owner: str = "") -> KnowledgeStats:
        self.ensure_ready()
        passages = self.index.passages(owner or None)
        sources = {p.source for p in passages}
        plans = {(p.source, p.title) for p in passages if p.kind in (KIND_PLAN, KIND_UPLOAD)}
        uploads = {p.source for p in passages if p.kind == KIND_UPLOAD}
        return KnowledgeStats(documents=len(sources), plans=len(plans), passages=len(passages), uploads=len(uploads))


def build_services(
    settings: Settings, *, model: Any = CONFIGURED, index: KnowledgeIndex | None = None, store: DraftStore | None = None
) -> Services:
    """Everything a process needs, built lazily from settings; `model=None` forces offline mode."""
    return Services(settings, model=model, index=index, store=store)
