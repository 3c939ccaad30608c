"""Chat edits that add: a measure written from the user's words (or an uploaded notice's facts) in the section it
belongs to, or a row of the monthly table. With a model, the model writes only the measure's text and it passes the
same checks as the offline text."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.compose.templates import adapt_to_school
from assistant.conversation.drafting import model_paragraphs, profile_summary
from assistant.conversation.edit_base import UNDO_HINT, EditBase
from assistant.conversation.edit_notice_details import asked_details, venue
from assistant.conversation.edit_ops import Ask, Refuse, listing, parse_row, row_text, short
from assistant.conversation.edit_requests import EditRequest
from assistant.conversation.edit_status import is_not_applicable_text
from assistant.conversation.measures import (
    MAX_CHARS,
    compose_measure,
    formalise,
    numbers_in,
    problems,
    restate,
    row_activity,
    tidy,
    wanted_part,
    without_partners,
)
from assistant.conversation.notices import (
    named_by,
    notice_bigrams,
    notice_hint,
    notice_measure,
    pick,
    placement_text,
    read_facts,
    set_aside,
    uploaded_notices,
)
from assistant.conversation.placement import likest_section
from assistant.conversation.slips import fix_slips
from assistant.domain.plan import ScheduleItem, insert_items
from assistant.llm.prompts import escape_block_text


class AddEdits(EditBase):
    """Adding measures and table rows."""

    # ------------------------------------------------------------------ add

    def _add(self, request: EditRequest) -> tuple[str, str, str | None]:
        facts = None
        if request.notice:
            facts = self._notice(request)
        if request.rows or (request.section == "schedule" and not facts):
            return self._add_row(request)
        # the user's pinyin slips (意件 for 意见) are not copied into the plan; the plan's own words are no slips
        keep = " ".join([*(" ".join(i) for k in self.plan.sections for i in self._items(k)), *self.words.real_words])
        vocabulary = (*(w for cues in self.words.placement_cues.values() for w in cues), *self.words.paper_words)
        contents = [fix_slips(c, keep, vocabulary) for c in request.contents] if not facts else [facts.event]
        if not contents:
            raise Ask("请告诉我要加什么内容，例如“加一条：组织教职工开展健步走活动”。", "content")
        if facts:
            about = placement_text(facts)
        else:  # what is to be done first (工会协调，划定车位), then the whole request with its story
            whole = without_partners(formalise("；".join(contents), self.words), self.words)
            about = tuple(t for t in (wanted_part(whole, self.words), whole) if t)
        group = self._group_of(facts) if facts and not request.section else None
        current = self.session.current if self.session.current in self.plan.sections else None
        key, moved = (group, current not in (None, group)) if group else self._place(request, about)
        if key == "schedule":
            return self._add_row(request)
        measures, mode, notice = self._measures(key, contents, request, facts)
        items = self._items(key)
        snapshot = self._snapshot(f"在“{self._title(key)}”中新增{len(measures)}条", [key])
        if is_not_applicable_text(items):  # a section marked 不适用 that now gets a measure: the mark goes
            spec = self.structure.section(key)
            items, self.plan.sections[key].numbered = [], spec.level == 2 or spec.numbered
        at = self._insert_position(request, len(items), key)
        self._write(key, insert_items(items, [[m] for m in measures], at=at))
        self.session.remember(snapshot)
        first = at or len(items) + 1
        numbers = f"第{first}条" if len(measures) == 1 else f"第{first}—{first + len(measures) - 1}条"
        where = ""
        if moved:
            where = (f"（这项内容属于“{self._title(key)}”，所以加在这一部分，"
                     f"而不是当前打开的“{self._title(self.session.current)}”。）\n")
        source = f"根据您上传的《{facts.title}》整理，要点：\n{facts.summary()}\n" if facts else ""
        added = "\n".join(f"{first + i}. {m}" for i, m in enumerate(measures))
        return (f"{source}已在“{self._title(key)}”中新增{numbers}：\n{added}\n{where}修改已保存。{UNDO_HINT}"
                f"\n\n{self._after(key)}", mode, notice)

    def _insert_position(self, request: EditRequest, count: int, key: str) -> int | None:
        """Where new items go: where the request says (最前面, 第2条后面), else at the end (None)."""
        if request.dest == "first":
            return 1
        if request.dest in ("before", "after"):
            if not 1 <= request.dest_n <= count:
                raise Refuse(f"“{self._title(key)}”只有{count}条，没有第{request.dest_n}条，计划未作改动。")
            return request.dest_n + (1 if request.dest == "after" else 0)
        return None

    def _place(self, request: EditRequest, texts: tuple[str, ...]) -> tuple[str, bool]:
        """The section new content goes to: the one named, the one on screen, or the one its words belong to
        (`texts`: what the content is about, most telling first)."""
        if request.section:
            return request.section, False
        current = self.session.current if self.session.current in self.plan.sections else None
        if request.here and current:
            return current, False
        if current == "schedule" and re.search(r"\d{1,2}\s*月", request.message + texts[-1]):
            return "schedule", False
        allowed = tuple(k for k in self.plan.draftable() if k not in ("schedule",) and self._visible(k))
        served = [k for k, names in self.words.served_groups.items()
                  if k in allowed and any(n in t for t in (*texts, request.message) for n in names)]
        if len(served) == 1:  # a measure for retirees is retirees' work, whatever it does
            return served[0], current is not None and current != served[0]
        # A group's own section (退休, 女职工) is for measures that name the group or one of its own cues; words it
        # shares with others (意见, 座谈, 看望) do not send content there.
        own = {k: (*names, *self.words.placement_cues.get(k, ())) for k, names in self.words.served_groups.items()}
        allowed = tuple(k for k in allowed if k not in own or k == current
                        or any(n in t for t in (*texts, request.message) for n in own[k]))
        text = next((t for t in texts if self.placer.decisive(t, allowed)), texts[-1])
        placed = self.placer.place(text, current if current != "schedule" else None, allowed)
        if placed.key is None or placed.key == current and not placed.moved and not any(
                self.placer.scores(t).get(current, 0.0) for t in texts):
            # no word ties the content to the open section (or to any): the section whose items it is most like
            like, shared, counts = likest_section(texts[-1], {k: [" ".join(i) for i in self._items(k)] for k in allowed})
            if like and shared >= 2 and shared >= 2 * counts.get(current or "", 0) + 1:
                return like, current is not None and like != current
        if placed.key is None:
            raise Ask("这项内容应加在哪一部分？请告诉我，例如“加在女职工工作中”。", "section")
        return placed.key, placed.moved and current is not None

    def _group_of(self, facts) -> str | None:
        """The section of the one group of members a notice is for (女职工 → 女职工工作), when the plan shows it."""
        # A notice sent by a group's own committee (女职工委员会) is that group's work, whoever may take part.
        said = f"{facts.event} {facts.who} {facts.organizer}"
        groups = [k for k, names in self.words.notice_groups.items() if any(n in said for n in names)]
        if len(groups) == 1 and groups[0] in self.plan.sections and self._visible(groups[0]):
            return groups[0]
        return None

    def names_notice(self, message: str) -> bool:
        """True when a message points at an upload (通知, 文件…) and names one of the user's uploaded notices by two
        or more character pairs of its title (区里那个飞镖赛的通知 → 《关于举办…飞镖…的通知》)."""
        if not any(w in message for w in self.words.upload_words if len(w) > 1):
            return False
        notices = uploaded_notices(self.services.index.passages(self.session.owner or None), self.session.owner)
        pointers = (*self.words.upload_words, *self.words.items["pointers"])
        said = notice_bigrams(notice_hint(message, pointers))
        plan = " ".join(" ".join(p) for k in self.plan.draftable() for p in self.plan.sections[k].paragraphs)
        # a pair the plan itself does not hold (飞镖) tells the notice apart; common ones (教职, 工会) need three
        return any(len(shared) >= 3 or any(b not in plan for b in shared)
                   for shared in (said & notice_bigrams(n.title) for n in notices))

    def _notice(self, request: EditRequest):
        notices = uploaded_notices(self.services.index.passages(self.session.owner or None), self.session.owner)
        if not notices:
            raise Refuse("没有找到您上传的通知或文件，计划未作改动。请先在“知识库”页面上传，再说“把上传的通知写进计划”。")
        pointers = (*self.words.upload_words, *self.words.items["pointers"])
        wanted = set_aside(request.hint)[0]
        hint = notice_hint(wanted, pointers)
        chosen = pick(notices, hint, notice_hint(set_aside(request.message)[1], pointers))
        if hint and not any(n in named_by(notices, hint) for n in chosen):
            names = "、".join(f"《{n.title}》" for n in notices)
            raise Refuse(f"您上传的文件（{names}）中没有与“{hint}”有关的通知，计划未作改动。")
        if len(chosen) > 1:
            names = "\n".join(f"- 《{n.title}》" for n in chosen)
            raise Ask(f"您上传了{len(chosen)}份文件：\n{names}\n请告诉我要加入哪一份（说出其中的关键词即可）。", "notice")
        self._notice_text = chosen[0].text  # for the details the user asks the summary to hold
        facts = read_facts(chosen[0])
        return replace(facts, where=venue(facts.where, chosen[0].text))

    def _measures(self, key: str, contents: list[str], request: EditRequest, facts) -> tuple[list[str], str, str | None]:
        """The added measures' text: the model's when there is one and it passes the checks, else the offline one."""
        phrasing = self.words.phrasing_for(key)
        if facts:
            summary = notice_measure(facts, phrasing.who, self.words.people, MAX_CHARS)
            details = asked_details(request.message, getattr(self, "_notice_text", ""), self.words, summary)
            offline = [with_details(summary, details)]
            kept = [tuple(x for x in (facts.when, facts.where) if x)]
        else:
            offline = [adapt_to_school(compose_measure(c, key, self.words, self.calendar), self.plan.profile)
                       for c in contents]
            kept = [numbers_in(c) for c in contents]
        mode, notice = "offline", None
        if self.writer is not None:
            written = self._model_measures(key, contents, request, facts, kept)
            if written is not None:
                return written, "llm", None
            notice = "模型写的措施未通过检查（口语、照抄原话、遗漏事实或长度不合适），已改用离线引擎的写法。"
        offline = [restate(m, request.message, self.words) for m in offline]
        for content, measure, facts_kept in zip(contents, offline, kept, strict=True):
            # Words the user typed formally may stay (restated as far as its verbs allow); spoken ones may not.
            found = problems(measure, self.words, "", facts_kept) if measure else []
            if not measure or found:
                reasons = "；".join(p.text for p in found) or "没有可写的内容"
                redraft = f"如需重新起草这一部分，请说“写{self._title(key)}”。" if not measure else ""
                raise Refuse(f"没能把“{short(content)}”写成规范的工作措施（{reasons}），计划未作改动。"
                             f"请换个说法再试，例如“加一条：组织教职工开展……活动”。{redraft}")
        return offline, mode, notice

    def _model_measures(self, key: str, contents: list[str], request: EditRequest, facts,
                        kept: list[tuple[str, ...]]) -> list[str] | None:
        texts = [" ".join(i) for i in self._items(key)]
        prompt = self.writer.render(
            "edit_measure",
            section_title=self._title(key),
            current_items=escape_block_text(listing(texts)) or "（暂无）",
            request=escape_block_text("\n".join(f"{i}. {c}" for i, c in enumerate(contents, 1))),
            count=str(len(contents)),
            facts=escape_block_text(facts.summary()) if facts else "（无）",
            profile=profile_summary(self.plan.profile),
        )
        stream = self.writer.stream(prompt, [])
        while True:
            try:
                next(stream)
            except StopIteration as stop:
                result = stop.value
                break
        if not result.complete or not result.text.strip():
            return None
        measures = [tidy(m) for m in model_paragraphs(result.text)][: len(contents)]
        if len(measures) != len(contents):
            return None
        message = "" if facts else request.message
        if any(problems(m, self.words, message, f) for m, f in zip(measures, kept, strict=True)):
            return None
        return measures

    def _add_row(self, request: EditRequest) -> tuple[str, str, str | None]:
        content = "；".join(request.contents)
        if not content:
            raise Ask("请告诉我这一行的月份、工作内容、负责人和参与人员，例如“表里加一行：6月，端午节慰问，工会主席负责”。",
                      "content")
        phrasing = self.words.phrasing_for("schedule")
        month, activity, lead, participants = parse_row(content, request.message, phrasing.lead, phrasing.who)
        if month is None:
            raise Ask("请告诉我这项安排在几月，例如“6月”。", "content")
        if month not in self.structure.months(self.plan.profile.period):
            raise Refuse(f"本计划的期间（{self.plan.profile.period}）不含{month}月，计划未作改动。")
        activity = row_activity(activity, self.words)
        if not activity:
            raise Ask("请告诉我这一行的工作内容。", "content")
        row = ScheduleItem(month, activity, lead, participants)
        snapshot = self._snapshot(f"月度工作安排新增{month}月一行", [], schedule=True)
        self.plan.set_schedule(self.plan.with_row(self.plan.ordered_schedule(), row))
        self.session.remember(snapshot)
        return f"已在“月度工作安排”中新增一行：\n－ {row_text(row)}\n修改已保存。{UNDO_HINT}", "offline", None


def with_details(measure: str, details: list[str]) -> str:
    """A notice's summary with the details the user asked for in brackets, as many as fit in a measure; when not all
    fit, each is cut to the clause that carries its figure (每100名会员1个) before any is left out."""
    for trial in (details, [_core(d) for d in details]):
        for n in range(len(trial), 0, -1):
            fuller = measure.rstrip("。") + "（" + "；".join(trial[:n]) + "）。"
            if len(fuller) <= MAX_CHARS and (n == len(trial) or trial is not details):
                return fuller
    return measure


def _core(detail: str) -> str:
    """A detail ("名额：名额按…分配，每100名会员增报1个") cut to its clause with a figure, else its first clause;
    the label goes when the clause says it already (优先：优先推荐… → 优先推荐…)."""
    label, _, body = detail.rpartition("：")
    clauses = [c for c in re.split(r"[，,]", body) if c]
    core = next((c for c in clauses if re.search(r"\d", c)), clauses[0] if clauses else body)
    return core if not label or any(w in core for w in re.split(r"和|与|及", label)) else f"{label}：{core}"
