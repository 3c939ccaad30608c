"""A speaker correcting themself mid-paragraph (voice typing, a hurried draft): 五个篮球——哦不对，是三个篮球;
周三，说错了，周四. The words taken back and the correction marker go, the corrected words stand in their place,
before any other rule reads the line, so the facts checked afterwards are the corrected ones.

The words taken back are found by the correction itself: the end of the clause before the marker that has the
correction's shape — the same kind of first character (a number, a weekday, a word) and a shared first or last
character (三个篮球 replaces 五个篮球, 周四 replaces 周三). No such span, no change (这样不对，是因为… is an
opinion, not a correction)."""

from __future__ import annotations

import re

from assistant.rewrite.numbers import CN_NUMERAL

REASON = "按口述中的更正改写"
# 《现代汉语词典》: 口误 说错; the spoken ways of taking a word back: 不对, 不是, 说错了, 讲错了, 记错了, 搞错了, 更正,
# 纠正, often after an interjection (哦 噢 啊 呃 嗯 哎 唉) and before 应该是 / 是.
_MARKER = re.compile(
    r"(?:——|—|-|…+|[，,、。；])\s*(?:[哦噢啊呃嗯哎唉诶][，,]?\s*)?"
    r"(?:不对不对|不对|不是不是|不不|我?说错了|我?讲错了|我?记错了|我?搞错了|口误|更正一下|纠正一下)"
    r"(?:[，,！!。]\s*(?:[哦噢啊呃嗯][，,]?)?(?:应该是|应当是|是)?|\s*(?:应该是|应当是|是))"
)
_CLAUSE_END = re.compile(r"[，。；：！？、,\n]")
_NUMBER = f"0-9０-９{CN_NUMERAL}"
_WEEK = re.compile(r"^(?:周|星期|礼拜)")


def _kind(text: str) -> str:
    if _WEEK.match(text):
        return "week"
    if re.match(f"[{_NUMBER}]", text):
        return "number"
    return "word"


def _same_shape(span: str, said: str) -> bool:
    """True when `said` can stand for `span`: the same kind of first character, and a number with the same unit
    (三十个人 / 四十个人, 3月5号 / 3月6号), or a word sharing its last character (王老师 / 李老师) or its first (周三 / 周四)."""
    kind = _kind(span)
    if kind != _kind(said):
        return False
    if kind == "number":
        unit_a, unit_b = re.sub(f"[{_NUMBER}]+", "", span), re.sub(f"[{_NUMBER}]+", "", said)
        return bool(unit_a) and unit_b.startswith(unit_a)
    return span[-1] == said[-1] or span[0] == said[0]


def _taken_back(before: str, correction: str) -> int | None:
    """Where in `before` (the clause before the marker) the words the correction replaces begin, or None: the span
    closest in length to the start of the correction that has its shape."""
    best: tuple[int, int] | None = None
    for start in range(len(before) - 1, -1, -1):
        if start and re.match(f"[{_NUMBER}]", before[start]) and re.match(f"[{_NUMBER}]", before[start - 1]):
            continue  # never inside a number
        span = before[start:]
        if span == correction:
            continue
        for k in range(1, len(correction) + 1):
            if _same_shape(span, correction[:k]):
                gap = abs(len(span) - k)
                if best is None or gap < best[0]:
                    best = (gap, start)
    return best[1] if best else None


def apply_corrections(line: str) -> tuple[str, list[str]]:
    """The line with every self-correction resolved, and a note for each."""
    notes: list[str] = []
    pos = 0
    while True:
        m = _MARKER.search(line, pos)
        if not m:
            return line, notes
        end = _CLAUSE_END.search(line, m.end())
        correction = line[m.end() : end.start() if end else len(line)].strip()
        begin = max((e.end() for e in _CLAUSE_END.finditer(line, 0, m.start())), default=0)
        before = line[begin : m.start()]
        start = _taken_back(before, correction) if correction and len(correction) <= 16 else None
        if start is None:
            pos = m.end()
            continue
        old = line[begin + start : m.end() + len(correction)]
        notes.append(f"{REASON}：“{old}”→“{correction}”")
        line = line[: begin + start] + correction + line[m.end() + len(correction) :]
        pos = begin + start + len(correction)
