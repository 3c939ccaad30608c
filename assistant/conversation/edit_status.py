"""Chat edits of a whole section's standing: mark it 不适用 (the plan then says so), put it off (跳过: it stays
missing), and the requests no edit can carry out (标红, 加粗, 字体…), which are refused with the reason."""

from __future__ import annotations

from assistant.conversation.edit_base import UNDO_HINT, EditBase
from assistant.conversation.edit_ops import Refuse, matching
from assistant.conversation.edit_requests import EditRequest
from assistant.domain.plan import NOT_APPLICABLE_TEXT, SectionDraft, group_items


class StatusEdits(EditBase):
    """不适用, 跳过 and the formatting requests the plan cannot carry."""

    def _not_applicable(self, request: EditRequest) -> tuple[str, str, str | None]:
        key = self._section(request, "标记")
        title = self._title(key)
        snapshot = self._snapshot(f"将“{title}”标记为不适用", [key])
        # Written into the plan (unnumbered) rather than left out: a reviewer then sees the section was considered.
        self.plan.set_section(key, [NOT_APPLICABLE_TEXT], status="not_applicable", numbered=False)
        if self.session.proposal and self.session.proposal.key == key:
            self.session.proposal = None
        if self.session.current == key:
            self.session.current = self.next_key(after=key)
        self.session.remember(snapshot)
        return (f"已将“{title}”标记为不适用：计划中这一部分写明“{NOT_APPLICABLE_TEXT}”，不再列出具体措施，"
                f"其他部分未作改动。如需恢复，可以说“撤销”，或说“写{title}”重新起草。" + self.progress_text(),
                "offline", None)

    def _skip(self, request: EditRequest) -> tuple[str, str, str | None]:
        key = self._section(request, "跳过")
        title = self._title(key)
        shown = self.session.proposal is not None and self.session.proposal.key == key
        if self.plan.sections[key].paragraphs and self.plan.sections[key].status == "accepted" and not shown:
            # Skipping hides a section from the plan: a written one is not hidden on a word that means "later".
            if any(w in (request.message or "") for w in self.words.verbs.get("keep_as_is", ())):
                raise Refuse(f"好的，“{title}”先保持现状，计划未作改动。之后需要修改时，直接告诉我改哪一条即可。")
            raise Refuse(f"“{title}”已经写好，无需跳过，计划未作改动。如果这一部分不适用，可以说“{title}不适用”；"
                         "要去掉其中某一条，可以说“删掉第几条”。")
        snapshot = self._snapshot(f"跳过“{title}”", [key])
        self.plan.set_status(key, "skipped")
        if self.session.proposal and self.session.proposal.key == key:
            self.session.proposal = None
        if self.session.current == key:
            self.session.current = self.next_key(after=key)
        self.session.remember(snapshot)
        return (f"好的，“{title}”先跳过，暂不起草。它仍算未完成（进度和导出提示里都会列出），之后可以说“写{title}”"
                "回来补写。其他部分未作改动。" + self.progress_text(), "offline", None)

    def _restore(self, request: EditRequest) -> tuple[str, str, str | None]:
        """A section marked 不适用 or put off gets back what it had; "删掉的那条" comes back at its old place. Edits
        made since (in other sections, or to other items) stay."""
        if request.hint == "deleted":
            return self._restore_deleted(request)
        key = self._section(request, "恢复")
        title, draft = self._title(key), self.plan.sections[key]
        earlier = next((s for s in reversed(self.session.undo) if key in s["sections"]
                        and s["sections"][key].get("status") not in ("not_applicable", "skipped")), None)
        if draft.status not in ("not_applicable", "skipped") or earlier is None:
            raise Refuse(f"“{title}”没有被标记为不适用或跳过，无需恢复，计划未作改动。如需撤销上一步修改，请说“撤销”。")
        snapshot = self._snapshot(f"恢复“{title}”", [key])
        self.plan.sections[key] = SectionDraft.from_dict(earlier["sections"][key])
        self.session.remember(snapshot)
        return f"已恢复“{title}”原来的内容，其他部分未作改动，修改已保存。{UNDO_HINT}\n\n{self._after(key)}", "offline", None

    def _restore_deleted(self, request: EditRequest) -> tuple[str, str, str | None]:
        wanted = request.section or (self.session.current if request.here else None)
        deletions = [s for s in reversed(self.session.undo) if s.get("chosen") and s["label"].startswith("删除")
                     and (wanted is None or wanted in s["sections"])]
        if not deletions:
            raise Refuse("最近没有删除过条目，无法恢复，计划未作改动。")
        if not request.items.text:
            return self._restore_deleted_from(deletions[0])
        for deleted in deletions:  # "巡回指导那条恢复": only the deleted item that says so comes back
            old = _items_of(deleted)
            found = [n for n in deleted["chosen"] if matching(request.items.text, [" ".join(old[n - 1])]) == [1]]
            if found:
                return self._restore_deleted_from(deleted, found)
        raise Refuse(f"最近删去的条目中没有提到“{request.items.text}”的，计划未作改动。")

    def _restore_deleted_from(self, deleted: dict, only: list[int] | None = None) -> tuple[str, str, str | None]:
        """The items an earlier deletion (its undo snapshot) removed, put back while later edits stay (`only`: some
        of them, by their old positions)."""
        key = next(iter(deleted["sections"]))
        old = _items_of(deleted)
        items = self._items(key)
        snapshot = self._snapshot(f"恢复“{self._title(key)}”中删去的条目", [key])
        for n in sorted(only or deleted["chosen"]):
            # Back after the item it followed (wherever that is now), else at its old position.
            after = next((k + 1 for k, item in enumerate(items) if n > 1 and item == old[n - 2]), None)
            items.insert(after if after is not None else min(n - 1, len(items)), old[n - 1])
        self._write(key, items)
        self.session.remember(snapshot)
        return (f"已把删去的条目放回“{self._title(key)}”原来的位置，之后的其他修改保持不变，修改已保存。{UNDO_HINT}\n\n"
                f"{self._after(key)}", "offline", None)

    def _unsupported(self, request: EditRequest) -> tuple[str, str, str | None]:
        if request.hint == "title":
            raise Refuse(f"标题“{self.plan.profile.plan_title}”由学校名称、年份和计划期自动生成，不能在对话中逐字修改，计划未作改动。"
                         "如需更改学校名称、年份或计划期，请在“学校信息”中修改。")
        what = request.hint or "设置格式"
        if "章" in what:  # a seal: put on the printed or signed copy, not in the text
            raise Refuse(f"这项修改（{what}）无法完成：计划正文只保存文字，不能加盖公章或电子章；用印请在打印稿或正式签发的文件上"
                         "按单位用印规定办理。计划未作改动。")
        raise Refuse(f"这项修改（{what}）无法完成：计划正文只保存文字，不支持标红、加粗、改字体字号或颜色等格式；导出的 Word 文档统一按"
                     "公文格式（GB/T 9704-2012）排版。计划未作改动。如需突出某一条，可以把它移到最前面，或把内容写得更具体。")


def _items_of(snapshot: dict) -> list[list[str]]:
    """The items of the one section an undo snapshot kept."""
    data = next(iter(snapshot["sections"].values()))
    return group_items(data["paragraphs"], data.get("numbered", True))


def is_not_applicable_text(items: list[list[str]]) -> bool:
    """True for a section that only says it is 不适用 (adding to it replaces that line)."""
    return [" ".join(i) for i in items] == [NOT_APPLICABLE_TEXT]
