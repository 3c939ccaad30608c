"""Carrying out a correction of the plan's headcounts read by edit_figures ("女的52个" → 现有女教职工52人)."""

from __future__ import annotations

import re

from assistant.conversation.edit_base import UNDO_HINT
from assistant.conversation.edit_ops import Refuse, Replacement
from assistant.conversation.edit_record import EditRequest


class FigureEdits:
    """Putting right the headcounts a plan states (mixed into Editing)."""

    def _figures(self, request: EditRequest) -> tuple[str, str, str | None]:
        forms = self.words.figures.get("forms", {})
        keys = [k for k in self.plan.sections if not self.structure.is_container(k)]
        changed: dict[str, list[list[str]]] = {}
        found, said = Replacement({}), []
        for group, n in request.figures:
            pattern = re.compile("|".join(f"(?:{f})" for f in forms.get(group, ())))
            if not pattern.pattern:
                continue

            def put(m: re.Match, n: int = n) -> str:
                digits = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i))
                return m.group(0)[: m.start(digits) - m.start()] + str(n) + m.group(0)[m.end(digits) - m.start():]

            hits = 0
            for key in keys:
                items = changed.get(key) or self._items(key)
                new = [[pattern.sub(put, p) for p in item] for item in items]
                count = sum(1 for item in items for p in item for m in pattern.finditer(p)
                            if next(g for g in m.groups() if g) != str(n))
                if count and new != items:
                    changed[key] = new
                    found.add(self._title(key), count)
                hits += count
            label = self.words.figures.get("labels", {}).get(group, (group,))[0]
            said.append(f"{label}{n}人" if hits else f"{label}人数（计划中没有写）")
        if not changed:
            raise Refuse(f"计划中没有写到{'、'.join(s.split('（')[0].rstrip('人数') for s in said)}的人数，"
                         "或已经是这个数，计划未作改动。")
        snapshot = self._snapshot("更正人数：" + "、".join(said), list(changed))
        for key, items in changed.items():
            self._write(key, items)
        self.session.remember(snapshot)
        return (f"已按您核实的数字更正人数（{'、'.join(said)}），共{found.total}处：{found.describe()}。"
                f"各条其余文字未改动，修改已保存。{UNDO_HINT}", "offline", None)
