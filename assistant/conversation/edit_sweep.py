"""Deleting, across the whole plan, every item that says a word ("计划里凡是带慰问的条目都撤下来"); the old name a
new one replaces when the user gives only the new one ("上级工会现在叫B，原来那个名字全换掉"); and a new name for the
name one item quotes ("第二条那个奖的名字改为“B”")."""

from __future__ import annotations

import re

from assistant.conversation.edit_base import UNDO_HINT, EditBase, positions_text
from assistant.conversation.edit_ops import Ask, Refuse, short
from assistant.conversation.edit_requests import EditRequest
from assistant.domain.plan import delete_items


class SweepEdits(EditBase):
    """A deletion told by a word and 都/凡是, when the word stands in items of several sections."""

    def _sweeps(self, request: EditRequest) -> bool:
        """True when the request deletes every item saying a word, with no section or position given, and either the
        message names the whole plan (计划里, 全文) or the section on screen has no such item."""
        items = request.items
        if not (items.text and items.every) or request.section or request.relative or items.positions \
                or items.from_end or items.said:
            return False
        whole = any(w in (request.message or "") for w in self.words.places["whole"])
        current = self.session.current
        here = current in self.plan.sections and any(items.text in t for t in self._texts(current))
        return whole or not (request.here or here)

    def _texts(self, key: str) -> list[str]:
        return [" ".join(i) for i in self._items(key)]

    def _delete_everywhere(self, request: EditRequest) -> tuple[str, str, str | None] | None:
        """Every item whose text has the word, in each numbered section that holds one (never the table or running
        text, never a section the message spared), as one edit; None when fewer than two sections hold it (deleted
        as usual then)."""
        word, spared = request.items.text, self._spared(request)
        found = {}
        for key in self.plan.draftable():
            if key == "schedule" or key in spared or not self._visible(key) or not self.plan.sections[key].numbered:
                continue  # the table's rows and a section of running text (指导思想) have no items to drop
            chosen = [n for n, text in enumerate(self._texts(key), 1) if word in text]
            if chosen:
                found[key] = chosen
        if len(found) < 2:
            return None
        snapshot = self._snapshot(f"删除各部分提到“{word}”的条目", list(found))
        lines = []
        for key, chosen in found.items():
            texts = self._texts(key)
            self._write(key, delete_items(self._items(key), chosen))
            lines += [f"－ “{self._title(key)}”原第{n}条：{short(texts[n - 1], 60)}" for n in chosen]
        self.session.remember(snapshot)
        where = "、".join(f"“{self._title(k)}”{positions_text(c)}" for k, c in found.items())
        return (f"已删除计划中所有提到“{word}”的条目，共{len(lines)}条（{where}）：\n" + "\n".join(lines)
                + f"\n各部分其余条目已重新编号，其他内容未改动，修改已保存。{UNDO_HINT}", "offline", None)

    def _former_name(self, new: str) -> str:
        """The name in the plan that `new` replaces: one of the same kind — the same first two and last two characters
        (县名…工会, 区…中心) — sharing the longest opening with it; the school's own name or its union's only when no other
        name fits.
        Refused (nothing changed) when the plan holds none, or two equally likely."""
        plan, profile = self.plan, self.plan.profile
        texts = [p for key in plan.sections for item in self._items(key) for p in item]
        texts += [f"{r.activity} {r.lead} {r.participants}" for r in plan.schedule] + [profile.upper_union]
        own = [n for n in (profile.school, profile.union_name) if n]
        pattern = re.escape(new[:2]) + r"[\u4e00-\u9fff]{0,12}?" + re.escape(new[-2:])
        names = {m.group(0) for t in texts for m in re.finditer(pattern, t)}
        names = {n for n in names if n != new and abs(len(n) - len(new)) <= 6}
        # the school's own names only when nothing else fits (the school itself renamed: 学校现在叫…)
        names = {n for n in names if not any(o in n or n in o for o in own)} or names

        def shared(name: str) -> int:
            return next((i for i, (a, b) in enumerate(zip(name, new)) if a != b), min(len(name), len(new)))

        best = sorted(names, key=shared, reverse=True)
        if not best or len(best) > 1 and shared(best[0]) == shared(best[1]):
            raise Refuse(f"计划中没有找到要改为“{new}”的原名称，请告诉我原来的名称（例如“把‘原名称’改成‘{new}’”），"
                         "计划未作改动。")
        return best[0]

    def _rename_in_item(self, key: str, items: list[list[str]], n: int, new: str) -> tuple[str, str, str | None]:
        """The name an item gives in quotes (“汀兰工匠之师”评选) becomes `new`; the rest of the item stays. Asked when
        the item quotes no name or several."""
        title = self._title(key)
        whole = "\n".join(items[n - 1])
        names = list(dict.fromkeys(re.findall(r"“([^“”]{2,30})”", whole)))
        if len(names) != 1:
            shown = "、".join(f"“{name}”" for name in names)
            raise Ask(f"“{title}”第{n}条{'提到' + shown if names else '没有带引号的名称'}，请告诉我要把哪个名称改成“{new}”，"
                      f"例如“把‘原名称’改成‘{new}’”；计划暂未改动。", "content")
        if names[0] == new:
            raise Refuse(f"“{title}”第{n}条的名称已经是“{new}”，计划未作改动。")
        snapshot = self._snapshot(f"把“{title}”第{n}条的“{names[0]}”改为“{new}”", [key])
        items[n - 1] = whole.replace(f"“{names[0]}”", f"“{new}”").split("\n")
        self._write(key, items)
        self.session.remember(snapshot)
        return (f"已把“{title}”第{n}条中的名称“{names[0]}”改为“{new}”，该条其余内容未改动，修改已保存。{UNDO_HINT}",
                "offline", None)
