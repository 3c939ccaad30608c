"""Reading a chat message as a move of items: to the front or the end, up or down, beside another item, swapped with
one, or into another section (at the place said there). Mixed into the parser of edit_requests, whose `refs`,
`_scope` and `words` it uses."""

from __future__ import annotations

import re

from assistant.conversation import edit_clauses as clauses
from assistant.conversation.edit_record import EditRequest
from assistant.conversation.edit_refs import NUM, ONWARD, Items, number, parse_items, strip_refs
from assistant.conversation.edit_text import destination_of
from assistant.conversation.edit_words import EditWords, alternation


def asks_sort(text: str, words: EditWords) -> bool:
    """True when a message asks for items in order of time: a key of time (月份, 时间先后) said with 按/照/依 or
    followed by 顺序/先后, then a verb of ordering (排, 顺一下, 理一理, 捋)."""
    sort = words.sort
    if not sort:
        return False
    keys, verbs = alternation(sort.get("keys", ())), alternation(sort.get("verbs", ()))
    lead = r"(?:按照|依照|根据|按|照|依|以)"
    return bool(re.search(rf"{lead}\s*{keys}[^，。；]{{0,10}}?{verbs}", text)
                or re.search(rf"{keys}\s*(?:的)?\s*(?:顺序|先后|早晚)[^，。；]{{0,8}}?{verbs}", text))


