"""The concise tone, the lead-up before an arrangement: a reason told inside a sentence before its 因此 (…，是因为去年
…，…，因此此次须…), the old way of doing a thing that the paragraph then changes (以前都是…。现改为…), and the topic of a
lead-up sentence that goes (近来会议室那台投影仪，用的人多了… → 关于会议室那台投影仪，…).

Source: 《党政机关公文处理工作条例》 asks for 精炼: a notice states the new arrangement, not the story of the old one
nor the incident that prompted it; 吕叔湘《现代汉语八百词》 on 因为…所以… (the 所以 clause is the statement, the
因为 clause its reason). Nothing here drops a fact: a clause with a number, a name, a time or a plan word stays.
"""

from __future__ import annotations

import re

from assistant.rewrite.apply import Notes
from assistant.rewrite.clauses import Clause, join
from assistant.rewrite.facts import facts
from assistant.rewrite.pos import tokens

SENTENCE_END = "。；！？\n"
# A reason opening a clause inside a sentence (主要是因为, 是因, 由于).
_REASON_INSIDE = re.compile(r"^(?:主要)?(?:是)?(?:因为|由于|因(?![此而]))")
_THEREFORE = re.compile(r"^(?:因此|所以|因而|于是)[，,]?")
# A sentence telling how things were done before (以前/过去/原来 …), and a later word saying they change.
_OLD_WAY = re.compile(r"^(?:以前|过去|原来|之前|此前|以往|往年|从前)")
_CHANGED = re.compile(r"改成|改为|改用|调整为|不再|取消|变更为")
# Time adverbs that open a topic clause and go with the rest of its sentence (近来会议室那台投影仪).
_TOPIC_TIME = re.compile(r"^(?:最近|近期|近来|目前|现在|这段时间|这阵子)")


# A sentence opening on its consequence (因此/所以/于是/为此…) follows the background that led to it: the plan.
_CONSEQUENCE = re.compile(r"^(?:因此|所以|于是|为此|因而|故而|为这事|为此事)")
# …or on what the union does (本学期工会联系了…, 工会和食堂商定…): in a union's notice the union's action is the plan.
_UNION_ACTS = re.compile(
    r"^(?:本学期|这学期|本学年|今年|本年度|本月|下月|近期|近日|日前|此次|这次|这回|目前|现在|眼下|为此|于是)?"
    r"(?:由)?(?:校|我校|学校)?工会(?:和|与|同|跟|联合)?(?![的是])"
)


# A plan word not negated in its clause (一直没有形成规矩 tells the old state, not the plan).
_PLAN_WORD = re.compile(r"^(?![^，。；]*(?:没有|没|未曾|未|不曾)[^，。；]{0,4}(?:拟|将|计划|准备|打算|决定|要求|规定|规矩))[^。；]*?(?:拟|将|计划|准备|打算|决定|要求|规定|规矩)")


def plan_index(clauses: list[Clause], show) -> int | None:
    """The clause that states the plan (拟, 将, 计划, 要求, 规定 …, or a sentence opening on 因此 or on the union's
    action), if any: what comes before it is the lead-up."""
    return next(
        (i for i, c in enumerate(clauses) if _PLAN_WORD.search(show(c.text))
         or i > 0 and clauses[i - 1].mark in SENTENCE_END and (_CONSEQUENCE.match(show(c.core)) or _UNION_ACTS.match(show(c.core)))),
        None,
    )


def background(clauses: list[Clause], show) -> list[int]:
    """Clauses of the sentences before the one that states the plan (拟, 将, 计划, 要求, 规定 …)."""
    plan_at = plan_index(clauses, show)
    if plan_at is None:
        return []
    start = plan_at
    while start > 0 and clauses[start - 1].mark not in SENTENCE_END:
        start -= 1
    return list(range(start))


def _sentence_of(clauses: list[Clause], i: int) -> tuple[int, int]:
    """The clauses [begin, end) of the sentence holding clause i."""
    begin = i
    while begin > 0 and clauses[begin - 1].mark not in SENTENCE_END:
        begin -= 1
    end = i
    while end < len(clauses) - 1 and clauses[end].mark not in SENTENCE_END:
        end += 1
    return begin, end + 1


def drop_reason_inside(clauses: list[Clause], notes: Notes, show, target: float, keeps, length, drop) -> None:
    """A reason inside a sentence (…，是因为去年…，…，因此此次须…) goes up to its 因此, and the 因此 with it,
    when none of its clauses holds a fact (`keeps`) while the text is too long."""
    i = 1
    while i < len(clauses):
        if length(clauses, show) <= target:
            return
        if clauses[i - 1].mark in SENTENCE_END or not _REASON_INSIDE.match(clauses[i].core):
            i += 1
            continue
        _, end = _sentence_of(clauses, i)
        therefore = next((k for k in range(i + 1, end) if _THEREFORE.match(clauses[k].core)), None)
        if therefore is None or any(keeps(clauses[k]) for k in range(i, therefore)):
            i += 1
            continue
        for _ in range(i, therefore):
            drop(clauses, i, notes, show)
        clauses[i].text = _THEREFORE.sub("", clauses[i].text, count=1)
        i += 1


def drop_old_way(clauses: list[Clause], notes: Notes, show, target: float, keeps, length, drop) -> None:
    """A sentence telling the old way (以前我们都是…，经常…。) before a sentence that changes it (改为, 不再 …) goes
    whole when it holds no fact of the paragraph (a number, a name, a protected term: `keeps`), while the text is
    too long."""
    # A sentence starts after a sentence end, or after the colon of a heading (借书：以前…).
    starts = [i for i in range(len(clauses)) if i == 0 or clauses[i - 1].mark in SENTENCE_END + "：:"]
    for start in reversed(starts):
        if length(clauses, show) <= target or start >= len(clauses):
            return
        if not _OLD_WAY.match(clauses[start].core):
            continue
        end = _sentence_of(clauses, start)[1]
        sentence = show(join(clauses[start:end]))
        if end >= len(clauses) or not _CHANGED.search(show(join(clauses[end:]))) or facts(sentence):
            continue
        if any(keeps(clauses[k]) for k in range(start, end)):
            continue
        heading_mark = clauses[start - 1].mark if start > 0 else ""
        for _ in range(start, end):
            drop(clauses, start, notes, show)
        if heading_mark in ("：", ":"):
            clauses[start - 1].mark = heading_mark  # the heading still leads into what follows


def is_topic(text: str) -> bool:
    """True for a short noun phrase with no verb (近来三楼会议室那台投影仪), the topic a lead-up sentence opens with;
    not a clause that says something (委员们一直想着…, 觉得是…)."""
    toks = [t for t in tokens(text) if t.word.strip()]
    if not toks or len(text) > 16 or not toks[-1].flag.startswith("n"):
        return False
    return not any(t.flag.startswith(("v", "a", "d", "p", "c")) for t in toks)


def keep_topic(clause: Clause) -> None:
    """The first clause of a lead-up sentence that goes, kept as the topic of what follows: 关于 + the clause, a
    comma after it (近来三楼会议室那台投影仪 → 关于三楼会议室那台投影仪，)."""
    text = _TOPIC_TIME.sub("", clause.text.strip())
    clause.text = text if text.startswith("关于") else "关于" + text
    clause.mark = "，"
