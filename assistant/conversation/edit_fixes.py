"""Corrections of the edit just made, said right after it: "删错了，应该是它下面那条" (the same edit on another item:
the first is undone and the edit redone where meant) and "写错了，是合唱，不是舞蹈" (a word of what was just added,
changed only there). Each is one step: 撤销 afterwards takes back the corrected edit as a whole."""

from __future__ import annotations

import re

from assistant.conversation.edit_base import UNDO_HINT, EditBase
from assistant.conversation.edit_ops import Ask, Refuse, replace_all
from assistant.conversation.edit_refs import Items
from assistant.conversation.edit_requests import EditRequest
from assistant.domain.plan import ScheduleItem, group_items

# Edits a "是下一条" correction can move to another item.
_RETARGET = ("delete", "move", "set_item")


class CorrectionEdits(EditBase):
    """Correcting the last edit: another item, or another word in what it added."""

    _pending_before: dict | None = None

    def _correct(self, request: EditRequest) -> tuple[str, str, str | None]:
        pending = self._pending_before or {}
        if pending.get("missing") == "again" and request.items.given():
            # Just after 撤销 the edit is already undone: it is redone on the item named now.
            again = EditRequest.from_dict(pending["request"])
            again.items = request.items
            if request.section:
                again.section, again.here = request.section, False
            return self._perform(again)
        last = self.session.undo[-1] if self.session.undo else None
        if last is None:
            raise Refuse("目前还没有做过任何修改，没有可以更正的内容，计划保持不变。")
        if request.new:
            return self._fix_words(request, last)
        return self._retarget(request, last)

    # ------------------------------------------------------------------ another item

    def _retarget(self, request: EditRequest, last: dict) -> tuple[str, str, str | None]:
        done = last.get("request") or {}
        if done.get("op") not in _RETARGET:
            raise Refuse("上一步修改不是删除或移动某一条，无法按“换一条”更正，计划未作改动。如需恢复，请说“撤销”。")
        undone = EditRequest.from_dict(done)
        chosen = list(last.get("chosen") or undone.items.positions)
        if request.dest == "relative":
            if not chosen:
                raise Ask("请告诉我应该是哪一条，例如“是第3条”。", "items")
            items = Items(positions=[n + request.dest_n for n in chosen])
        else:
            items = request.items if request.items.given() else undone.items  # another section: the same items
        touched = [k for k in last["sections"]]
        section = request.section or undone.section or (touched[0] if len(touched) == 1 else None)
        redo = EditRequest(undone.op, section=section, here=undone.here and not section, rows=undone.rows,
                           items=items, dest=undone.dest, dest_n=undone.dest_n, other=undone.other, new=undone.new)
        if any(n < 1 for n in items.positions):
            raise Refuse(f"原第{chosen[0]}条上面没有别的条目了，计划未作改动。如需恢复，请说“撤销”。")
        self._undo()
        self._undone = None
        try:
            text, mode, notice = self._perform(redo)
        except (Ask, Refuse):
            self._perform(undone)  # put the first edit back: nothing changes when the correction cannot be done
            self.session.undo[-1]["request"] = done
            raise
        self.session.undo[-1]["request"] = {**redo.to_dict(), "then": None}
        return f"好的，已按您的更正改过来：刚才的修改已恢复，改为下面的修改。\n{text}", mode, notice

    # ------------------------------------------------------------------ another word

    def _fix_words(self, request: EditRequest, last: dict) -> tuple[str, str, str | None]:
        """"是合唱，不是舞蹈": the word changed in what the last edit added (its new items and table rows)."""
        keys = list(last["sections"])
        added = {k: self._added(k, last) for k in keys}
        rows = self._added_rows(last)
        texts = [" ".join(i) for k in keys for n, i in enumerate(self._items(k), start=1) if n in added[k]]
        texts += [f"{r.activity} {r.lead} {r.participants}" for r in rows]
        if not texts:
            raise Refuse("上一步没有新增内容，无法这样更正，计划未作改动。如需改字，请说“把‘A’改成‘B’”。")
        old, new = request.old or _guess_wrong(request.new, texts), request.new
        if not old or not any(old in t for t in texts):
            shown = f"“{old}”" if old else "要改的字"
            raise Refuse(f"刚才新增的内容中没有{shown}，计划未作改动。可以说“把‘A’改成‘B’”。")
        old, new = _aligned(old, new, texts)
        snapshot = self._snapshot(f"把刚才新增内容中的“{old}”改为“{new}”", keys, schedule=bool(rows))
        for key in keys:
            items = self._items(key)
            self._write(key, [[replace_all(p, old, new)[0] for p in item] if n in added[key] else item
                              for n, item in enumerate(items, start=1)])
        if rows:
            self.plan.set_schedule([ScheduleItem(r.month, replace_all(r.activity, old, new)[0], r.lead, r.participants)
                                    if r in rows else r for r in self.plan.ordered_schedule()])
        self.session.remember(snapshot)
        changed = [" ".join(i) for k in keys for n, i in enumerate(self._items(k), start=1) if n in added[k]]
        shown = "\n".join(f"－ {t}" for t in changed)
        where = "、".join(f"“{self._title(k)}”" for k in keys if added[k]) or "“月度工作安排”"
        return (f"已把刚才在{where}新增内容中的“{old}”改为“{new}”：\n{shown}\n修改已保存。{UNDO_HINT}",
                "offline", None)

    def _added(self, key: str, last: dict) -> set[int]:
        """Positions of the items of `key` that the last edit added (not in the section it replaced)."""
        if key not in self.plan.sections:
            return set()
        before = last["sections"][key]
        previous = [" ".join(i) for i in group_items(before.get("paragraphs", []), before.get("numbered", True))]
        return {n for n, i in enumerate(self._items(key), start=1) if " ".join(i) not in previous}

    def _added_rows(self, last: dict) -> list[ScheduleItem]:
        if last.get("schedule") is None:
            return []
        previous = {(int(s["month"]), s["activity"]) for s in last["schedule"]}
        return [r for r in self.plan.ordered_schedule() if (r.month, r.activity) not in previous]


def _guess_wrong(right: str, texts: list[str]) -> str:
    """The word a bare "应该是合唱比赛" corrects: what stands where the right word's ending (比赛) follows in the new text
    (市级舞蹈比赛 → 舞蹈), when that ending is there and the word before it is as long as the rest."""
    for cut in range(len(right) - 1, 0, -1):
        head, tail = right[:cut], right[cut:]
        found = {m.group(1) for text in texts
                 for m in re.finditer(rf"([\u4e00-\u9fff]{{{len(head)}}}){re.escape(tail)}", text)} - {head}
        if len(found) == 1:  # one place only: a short ending (球) may not single out what is meant
            return found.pop()
    return ""


def _aligned(old: str, new: str, texts: list[str]) -> tuple[str, str]:
    """The wrong word widened so the right one fits: "舞蹈" → "合唱比赛" where the text reads 舞蹈比赛 becomes
    舞蹈比赛 → 合唱比赛 (not 合唱比赛比赛)."""
    for cut in range(len(new) - 1, 0, -1):
        tail = new[cut:]
        if not new.startswith(old) and not old.endswith(tail) and any(old + tail in t for t in texts) \
                and not new[:cut].endswith(old):
            return old + tail, new
    return old, new
