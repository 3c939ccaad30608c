"""Sections of the standard structure (knowledge/structure.yaml) that a plan lacks, its title and its 落款.

A section counts as present when a heading names it. Only a plan written without any （一）-level headings (an old,
flat plan) may cover a sub-area of 主要工作 by its content instead. A heading in the school's own words (（二）育人铸师,
（五）冰雪与田径, （六）咱工会自家的建设) stands for the sub-area it most resembles — by the needs its items cover and
the two-character words its title shares with the sub-area's name and aliases — so a plan that titles its parts its
own way lacks nothing; a heading that most resembles a sub-area already named elsewhere covers no other. A section
skipped in a saved draft is not rendered, so it is missing here too.

Plans keep the standard order even when they title their parts their own way (一、指导思想 / 二、今年要达到的 / 三、重点工作:
the part between 指导思想 and 主要工作 is 工作目标). So an unnamed part first stands for what the order leaves free between
its named neighbours: the one section there, or — when several are free — the ones the parts there resemble most,
in order (the first such choice on a tie). A numbered part holding the sub-areas of 主要工作 (三、这学期重点抓的几件事
over （五）文体活动) is 主要工作, and so is, when none is, the one part split into most （一）-level headings.
"""

from __future__ import annotations

from itertools import combinations, takewhile

from assistant.check.findings import Document, Finding
from assistant.check.outline import MONTH_CELL, Location
from assistant.domain.structure import SectionSpec

_MAIN = "main"  # the key of 主要工作, whose sub-areas are the （一）-level parts (knowledge/structure.yaml)
_SCHEDULE_ROWS = 3  # month lines that make a schedule without a heading
_SPLIT_PARTS = 3  # （一）-level headings that make an unnamed part the main work when nothing else says so
_MONTHS_FIT = 10  # a list of months fits the month table above any likeness of words
_RESEMBLES = 2  # needs covered and title words shared that make an unnamed part stand for a sub-area


def _covered(text: str, spec: SectionSpec) -> int:
    return sum(any(word in text for word in words) for words in spec.keywords.values())


def _names(text: str, spec: SectionSpec) -> bool:
    return any(name in text for name in (spec.title, *spec.aliases, *spec.heading_words))


def _top_keys(doc: Document) -> list[str]:
    """The key of each heading's top-level part: what a 一、-level heading names, or 主要工作 for an unnamed one whose
    （一）-level headings name its sub-areas — or, when no part is 主要工作 that way, for the unnamed one holding the
    most （一）-level headings, at least three (三、具体安排 over （一）大事一起商量 …: only the main work is split so)."""
    headings = doc.outline.headings
    sub_areas = {spec.key for spec in doc.structure.sections if spec.parent == _MAIN}
    below = {i: list(takewhile(lambda h: h.level != 1, headings[i + 1:])) for i, h in enumerate(headings) if h.level == 1}
    main = {i for i, parts in below.items() if not headings[i].key and any(h.level == 2 and h.key in sub_areas for h in parts)}
    if not main and not any(headings[i].key == _MAIN for i in below):
        # a part titled by a word of another section (具体安排 reads like the 月度工作安排) that is split into
        # （一）-level parts is no table of months
        counts = {i: sum(h.level == 2 for h in parts) for i, parts in below.items()
                  if headings[i].keys in ((), ("schedule",))}
        most = max(counts.values(), default=0)
        if most >= _SPLIT_PARTS and list(counts.values()).count(most) == 1:
            main = {next(i for i, n in counts.items() if n == most)}
    out, current = [], ""
    for i, heading in enumerate(headings):
        if heading.level == 1:
            current = _MAIN if i in main else heading.key
        out.append(current)
    return out


def _unnamed_sections(doc: Document) -> list[tuple[str, str, bool]]:
    """The title and the text under each lowest-level heading that names no section of the structure
    (（四）关心教职工生活), and whether it is a part of 主要工作 (a （一）-level heading under it)."""
    headings, lines = doc.outline.headings, doc.outline.lines
    out = []
    tops = _top_keys(doc)
    for i, heading in enumerate(headings):
        parent = tops[i]
        following = headings[i + 1] if i + 1 < len(headings) else None
        if heading.keys or (following and following.level > heading.level):
            continue  # named, or a container whose sub-sections speak for themselves
        end = following.line if following else len(lines) + 1
        text = "\n".join(line.raw for line in lines[heading.line - 1 : end - 1])
        out.append((heading.title, text, heading.level >= 2 and parent == _MAIN))
    return out


