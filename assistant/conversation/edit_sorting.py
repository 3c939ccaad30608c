"""Putting a section's items in order of time ("按月份先后顺一下", "照时间顺序重新排"): each item's time is the first
month, festival or point of the period it names (9月, 元宵节, 开学初, 期末); items that name none keep their places,
the dated ones take the dated places in the order of the plan's months. Done by SortEdits, mixed into the editor;
the request is read by edit_moving.asks_sort."""

from __future__ import annotations

import re

from assistant.conversation.edit_base import UNDO_HINT
from assistant.conversation.edit_ops import Refuse
from assistant.conversation.edit_record import EditRequest
from assistant.conversation.edit_refs import number
from assistant.conversation.edit_words import EditWords
from assistant.domain.calendar import Calendar

# A month written in an item: 3月, 十一月, 元月; not 个月 / 每月 / 本月 / 上月 (a length or a repetition).
_MONTH = re.compile(r"(?<![个每本上下当次隔数几第\d])(1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十]|元)\s*月(?![度薪工])")


def item_month(text: str, calendar: Calendar, period: str, year: int, words: EditWords) -> int | None:
    """The month an item is done in: the first month, festival or point of the period it names, else None."""
    spec = calendar.periods.get(period)
    months = spec.months if spec else tuple(range(1, 13))
    found: list[tuple[int, int]] = []
    for m in _MONTH.finditer(text):
        n = 1 if m.group(1) == "元" else number(m.group(1))
        if n and 1 <= n <= 12:
            found.append((m.start(), n))
    for festival, start, _ in calendar.festivals_in(text):
        found.append((start, calendar.festival_month(festival, period, year) or festival.on(year).month))
    points = {**{w: months[0] for w in words.sort.get("start_points", ())},
              **{w: months[-1] for w in words.sort.get("end_points", ())},
              **dict(calendar.year_points)}
    for word, month in points.items():
        at = text.find(word)
        if at >= 0:
            found.append((at, month))
    return min(found)[1] if found else None


def chrono_order(months: list[int | None], period_months: tuple[int, ...]) -> list[int]:
    """The new order (0-based indexes of the old items): the dated items sorted by month in the period's order, each
    into one of the places dated items held; undated ones stay where they are. Equal months keep their order."""
    rank = {m: i for i, m in enumerate(period_months)}
    dated = [i for i, m in enumerate(months) if m is not None]
    ordered = sorted(dated, key=lambda i: (rank.get(months[i] or 0, len(rank)), i))
    order = list(range(len(months)))
    for place, i in zip(dated, ordered, strict=True):
        order[place] = i
    return order


class SortEdits:
    """Ordering a section's items by the time they name (mixed into Editing)."""

    def _sort(self, request: EditRequest, key: str) -> tuple[str, str, str | None]:
        items, title = self._items(key), self._title(key)
        profile = self.plan.profile
        months = [item_month(" ".join(i), self.calendar, profile.period, profile.year, self.words) for i in items]
        if sum(m is not None for m in months) < 2:
            raise Refuse(f"“{title}”里写明时间的条目不足两条，没法按时间先后排列，计划未作改动。")
        spec = self.calendar.periods.get(profile.period)
        order = chrono_order(months, spec.months if spec else tuple(range(1, 13)))
        if order == list(range(len(items))):
            raise Refuse(f"“{title}”已经是按时间先后排列的，计划未作改动。")
        snapshot = self._snapshot(f"按时间先后调整“{title}”的顺序", [key])
        self._write(key, [items[i] for i in order])
        self.session.remember(snapshot)
        undated = "；没写时间的条目留在原位" if None in months else ""
        return (f"已把“{title}”各条按时间先后重新排列{undated}，并已重新编号、保存。{UNDO_HINT}\n\n{self._after(key)}",
                "offline", None)
