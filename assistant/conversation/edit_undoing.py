"""Undoing an earlier edit when later edits changed the same parts ("园长那个改动撤回，刚删的那条别恢复"): a three-way
merge per item. The state before the earlier edit is its undo snapshot; the state right after it is the snapshot of
the next edit that touched the same part (or the plan now). Items the earlier edit rewrote go back wherever they are
still as it left them, items it added go out, and everything a later edit did stays. An edit whose effect cannot be
told item by item (one that dropped items and rewrote others) is not merged: the caller refuses it, as before."""

from __future__ import annotations

from assistant.conversation.edit_ops import Refuse
from assistant.domain.plan import ScheduleItem, group_items
from assistant.domain.profile import Profile


def _items_of(data: dict) -> list[list[str]]:
    return group_items(data.get("paragraphs", []), data.get("numbered", True))


def merged_back(before: list, after: list, current: list) -> list | None:
    """`current` with the change from `before` to `after` taken back; None when that change was no reordering, no
    rewrite of items in place (same count) and no addition (before kept, in order, within after)."""
    if before == after:
        return list(current)
    if sorted(map(str, before)) == sorted(map(str, after)):  # a reordering: the items it moved back in their order
        rank = {str(b): i for i, b in enumerate(before)}
        places = [i for i, c in enumerate(current) if str(c) in rank]
        merged = list(current)
        for place, item in zip(places, sorted((current[i] for i in places), key=lambda c: rank[str(c)]), strict=True):
            merged[place] = item
        return merged
    if len(before) == len(after):  # items rewritten in place: each back where it still reads as the edit left it
        back = [(a, b) for a, b in zip(after, before, strict=True) if a != b and a not in before]
        return [next((b for a, b in back if a == c), c) for c in current]
    if len(after) > len(before) and [a for a in after if a in before] == before:
        added = [a for a in after if a not in before]
        return [c for c in current if c not in added]
    return None


def _rows(data: list[dict]) -> list[ScheduleItem]:
    return [ScheduleItem(int(s["month"]), s["activity"], s["lead"], s["participants"]) for s in data]


class UndoMerging:
    """Taking back one earlier edit while later ones stay (mixed into Editing)."""

    def _merge_back(self, target: dict, later: list[dict]) -> str:
        sections: dict[str, list[list[str]]] = {}
        titles: dict[str, str] = {}
        for key, data in target["sections"].items():
            if key not in self.plan.sections:
                raise Refuse("这一部分已不在计划中，无法单独撤销，计划未作改动。")
            after_data = next((s["sections"][key] for s in later if key in s["sections"]), None)
            after = _items_of(after_data) if after_data else self._items(key)
            merged = merged_back(_items_of(data), after, self._items(key))
            if merged is None:
                raise Refuse(f"“{target['label']}”之后的修改也改动了同一部分，无法单独撤销它，计划未作改动。"
                             "可以说“撤两步”一起撤销，再重做需要保留的修改。")
            sections[key] = merged
            after_title = after_data.get("title") if after_data else self.plan.sections[key].title
            if data.get("title") and self.plan.sections[key].title == after_title:
                titles[key] = data["title"]
        schedule = None
        if target.get("schedule") is not None:
            after_rows = next((s["schedule"] for s in later if s.get("schedule") is not None), None)
            schedule = merged_back(_rows(target["schedule"]), _rows(after_rows) if after_rows is not None
                                   else list(self.plan.schedule), list(self.plan.schedule))
            if schedule is None:
                raise Refuse(f"“{target['label']}”之后月度工作安排也有改动，无法单独撤销它，计划未作改动。")
        profile = None
        if target.get("profile") is not None and not any(s.get("profile") is not None for s in later):
            profile = Profile.from_dict(target["profile"])
        snapshot = self._snapshot(f"撤销“{target['label']}”", list(sections), schedule=schedule is not None,
                                  profile=profile is not None)
        for key, items in sections.items():
            self._write(key, items)
            if key in titles:
                self.plan.sections[key].title = titles[key]
        if schedule is not None:
            self.plan.set_schedule(schedule)
        if profile is not None:
            self.plan.profile = profile
        self.session.remember(snapshot)
        return f"已撤销“{target['label']}”，之后的修改保持不变，修改已保存。如需恢复，请说“撤销”。"
