"""Reading one message that asks for several edits: joined by 再/然后/另外 ("删去第4条，再把第2条放到最后"), or listed
between semicolons, one clause per section ("师德那节第5条去掉；维权那节最末一条删了"). Mixed into EditParser
(edit_requests), whose `_parse_one` reads each part."""

from __future__ import annotations

import re

from assistant.conversation.edit_record import EditRequest
from assistant.conversation.edit_refs import normalise
from assistant.conversation.edit_text import add_verb

# Edits that may stand in a list of clauses between semicolons (EditParser._listed).
_LISTED = ("delete", "move", "swap", "replace", "set_item", "not_applicable", "skip")

# Edits of items already in a section, which a comma alone may join (EditParser._comma_joined).
_ITEM_EDITS = ("delete", "move", "swap", "set_item")

# Where one message asks for a second edit: "，再…", "；然后…", "。另外…".
_NEXT = re.compile(r"[，,；;。]\s*(?=(?:再|然后|接着|另外|同时|并且|并|还有|还要)\s*\S)")


class ChainReaders:
    """The readers of messages with more than one edit (see EditParser)."""

    def _parse_chain(self, message: str, titles: dict[str, str] | None = None) -> EditRequest | None:
        listed = self._listed(message, titles)
        if listed is not None:
            return listed
        for cut in _NEXT.finditer(message):
            head, tail = message[: cut.start()], message[cut.end() :]
            first, second = self._parse_one(head, titles), self._parse_one(tail, titles)
            if first is not None and first.op == "add" and add_verb(normalise(head, self.words), self.words) is None:
                continue  # "……工会建个申诉渠道，再设个意见箱，加上": one request told as a list, its verb at the end
            if first is not None and second is not None and second.op != "undo":
                tail_chain = self._parse_chain(tail, titles) or second
                if tail_chain.section is None and not tail_chain.here:
                    tail_chain.section, tail_chain.here = first.section, first.here  # same section unless named
                first.then = tail_chain.to_dict()
                first.message = head
                return first
        return self._comma_joined(message, titles) or self._parse_one(message, titles)

    def _comma_joined(self, message: str, titles: dict[str, str] | None) -> EditRequest | None:
        """"第2条去掉，第4条挪到第一": two edits of different kinds joined by a bare comma, each clause with its own
        verb and its own items (spoken Chinese strings clauses with no connector, 《现代汉语八百词》 意合). Done in order,
        the second counting from the numbering the first leaves, as with 再. Clauses of one kind are one request
        ("第3条删掉，第5条也删了" deletes both as numbered now); additions are left out (their content has commas)."""
        for cut in re.finditer(r"[，,]", message):
            head, tail = message[: cut.start()], message[cut.end() :]
            first, second = self._parse_one(head, titles), self._parse_one(tail, titles)
            if first is None or second is None or first.op == second.op:
                continue
            if not all(r.op in _ITEM_EDITS and r.items.given() for r in (first, second)):
                continue
            if second.section is None and not second.here:
                second.section, second.here = first.section, first.here  # same section unless named
            first.then, first.message = second.to_dict(), head
            return first
        return None

    def _listed(self, message: str, titles: dict[str, str] | None) -> EditRequest | None:
        """"民主管理那节没意见，过；师德那节第5条去掉；维权那节最末一条删了": a review told as a list, one clause per
        section between semicolons. Each clause that asks an edit of existing items is done in order; one that asks
        none (an approval) changes nothing. Additions are left out: their content may hold a semicolon."""
        parts = [p for p in re.split(r"[；;]", message) if p.strip()]
        if len(parts) < 2:
            return None
        found = [(p, self._parse_chain(p, titles)) for p in parts]
        edits = [(p, r) for p, r in found if r is not None]
        if len(edits) < 2 or any(r.op not in _LISTED for _, r in edits):
            return None
        if any(r is None and add_verb(normalise(p, self.words), self.words) for p, r in found):
            return None
        chain = [r for _, r in edits]
        for request, nxt in zip(reversed(chain[:-1]), reversed(chain[1:]), strict=True):
            request.then = nxt.to_dict()
        return chain[0]
