#!/usr/bin/env python3
"""Scorer for the "change a saved plan by chat" evaluation set (eval/edits/).

Usage:
    python eval/edits/score.py --set round1 --results DIR [--json OUT] [-v]
    python eval/edits/score.py --selftest

For every script <id> in eval/edits/<set>.jsonl the runner writes
    DIR/<id>.md    the plan after the last message (same Markdown format as the start plan)
    DIR/<id>.json  {"replies": ["<assistant reply to message 1>", ...],
                    "plans":   ["<plan Markdown after message 1>", ...]}   ("plans" optional)
The scorer parses both plans itself (sections, numbered items, table rows), evaluates every assertion and
prints pass/fail per script with reasons, the overall % right, a breakdown by operation type and the list of
"lost edits" (an edit that was in the plan after its message and is gone at the end although the later
messages did not ask to undo it). Standard library only.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------------

_WS = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
_CN_NUM = "一二三四五六七八九十"
_ITEM = re.compile(
    r"^(?:(\d{1,2})\s*[.．、](?!\d)|[（(]\s*(\d{1,2})\s*[)）]|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))\s*"
)
_BULLET = re.compile(r"^[-*+•·]\s+")
_HEAD_PREFIX = re.compile(
    rf"^(?:[{_CN_NUM}]+\s*[、.．]|[（(]\s*[{_CN_NUM}\d]+\s*[)）]|\d+\s*[、.．]|第[{_CN_NUM}]+部分\s*[:：、]?)\s*"
)
_PLAIN_H2 = re.compile(rf"^[{_CN_NUM}]+、\s*(\S.{{0,15}})$")
_PLAIN_H3 = re.compile(rf"^[（(][{_CN_NUM}]+[)）]\s*(\S.{{0,15}})$")
_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_DATE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def norm(s: str) -> str:
    """Whitespace-insensitive form used for every comparison."""
    return _WS.sub("", s or "")


def clean_title(t: str) -> str:
    t = t.strip().strip("#").strip()
    t = _HEAD_PREFIX.sub("", t)
    return norm(t)


@dataclass
class Item:
    num: int | None
    text: str

    @property
    def key(self) -> str:
        return norm(self.text)


@dataclass
class Section:
    title: str
    level: int
    lead: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)
    header: list[str] | None = None
    rows: list[list[str]] = field(default_factory=list)

    def row_text(self, cells: list[str]) -> str:
        return "|".join(c.strip() for c in cells)

    def units(self, of: str = "items") -> list[str]:
        """Normalised texts of the numbered items (of="items") or the table data rows (of="rows")."""
        if of == "rows":
            return [norm(self.row_text(r)) for r in self.rows]
        return [it.key for it in self.items]

    def raw_units(self, of: str = "items") -> list[str]:
        if of == "rows":
            return [self.row_text(r) for r in self.rows]
        return [it.text for it in self.items]

    def text(self) -> str:
        parts = list(self.lead) + [it.text for it in self.items] + list(self.tail)
        if self.header:
            parts.append(self.row_text(self.header))
        parts += [self.row_text(r) for r in self.rows]
        return "\n".join(parts)

    def signature(self) -> tuple:
        return (
            norm("".join(self.lead)),
            tuple(self.units("items")),
            norm("".join(self.tail)),
            norm(self.row_text(self.header)) if self.header else "",
            tuple(self.units("rows")),
        )


@dataclass
class Plan:
    sections: list[Section]

    def get(self, title: str) -> Section | None:
        want = norm(title)
        for s in self.sections:
            if s.title == want:
                return s
        return None

    def titles(self) -> list[str]:
        return [s.title for s in self.sections]

    def full_text(self) -> str:
        out = []
        for s in self.sections:
            out.append(s.title)
            out.append(s.text())
        return "\n".join(out)


def _split_cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def parse_plan(md: str) -> Plan:
    """Parse plan Markdown into sections (标题, 指导思想, …, 女职工工作, …, 保障措施, 落款)."""
    sections: list[Section] = []
    cur = Section("_前文", 0)
    sections.append(cur)
    current_item: Item | None = None
    in_comment = False
    blank_since_item = True

    def new_section(title: str, level: int) -> Section:
        s = Section(title, level)
        sections.append(s)
        return s

    for raw in md.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if line.startswith("<!--"):
            body = line[4:]
            if "-->" not in line:
                in_comment = True
            if "落款" in body:
                cur = new_section("落款", 1)
                current_item = None
            continue
        if not line:
            blank_since_item = True
            continue
        m = re.match(r"^(#{1,6})\s*(.*)$", line)
        if m:
            level = len(m.group(1))
            text = m.group(2).strip()
            if level == 1:
                cur = new_section("标题", 1)
                cur.lead.append(text)
            else:
                cur = new_section(clean_title(text), level)
            current_item = None
            continue
        m2 = _PLAIN_H2.match(line)
        m3 = _PLAIN_H3.match(line)
        if (m2 or m3) and not line.endswith(("。", "；", "，")):
            cur = new_section(norm((m2 or m3).group(1)), 2 if m2 else 3)
            current_item = None
            continue
        if line.startswith("|"):
            if _TABLE_SEP.match(line):
                continue
            cells = _split_cells(line)
            if cur.header is None:
                cur.header = cells
            else:
                cur.rows.append(cells)
            current_item = None
            continue
        mi = _ITEM.match(line)
        mb = _BULLET.match(line) if not mi else None
        if mi or mb:
            if mi:
                if mi.group(1):
                    num = int(mi.group(1))
                elif mi.group(2):
                    num = int(mi.group(2))
                else:
                    num = _CIRCLED.index(mi.group(3)) + 1
                text = line[mi.end():]
            else:
                num, text = None, line[mb.end():]
            current_item = Item(num, text.strip())
            cur.items.append(current_item)
            blank_since_item = False
            continue
        if current_item is not None and not blank_since_item:
            current_item.text += line
            continue
        current_item = None
        if cur.items or cur.rows:
            cur.tail.append(line)
        else:
            cur.lead.append(line)

    # A 落款 without the marker comment: trailing "…工会委员会" / date lines of the last section.
    if not any(s.title == "落款" for s in sections):
        last = sections[-1]
        bucket = last.tail if (last.items or last.rows) else last.lead
        moved: list[str] = []
        while bucket and (_DATE.match(norm(bucket[-1])) or norm(bucket[-1]).endswith(("工会委员会", "工会"))):
            moved.insert(0, bucket.pop())
        if moved:
            s = Section("落款", 1)
            s.lead = moved
            sections.append(s)

    if not (sections[0].lead or sections[0].items or sections[0].rows or sections[0].tail):
        sections.pop(0)
    return Plan(sections)


# --------------------------------------------------------------------------------------------------
# Assertions
# --------------------------------------------------------------------------------------------------

COLLOQUIAL = [
    "帮我", "帮忙", "一下", "那块", "那部分", "那个", "这个", "吧", "呗", "啊", "呀", "呢", "咱", "嘛", "哈",
    "？", "?", "！", "!", "~", "～", "加上", "加进去", "加一条", "加两条", "弄", "老师们",
]


def longest_common_substring(a: str, b: str) -> int:
    if not a or not b:
        return 0
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    m = sm.find_longest_match(0, len(a), 0, len(b))
    return m.size


class Ctx:
    def __init__(self, start_md: str, final_md: str, replies: list[str], messages: list[str]):
        self.start_md = start_md
        self.start = parse_plan(start_md)
        self.final = parse_plan(final_md)
        self.replies = replies
        self.messages = messages


def _short(s: str, n: int = 40) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def _section_or_plan_text(plan: Plan, section: str | None) -> tuple[str | None, str | None]:
    if section is None:
        return plan.full_text(), None
    s = plan.get(section)
    if s is None:
        return None, f"section 「{section}」 not found in the plan"
    return s.text(), None


def _get(plan: Plan, section: str, which: str) -> tuple[Section | None, str | None]:
    s = plan.get(section)
    if s is None:
        return None, f"section 「{section}」 not found in the {which} plan"
    return s, None


def _span(i1: int, i2: int) -> str:
    return f"{i1 + 1}" if i2 - i1 == 1 else f"{i1 + 1}–{i2}"


def _diff_units(start: list[str], final: list[str], label: str = "start") -> str:
    sm = difflib.SequenceMatcher(None, start, final, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if tag == "delete":
            return f"{label} item {_span(i1, i2)} removed: 「{_short(start[i1])}」"
        if tag == "insert":
            return f"new item at {_span(j1, j2)}: 「{_short(final[j1])}」"
        return f"{label} item {i1 + 1} 「{_short(start[i1])}」 became 「{_short(final[j1])}」"
    return "items reordered" if start != final else ""


def _explain_section_change(a: Section, b: Section, label: str = "start") -> str:
    sa, sb = a.signature(), b.signature()
    if sa[0] != sb[0]:
        return f"opening text changed (「{_short(''.join(a.lead))}」 → 「{_short(''.join(b.lead))}」)"
    if sa[1] != sb[1]:
        return "items: " + _diff_units(list(sa[1]), list(sb[1]), label)
    if sa[2] != sb[2]:
        return f"trailing text changed (「{_short(''.join(a.tail))}」 → 「{_short(''.join(b.tail))}」)"
    if sa[3] != sb[3]:
        return "table header changed"
    if sa[4] != sb[4]:
        return "table rows: " + _diff_units(list(sa[4]), list(sb[4]), label).replace(" item ", " row ")
    return ""


def compare_plans(start: Plan, final: Plan, allowed: list[str], label: str = "start") -> list[str]:
    """Differences between start and final outside the allowed sections."""
    allowed_n = {norm(a) for a in allowed}
    problems = []
    final_titles = final.titles()
    for s in start.sections:
        if s.title in allowed_n:
            continue
        f = final.get(s.title)
        if f is None:
            problems.append(f"section 「{s.title}」 missing")
            continue
        if f.signature() != s.signature():
            problems.append(f"section 「{s.title}」 changed: {_explain_section_change(s, f, label)}")
    start_titles = set(start.titles())
    for t in final_titles:
        if t not in start_titles and t not in allowed_n:
            problems.append(f"unexpected new section 「{t}」")
    dup = {t for t in final_titles if final_titles.count(t) > 1}
    for t in sorted(dup):
        problems.append(f"section 「{t}」 appears {final_titles.count(t)} times")
    keep_s = [t for t in start.titles() if t not in allowed_n]
    keep_f = [t for t in final_titles if t in set(keep_s)]
    if not problems and keep_s != keep_f:
        problems.append("sections reordered")
    return problems


def _subsequence_extra(start: list[str], final: list[str]) -> tuple[bool, list[int]]:
    """Is start a subsequence of final? Returns (ok, 0-based indices in final of the extra units)."""
    i = 0
    extra = []
    for j, u in enumerate(final):
        if i < len(start) and u == start[i]:
            i += 1
        else:
            extra.append(j)
    return i == len(start), extra


def _check_text_conditions(a: dict, text: str) -> list[str]:
    out = []
    t = norm(text)
    for w in a.get("must_have", []):
        if norm(w) not in t:
            out.append(f"added text lacks 「{w}」")
    for group in a.get("must_have_any", []):
        if not any(norm(w) in t for w in group):
            out.append(f"added text lacks any of {group}")
    for w in a.get("must_not_have", []):
        if norm(w) in t:
            out.append(f"added text contains 「{w}」")
    return out


def check(a: dict, c: Ctx) -> list[str]:
    """Evaluate one assertion; return the list of failure reasons (empty = pass)."""
    t = a["type"]
    of = a.get("of", "items")

    if t == "unchanged":
        return compare_plans(c.start, c.final, [])

    if t == "unchanged_except":
        return compare_plans(c.start, c.final, a["sections"])

    if t == "item_count":
        s, err = _get(c.final, a["section"], "final")
        if err:
            return [err]
        n = len(s.units(of))
        return [] if n == a["equals"] else [f"「{a['section']}」 has {n} {of}, expected {a['equals']}"]

    if t == "item_equals":
        s, err = _get(c.final, a["section"], "final")
        if err:
            return [err]
        units = s.units(of)
        n = a["n"]
        if n > len(units):
            return [f"「{a['section']}」 has no {of[:-1]} {n}"]
        if units[n - 1] != norm(a["text"]):
            return [f"「{a['section']}」 {of[:-1]} {n} is 「{_short(s.raw_units(of)[n - 1])}」, expected 「{_short(a['text'])}」"]
        return []

    if t == "items_from_start":
        s0, err = _get(c.start, a["section"], "start")
        if err:
            return [err]
        s, err = _get(c.final, a["section"], "final")
        if err:
            return [err]
        start_units = s0.units(of)
        want = [start_units[i - 1] for i in a["order"]]
        got = s.units(of)
        if got == want:
            return []
        # describe in terms of start positions
        pos = []
        for u in got:
            pos.append(str(start_units.index(u) + 1) if u in start_units else "new")
        return [f"「{a['section']}」 {of} are start [{', '.join(pos)}], expected start {a['order']}"]

    if t == "numbering_ok":
        s, err = _get(c.final, a["section"], "final")
        if err:
            return [err]
        nums = [it.num for it in s.items]
        want = list(range(1, len(nums) + 1))
        return [] if nums == want else [f"「{a['section']}」 numbered {nums}, expected {want}"]

    if t == "added_items":
        s0, err = _get(c.start, a["section"], "start")
        if err:
            return [err]
        s, err = _get(c.final, a["section"], "final")
        if err:
            return [err]
        start_units, final_units = s0.units(of), s.units(of)
        ok, extra = _subsequence_extra(start_units, final_units)
        if not ok:
            return [f"「{a['section']}」 existing {of} were changed or removed: " + _diff_units(start_units, final_units)]
        count = a.get("count", 1)
        if len(extra) != count:
            return [f"「{a['section']}」 got {len(extra)} new {of}, expected {count}"]
        raw = s.raw_units(of)
        new_texts = [raw[j] for j in extra]
        joined = "\n".join(new_texts)
        out = _check_text_conditions(a, joined)
        if "at" in a:
            for j in extra:
                if j + 1 not in a["at"]:
                    out.append(f"new {of[:-1]} placed at position {j + 1}, expected one of {a['at']}")
        if of == "rows" and "cells" in a:
            for j in extra:
                if len(s.rows[j]) != a["cells"] or not all(x.strip() for x in s.rows[j]):
                    out.append(f"new row has {len(s.rows[j])} cells (or empty ones), expected {a['cells']} filled")
        if a.get("register", of == "items"):
            for nt in new_texts:
                for w in COLLOQUIAL + a.get("colloquial_extra", []):
                    if w in nt:
                        out.append(f"new item not in 公文 register: contains 「{w}」 (「{_short(nt)}」)")
                        break
                if of == "items":
                    if len(norm(nt)) < a.get("min_chars", 20):
                        out.append(f"new item too short ({len(norm(nt))} chars): 「{nt}」")
                    if not nt.rstrip().endswith("。"):
                        out.append(f"new item does not end with 。: 「{_short(nt)}」")
                limit = a.get("max_copy", 12)
                for msg in c.messages:
                    lcs = longest_common_substring(norm(nt), norm(msg))
                    if lcs >= limit:
                        out.append(f"new item pastes {lcs} characters of the user's message verbatim")
                        break
            if of == "items":
                max_chars = a.get("max_chars", 150)
                for nt in new_texts:
                    if len(norm(nt)) > max_chars:
                        out.append(f"new item is {len(norm(nt))} chars (> {max_chars}): pasted rather than summarised?")
        return out

    if t == "only_additions":
        s0, err = _get(c.start, a["section"], "start")
        if err:
            return [err]
        s, err = _get(c.final, a["section"], "final")
        if err:
            return [err]
        start_units, final_units = s0.units(of), s.units(of)
        ok, extra = _subsequence_extra(start_units, final_units)
        if not ok:
            return [f"「{a['section']}」 existing {of} were changed or removed: " + _diff_units(start_units, final_units)]
        if len(extra) > a.get("max_new", 1):
            return [f"「{a['section']}」 got {len(extra)} new {of}, at most {a.get('max_new', 1)} allowed"]
        if s0.signature()[0] != s.signature()[0] or s0.signature()[2] != s.signature()[2] or s0.signature()[3] != s.signature()[3]:
            return [f"「{a['section']}」 changed: {_explain_section_change(s0, s)}"]
        other = "rows" if of == "items" else "items"
        if s0.units(other) != s.units(other):
            return [f"「{a['section']}」 {other} changed"]
        return []

    if t == "replaced":
        expected = parse_plan(c.start_md.replace(a["from"], a["to"]))
        if a.get("section") is None:
            probs = compare_plans(expected, c.final, [], label="expected")
            return [f"plan differs from start with 「{a['from']}」→「{a['to']}」: {p}" for p in probs]
        e, err = _get(expected, a["section"], "expected")
        if err:
            return [err]
        s, err = _get(c.final, a["section"], "final")
        if err:
            return [err]
        if e.signature() != s.signature():
            return [f"「{a['section']}」 differs from start with 「{a['from']}」→「{a['to']}」: {_explain_section_change(e, s, 'expected')}"]
        return []

    if t in ("contains", "not_contains", "contains_any", "contains_all", "not_contains_any"):
        text, err = _section_or_plan_text(c.final, a.get("section"))
        if err:
            return [err]
        nt = norm(text)
        where = f"「{a['section']}」" if a.get("section") else "the plan"
        if t == "contains":
            return [] if norm(a["text"]) in nt else [f"{where} lacks 「{a['text']}」"]
        if t == "not_contains":
            return [] if norm(a["text"]) not in nt else [f"{where} still contains 「{a['text']}」"]
        if t == "contains_any":
            return [] if any(norm(x) in nt for x in a["texts"]) else [f"{where} contains none of {a['texts']}"]
        if t == "contains_all":
            miss = [x for x in a["texts"] if norm(x) not in nt]
            return [] if not miss else [f"{where} lacks {miss}"]
        found = [x for x in a["texts"] if norm(x) in nt]
        return [] if not found else [f"{where} contains {found}"]

    if t in ("reply_mentions_any", "reply_not_mentions_any"):
        k = a.get("message", len(c.messages))
        if k > len(c.replies) or k < 1:
            return [f"no reply to message {k}"]
        r = norm(c.replies[k - 1])
        hit = [x for x in a["texts"] if norm(x) in r]
        if t == "reply_mentions_any":
            return [] if hit else [f"reply to message {k} mentions none of {a['texts']}: 「{_short(c.replies[k - 1], 60)}」"]
        return [] if not hit else [f"reply to message {k} says {hit}"]

    return [f"unknown assertion type {t!r}"]


# --------------------------------------------------------------------------------------------------
# Running a set
# --------------------------------------------------------------------------------------------------


def load_set(name: str) -> list[dict]:
    path = Path(name) if name.endswith(".jsonl") else HERE / f"{name}.jsonl"
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: {e}")
    return cases


def start_plan_md(case: dict) -> str:
    return (HERE / "plans" / f"{case['plan']}.md").read_text(encoding="utf-8")


def score_case(case: dict, results: Path) -> dict:
    cid = case["id"]
    res = {"id": cid, "op": case.get("op", "?"), "pass": False, "failures": [], "lost_edit": None}
    md_path, js_path = results / f"{cid}.md", results / f"{cid}.json"
    if not md_path.exists():
        res["failures"] = [f"no result file {md_path.name}"]
        return res
    final_md = md_path.read_text(encoding="utf-8")
    replies, plans = [], None
    if js_path.exists():
        try:
            data = json.loads(js_path.read_text(encoding="utf-8"))
            replies = [str(r) for r in data.get("replies", [])]
            plans = data.get("plans")
        except (json.JSONDecodeError, AttributeError) as e:
            res["failures"].append(f"unreadable {js_path.name}: {e}")
    start_md = start_plan_md(case)
    ctx = Ctx(start_md, final_md, replies, case["messages"])
    for a in case["expect"]:
        for f in check(a, ctx):
            res["failures"].append(f)

    # Checkpoints (only when the runner recorded the plan after each message).
    for cp in case.get("checkpoints", []):
        k = cp["after"]
        if plans is None or len(plans) < k:
            continue
        mid = Ctx(start_md, plans[k - 1], replies, case["messages"][:k])
        for a in cp.get("expect", []):
            for f in check(a, mid):
                res["failures"].append(f"after message {k}: {f}")

    # Lost edits: an edit that must survive (checkpoint "survive") is gone at the end.
    for cp in case.get("checkpoints", []):
        surv = cp.get("survive")
        if not surv:
            continue
        k = cp["after"]
        gone = [f for a in surv for f in check(a, ctx)]
        if not gone:
            continue
        if plans is not None and len(plans) >= k:
            mid = Ctx(start_md, plans[k - 1], replies, case["messages"][:k])
            made = not [f for a in surv for f in check(a, mid)]
            if made:
                res["lost_edit"] = {"after": k, "confirmed": True,
                                    "reason": f"edit of message {k} was made, then lost by a later message: {gone[0]}"}
                res["failures"].append(res["lost_edit"]["reason"])
        else:
            # Without intermediate plans: report a suspected loss when the plan is back to the start state.
            if not compare_plans(ctx.start, ctx.final, []):
                res["lost_edit"] = {"after": k, "confirmed": False,
                                    "reason": f"edit of message {k} absent at the end and plan equals the start plan "
                                              "(runner wrote no intermediate plans, so cannot tell lost from never made)"}
    res["pass"] = not res["failures"]
    return res


def score(cases: list[dict], results: Path, only_present: bool = False) -> list[dict]:
    out = []
    for case in cases:
        if only_present and not (results / f"{case['id']}.md").exists():
            continue
        out.append(score_case(case, results))
    return out


def report(rows: list[dict], verbose: bool = False) -> dict:
    for r in rows:
        status = "PASS" if r["pass"] else "FAIL"
        line = f"{status} {r['id']} [{r['op']}]"
        if not r["pass"]:
            shown = r["failures"] if verbose else r["failures"][:3]
            line += ": " + " | ".join(shown)
            if len(r["failures"]) > len(shown):
                line += f" | (+{len(r['failures']) - len(shown)} more)"
        print(line)
    n = len(rows)
    ok = sum(r["pass"] for r in rows)
    by_op: dict[str, list[int]] = {}
    for r in rows:
        by_op.setdefault(r["op"], [0, 0])
        by_op[r["op"]][1] += 1
        by_op[r["op"]][0] += int(r["pass"])
    print()
    print("By operation:")
    for op, (p, t) in sorted(by_op.items()):
        print(f"  {op:<11} {p}/{t}")
    lost = [r for r in rows if r["lost_edit"] and r["lost_edit"]["confirmed"]]
    suspect = [r for r in rows if r["lost_edit"] and not r["lost_edit"]["confirmed"]]
    print(f"Lost edits: {len(lost)}" + (f" ({', '.join(r['id'] for r in lost)})" if lost else ""))
    if suspect:
        print(f"Suspected lost edits (no intermediate plans): {len(suspect)} ({', '.join(r['id'] for r in suspect)})")
    pct = 100.0 * ok / n if n else 0.0
    print(f"Overall: {ok}/{n} right = {pct:.1f}%")
    return {
        "total": n, "passed": ok, "percent": round(pct, 1),
        "by_op": {k: {"passed": v[0], "total": v[1]} for k, v in by_op.items()},
        "lost_edits": [r["id"] for r in lost],
        "suspected_lost_edits": [r["id"] for r in suspect],
        "cases": rows,
    }


# --------------------------------------------------------------------------------------------------
# Self-test
# --------------------------------------------------------------------------------------------------


def selftest() -> int:
    """Score the hand-made result folders in selftest/ and compare with selftest/expected.json."""
    base = HERE / "selftest"
    exp = json.loads((base / "expected.json").read_text(encoding="utf-8"))
    bad_count = 0

    # 1. The parser reads every start plan into the standard structure.
    for p in sorted((HERE / "plans").glob("*.md")):
        plan = parse_plan(p.read_text(encoding="utf-8"))
        titles = plan.titles()
        for must in ["标题", "指导思想", "工作目标", "主要工作", "女职工工作", "月度工作安排", "保障措施", "落款"]:
            if must not in titles:
                print(f"selftest FAIL: {p.name}: no section {must} (got {titles})")
                bad_count += 1
        for s in plan.sections:
            if s.items and [i.num for i in s.items] != list(range(1, len(s.items) + 1)):
                print(f"selftest FAIL: {p.name}: 「{s.title}」 numbering {[i.num for i in s.items]}")
                bad_count += 1

    # 2. The set itself: every case is well-formed and, scored against its own start plan, only the
    #    refusal cases pass (a no-op must not satisfy an edit case).
    cases = load_set(exp.get("set", "round1"))
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        print("selftest FAIL: duplicate ids")
        bad_count += 1
    for c in cases:
        if not (HERE / "plans" / f"{c['plan']}.md").exists():
            print(f"selftest FAIL: {c['id']}: unknown plan {c['plan']}")
            bad_count += 1
            continue
        for u in c.get("uploads", []):
            if not (HERE / "uploads" / u).exists():
                print(f"selftest FAIL: {c['id']}: missing upload {u}")
                bad_count += 1
        start = parse_plan(start_plan_md(c))
        if c.get("context_section") and start.get(c["context_section"]) is None:
            print(f"selftest FAIL: {c['id']}: context section {c['context_section']} not in plan")
            bad_count += 1
        plan_only = [a for a in c["expect"] if not a["type"].startswith("reply_")]
        ctx = Ctx(start_plan_md(c), start_plan_md(c), [], c["messages"])
        noop_passes = not [f for a in plan_only for f in check(a, ctx)]
        should = c.get("op") in ("refuse",) or any(a["type"] == "unchanged" for a in c["expect"])
        if noop_passes != should:
            print(f"selftest FAIL: {c['id']}: unchanged plan {'passes' if noop_passes else 'fails'} its plan assertions")
            bad_count += 1

    # 3. Hand-made result folders.
    for folder, spec in exp["folders"].items():
        rows = score(cases, base / folder, only_present=True)
        got = {r["id"]: r for r in rows}
        for cid, want in spec["cases"].items():
            r = got.get(cid)
            if r is None:
                print(f"selftest FAIL: {folder}/{cid}: no result scored")
                bad_count += 1
                continue
            if r["pass"] != want["pass"]:
                print(f"selftest FAIL: {folder}/{cid}: pass={r['pass']} expected {want['pass']}: {r['failures']}")
                bad_count += 1
                continue
            for frag in want.get("reason_contains", []):
                if not any(frag in f for f in r["failures"]):
                    print(f"selftest FAIL: {folder}/{cid}: no failure mentioning 「{frag}」: {r['failures']}")
                    bad_count += 1
            if want.get("lost_edit") and not (r["lost_edit"] and r["lost_edit"]["confirmed"]):
                print(f"selftest FAIL: {folder}/{cid}: lost edit not detected")
                bad_count += 1
            if want.get("suspected_lost_edit") and not (r["lost_edit"] and not r["lost_edit"]["confirmed"]):
                print(f"selftest FAIL: {folder}/{cid}: suspected lost edit not reported")
                bad_count += 1
            if not want.get("lost_edit") and not want.get("suspected_lost_edit") and r["lost_edit"]:
                print(f"selftest FAIL: {folder}/{cid}: unexpected lost-edit report {r['lost_edit']}")
                bad_count += 1
        if spec.get("all_cases"):
            missing = [c["id"] for c in cases if c["id"] not in got]
            if missing:
                print(f"selftest FAIL: {folder}: no results for {missing}")
                bad_count += 1
            for r in rows:
                if r["id"] not in spec["cases"] and not r["pass"]:
                    print(f"selftest FAIL: {folder}/{r['id']}: expected pass: {r['failures']}")
                    bad_count += 1
        print(f"selftest: {folder}: {sum(r['pass'] for r in rows)}/{len(rows)} pass")
    print("selftest OK" if not bad_count else f"selftest: {bad_count} problem(s)")
    return 0 if not bad_count else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="round1", help="set name (eval/edits/<set>.jsonl) or a .jsonl path")
    ap.add_argument("--results", type=Path, help="folder with <id>.md and <id>.json per script")
    ap.add_argument("--json", type=Path, help="write the detailed report here")
    ap.add_argument("--selftest", action="store_true", help="check the scorer on the hand-made folders in selftest/")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failure reason")
    args = ap.parse_args(argv)
    if args.selftest:
        return selftest()
    if not args.results:
        ap.error("--results DIR is required (or --selftest)")
    if not args.results.is_dir():
        ap.error(f"{args.results} is not a folder")
    rows = score(load_set(args.set), args.results)
    summary = report(rows, args.verbose)
    if args.json:
        args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
