"""What every chat edit shares: the edit words and parser, the section as the user sees it (the proposal on screen
or the plan), snapshots for 撤销, and finding the section an item reference or a word belongs to."""

from __future__ import annotations

import re
from functools import cached_property

from assistant.conversation.base import Part
from assistant.conversation.edit_ops import Ask, Refuse, guessed, listing, matching, short
from assistant.conversation.edit_requests import EditParser, EditRequest
from assistant.conversation.edit_words import EditWords, load_edit_words
from assistant.conversation.placement import Placer
from assistant.domain.blocks import Heading
from assistant.domain.calendar import Calendar, load_calendar
from assistant.domain.plan import group_items, ungroup

UNDO_HINT = "如需恢复，请说“撤销”。"


class EditBase(Part):
    """The session's plan as chat edits see and change it."""

    _on_proposal = False  # set when an edit changed the proposal on screen rather than the plan

    @cached_property
    def words(self) -> EditWords:
        path = self.settings.knowledge_dir / "edits.yaml"
        return load_edit_words(path if path.exists() else None)  # a knowledge dir without it uses the shipped one

    @cached_property
    def parser(self) -> EditParser:
        return EditParser(self.structure, self.words)

    @cached_property
    def calendar(self) -> Calendar:
        path = self.settings.knowledge_dir / "calendar.yaml"
        return load_calendar(str(path) if path.exists() else None)

    @cached_property
    def placer(self) -> Placer:
        cues = getattr(getattr(self.services.index, "lexicon", None), "topic_cues", None)
        return Placer(self.structure, self.words, self.calendar, cues)

    def titles(self) -> dict[str, str]:
        """Section titles as this plan writes them (a kindergarten's 园务公开), for reading section names; plus the
        numbers the plan prints before them ("#三", "#三（二）" → the key), so that "三（二）的第2条" is read by the
        numbering the user sees (a section left out of the plan shifts the numbers after it)."""
        if not self.plan:
            return {}
        titles = {k: d.title for k, d in self.plan.sections.items()}
        by_title = {d.title: k for k, d in self.plan.sections.items()}
        top = ""
        for block in self.plan.to_blocks():
            if isinstance(block, Heading) and block.level in (1, 2):
                m = re.match(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(.+)$", block.text)
                if not m or m.group(2) not in by_title:
                    continue
                label = m.group(1).strip("、")
                top = label if block.level == 1 else top
                titles["#" + (label if block.level == 1 else top + label)] = by_title[m.group(2)]
        return titles

    # ------------------------------------------------------------------ what the user sees

    def _visible(self, key: str) -> bool:
        draft = self.plan.sections[key]
        shown = self.session.proposal is not None and self.session.proposal.key == key
        # A section marked 不适用 shows its one line (本部分不适用。), so the user can still add to it.
        return shown or draft.status != "skipped" and (draft.status != "not_applicable" or bool(draft.paragraphs))

    def _items(self, key: str) -> list[list[str]]:
        proposal = self.session.proposal
        paragraphs = proposal.paragraphs if proposal and proposal.key == key else self.plan.sections[key].paragraphs
        return group_items(paragraphs, self.plan.sections[key].numbered)

    def _write(self, key: str, items: list[list[str]]) -> None:
        paragraphs = ungroup(items)
        proposal = self.session.proposal
        if proposal and proposal.key == key:
            proposal.paragraphs = paragraphs
            self._on_proposal = True
            return
        draft = self.plan.sections[key]
        status = draft.status if draft.status in ("accepted", "proposed") else "accepted"
        self.plan.set_section(key, paragraphs, status=status if paragraphs else "empty")

    def _title(self, key: str) -> str:
        return self.plan.sections[key].title

    def _spared(self, request: EditRequest) -> set[str]:
        """Sections the message said to leave alone ("表这回先跳过", "这节跳过")."""
        return {self.session.current if k == "@here" else k for k in request.spare} - {None}

    def _next_section(self, key: str | None) -> str | None:
        """The section after `key` in the plan's order (往下那节), skipping containers and the title."""
        order = [k for k in self.plan.sections if not self.structure.is_container(k)
                 and k not in ("title", "signature")]
        return order[order.index(key) + 1] if key in order and order.index(key) + 1 < len(order) else None

    def _section(self, request: EditRequest, what: str = "修改") -> str:
        if request.relative == "next" and not request.section:
            spared = [self.session.current if k == "@here" else k for k in request.spare]
            request.section = self._next_section(spared[0] if spared else self.session.current)
        key = request.section or self._followed_on(request) or self.session.current
        if key and key in self.plan.sections and not self.structure.is_container(key):
            return key
        raise Ask(f"请告诉我要{what}哪一部分的内容，例如“女职工工作的第2条”。", "section")

    def _followed_on(self, request: EditRequest) -> str | None:
        """The one section the last edit changed, when this message goes on from it ("然后现在排第二的那条…",
        knowledge/edits.yaml places.follow_on) and names no section and no 这部分; else None."""
        said = re.sub(r"\s", "", request.message or "")
        follow = self.words.places.get("follow_on", ())
        if request.here or not self.session.undo or not any(w in said[:8] for w in follow):
            return None
        touched = list(self.session.undo[-1].get("sections") or {})
        return touched[0] if len(touched) == 1 and touched[0] in self.plan.sections else None

    def snapshot_of(self, label: str, keys: list[str], *, schedule: bool = False) -> dict:
        """What a change about to be made elsewhere in the engine (采用, 跳过, the preview editor) replaces."""
        return self._snapshot(label, keys, schedule=schedule)

    def _snapshot(self, label: str, keys: list[str], *, schedule: bool = False, profile: bool = False) -> dict:
        """What an edit is about to replace, for 撤销 (JSON-safe)."""
        return {
            "label": label,
            "sections": {k: self.plan.sections[k].to_dict() for k in keys},
            "schedule": [item.to_dict() for item in self.plan.schedule] if schedule else None,
            "profile": self.plan.profile.to_dict() if profile else None,
            "proposal": self.session.proposal.to_dict() if self.session.proposal else None,
            "current": self.session.current,
        }

    def _after(self, key: str) -> str:
        texts = [" ".join(i) for i in self._items(key)]
        return f"修改后的“{self._title(key)}”：\n{listing(texts)}" if texts else f"“{self._title(key)}”现在没有内容。"

    def _find(self, needle: str, prefer: str | None, spare: set[str] | frozenset = frozenset(),
              placed: bool = False, earlier: bool = False) -> str:
        """The section whose items mention `needle`: the one on screen first, else the only one in the plan (never
        one the message said to leave alone). `placed`: the user said the item is in the section on screen (这节里头),
        so one of its items described in other words is looked for there (edit_ops.select)."""
        if prefer and prefer in self.plan.sections and prefer not in spare and matching(needle, [" ".join(i) for i in self._items(prefer)]):
            return prefer
        found = [k for k in self.plan.draftable() if k != "schedule" and self._visible(k) and k not in spare
                 and matching(needle, [" ".join(i) for i in self._items(k)])]
        if not found:
            texts = [" ".join(i) for i in self._items(prefer)] if prefer in self.plan.sections else []
            guess, sure = guessed(needle, texts, placed) if prefer not in spare else (None, False)
            if sure:
                return prefer
            if guess:  # described in other words: asked about the item on screen, never done on a guess
                raise Ask(f"计划中没有找到提到“{needle}”的条目。您说的是不是“{self._title(prefer)}”第{guess}条“"
                          f"{short(texts[guess - 1])}”？如果是，请说“第{guess}条”；计划暂未改动。", "items")
            if earlier:  # "上回讲的那个…": something said before, asked about rather than refused
                raise Ask(f"计划中没有找到提到“{needle}”的条目。您说的是哪一部分的哪一条？请告诉我（例如“文体活动第2条”）；"
                          "计划暂未改动。", "section")
            raise Refuse(f"计划中没有找到提到“{needle}”的条目，计划未作改动。")
        if len(found) > 1:  # the items found are shown, so the user can tell which one is meant
            shown = "".join(f"\n{self._title(k)}第{n}条：{short(texts[n - 1])}" for k in found
                            for texts in [[" ".join(i) for i in self._items(k)]] for n in matching(needle, texts))
            raise Ask(f"“{'”“'.join(self._title(k) for k in found)}”中都有提到“{needle}”的内容：{shown}\n"
                      "请告诉我是哪一条（哪一部分的）；计划暂未改动。", "section")
        return found[0]


def positions_text(chosen: list[int], unit: str = "条") -> str:
    """第3条 / 第1、3条 / 第2—4条."""
    if len(chosen) > 2 and chosen == list(range(chosen[0], chosen[-1] + 1)):
        return f"第{chosen[0]}—{chosen[-1]}{unit}"
    return "第" + "、".join(str(n) for n in chosen) + unit
