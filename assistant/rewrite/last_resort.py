"""The concise tone, the last resort: when every other step has left a text still longer than its target, any
clause — in the lead-up or in the arrangement itself — that holds no fact (number, date, time, name, count, rule
word), is no item of a list and names no thing the rest of the paragraph does not name goes, spoken framing first
(算下来, 开会议过, 我一直记着), then last first. It runs only on a text over its target, so a paragraph the other
steps already made short enough keeps every clause.

Source: 《党政机关公文处理工作条例》 asks a notice to be 精炼: it states who does what, when and where; a clause that
only narrates how the decision came about or says again what the paragraph already names carries nothing the reader
acts on. The fact check (assistant/rewrite/facts.py) still guards every number, name and time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.rewrite.apply import Notes
from assistant.rewrite.clauses import Clause, join
from assistant.rewrite.pos import tokens

# Clauses that only frame what follows (who spoke, how it was decided, the speaker's memory or feeling): said by a
# speaker, not stated by a notice (吕叔湘《现代汉语八百词》 on 说/讲/想/记 with a first-person subject as 插入语).
_FRAMING = re.compile(
    r"^(?:我|咱|我们|大家|各位|工会|学校)?[^，。；]{0,6}?"
    r"(?:说|讲|讲讲|说说|提过|问过|议过|商量过|研究过|开会|会议过|总算|记着|想着|惦记|合计|琢磨|算下来|算起来|总的来说|简单说)"
    r"[^，。；]{0,6}$"
)


def drop_factless(
    clauses: list[Clause],
    notes: Notes,
    show,
    target: float,
    keep: Callable[[list[Clause], int], bool],
    holds_fact: Callable[[list[Clause], int], bool],
    length: Callable[[list[Clause], object], int],
    drop: Callable[[list[Clause], int, Notes, object], None],
) -> None:
    """Drop clauses while `length(clauses)` is over `target`: first framing clauses that hold no fact
    (`holds_fact`: a fact or a list item; what they name is the speaker's story), then, last first, every clause
    `keep` does not hold; never the last clause left."""
    for framing_only in (True, False):
        for i in range(len(clauses) - 1, -1, -1):
            if length(clauses, show) <= target:
                return
            if i >= len(clauses) or len(clauses) < 2:
                continue
            if framing_only and (holds_fact(clauses, i) or not _FRAMING.match(show(clauses[i].core))):
                continue
            if not framing_only and keep(clauses, i):
                continue
            drop(clauses, i, notes, show)


def says_new(clauses: list[Clause], i: int, show, general: frozenset[str]) -> bool:
    """True when clause i of the arrangement holds a content word (a noun, verb or adjective of two characters or
    more, not a general one) that no other clause says (破损的下架, 馆内不外借): a rule of the arrangement, which a
    concise notice still states."""
    rest = show(join(clauses[:i] + clauses[i + 1 :]))
    return any(
        len(t.word) >= 2 and t.flag[:1] in ("n", "v", "a") and t.word not in general and t.word not in rest
        for t in tokens(show(clauses[i].core))
    )


def drop_lead_up(
    clauses: list[Clause],
    notes: Notes,
    show,
    target: float,
    lead_up: Callable[[list[Clause]], list[int]],
    holds_fact: Callable[[list[Clause], int], bool],
    topic: Callable[[list[Clause], int], bool],
    length: Callable[[list[Clause], object], int],
    drop: Callable[[list[Clause], int, Notes, object], None],
) -> None:
    """Before any clause of the arrangement: the lead-up's clauses (the story, the complaint, the old way, before the
    clause stating the plan) that hold no fact go, last first, while the text is too long; a sentence's opening
    clause that names its topic (`topic`) stays."""
    done = len(clauses)  # clauses from here on have moved: their old indices are not visited
    for i in reversed(lead_up(clauses)):
        if length(clauses, show) <= target:
            return
        if i >= min(done, len(clauses)) or len(clauses) < 2 or holds_fact(clauses, i):
            continue
        if (i == 0 or clauses[i - 1].mark in "。；！？\n") and topic(clauses, i):
            continue
        if clauses[i].mark == "、" or (i > 0 and clauses[i - 1].mark == "、"):
            # an item of a list (被子、床垫用了一个夏天; 丢的丢、旧的旧) goes only with the whole list: one item alone
            # would cut the list in two
            first = i
            while first > 0 and clauses[first - 1].mark == "、":
                first -= 1
            whole = range(first, i + 1)
            if clauses[i].mark == "、" or any(holds_fact(clauses, k) for k in whole) or (
                    (first == 0 or clauses[first - 1].mark in "。；！？\n") and topic(clauses, first)):
                continue
            for k in reversed(whole):
                drop(clauses, k, notes, show)
            done = first
            continue
        drop(clauses, i, notes, show)
