"""Reading a chat message as an edit of the plan: which operation, which section, which items, what content.

Rules over the words of knowledge/edits.yaml; nothing here looks at the plan's text except to know its section
titles. The result is an `EditRequest`, a plain JSON-safe record that assistant.conversation.edits carries out
(and keeps in the session while it asks the user which section or item they meant).
"""

from __future__ import annotations

import re

from assistant.conversation import edit_clauses as clauses
from assistant.conversation.edit_chains import ChainReaders
from assistant.conversation.edit_figures import FigureReaders
from assistant.conversation.edit_moving import MoveReaders
from assistant.conversation.edit_proposals import told_duty
from assistant.conversation.edit_record import EditRequest
from assistant.conversation.edit_refs import (
    CONDITION,
    NUM,
    Items,
    SectionRef,
    asks,
    here,
    is_question,
    normalise,
    number,
    parse_items,
    section_refs,
    strip_refs,
    unquoted,
)
from assistant.conversation.edit_replacing import ReplaceReaders
from assistant.conversation.edit_text import (
    add_verb,
    blank_left_alone,
    clause_bounds,
    content_of,
    correction,
    gives_reason,
    insert_at,
    negated,
    only_instructions,
    split_contents,
    undo_count,
    without_manner,
)
from assistant.conversation.edit_words import EditWords, alternation
from assistant.domain.structure import Structure

# 行 as the table's measure word (那一行, 第3行, 9月那行), not 就行 / 不行 / 进行 / 行动 / 步行 (健步行).
_ROW_WORD = re.compile(r"(?<![就不可进执运举推实施银也都还才发流旅自同步])行(?![了吗吧啊呀政动为业程驶])")



# ---------------------------------------------------------------------------------------------------- parse