def _by_position(doc: Document, named: set[str]) -> set[str]:
    """The sections that unnamed parts stand for by where they stand: between two named neighbours of their level
    (or the level's start or end), each free section of the standard order goes to the part in its place when the
    gap holds as many parts as free sections; fewer parts take, in order, the free sections they resemble most."""
    headings, structure = doc.outline.headings, doc.structure
    tops = _top_keys(doc)
    out: set[str] = set()
    for level, parent in ((1, ""), (2, _MAIN)):
        specs = [spec for spec in structure.sections if spec.parent == parent and spec.key not in ("title", "signature")]
        order = [spec.key for spec in specs]
        row = [(i, h) for i, h in enumerate(headings) if h.level == level and (level == 1 or tops[i] == parent)]
        if not row:
            continue
        keys = [tops[i] if level == 1 else h.key for i, h in row]
        places = [order.index(key) if key in order else None for key in keys]
        at = 0
        while at < len(row):
            if places[at] is not None:
                at += 1
                continue
            end = at
            while end < len(row) and places[end] is None:
                end += 1
            low = places[at - 1] if at else -1
            high = places[end] if end < len(row) else len(order)
            free = [specs[k] for k in range(low + 1, max(low + 1, high)) if specs[k].key not in named | out]
            gap = row[at:end]
            # between two named parts the order alone tells; at the start or the end of a level, a part may be one
            # the standard has no place for (（八）平安校园 after the last sub-area), so its words must agree at least once
            interior = at > 0 and end < len(row)
            if len(gap) == len(free) and (interior or _in_order(doc, gap, free)):
                out.update(spec.key for spec in free)
            elif 0 < len(gap) < len(free):
                out.update(_in_order(doc, gap, free))
            at = end
    return out


def _in_order(doc: Document, gap: list, free: list[SectionSpec]) -> set[str]:
    """Fewer parts than free sections: the parts take, in the plan's order, the sections they resemble most together
    (the first such choice on a tie), when they resemble them at all."""
    headings, lines = doc.outline.headings, doc.outline.lines
    texts = []
    for i, heading in gap:
        following = headings[i + 1] if i + 1 < len(headings) else None
        stop = following.line if following else len(lines) + 1
        texts.append((heading.title, "\n".join(line.raw for line in lines[heading.line - 1 : stop - 1])))
    best, chosen = 0, ()
    for picked in combinations(free, len(gap)):
        score = sum(_fit(title, text, spec) for (title, text), spec in zip(texts, picked))
        if score > best:
            best, chosen = score, picked
    return {spec.key for spec in chosen}


def _fit(title: str, text: str, spec: SectionSpec) -> int:
    """How well a part placed by the order fits a free section: a list of months is the month table and nothing else;
    other parts by likeness (a section without keywords scores nothing)."""
    if _month_list(text):
        return _MONTHS_FIT if spec.key == "schedule" else 0
    return _likeness(title, text, spec) if spec.keywords else 0


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _likeness(title: str, text: str, spec: SectionSpec) -> int:
    """How much an unnamed part resembles a sub-area: needs its text covers, plus the two-character words its title
    shares with the sub-area's title, aliases and heading words (女教师关爱 and 女教职工 share 女教)."""
    names = set().union(*(_pairs(name) for name in (spec.title, *spec.aliases, *spec.heading_words)))
    return _covered(text, spec) + len(_pairs(title) & names)


def _resembled(doc: Document, named: set[str]) -> set[str]:
    """The sub-areas of 主要工作 that the school's own headings under it stand for. An unnamed part counts for the sub-area it
    resembles most, when it resembles one clearly; one that resembles none clearly counts for the one it resembles
    most among the sub-areas no heading names (a plan's parts in its own words are its areas: 育师正风 with its 表彰
    and 师傅 stands for 师德与队伍建设 when that area has no heading of its own)."""
    specs = [spec for spec in doc.structure.sections if spec.parent and spec.keywords]
    parts = [[(_likeness(title, text, spec), spec.key) for spec in specs]
             for title, text, of_main in _unnamed_sections(doc) if of_main]
    out = {key for scored in parts if (key := _clearly(scored, _RESEMBLES))}
    rest = [scored for scored in parts if not _clearly(scored, _RESEMBLES)]
    changed = True
    while changed:  # what a part stands for is no longer free for the others
        changed = False
        for scored in list(rest):
            if key := _clearly([s for s in scored if s[1] not in named | out], 1):
                out.add(key)
                rest.remove(scored)
                changed = True
    return out


