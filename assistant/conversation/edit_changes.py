"""Chat edits of existing items: delete (items or table rows), move and swap, rewrite one item, replace text."""

from __future__ import annotations

from assistant.conversation.edit_base import UNDO_HINT, positions_text
from assistant.conversation.edit_ops import (
    Ask,
    Refuse,
    Replacement,
    destination,
    reorder,
    replace_all,
    row_text,
    select,
    select_rows,
    short,
)
from assistant.conversation.edit_requests import EditRequest
from assistant.conversation.edit_sweep import SweepEdits
from assistant.conversation.measures import tidy
from assistant.domain.plan import NOT_APPLICABLE_TEXT, ScheduleItem, delete_items, move_item, swap_items
from assistant.domain.profile import Profile
from assistant.errors import ProfileError


class ItemEdits(SweepEdits):
    """Operations on the items a section already has."""

    # ------------------------------------------------------------------ delete, move, rewrite one item

    def _delete(self, request: EditRequest) -> tuple[str, str, str | None]:
        if request.rows or request.section == "schedule" and (request.items.month or not request.items.text):
            return self._delete_rows(request)
        swept = self._delete_everywhere(request) if self._sweeps(request) else None
        if swept:  # "计划里凡是带X的条目都删掉": each section holding X
            return swept
        if request.items.text and not request.section and not request.items.positions and not request.relative:
            key = self._find(request.items.text, self.session.current, self._spared(request), placed=request.here,
                             earlier=request.items.earlier)
        else:
            key = self._section(request, "删除")
        if key == "schedule":
            return self._delete_rows(request)
        items = self._items(key)
        texts = [" ".join(i) for i in items]
        if request.items.positions and request.items.from_end and request.items.from_end <= len(items):
            # "第一条和最后一条": a position and one counted from the end, both deleted
            end = len(items) + 1 - request.items.from_end
            request.items.positions, request.items.from_end = sorted({*request.items.positions, end}), 0
        chosen = select(request.items, texts, self._title(key), placed=bool(request.section or request.here))
        snapshot = self._snapshot(f"删除“{self._title(key)}”{positions_text(chosen)}", [key])
        snapshot["chosen"] = chosen  # for "删错了，是上面那条"
        self._write(key, delete_items(items, chosen))
        self.session.remember(snapshot)
        removed = "\n".join(f"－ 原第{n}条：{short(texts[n - 1], 60)}" for n in chosen)
        return (f"已在“{self._title(key)}”中删除{positions_text(chosen)}：\n{removed}\n其余各条已重新编号，修改已保存。"
                f"{UNDO_HINT}\n\n{self._after(key)}", "offline", None)

    def _swap_rows(self, request: EditRequest) -> tuple[str, str, str | None]:
        """"4月那两行调个个儿": two rows of the same month change places (months keep the table's order)."""
        rows = self.plan.ordered_schedule()
        chosen = select_rows(request.items, rows) + (select_rows(request.other, rows) if request.other.given() else [])
        if len(chosen) != 2 or rows[chosen[0] - 1].month != rows[chosen[1] - 1].month:
            raise Refuse("月度工作安排按月份排列，只能调换同一个月的两行；如需改月份，可以删去这一行再加一行。计划未作改动。")
        snapshot = self._snapshot(f"调换月度工作安排第{chosen[0]}行和第{chosen[1]}行", [], schedule=True)
        a, b = chosen[0] - 1, chosen[1] - 1
        rows[a], rows[b] = rows[b], rows[a]
        self.plan.set_schedule(rows)
        self.session.remember(snapshot)
        return (f"已调换“月度工作安排”中{rows[a].month}月的两行：\n－ {row_text(rows[a])}\n－ {row_text(rows[b])}\n"
                f"修改已保存。{UNDO_HINT}", "offline", None)

    def _delete_rows(self, request: EditRequest) -> tuple[str, str, str | None]:
        rows = self.plan.ordered_schedule()
        chosen = select_rows(request.items, rows)
        snapshot = self._snapshot(f"删除月度工作安排{positions_text(chosen, '行')}", [], schedule=True)
        self.plan.set_schedule(delete_items(rows, chosen))
        self.session.remember(snapshot)
        removed = "\n".join(f"－ {row_text(rows[n - 1])}" for n in chosen)
        return f"已在“月度工作安排”中删除{len(chosen)}行：\n{removed}\n修改已保存。{UNDO_HINT}", "offline", None

    def _move(self, request: EditRequest) -> tuple[str, str, str | None]:
        if request.items.text and not request.section:
            key = self._find(request.items.text, self.session.current)
        else:
            key = self._section(request, "调整")
        if request.dest == "section":
            return self._move_across(request, key)
        if request.dest == "chrono" and key != "schedule":  # "按月份先后排一下"
            return self._sort(request, key)
        if request.dest == "order" and key != "schedule":  # "第五条放最前头，第三条紧跟着当第二条"
            items, title = self._items(key), self._title(key)
            new = reorder(items, list(zip(request.items.positions, request.other.positions, strict=True)), title)
            if new == items:
                raise Refuse(f"“{title}”已经是这个顺序，计划未作改动。")
            snapshot = self._snapshot(f"调整“{title}”的顺序", [key])
            self._write(key, new)
            self.session.remember(snapshot)
            return f"已按您说的顺序调整“{title}”，并已重新编号、保存。{UNDO_HINT}\n\n{self._after(key)}", "offline", None
        if (key == "schedule" or request.rows) and request.op == "swap":
            return self._swap_rows(request)
        if key == "schedule" or request.rows:
            raise Refuse("月度工作安排按月份排列，不能调整行的先后；如需改月份，可以删去这一行再加一行。计划未作改动。")
        items = self._items(key)
        texts = [" ".join(i) for i in items]
        title = self._title(key)
        several = request.op == "move" and not request.items.text and request.dest in ("first", "last", "at", "from_end",
                                                                                       "before", "after")
        source = select(request.items, texts, title, one=not several)
        if several and len(source) > 1:
            return self._move_block(key, items, texts, source, request)
        if len(source) != 1:
            raise Ask(f"请告诉我要移动“{title}”的哪一条。", "items")
        src = source[0]
        if request.op == "swap":
            other = select(request.other, texts, title, one=True)[0]
            if other == src:
                raise Refuse("要对调的是同一条，计划未作改动。")
            new = swap_items(items, src, other)
            label, what = f"对调“{title}”第{src}条和第{other}条", f"第{src}条和第{other}条已对调"
        else:
            n = request.dest_n
            if request.other.given() and request.dest in ("before", "after"):
                n = select(request.other, texts, title, one=True)[0]  # 放到体检那条前面
                if n == src:
                    raise Refuse("要移动的和作为位置参照的是同一条，计划未作改动。")
            target = destination(request.dest, n, src, len(items), title)
            if target == src:
                raise Refuse(f"第{src}条已经在这个位置，计划未作改动。")
            new = move_item(items, src, target)
            label, what = f"移动“{title}”第{src}条", f"原第{src}条（{short(texts[src - 1])}）已移到第{target}条"
        snapshot = self._snapshot(label, [key])
        snapshot["chosen"] = [src]
        self._write(key, new)
        self.session.remember(snapshot)
        return f"已调整“{title}”的顺序：{what}，并已重新编号、保存。{UNDO_HINT}\n\n{self._after(key)}", "offline", None

    def _move_block(self, key: str, items: list, texts: list[str], source: list[int],
                    request: EditRequest) -> tuple[str, str, str | None]:
        """"第2、3条一起放到最后": the items move together, in their order, to the front, the end, position n, or
        before or after another item (第5条后面, 体检那条前面)."""
        title, chosen = self._title(key), sorted(source)
        block = [items[n - 1] for n in chosen]
        rest = [item for n, item in enumerate(items, start=1) if n not in chosen]
        at = {"first": 0, "last": len(rest)}.get(request.dest, request.dest_n - 1)
        if request.dest == "from_end":  # "两条一起挪到倒数第二": the block starts that far from the end
            at = len(rest) - request.dest_n + 1
        if request.dest in ("before", "after"):
            n = select(request.other, texts, title, one=True)[0] if request.other.given() else request.dest_n
            if n in chosen or not 1 <= n <= len(items):
                raise Refuse(f"要移动的条目和作为位置参照的第{n}条重叠或不存在，计划未作改动。")
            at = rest.index(items[n - 1]) + (1 if request.dest == "after" else 0)
        if not 0 <= at <= len(rest):
            raise Refuse(f"“{title}”只有{len(items)}条，没有第{request.dest_n}条，计划未作改动。")
        new = rest[:at] + block + rest[at:]
        if new == items:
            raise Refuse(f"{positions_text(chosen)}已经在这个位置，计划未作改动。")
        snapshot = self._snapshot(f"移动“{title}”{positions_text(chosen)}", [key])
        self._write(key, new)
        self.session.remember(snapshot)
        moved = "、".join(f"原第{n}条（{short(texts[n - 1], 16)}）" for n in chosen)
        where = f"第{at + 1}—{at + len(block)}条"
        return (f"已调整“{title}”的顺序：{moved}已一起移到{where}，并已重新编号、保存。{UNDO_HINT}\n\n{self._after(key)}",
                "offline", None)

    def _move_across(self, request: EditRequest, key: str) -> tuple[str, str, str | None]:
        """"第2条挪到女工那块": the items leave their section and are added at the end of the one named (or at the
        place said: "排第一个", "放到第2条")."""
        target, title = request.hint, self._title(key)
        if target not in self.plan.sections or self.structure.is_container(target) or "schedule" in (key, target):
            raise Refuse("条目只能在主要工作、保障措施等列有条目的部分之间移动，计划未作改动。")
        if target == key:
            raise Refuse(f"这一条已经在“{title}”中，计划未作改动。")
        items = self._items(key)
        texts = [" ".join(i) for i in items]
        chosen = select(request.items, texts, title)
        there = [i for i in self._items(target) if " ".join(i) != NOT_APPLICABLE_TEXT]
        at = request.dest_n or len(there) + 1
        if not 1 <= at <= len(there) + 1:
            raise Refuse(f"“{self._title(target)}”只有{len(there)}条，不能放到第{at}条，计划未作改动。")
        snapshot = self._snapshot(f"把“{title}”{positions_text(chosen)}移到“{self._title(target)}”", [key, target])
        self._write(key, delete_items(items, chosen))
        self._write(target, there[: at - 1] + [items[n - 1] for n in chosen] + there[at - 1 :])
        self.session.remember(snapshot)
        where = "末尾" if at == len(there) + 1 else f"第{at}条" if len(chosen) == 1 else f"第{at}条起"
        return (f"已把“{title}”{positions_text(chosen)}移到“{self._title(target)}”{where}，两部分都已重新编号、保存。"
                f"{UNDO_HINT}\n\n{self._after(key)}\n\n{self._after(target)}", "offline", None)

    def _set_item(self, request: EditRequest) -> tuple[str, str, str | None]:
        key = self._section(request)
        if key == "schedule":
            raise Refuse("月度工作安排的行请用“删掉X月那行”和“表里加一行：……”修改，计划未作改动。")
        items = self._items(key)
        chosen = select(request.items, [" ".join(i) for i in items], self._title(key), one=True)
        text = tidy(request.new) if request.new else ""
        if len(chosen) != 1 or not text:
            raise Ask("请告诉我改成什么，例如“把第3条改成：……”。", "content")
        n = chosen[0]
        if request.hint == "name":  # "第二条那个奖的名字改为“B”": the quoted name in the item becomes B
            return self._rename_in_item(key, items, n, request.new)
        snapshot = self._snapshot(f"改写“{self._title(key)}”第{n}条", [key])
        items[n - 1] = [text]
        self._write(key, items)
        self.session.remember(snapshot)
        return f"已把“{self._title(key)}”第{n}条改为：{text}\n修改已保存。{UNDO_HINT}", "offline", None

    # ------------------------------------------------------------------ replace

    def _set_cell(self, request: EditRequest) -> tuple[str, str, str | None]:
        """"9月那行的负责人改成副主席": that cell gets the new value; the other rows keep theirs."""
        column = request.hint.removeprefix("column:")
        rows = self.plan.ordered_schedule()
        chosen = select_rows(request.items, rows)
        if len(chosen) != 1:
            raise Ask(f"{request.items.month}月有{len(chosen)}行，请告诉我是哪一行。", "items")
        row = rows[chosen[0] - 1]
        if getattr(row, column) == request.new:
            raise Refuse(f"这一格已经是“{request.new}”，计划未作改动。")
        names = {"lead": "负责", "participants": "参与人员", "activity": "工作内容"}
        snapshot = self._snapshot(f"修改月度工作安排{row.month}月一行的{names[column]}", [], schedule=True)
        rows[chosen[0] - 1] = ScheduleItem(row.month, *(request.new if f == column else getattr(row, f)
                                                        for f in ("activity", "lead", "participants")))
        self.plan.set_schedule(rows)
        self.session.remember(snapshot)
        return (f"已把“月度工作安排”{row.month}月一行的{names[column]}由“{getattr(row, column)}”改为“{request.new}”，"
                f"其他行未改动，修改已保存。{UNDO_HINT}", "offline", None)

    def _replace(self, request: EditRequest) -> tuple[str, str, str | None]:
        if request.hint.startswith("column:") and not request.old:
            return self._set_cell(request)
        if not request.old and request.hint == "renamed":  # only the new name told: the old one is found
            request.old = self._former_name(request.new)
        old, new = request.old, request.new
        if old == new:
            raise Refuse("替换前后的文字相同，计划未作改动。")
        if request.items.given():
            return self._replace_in_items(request)
        if request.section:
            keys = [request.section]
        elif request.here and self.session.current:
            keys = [self.session.current]
        else:
            keys = [k for k in self.plan.sections if not self.structure.is_container(k)]
            keys = [k for k in keys if k not in self._spared(request)]  # "表这回先跳过": that part keeps its words
        whole = len(keys) > 1

        def swap(text: str) -> str:
            return replace_all(text, old, new, request.keep)[0]

        def count(text: str) -> int:
            return replace_all(text, old, new, request.keep)[1]

        found = Replacement({})
        for key in keys:
            found.add(self._title(key), sum(count(p) for i in self._items(key) for p in i)
                      + (count(self._title(key)) if whole else 0))
        column = request.hint.removeprefix("column:") if request.hint.startswith("column:") else ""
        if column:  # one column of the table: the other cells keep the words
            keys = ["schedule"]
        if "schedule" in keys:
            found.add("月度工作安排", sum(count(_cells(r, column)) for r in self.plan.schedule))
        profile = self.plan.profile
        if whole:
            found.add("标题", count(profile.plan_title) if count(profile.school) else 0)
            found.add("落款", count(profile.union_name))
            found.add("学校信息（上级工会）", count(profile.upper_union))
        if not found.total:
            where = "计划" if whole else f"“{self._title(keys[0])}”"
            raise Refuse(f"{where}中没有“{old}”，无法替换，计划未作改动。")
        snapshot = self._snapshot(f"把“{old}”替换为“{new}”", keys, schedule="schedule" in keys, profile=whole)
        if whole and (count(profile.school) or count(profile.upper_union)):
            try:
                self.plan.profile = Profile(**{**profile.to_dict(), "school": swap(profile.school),
                                               "upper_union": swap(profile.upper_union)})
            except ProfileError as exc:
                raise Refuse(f"替换后的学校信息无效：{exc}，计划未作改动。") from exc
        for key in keys:
            self._write(key, [[swap(p) for p in item] for item in self._items(key)])
            shadowed = self.plan.sections[key]  # text under a proposal on screen is replaced too
            shadowed.paragraphs = [swap(p) for p in shadowed.paragraphs]
            if whole:
                self.plan.sections[key].title = swap(self._title(key))
        if "schedule" in keys:
            self.plan.set_schedule([
                ScheduleItem(r.month, *(swap(getattr(r, f)) if f == column or not column else getattr(r, f)
                                        for f in ("activity", "lead", "participants")))
                for r in self.plan.schedule
            ])
        self.session.remember(snapshot)
        return (f"已把“{old}”替换为“{new}”，共{found.total}处：{found.describe()}。其余内容未改动，修改已保存。"
                f"{UNDO_HINT}", "offline", None)

    def _replace_in_items(self, request: EditRequest) -> tuple[str, str, str | None]:
        """"把第3条的A改成B": only inside the items named, in the named or current section."""
        key = self._section(request)
        items = self._items(key)
        texts = [" ".join(i) for i in items]
        chosen = select(request.items, texts, self._title(key))
        found = sum(replace_all(texts[n - 1], request.old, request.new)[1] for n in chosen)
        if not found:
            raise Refuse(f"“{self._title(key)}”{positions_text(chosen)}中没有“{request.old}”，无法替换，计划未作改动。")
        snapshot = self._snapshot(f"把“{self._title(key)}”{positions_text(chosen)}的“{request.old}”替换为“{request.new}”",
                                  [key])
        self._write(key, [[replace_all(p, request.old, request.new)[0] for p in item] if n in chosen else item
                          for n, item in enumerate(items, start=1)])
        self.session.remember(snapshot)
        return (f"已把“{self._title(key)}”{positions_text(chosen)}中的“{request.old}”替换为“{request.new}”，共{found}处，"
                f"修改已保存。{UNDO_HINT}\n\n{self._after(key)}", "offline", None)


def _cells(row: ScheduleItem, column: str) -> str:
    """The text of a table row a replacement looks at: one column, or all three."""
    return getattr(row, column) if column else f"{row.activity}\n{row.lead}\n{row.participants}"
