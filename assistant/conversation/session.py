"""What a conversation produces and keeps: streamed events, replies, proposals, and the per-user session.

Plain data, JSON-safe through to_dict/from_content, so the app can keep a `Session` in st.session_state and the
drafts store can save it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from assistant.domain.passages import Citation
from assistant.domain.plan import Plan

HISTORY_KEPT = 200  # turns saved with a draft
UNDO_KEPT = 20  # chat edits that can be undone, newest last


# ---------------------------------------------------------------------------------------------------- events


@dataclass(frozen=True)
class Token:
    """A piece of the reply, to show as it arrives."""

    text: str


@dataclass
class Proposal:
    """A section text offered to the user: 采用 / 换一版 / 改得更正式 / 跳过."""

    key: str
    title: str
    paragraphs: list[str]
    citations: list[Citation] = field(default_factory=list)
    variant: int = 0

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "title": self.title,
            "paragraphs": list(self.paragraphs),
            "citations": [c.to_json() for c in self.citations],
            "variant": self.variant,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Proposal:
        return cls(
            key=data["key"],
            title=data["title"],
            paragraphs=list(data["paragraphs"]),
            citations=[Citation(**c) for c in data.get("citations", [])],
            variant=int(data.get("variant", 0)),
        )


@dataclass
class Reply:
    """A whole reply: text, its sources, how it was made, and what went wrong if anything."""

    text: str
    intent: str
    mode: str = "offline"
    citations: list[Citation] = field(default_factory=list)
    notice: str | None = None
    complete: bool = True
    proposal: Proposal | None = None

    def to_json(self) -> dict:
        data = {
            "answer": self.text,
            "citations": [c.to_json() for c in self.citations],
            "mode": self.mode,
            "intent": self.intent,
            "complete": self.complete,
        }
        if self.notice:
            data["notice"] = self.notice
        return data


@dataclass(frozen=True)
class Done:
    reply: Reply


Event = Token | Done


# ---------------------------------------------------------------------------------------------------- session


@dataclass
class Turn:
    role: str  # "user" | "assistant"
    text: str
    citations: list[dict] = field(default_factory=list)
    notice: str | None = None
    complete: bool = True


@dataclass
class Session:
    """Everything that belongs to one user: the plan, where they are, the conversation, the saved draft."""

    owner: str = ""
    plan: Plan | None = None
    current: str | None = None
    proposal: Proposal | None = None
    history: list[Turn] = field(default_factory=list)
    draft_id: str | None = None
    version: int | None = None
    # What each change made through the chat replaced, newest last, so 撤销 can put it back (JSON-safe dicts,
    # see assistant.conversation.edits.Snapshot).
    undo: list[dict] = field(default_factory=list)
    # An edit request waiting for the user to say which section or item they meant (a dict, see EditRequest).
    pending: dict | None = None
    # Who is at the keyboard (multi-user mode: the account's name), noted with every version saved; not saved itself.
    author: str = ""

    def remember(self, snapshot: dict) -> None:
        """Keep what a change replaced, dropping the oldest beyond UNDO_KEPT."""
        self.undo = [*self.undo, snapshot][-UNDO_KEPT:]

    def content(self) -> dict:
        """What is saved in the drafts store (the conversation too, so a reload shows it again)."""
        return {
            "plan": self.plan.to_dict() if self.plan else None,
            "current": self.current,
            "proposal": self.proposal.to_dict() if self.proposal else None,
            "history": [asdict(turn) for turn in self.history[-HISTORY_KEPT:]],
            "undo": list(self.undo),
            "pending": self.pending,
        }

    @classmethod
    def from_content(cls, content: dict, owner: str, draft_id: str, version: int) -> Session:
        plan = Plan.from_dict(content["plan"]) if content.get("plan") else None
        proposal = Proposal.from_dict(content["proposal"]) if content.get("proposal") else None
        history = [Turn(**turn) for turn in content.get("history", [])]
        return cls(
            owner=owner, plan=plan, current=content.get("current"), proposal=proposal,
            history=history, draft_id=draft_id, version=version,
            undo=list(content.get("undo") or []), pending=content.get("pending"),
        )