def _clearly(scored: list[tuple[int, str]], least: int) -> str | None:
    """The key that scores at least `least` and more than every other, or None."""
    ranked = sorted(scored, reverse=True)
    if ranked and ranked[0][0] >= least and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ranked[0][1]
    return None


def missing_sections(doc: Document) -> list[Finding]:
    """A section is present when a heading names it, or when a heading in other words holds its content."""
    outline, structure = doc.outline, doc.structure
    named = {key for heading in outline.headings for key in heading.keys}
    tops = set(_top_keys(doc))
    flat = not any(h.level == 2 for h in outline.headings)
    unnamed = _unnamed_sections(doc)
    placed = _by_position(doc, named)
    # each part stands for one section: when the order already gave every unnamed part of 主要工作 its sub-area, no
    # part is left to stand for another by resemblance
    parts = sum(of_main for _, _, of_main in unnamed)
    sub_areas = {spec.key for spec in structure.sections if spec.parent == _MAIN}
    resembled = placed if parts and parts <= len(placed & sub_areas) else placed | _resembled(doc, named | placed)
    # likewise, when the order gave every unnamed top-level part a top-level section (总的想法 the guiding ideas, 一年里的
    # 安排 the months), none of them stands for a sub-area whose words it happens to hold (重阳 or 三八 in the month
    # table) — whether or not the main work has unnamed parts of its own
    tops_taken = {spec.key for spec in structure.sections if not spec.parent} & placed
    tops_free = sum(not of_main for *_, of_main in unnamed) > len(tops_taken)
    free = [text for _, text, of_main in unnamed if of_main or tops_free]
    out: list[Finding] = []
    for spec in structure.sections:
        if spec.key in ("title", "signature"):
            continue
        present = spec.key in named
        if structure.is_container(spec.key):
            present = present or any(child.key in named for child in structure.children(spec.key)) or spec.key in tops
        elif spec.key == "schedule":
            present = present or outline.month_rows() >= _SCHEDULE_ROWS
        elif spec.parent and flat:
            present = present or _covered(doc.text, spec) >= 2
        if not present and (spec.keywords or spec.key in placed):
            # the month table stands for itself only (its heading, month rows or place), not by a word such as 月
            # and a part that is a list of months stands for the month table only, whatever words its rows hold
            # (经费查账, 检查宿舍 in the rows are no 保障措施)
            texts = [] if spec.key == "schedule" else [t for t in free if (not spec.named_only or _names(t, spec))
                                                       and not _month_list(t)]
            present = spec.key in resembled or any(_covered(text, spec) >= 2 for text in texts)

        if not present:
            out.append(_missing(doc, spec))
    if outline.title is None:
        out.append(
            doc.whole(
                "missing_section", "缺少标题（如“某学校2027年工会工作计划”）",
                "在开头加上标题：学校名称＋计划期间＋“工会工作计划”", Location("title", "标题", 0, "标题（缺）"),
            )
        )
    if not outline.has_signature:
        out.append(
            doc.whole(
                "missing_section", "缺少落款（工会委员会全称和成文日期）",
                "在文末另起两行，写明“××学校工会委员会”和成文日期", Location("signature", "落款", 0, "落款（缺）"),
            )
        )
    return out


def _month_list(text: str) -> bool:
    """The part's lines under its heading are rows of months (七月 放暑假前体检, | 9月 | …), at least three, most lines."""
    lines = [line.strip().lstrip("|-*").strip() for line in text.splitlines()[1:] if line.strip()]
    rows = sum(bool(MONTH_CELL.match(line)) for line in lines)
    return rows >= _SCHEDULE_ROWS and 2 * rows >= len(lines)


def _missing(doc: Document, spec: SectionSpec) -> Finding:
    return doc.whole(
        "missing_section", f"缺少“{spec.title}”部分", spec.guidance,
        Location(spec.key, spec.title, 0, f"{spec.title}（缺）"),
    )