class MoveReaders:
    """The readers of moves and swaps (see EditParser)."""

    def _reorder(self, text: str, titles: dict) -> EditRequest | None:
        """"第五条放最前头，第三条紧跟着当第二条": a new order told item by item, each clause an item and the place it
        takes (positions as the user sees them now); the others keep their order in the places left."""
        refs = self.refs(text, titles)
        plain = strip_refs(text, refs, self.words, gap="　")
        moves: list[tuple[int, int]] = []
        for clause in re.split(r"[，,；;：:]", plain):
            item = re.search(rf"第\s*({NUM})\s*(?:条|项|个|点)", clause)
            if not item or not re.search(self.words.verb("move") + r"|当|作为|排", clause[item.end() :]):
                continue
            place = re.sub(r"^[^第最末开]*?(?=第|最|末尾|开头)", "", clause[item.end() :])
            dest, n = destination_of(place, self.words)
            if dest in ("first", "last", "at") and number(item.group(1)):
                moves.append((number(item.group(1)) or 0, {"first": 1, "last": -1}.get(dest, n)))
        if len(moves) < 2:
            return None
        request = EditRequest("move", items=Items(positions=[p for p, _ in moves]), dest="order",
                              other=Items(positions=[t for _, t in moves]))
        return self._scope(request, text, titles)

    def _move(self, text: str, titles: dict, question: bool) -> EditRequest | None:
        if asks_sort(text, self.words) and not re.search(rf"第\s*{NUM}\s*(?:条|项|个|点)", text):  # "按月份先后顺一下": the section's items in order of time
            return self._scope(EditRequest("move", dest="chrono"), text, titles)
        reordered = self._reorder(text, titles)
        if reordered is not None:
            return reordered
        swap = re.search(self.words.verb("swap"), text)
        if swap:
            pair = clauses.pair_of(strip_refs(text[: swap.start()], self.refs(text[: swap.start()], titles), self.words, gap="　"),
                         self.words)
            if pair:
                request = EditRequest("swap", items=pair[0], other=pair[1], rows=bool(pair[0].month))
                return self._scope(request, text, titles)
        step = re.search(rf"({alternation(self.words.steps.get('up', ()))}|{alternation(self.words.steps.get('down', ()))})"
                         rf"\s*(?:挪|移|调|提|放|动)?\s*({NUM})?\s*(?:位|条|个|格|项)?", text) if self.words.steps else None
        if step and ONWARD.search(text):
            step = None  # "第4条起后面都不要": 往后 closes a range, it is not a step down
        if step and not step.group(2) and re.match(r"\s*(?:的|几条|几项|那几条|那些|这些|都|全|统统|一律|一概)", text[step.end() :]):
            step = None  # "保留头一条，往后的都不要了": 往后的 are the items after it, nothing moves
        # "第4条提前到第2条": 提前到 names the place, it is not one step up; so does a place taken after the step
        # (调上去当第2条, 往前挪作为第一条, 移上来排第二): 当/作为/排/做 + place, the 兼语 "becomes N" of spoken moves
        took = r"\s*(?:(?:来|去)?(?:到|至)|[，,]?\s*(?:来|去)?(?:当|作为|做|成为|变成|排在?|放在?))"
        placed = destination_of(re.sub(rf"^{took}", "", text[step.end() :]), self.words) \
            if step and not step.group(2) and re.match(took, text[step.end() :]) else ("", 0)
        if placed[0] and parse_items(text[: step.start()], self.words).given() \
                and not re.search(self.words.verb("move"), text[step.end() :]):
            source = text[: step.start()]
            moved = parse_items(strip_refs(source, self.refs(source, titles), self.words, gap="　"), self.words)
            return self._scope(EditRequest("move", items=moved, dest=placed[0], dest_n=placed[1]), text, titles)
        if placed[0]:
            step = None
        later = [m for m in re.finditer(self.words.verb("move"), text[step.end() :])] if step else []
        if any(clauses.next_to(text[step.end() + m.end() :], self.words)[0]
               or destination_of(text[step.end() + m.end() :], self.words)[0] for m in later):
            step = None  # "往上提，放到体检那条前面" / "往下放，放到倒数第三条": the place named after it is where it goes
        if step and any(destination_of(text[m.end() : step.start()], self.words)[0]
                        or clauses.next_to(text[m.end() : step.start()], self.words)[0]
                        for m in re.finditer(self.words.verb("move"), text[: step.start()])):
            step = None  # "第4条挪到第2条前面，就是想往前放": the place said before it is where it goes
        if step and parse_items(text[: step.start()], self.words).given():
            up = step.group(1) in self.words.steps.get("up", ())
            source = text[: step.start()]
            refs = self.refs(source, titles)
            request = EditRequest("move", items=parse_items(strip_refs(source, refs, self.words, gap="　"), self.words),
                                  dest="up" if up else "down", dest_n=number(step.group(2) or "一") or 1)
            return self._scope(request, text, titles)
        # "第3条往最前面挪": the destination before the verb, said as a direction.
        ends = alternation((*self.words.moves["first"], *self.words.moves["last"]))
        text = re.sub(rf"往\s*({ends})\s*(?:挪|移|放|调|搬|拉|拖|排)(?:一下|一挪|一点)?", r"挪到\1", text)
        verbs = list(re.finditer(self.words.verb("move"), text)) or self._carried(text)
        if not verbs:
            return None
        # "往下放，放到倒数第三条": the verb after which a place is said, else the first
        verb = next((v for v in verbs if destination_of(text[v.end() :], self.words)[0]), verbs[0])
        dest, n = destination_of(text[verb.end() :], self.words)
        target = Items()
        if not dest:
            dest, target = clauses.next_to(text[verb.end() :], self.words)
        if not dest:
            return self._move_across(text, verb, titles)
        source = text[: verb.start()]
        refs = self.refs(source, titles)
        moved = parse_items(strip_refs(source, refs, self.words, gap="　"), self.words)
        if (target.given() or verb.group(0) in ("放", "搁")) and not moved.given():
            return None  # "十一放假之前，加一条……": no item is being moved
        request = EditRequest("move", items=moved, dest=dest, dest_n=n, other=target)
        return self._scope(request, text, titles)

    def _carried(self, text: str) -> list[re.Match]:
        """Any verb of carrying a thing said as V到 / V至 before a place in the list ("第三条拎到最前头", "拽至第二条
        后面"): the shape "item + V + 到 + place" is a move whatever the verb (not one that writes or removes)."""
        for m in re.finditer(r"([\u4e00-\u9fff]{1,2}?)(?:到|至)", text):
            verb = m.group(1)
            # not a verb that writes or removes, nor the measure word of a range ("第2条到第5条")
            if verb[-1] in "加添补写增插删去减条项个点款段行位名号月" or re.search(r"\d", verb) \
                    or not destination_of(text[m.end() :], self.words)[0]:
                continue
            if parse_items(text[: m.start()], self.words).given():
                return [m]
        return []

    def _move_across(self, text: str, verb: re.Match, titles: dict) -> EditRequest | None:
        """"第2条挪到女工那块": items moved into another section (named right after the verb)."""
        right = text[verb.end() :]
        named = [r for r in self.refs(right, titles) if r.start <= 4]
        source = text[: verb.start()]
        refs = self.refs(source, titles)
        moved = parse_items(strip_refs(source, refs, self.words, gap="　"), self.words)
        if not named or not moved.given():
            return None
        # "搬到自身建设那节去，排第一个": a place in that section said after it (dest_n 0 = at its end)
        said = [destination_of(re.sub(r"^[去里中，,\s]*(?:排在?|放在?|作为|当)?", "", part), self.words)
                for part in re.split(r"[，,]", right[named[0].end :])[:2]]
        kind, n = next((d for d in said if d[0] in ("first", "at")), ("", 0))
        request = EditRequest("move", items=moved, dest="section", hint=named[0].key,
                              dest_n=1 if kind == "first" else n)
        return self._scope(request, source, titles)
