"""The details of an uploaded notice the user asks to have in the summary ("啥条件", "保哪几种病", "在哪上课要写上"):
each asked kind of fact (knowledge/edits.yaml `notice_asks`) is looked up in the part of the notice it heads (推荐条件,
保障范围, 参赛办法) or, failing that, in the sentence that names it, and condensed to a short fact. An instruction to
the schools (请各单位于…将X报送…) gives only its object X: what is sent, never the order to send it."""

from __future__ import annotations

import re

from assistant.conversation.edit_words import EditWords

_HEADING = re.compile(r"^[一二三四五六七八九十]+、\s*(.+)$")
_NUMBERED = re.compile(r"^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])\s*")
# "请于11月18日前将X报送Y": the thing to send is X.
_SENT = re.compile(r"将(.{4,60}?)(?:统一)?(?:报送|上报|交至|送至|交到|报至|提交|交)")
MAX_DETAIL = 40  # characters of one detail: a clause or a list, not a paragraph


def _parts(text: str) -> dict[str, list[str]]:
    parts: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.split("\n"):
        line = raw.strip()
        m = _HEADING.match(line)
        if m:
            current = parts.setdefault(m.group(1), [])
        elif line and current is not None:
            current.append(_NUMBERED.sub("", line))
    return parts


def _clip(text: str) -> str:
    """The first sentence, cut at a clause end so that it stays within MAX_DETAIL."""
    text = re.split(r"[。；;]", re.sub(r"[（(][^）)]*[）)]", "", text))[0].strip("，, ")
    # "地点：…" / "上课地点为…": the label is the summary's own; a clause left open ("…疾病的") is closed.
    text = re.sub(r"^[\u4e00-\u9fff]{0,6}?(?:[：:]|地点为|地点是|地点在|时间为)", "", text)
    if len(text) > MAX_DETAIL:
        cut = max(text.rfind(c, 0, MAX_DETAIL) for c in "，,")
        text = text[:cut] if cut >= 8 else ""
    return re.sub(r"的$", "", text)


def _condensed(lines: list[str], listed: bool = False) -> str:
    """A part as one fact: a list (conditions) by the first phrase of each item, else its first sentence."""
    if listed and len(lines) > 1:
        heads = [re.split(r"[、，,。；;]", line)[0] for line in lines]
        joined = "、".join(h for h in heads if h)
        if len(joined) <= MAX_DETAIL:
            return joined
    for line in lines:
        sent = _SENT.search(line)
        if sent:
            return _clip(sent.group(1))
        if not line.startswith("请"):  # an instruction to the schools is not a fact of the event
            return _clip(line)
    return ""


def asked_details(message: str, notice_text: str, words: EditWords, known: str = "") -> list[str]:
    """Details the message asks for, as "条件：…" facts taken from the notice (none already in `known`)."""
    parts = _parts(notice_text)
    found: list[str] = []
    for ask in words.notice_asks:
        if not any(w in message for w in ask["ask"]):
            continue
        # the part headed by the ask's most telling word first (参赛办法 before a heading that only says 参赛)
        headed = next(((h, lines) for p in ask.get("parts", ()) for h, lines in parts.items() if p in h and lines), None)
        if headed:
            heading, lines = headed
            detail = _condensed(lines, bool(ask.get("list")))
            label = heading if len(heading) <= 6 else ask.get("label", "")
        else:
            # the clause that names it ("…，地点在市文化馆"), not the sentence around it; with the next clause when
            # that one holds the figure ("名额按会员人数分配，每100名会员1个")
            lines = [_with_figure(clauses, i) for body in parts.values() for line in body
                     for clauses in [re.split(r"(?<=[。；;，,])", line)]
                     for i, c in enumerate(clauses) if any(w in c for w in ask.get("find", ()))]
            detail, label = (_condensed(lines[:1]), ask.get("label", "")) if lines else ("", "")
        if detail and detail not in re.sub(r"[（(][^）)]*[）)]", "", known) and not any(detail in f for f in found):
            found.append(f"{label}：{detail}" if label else detail)
    return found


def _with_figure(clauses: list[str], at: int) -> str:
    """Clause `at`, joined by the next one when only that one gives a number."""
    if re.search(r"\d", clauses[at]) or at + 1 >= len(clauses) or not re.search(r"\d", clauses[at + 1]):
        return clauses[at]
    return clauses[at] + clauses[at + 1]


def venue(where: str, notice_text: str) -> str:
    """The place of a notice's event: `where` as read when it names a place, else the clause of the notice that says
    where (地点在…, 地点为…, 在…举行); a date or a count of batches is no place."""
    if where and not re.search(r"\d|[年月日批次轮]$|^共", where):
        return where
    m = re.search(r"(?:地点|地址|场地)(?:在|为|是|设在|[：:])\s*([^，,。；;\n（(]{2,30})", notice_text) or re.search(
        r"(?<![\u4e00-\u9fff])在([^，,。；;\n（(]{2,20}?)(?:举行|举办|进行|召开)", notice_text)
    return m.group(1).strip() if m else ""
