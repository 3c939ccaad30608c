"""Chat edits as operations on the draft: delete, add, move, swap, replace, rewrite one item, mark a section
不适用, and undo. Each names the section it touched, shows what changed, is saved as a new version and can be
undone; an edit that cannot be done says why and changes nothing; an unclear one asks which (and is kept until the
answer comes). Edits work on what the user sees: the proposal on screen for its section, else the plan.

With a model, only the text of an added measure is written by the model (through the writer), and it must pass the
same checks as the offline text; which operation, where and on what is always decided here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.conversation.base import CHOICES, pieces
from assistant.conversation.edit_adding import AddEdits
from assistant.conversation.edit_changes import ItemEdits
from assistant.conversation.edit_fixes import CorrectionEdits
from assistant.conversation.edit_headcounts import FigureEdits
from assistant.conversation.edit_ops import Ask, Refuse, matching
from assistant.conversation.edit_refs import normalise, parse_items, section_refs
from assistant.conversation.edit_requests import EditRequest
from assistant.conversation.edit_sorting import SortEdits
from assistant.conversation.edit_status import StatusEdits
from assistant.conversation.edit_text import split_contents
from assistant.conversation.edit_undoing import UndoMerging
from assistant.conversation.session import Done, Event, Proposal, Reply, Token
from assistant.domain.plan import ScheduleItem, SectionDraft, group_items
from assistant.domain.profile import Profile
from assistant.domain.vocab import Intent

# Edits whose target a correction after 撤销 can change (an addition is redone by asking for it again).
_RETARGETABLE = ("delete", "move", "swap", "set_item", "replace")


class Editing(ItemEdits, AddEdits, StatusEdits, CorrectionEdits, SortEdits, FigureEdits, UndoMerging):
    """Carries out chat edits on the session's plan (or the proposal on screen)."""

    # ------------------------------------------------------------------ entry points

    def perform(self, request: EditRequest) -> Iterator[Event]:
        """Carry out an edit (and those chained after it) and reply: what changed (saved), why nothing changed, or
        which one is meant. The edits of one message run in order; one that cannot be done stops the rest."""
        self._pending_before = self.session.pending  # a correction after 撤销 ("不对，是第3条") redoes that edit
        self.session.pending = None
        self._on_proposal = False
        self._undone: dict | None = None
        before = list(self.session.undo)
        done: list[str] = []
        mode, notice = "offline", None
        if request.op == "redo":
            request = self._redone(request)
        for step in request.chain():
            last = self.session.undo[-1] if self.session.undo else None
            try:
                text, step_mode, step_notice = self._perform(step)
            except (Ask, Refuse) as stop:
                if isinstance(stop, Ask):
                    self.session.pending = {"request": {**step.to_dict(), "then": None}, "missing": stop.missing}
                left = "（前面的修改已完成并保存。）\n\n" if done else ""
                if not done:
                    yield from self.offline(stop.text, Reply(stop.text, Intent.REVISE))
                    return
                done.append(left + stop.text)
                break
            if step.op not in ("undo", "correct") and self.session.undo and self.session.undo[-1] is not last:
                self.session.undo[-1]["request"] = {**step.to_dict(), "then": None}  # for "应该是第3条" after 撤销
            done.append(text)
            mode = "llm" if step_mode == "llm" else mode
            notice = step_notice or notice
        text = "\n\n".join(done)
        if self._undone is not None:
            # 撤销 then "应该是第3条": the undone edit is redone on the item (or section) named next.
            self.session.pending = {"request": self._undone, "missing": "again"}
            text += "\n如果刚才说错了条目，直接告诉我是哪一条，我按原来的操作重做。"
        # An edit of the proposal on screen keeps it on offer (采用 then adopts the edited text).
        proposal = self.session.proposal if self._on_proposal else None
        if proposal is not None:
            text += f"\n\n{CHOICES}"
        reply = Reply(text, Intent.REVISE, mode=mode, notice=notice, proposal=proposal,
                      citations=proposal.citations if proposal else [])
        self.record("assistant", text, reply)
        made = [snapshot["label"] for snapshot in self.session.undo if all(snapshot is not b for b in before)]
        failed = self.save_notice("、".join(made) or ("撤销上一步修改" if request.op == "undo" else "修改"))
        if failed:
            reply.text += f"\n\n（修改已生效，但保存失败：{failed}）"
            reply.notice = "；".join(n for n in (notice, failed) if n)
            self.session.history[-1].text = reply.text
        yield from (Token(p) for p in pieces(reply.text))
        yield Done(reply)

    def _redone(self, request: EditRequest) -> EditRequest:
        """The edit undone just before (kept as pending after 撤销), for "按刚才那样弄"; else the request as is,
        which is refused when performed."""
        undone = self._pending_before
        if undone and undone.get("missing") == "again":
            return EditRequest.from_dict({**undone["request"], "then": None})
        return request

    def cancels(self, message: str) -> bool:
        """True when the user calls off the request the engine asked about (算了 / 不用了)."""
        text = normalise(message, self.words)
        return bool(self.session.pending) and len(text) <= 12 and any(w in text for w in self.words.verbs["cancel"])

    def cancel(self) -> Iterator[Event]:
        self.session.pending = None
        text = "好的，这项修改已取消，计划未作改动。"
        yield from self.offline(text, Reply(text, Intent.REVISE))

    def resume(self, message: str) -> EditRequest | None:
        """The pending request completed by the user's answer ("第五项", "经费那部分"), or None if it is no answer."""
        pending = self.session.pending
        if not pending:
            return None
        request = EditRequest.from_dict(pending["request"])
        missing = pending.get("missing")
        text = normalise(message, self.words)
        refs = section_refs(text, self.structure, self.words, self.titles())
        items = parse_items(text, self.words, rows=request.rows)
        if missing == "section" and (refs or any(h in text for h in self.words.places["here"])):
            request.section = refs[0].key if refs else self.session.current
            request.here = False
            if items.given():
                request.items = items
            return request
        if missing == "section" and not refs and not items.positions:
            told = self._told_item(text, request)  # "是说课那个": the answer names the item, not the section
            if told is not None:
                return told
        if missing == "items" and re.fullmatch(r"\d{1,2}", text.strip("。 ")):
            items.positions = [int(text.strip("。 "))]
        if missing == "items" and (items.given() or any(w in text for w in self.words.items["all"])):
            if items.given():
                request.items = items
            else:
                request.items.every = True
            if refs:
                request.section = refs[0].key
            return request
        if missing == "again" and (items.given() or refs):
            # A correction after 撤销 ("应该是第3条", "是女工那块的"): the same edit on what is named now.
            if items.given():
                request.items = items
            if refs:
                request.section, request.here = refs[0].key, False
            return request
        if missing == "notice" and text:
            request.hint = text
            return request
        if missing == "content" and text and len(text) >= 2:
            request.contents = split_contents(text, request.count)
            return request
        return None

    def _told_item(self, text: str, request: EditRequest) -> EditRequest | None:
        """The request completed by an answer that tells the item by what it says ("是写书法的那个") when asked which
        section: the one section with exactly one item saying it (and what the request said, when it said something);
        None when the answer fits no item or several."""
        said = re.sub(r"^(?:我?说的是|是|就是|指的是)", "", text)
        said = re.sub(r"(?:的)?(?:那一?[个条项]|这一?[个条项])?[吧啊呀哈呢。！!]*$", "", said).strip()
        if len(said) < 2 or self.plan is None:
            return None
        fits = []
        for key in self.plan.draftable():
            if key == "schedule" or not self._visible(key) or key in (request.spare or ()):
                continue
            texts = [" ".join(i) for i in self._items(key)]
            found = matching(said, texts)
            if request.items.text:
                found = [n for n in found if n in matching(request.items.text, texts)] or found
            if found:
                fits.append((key, found))
        if len(fits) != 1 or len(fits[0][1]) != 1:
            return None
        request.section, request.here = fits[0][0], False
        request.items = type(request.items)(positions=fits[0][1])
        return request

    # ------------------------------------------------------------------ dispatch

    def _perform(self, request: EditRequest) -> tuple[str, str, str | None]:
        if request.op == "undo" and request.dest == "step":
            return self._undo_step(request.dest_n), "offline", None
        if request.op == "undo" and request.dest == "earlier":
            return self._undo_earlier(request.dest_n), "offline", None
        if request.op == "undo" and request.hint == "added":
            return self._undo_added(), "offline", None
        if request.op == "undo" and request.items.text:
            return self._undo_named(request.items.text), "offline", None
        if request.op == "undo":
            return self._undo_steps(max(request.count, 1)), "offline", None
        if self.plan is None:
            raise Refuse("还没有计划可以修改：请先填写学校信息并起草。")
        if request.op == "redo":
            raise Refuse("刚才没有撤销过修改，没有可以重做的操作，计划未作改动。")
        if request.op == "unclear":
            raise Refuse("没能看懂要怎样修改，计划未作改动。可以这样说：“删去第3条”“第4条放到第一条”“加一条：……”"
                         "“把‘A’都改成‘B’”“撤销”。")
        handlers = {"delete": self._delete, "move": self._move, "swap": self._move, "add": self._add,
                    "replace": self._replace, "set_item": self._set_item, "not_applicable": self._not_applicable,
                    "skip": self._skip, "unsupported": self._unsupported, "correct": self._correct,
                    "restore": self._restore, "figures": self._figures}
        return handlers[request.op](request)

    # ------------------------------------------------------------------ undo

    def _undo_steps(self, count: int) -> str:
        """Undo the last `count` edits (as many as there are, when fewer)."""
        if count == 1 or not self.session.undo:
            return self._undo()
        labels = []
        while self.session.undo and len(labels) < count:
            labels.append(self.session.undo[-1]["label"])
            self._undo()
        self._undone = None  # a correction after undoing several steps is not read as a retarget
        return f"已撤销最近{len(labels)}步修改（{'；'.join(reversed(labels))}），相关内容已恢复原样并保存。"

    def _undo_step(self, step: int) -> str:
        """"第二步不要了": the edit made in that place of the conversation's kept edits (the last one is a plain undo)."""
        count = len(self.session.undo)
        if step == count:
            return self._undo()
        if not 1 <= step < count:
            raise Refuse(f"这次对话中目前只有{count}步修改，没有第{step}步，计划未作改动。" if count else
                         "目前还没有做过任何修改，无需撤销，计划保持不变。")
        return self._undo_earlier(step)

    def _undo_added(self) -> str:
        """"刚加的那条撤了": the latest addition is undone; edits made before it stay, and one made after it stays too
        when it touched other sections (else the user is told to undo both)."""
        stack = self.session.undo
        at = next((i for i in range(len(stack) - 1, -1, -1) if "新增" in stack[i]["label"]), None)
        if at is None:
            raise Refuse("这次对话中还没有新增过条目，没有可以撤回的新增内容，计划未作改动。")
        return self._undo() if at == len(stack) - 1 else self._undo_earlier(at + 1)

    def _undo_named(self, needle: str) -> str:
        """"徒步那个撤销": the latest edit that added or removed an item saying `needle` is undone, later ones kept."""
        stack = self.session.undo
        for at in range(len(stack) - 1, -1, -1):
            for key, data in stack[at]["sections"].items():
                if key not in self.plan.sections:
                    continue
                before = {" ".join(i) for i in group_items(data.get("paragraphs", []), data.get("numbered", True))}
                now = {" ".join(i) for i in self._items(key)}
                if matching(needle, sorted(before ^ now)):
                    return self._undo() if at == len(stack) - 1 else self._undo_earlier(at + 1)
        raise Refuse(f"最近的修改中没有涉及“{needle}”的，计划未作改动。")

    def _undo_earlier(self, step: int) -> str:
        """Undo an earlier edit (step `step` of those kept, else the one before the last) and keep the later ones:
        possible when no later edit touched the same sections, or when it was a deletion (the items go back)."""
        stack = self.session.undo
        at = step - 1 if 0 < step <= len(stack) else len(stack) - 2
        if len(stack) < 2 or not 0 <= at < len(stack) - 1:
            raise Refuse("只有一步修改，如需撤销请说“撤销”；计划未作改动。")
        target, later = stack[at], stack[at + 1 :]
        touched = set(target["sections"])
        if target.get("chosen") and target["label"].startswith("删除"):
            return self._restore_deleted_from(target)[0]
        if any(touched & set(s["sections"]) or s.get("schedule") is not None for s in later) or target.get("schedule"):
            return self._merge_back(target, later)  # later edits of the same part stay (edit_undoing)
        snapshot = self._snapshot(f"撤销“{target['label']}”", list(touched))
        for key, data in target["sections"].items():
            self.plan.sections[key] = SectionDraft.from_dict(data)
        self.session.remember(snapshot)
        return f"已撤销“{target['label']}”，之后的修改保持不变，修改已保存。如需恢复，请说“撤销”。"

    def _undo(self) -> str:
        if not self.session.undo or self.plan is None:
            raise Refuse("目前还没有做过任何修改，无需撤销，计划保持不变。")
        snapshot = self.session.undo.pop()
        undone = snapshot.get("request")
        if undone and undone.get("op") in _RETARGETABLE:
            touched = list(snapshot["sections"])
            # The section the undone edit changed, so "我说的是第一条" counts there (it may have been found by content).
            self._undone = {**undone, "section": undone.get("section") or (touched[0] if len(touched) == 1 else None)}
        plan = self.plan
        for key, data in snapshot["sections"].items():
            plan.sections[key] = SectionDraft.from_dict(data)
        if snapshot.get("schedule") is not None:
            plan.set_schedule([ScheduleItem(int(s["month"]), s["activity"], s["lead"], s["participants"])
                               for s in snapshot["schedule"]])
        if snapshot.get("profile") is not None:
            plan.profile = Profile.from_dict(snapshot["profile"])
        proposal = snapshot.get("proposal")
        self.session.proposal = Proposal.from_dict(proposal) if proposal else None
        self.session.current = snapshot.get("current")
        return f"已撤销上一步修改（{snapshot['label']}），相关内容已恢复原样并保存。"