class _Readers(MoveReaders, ReplaceReaders, FigureReaders):
    """One reader per kind of edit, each a rule over the words of knowledge/edits.yaml (see EditParser)."""

    def __init__(self, structure: Structure, words: EditWords):
        self.structure = structure
        self.words = words

    def refs(self, text: str, titles: dict[str, str]) -> list[SectionRef]:
        return section_refs(text, self.structure, self.words, titles)

    def _scope(self, request: EditRequest, text: str, titles: dict[str, str], at: int | None = None) -> EditRequest:
        """The section a request acts on; with `at` (its verb), the verb's clause first (本节第2项删掉，和女工那块重了)."""
        refs = self.refs(text, titles)
        if at is not None and refs:
            start, end = clause_bounds(text, at)
            inner = [r for r in refs if start <= r.start < end]
            if inner:
                refs = inner
            elif here(text[start:end], self.words):
                request.here = True
                return request
            else:  # "第3项拿掉，经费那边已经写了": a section named in a reason clause does not scope the edit
                refs = [r for r in refs if not gives_reason(text, r.start, self.words)]
        keys = list(dict.fromkeys(r.key for r in refs))
        if keys:
            request.section = keys[0] if keys[0] != "schedule" or len(keys) == 1 else keys[1]
            request.rows = request.rows or "schedule" in keys and request.section == "schedule"
        elif here(text, self.words):
            request.here = True
        return request

    # ------------------------------------------------------------------ readers

    def _correct(self, text: str, titles: dict, question: bool) -> EditRequest | None:
        """A correction of the edit just made ("删错了，是下一条", "写错了，是合唱，不是舞蹈"); see edit_text."""
        if question or "correct" not in self.words.verbs or clauses.spelled_typo(text):
            return None
        found = correction(text, self.words, lambda part: self.refs(part, titles))
        return EditRequest("correct", **found) if found is not None else None

    def _redo(self, text: str, titles: dict, question: bool) -> EditRequest | None:
        """"还是删，按刚才那样弄": the edit just undone is made again (see Editing.perform)."""
        redo = self.words.verbs.get("redo", ())
        return EditRequest("redo") if redo and not question and re.search(alternation(redo), text) else None

    def _undo(self, text: str, titles: dict, question: bool) -> EditRequest | None:
        change = self._change_taken_back(text)
        if change and not question:
            return EditRequest("undo", items=Items(text=change))  # "换成口琴那下撤了": the change about 口琴
        if not question and clauses.takes_back_added(text, self.words):
            return EditRequest("undo", hint="added")  # "刚加的那条撤了": the latest addition, earlier edits kept
        step = self._step_taken_back(text)
        if step and not question:
            return EditRequest("undo", dest="step", dest_n=step)  # "第二步不要了": that edit of this conversation
        whole, text = text, clauses.undo_clause(text, self.words)
        if not text:
            return None
        named = clauses.named_before(whole, whole.find(text) + re.search(self.words.verb("undo"), text).start(), self.words)
        if named and not re.search(r"(?:刚才|上一步|上一个|最后)", text):
            return EditRequest("undo", items=Items(text=named))  # "徒步那个不搞了，撤销掉": the edit about 徒步
        keep, earlier = self.words.verbs.get("undo_keep", ()), self.words.verbs.get("undo_earlier", ())
        step = re.search(rf"第\s*({NUM})\s*(?:步|个修改|次修改|处修改)", text)
        if any(w in text for w in keep) and (step or any(w in text for w in earlier)):
            # "第一步撤回，第二步留着": an earlier edit, the later ones kept (dest_n: which step, 0 = the one before last)
            return EditRequest("undo", dest="earlier", dest_n=number(step.group(1)) or 0 if step else 0)
        return EditRequest("undo", count=undo_count(text, self.words))

    def _change_taken_back(self, text: str) -> str:
        """What a change is told by when a message takes it back by pointing at the change, not at an item ("口琴那下
        撤了", "改成茶话会那次不要了"): the words before a pointer of knowledge/edits.yaml items.change_pointers that a
        verb of undoing, deleting or not wanting follows; empty when there is none."""
        pointers = self.words.items.get("change_pointers", ())
        if not pointers:
            return ""
        taken = alternation((*self.words.verbs["undo"], *self.words.verbs["delete"],
                             *self.words.verbs.get("delete_with_item", ()), *self.words.verbs.get("cancel", ())))
        m = re.search(rf"([\u4e00-\u9fff“”‘’]{{2,14}}?)(?:的)?(?:{alternation(pointers)})\s*(?:就|先|给|也|还是)?\s*"
                      rf"(?:{taken})", text)
        if not m:
            return ""
        found = re.sub(r"^(?:把|将|给我|那|这|刚才|刚)+", "", m.group(1)).strip("“”‘’")
        verbs = alternation((*self.words.verbs["replace"], *self.words.verbs["add"]))
        found = re.sub(rf"^(?:{verbs})|的$", "", found).strip("“”‘’")  # "换成口琴那下": the change is about 口琴
        ops = alternation((*self.words.verbs["move"], *self.words.verbs["delete"], *self.words.verbs["swap"],
                           *self.words.verbs["replace"], *self.words.verbs["add"],
                           "位置", "顺序", "修改", "改动", "新增", "替换", "改名", "更名", "名字", "名称", "叫法", "删除"))
        where = (*self.words.items.get("describing_skip", ()), *self.words.verbs.get("undo_earlier", ()))
        if re.search(ops, found) or found in where or re.fullmatch(r"[前后上下头先早之][面头边前后]?", found):
            return ""  # "挪位置那下": the change told by its kind, not by what it was about (see _undo)
        return found if len(found) >= 2 and not re.search(r"刚|上一|最后|第", found) else ""

    def _step_taken_back(self, text: str) -> int:
        """The edit a message takes back by its place in the conversation ("第二步不要了", "第一步的修改撤回"): an ordinal
        step followed by any word of undoing, deleting or not wanting; 0 when none is."""
        taken = alternation((*self.words.verbs["undo"], *self.words.verbs["delete"],
                             *self.words.verbs.get("delete_with_item", ())))
        m = re.search(rf"第\s*({NUM})\s*(?:步|个修改|次修改|处修改|项修改|个改动|次改动|下)\s*(?:的|那个|那下|那次)?\s*"
                      rf"(?:修改|改动|操作)?\s*(?:就|先|都|也|给|还是)?\s*(?:{taken})", text)
        return number(m.group(1)) or 0 if m else 0

    def _restore(self, text: str, titles: dict, question: bool) -> EditRequest | None:
        """"退休那块还是要写，恢复吧" (a section marked 不适用 or put off) and "把删掉的那条加回来" (the item deleted last):
        brought back while the edits made since stay."""
        if question or "restore" not in self.words.verbs or not re.search(self.words.verb("restore"), text):
            return None
        if re.search(r"删(?:掉|了|去|除)?的", text) or re.fullmatch(r"(?:还是|那就|那|就)?(?:给我|帮我)?(?:把它|把那条)?"
                                                                   r"(?:加|放|弄|要|拿)回(?:来|去)(?:吧|啊|呀|哈|了)?[。！!]?", text):
            # "还是加回来吧" alone: the item deleted last is brought back
            return self._scope(EditRequest("restore", hint="deleted"), text, titles)
        named = clauses.named_before(text, re.search(self.words.verb("restore"), text).start(), self.words)
        if named:  # "巡回指导那条还是要的，恢复": one of the items deleted, found by what it says
            return self._scope(EditRequest("restore", hint="deleted", items=Items(text=named)), text, titles)
        request = self._scope(EditRequest("restore"), text, titles)
        return request if request.section or request.here else None

    def _unsupported(self, text: str, titles: dict, question: bool) -> EditRequest | None:
        """标红 / 加粗 / 换字体: formatting the plan's text cannot carry (it is refused, never read as an addition)."""
        found = re.search("|".join(sorted(self.words.unsupported, key=len, reverse=True)), unquoted(text)) \
            if self.words.unsupported else None
        if not found and clauses.edits_title(text):
            return EditRequest("unsupported", hint="title")  # the title is built from the school's facts
        return EditRequest("unsupported", hint=found.group(0)) if found else None

    def _skip(self, text: str, titles: dict, question: bool) -> EditRequest | None:
        """"自身建设那部分先略过，过两天补": the section is put off (it stays missing), not filled and not 不适用."""
        if question or "skip" not in self.words.verbs or not re.search(self.words.verb("skip"), text):
            return None
        if self._points_at_items(text, titles):
            return None
        return self._scope(EditRequest("skip"), text, titles)

    def _not_applicable(self, text: str, titles: dict, question: bool) -> EditRequest | None:
        if is_question(text, self.words) or not re.search(self.words.verb("not_applicable"), text):
            return None
        if self._points_at_items(text, titles):
            return None  # "第三个不用写了" drops an item; only a whole section is 不适用
        if add_verb(text, self.words) and any(w in text for w in self.words.upload_words if len(w) > 1):
            return None  # "文件归纳成一项，电话都不用写": what to leave out of an upload's summary
        return self._scope(EditRequest("not_applicable"), text, titles)

    def _points_at_items(self, text: str, titles: dict) -> bool:
        items = parse_items(strip_refs(text, self.refs(text, titles), self.words, gap="　"), self.words)
        return bool(items.positions or items.from_end or items.tail or items.head or items.onward or items.text)

    def _delete(self, text: str, titles: dict, question: bool) -> EditRequest | None:
        with_item = self.words.verbs.get("delete_with_item", ())
        verb = next((m for m in re.finditer(alternation((*self.words.verbs["delete"], *with_item)), text)
                     if text[m.start() - 1 : m.start()] not in self.words.verb_guards.get(m.group(0), ())
                     or m.start() == 0), None)
        if not verb or negated(text, verb.start()):
            return None
        keeping = clauses.keeps_only(text, *clause_bounds(text, verb.start()))  # "只留前三条，其余删掉"
        told = text
        if not keeping:
            text = blank_left_alone(text, verb.start(), self.words)  # "…，4月表里那行先别管"
        cond = CONDITION.search(text)  # "凡是写了慰问的": the word the items say, even when it names a section
        refs = [r for r in self.refs(text, titles) if not (cond and cond.start(1) <= r.start < cond.end(1))]
        rows = any(r.key == "schedule" for r in refs) or bool(_ROW_WORD.search(text))
        # The verb is blanked to the same length, so the section mentions found in `text` still line up.
        rest = strip_refs(text[: verb.start()] + "　" * len(verb.group(0)) + text[verb.end() :], refs, self.words,
                          gap="　")
        items = parse_items(rest, self.words, rows=rows)
        start, end = clause_bounds(text, verb.start())
        own = parse_items(rest[start:end], self.words, rows=rows)
        said = [m.start() for m in re.finditer(rf"第\s*{NUM}", rest) if not start <= m.start() < end]
        if own.given() and said and all(gives_reason(text, at, self.words) for at in said):
            items = own  # "采购那条删了，跟第一条讲的差不多": the item compared with is not the one deleted
        meant = clauses.meant_item(text[verb.end() :])
        if meant:  # "我要删的其实是弹琴那条": the item is what follows 是, not the words after the verb
            items = Items(text=meant)
        if not (items.given() or items.vague):  # "环湖健步行今年不搞了": what is called off is the item to find
            unnamed = "".join("　" if any(r.start <= i < r.end for r in refs) else c for i, c in enumerate(text))
            items.text = clauses.called_off(unnamed, verb, self.words)
        bare_no = verb.group(0) in with_item and not (items.given() or items.vague)
        if bare_no or (question and not items.given()) or clauses.sets_aside_upload(text, verb, self.words):
            return None
        if not (items.given() or items.vague or refs or here(text, self.words)):
            # "删掉拔河": what follows the verb is the text to find.
            after = re.sub(r"[吧了咯啦哈啊呀。！!，,\s]+$", "", text[verb.end() :]).strip()
            before = re.sub(r"^(?:请|麻烦|帮我|给我)?(?:把|将)", "", text[: verb.start()]).strip()
            items.text = re.sub(alternation(self.words.items["all"]), "", after or before)
            if not items.text:
                if len(re.sub(r"[吧了咯啦哈啊呀。！!，,\s]", "", text)) > len(verb.group(0)):
                    return None
                items.vague = True  # just "删掉": which one is asked
        if keeping and own.given():
            items = own  # "只要前两条，后面三条删掉": the items of the verb's own clause go
        elif keeping and items.given():
            items.others = True  # "前两条留下，下面的都去掉": every item but those named
        kept = self._kept(told, start, end) if not items.others else []
        if kept and items.positions:  # "第2条到第5条删了，第4条跳过先留着": the range but the items kept
            items.positions = [n for n in items.positions if n not in kept]
        if items.positions and not items.text:  # "第二条跟送课那条": a position and an item told by its content
            items.text = self._named_not_placed(clauses.also_named(rest))
        request = self._scope(EditRequest("delete", items=items, rows=rows), text, titles, at=verb.start())
        in_clause = any(r.key == "schedule" and start <= r.start < end for r in refs)
        if (request.section and request.section != "schedule" or request.here and not in_clause) \
                and not _ROW_WORD.search(text[:verb.start()]):
            request.rows = False  # "文体那块后三条删了，月度表里有": the table named in a reason is not the target
        return request

    def _named_not_placed(self, named: str) -> str:
        """An item told by its content, or "" when the words only say where it stands ("开头那条和末尾那条": 开头 and
        末尾 are places in the list, read as positions by parse_items, not words the item must hold)."""
        places = alternation((*self.words.moves["first"], *self.words.moves["last"],
                              *self.words.items.get("describing_skip", ())))
        return named if re.sub(rf"{places}|[的那这一最]", "", named) else ""

    def _kept(self, text: str, start: int, end: int) -> list[int]:
        """Item numbers that a clause other than the verb's (start–end) says to keep: "第4条跳过先留着", "第3条别动"."""
        keep = alternation((*self.words.verbs.get("skip", ()), *self.words.verbs.get("keep_as_is", ()),
                            *self.words.verbs.get("undo_keep", ())))
        kept: list[int] = []
        for m in re.finditer(r"[^，,；;。]+", text):
            if m.start() < end and m.end() > start or not re.search(keep, m.group(0)):
                continue
            kept += parse_items(m.group(0), self.words).positions
        return kept

    def _add(self, text: str, titles: dict, question: bool) -> EditRequest | None:
        verb = add_verb(text, self.words)
        if verb is None:
            return told_duty(text, question, self.words)
        if question or negated(text, verb.start()):
            return None
        before, after = text[: verb.start()], text[verb.end() :]
        chained = alternation([w for w in self.words.verbs["add"] if w != "加"])
        while re.match(chained, after):  # "整成一条塞进计划": verbs one after another, what is added follows the last
            after = after[re.match(chained, after).end() :]
        if re.match(r"\s*哪", after) and not verb.group(0).startswith("加"):  # "放到哪块合适你定": where, left to us
            after = re.sub(r"^[^，,。；;！!]*", "", after)
        if re.match(r"\s*[。！!]", after):
            after = ""  # "……那个理一理写进去。我们园……": the sentences after the request are background
        request = EditRequest("add")
        count = re.match(rf"\s*({NUM})\s*(?:条|项|个|点|行)", verb.group(0)[1:] + after) or re.search(
            rf"({NUM})\s*(?:条|项|点)", verb.group(0))
        request.count = number(count.group(1)) or 0 if count else 0
        refs = self.refs(before, titles)
        target = re.match(r"\s*(?:一条|两条|一项|一点|一行)?\s*(?:到|在|进)\s*([^，。：:]{2,14}?)(?:里|中|部分)?(?=[：:，,]|$)",
                          after)
        if target and self.refs(target.group(1), titles):
            refs += self.refs(target.group(1), titles)
            after = after[target.end() :]
        named_after = self.refs(after, titles)
        anywhere = alternation(self.words.items.get("placement", ("合适的地方",)))
        after = re.sub(rf"^\s*(?:里面?|中)?(?:的)?(?:{anywhere})(?:去|里)?(?=[，,。；;]|$)", "", after)  # "塞在合适位置，…"
        content = content_of(without_manner(after, self.words))
        if (not content or content in self.words.items["vague"] or re.fullmatch(r"(?:这些|以上|上面的?|这样)", content)
                or re.fullmatch(rf"(?:里面?|中)?(?:的)?{anywhere}", content)):  # "放在合适的位置"
            content = content_of(without_manner(strip_refs(before, refs, self.words), self.words), leading=True)
        request.dest, request.dest_n = insert_at(before, self.words)
        plain = without_manner(after, self.words)  # "写进送温暖那块，用自己的话写": the section is all that follows
        named_plain = named_after and self.refs(plain, titles)
        if named_plain and not strip_refs(plain, named_plain, self.words).strip(" 里中去吧了。，,"):
            content = content_of(strip_refs(before, refs, self.words), leading=True)
            refs += named_plain
        whole = [r for r in self.refs(content + "里", titles) if (r.start, r.end) == (0, len(content))]
        if whole:  # "再写一条目标": the section is named, what to write is not
            content, refs = "", refs + whole
        uploads = [w for w in self.words.upload_words if w in text]
        uploads = [] if uploads == ["通知"] and clauses.notify_verb(text) else uploads  # "开个会通知都费劲": no upload
        if uploads and (not content or any(w in content for w in uploads) or only_instructions(content, self.words)):
            request.notice = True
            named = clauses.notice_named(text, verb.start())
            request.hint = named or re.sub("|".join(map(re.escape, (*uploads, *self.words.places["table"]))), " ",
                                           content)
            # a section named inside the notice's own name (安康互助保障的通知) is not where it goes
            refs = [r for r in refs if not re.match(r"\s*(?:的|那个|这个)?\s*(?:通知|文件)", text[r.end :])]
        else:
            request.contents = split_contents(content, request.count)
        request.rows = any(r.key == "schedule" for r in refs) or bool(re.search(r"(?:一|几|两)?行", verb.group(0) +
                                                                               after[:3]))
        keys = list(dict.fromkeys(r.key for r in refs))
        if keys:
            request.section = keys[0]
        elif here(before, self.words):
            request.here = True
        if not request.notice and not any(request.contents):
            request.contents = []
        return request


