"""One edit the user asked for, as a plain JSON-safe record (kept in the session while the engine asks which section
or item was meant); read from a message by assistant.conversation.edit_requests."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from assistant.conversation.edit_refs import Items

OPS = ("delete", "add", "move", "swap", "replace", "set_item", "undo", "not_applicable", "skip", "unsupported",
       "correct", "restore", "redo", "figures")


@dataclass
class EditRequest:
    """One edit the user asked for, as read from the message (sections as structure keys)."""

    op: str
    section: str | None = None  # the section the message names ("这部分" → the current one)
    here: bool = False  # the message points at the section on screen
    rows: bool = False  # the monthly table's rows
    items: Items = field(default_factory=Items)
    dest: str = ""  # move: first | last | before | after | at
    dest_n: int = 0
    other: Items = field(default_factory=Items)  # swap: the second item; move before/after: the item named by content
    contents: list[str] = field(default_factory=list)  # add: what to write, one entry per new item
    count: int = 0  # add: how many items the user said
    notice: bool = False  # add: from an uploaded notice
    hint: str = ""  # add from notice: the words that pick the notice
    old: str = ""  # replace
    new: str = ""
    whole: bool = False  # replace across the whole plan (said so)
    keep: list[str] = field(default_factory=list)  # replace: phrases left as they are ("全区保育员技能比赛"照原样)
    spare: list[str] = field(default_factory=list)  # sections the same message says to leave alone (表这回先跳过)
    relative: str = ""  # "next": the section after the one spared or on screen (往下那节)
    message: str = ""
    figures: list = field(default_factory=list)  # figures: (group, number) of each headcount put right
    then: dict | None = None  # the next request of the same message ("删去第4条，再加一条……"), as a dict

    def chain(self) -> list[EditRequest]:
        """This request and the ones chained after it, in order."""
        out, current = [self], self.then
        while current:
            nxt = EditRequest.from_dict(current)
            out.append(nxt)
            current = nxt.then
        return out

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> EditRequest:
        data = dict(data)
        data["items"] = Items(**data.get("items", {}))
        data["other"] = Items(**data.get("other", {}))
        return cls(**data)
