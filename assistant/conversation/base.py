"""What every part of a conversation shares: the services, the user's session, the model writer, and how a reply
is streamed, recorded and saved."""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator

from assistant.conversation.session import Done, Event, Reply, Session, Token, Turn
from assistant.conversation.writer import ModelWriter
from assistant.domain.plan import Plan
from assistant.domain.structure import Structure
from assistant.errors import StoreError
from assistant.llm.models import LLMResult
from assistant.services import Services
from assistant.settings import Settings

CHOICES = "请选择：采用 / 换一版 / 改得更正式 / 跳过，或直接告诉我怎么改。"


def pieces(text: str, size: int = 12) -> Iterator[str]:
    """Offline replies stream too, a few characters at a time, so both modes look and test alike."""
    for i in range(0, len(text), size):
        yield text[i : i + size]


def as_tokens(stream: Generator[str, None, LLMResult]) -> Generator[Token, None, LLMResult]:
    """A stream of text segments as Token events, passing on the stream's outcome."""
    while True:
        try:
            segment = next(stream)
        except StopIteration as stop:
            return stop.value
        yield Token(segment)


def numbered(paragraphs: Iterable[str]) -> list[str]:
    """Paragraphs as the chat shows a section: "1. …", "2. …"."""
    return [f"{i}. {p}" for i, p in enumerate(paragraphs, start=1)]


class Part:
    """A piece of the conversation engine working on the shared session (one per user, kept by the caller)."""

    def __init__(self, services: Services, session: Session, writer: ModelWriter | None):
        self.services = services
        self.session = session
        self.writer = writer  # None offline: every action has an offline answer first

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @property
    def structure(self) -> Structure:
        return self.services.structure

    @property
    def plan(self) -> Plan | None:
        return self.session.plan

    # ------------------------------------------------------------------ replies

    def record(self, role: str, text: str, reply: Reply | None = None) -> None:
        turn = Turn(role=role, text=text)
        if reply is not None:
            turn.citations = [c.to_json() for c in reply.citations]
            turn.notice = reply.notice
            turn.complete = reply.complete
        self.session.history.append(turn)

    def finish(self, reply: Reply, recorded: str | None = None) -> Iterator[Event]:
        """Record the reply in the history (or only `recorded`, when its head is already there) and end it."""
        self.record("assistant", reply.text if recorded is None else recorded, reply)
        yield Done(reply)

    def offline(self, text: str, reply: Reply) -> Iterator[Event]:
        """Stream a reply written without the model, then end it."""
        yield from (Token(p) for p in pieces(text))
        yield from self.finish(reply)

    # ------------------------------------------------------------------ progress

    def progress_text(self) -> str:
        if not self.plan:
            return "还没有开始起草：请先填写学校信息。"
        done, total = self.plan.progress()
        missing = [self.plan.sections[k].title + ("（已跳过）" if self.plan.sections[k].status == "skipped" else "")
                   for k in self.plan.missing()]
        text = f"已完成 {done}/{total} 个部分。"
        if missing:
            text += "尚未完成：" + "、".join(missing) + "。"
        else:
            text += "全部部分已完成，可以下载 Word 文档或 Markdown。"
        return text

    def next_key(self, after: str | None = None) -> str | None:
        """The next section still to write, after `after` when there is one."""
        if not self.plan:
            return None
        missing = self.plan.to_draft()  # skipped sections stay missing but the flow does not walk them again
        if after and after in self.plan.sections:
            order = self.plan.draftable()
            later = [k for k in missing if order.index(k) > order.index(after)]
            if later:
                return later[0]
        return missing[0] if missing else None

    # ------------------------------------------------------------------ saving

    def save(self, what: str = "") -> None:
        """Autosave the session as a new draft version (creates the draft on first save); `what` says what happened
        (采用“指导思想”), shown with the version in the draft's history."""
        if not self.plan:
            return
        store = self.services.store
        content = self.session.content()
        noted = {"author": self.session.author, "what": what}
        if self.session.draft_id is None:
            info = store.create(self.plan.profile.plan_title, content, owner=self.session.owner, **noted)
        else:
            info = store.save(
                self.session.draft_id, content, expected_version=self.session.version, owner=self.session.owner,
                **noted,
            )
        self.session.draft_id = info.id
        self.session.version = info.current_version

    def save_notice(self, what: str = "") -> str | None:
        """Save; the Chinese reason when saving failed, else None."""
        try:
            self.save(what)
        except StoreError as exc:
            return exc.message
        return None

    def commit(self, message: str, what: str = "") -> str | None:
        """Record what just changed as a turn, then autosave, so the saved conversation includes it."""
        self.record("assistant", message.strip())
        notice = self.save_notice(what)
        if notice:
            self.session.history[-1].text += f"（保存失败：{notice}）"
        return notice