class EditParser(ChainReaders, _Readers):
    """Reads messages as edit requests, for one structure (and a plan's own section titles)."""

    def parse(self, message: str, titles: dict[str, str] | None = None) -> EditRequest | None:
        """The edit a message asks for, or None when it is not an edit (a question, a rewrite, a draft…).

        A message with two edits ("删去第4条，再把第2条放到最后") gives the first with the second chained in `then`,
        but only where what follows the connector is itself an edit; otherwise the connector belongs to the content.
        A sentence putting a section off beside another edit ("表这回先跳过别碰") keeps it in `spare` (edit_clauses).
        """
        spared = self._spared(message, titles)
        if spared is not None:
            return spared
        return self._parse_chain(message, titles)

    def _spared(self, message: str, titles: dict[str, str] | None) -> EditRequest | None:
        keys, rest = clauses.put_off(message, self.words, lambda text: self.refs(text, titles or {}),
                             lambda text: self._parse_one(text, titles) is not None)
        request = self._parse_chain(rest, titles) if keys and rest else None
        if request is None or request.op in ("skip", "not_applicable", "undo", "unsupported"):
            return None
        request.spare = keys
        if clauses.names_next_section(request.message):
            request.relative = "next"  # "师德这节跳过。往下那节第4条拿掉": the section after the one put off
            if request.section is None or request.section in keys:
                request.section, request.here = None, False
        request.message = message
        return request

    def _parse_one(self, message: str, titles: dict[str, str] | None = None) -> EditRequest | None:
        text = normalise(message, self.words)
        titles = titles or {}
        if not text:
            return None
        question = asks(text, self.words)
        for reader in (self._unsupported, self._redo, self._headcounts, self._correct, self._undo, self._restore, self._skip, self._not_applicable, self._replace, self._move,
                       self._delete, self._add):
            request = reader(text, titles, question)
            if request is not None:
                request.message = message
                return request
        return None
