"""What a concise text says twice and need say once: a month repeated inside a range of days (12月10日至12月17日 →
12月10日至17日), and a group of people named again right after its count (推荐2名青年教师 after 青年教师 →
推荐2名). Used by the concise tone (assistant/rewrite/concise.py)."""

from __future__ import annotations

import re

from assistant.rewrite.apply import Notes
from assistant.rewrite.lexicon import CLASS_CONTENTS
from assistant.rewrite.masking import Masked

_P = CLASS_CONTENTS["P"]
_SENTENCE_END = "。；！？\n"


def same_month_range(text: str, masked: Masked, notes: Notes, reason: str) -> str:
    """A range of days within one month names the month once, as 公文 writes it (12月10日至12月17日 → 12月10日至17日)."""
    def sub(m: re.Match) -> str:
        if masked.number(m.group(1)) is None or masked.number(m.group(1)) != masked.number(m.group(4)):
            return m.group(0)
        notes.add(reason, masked.show(m.group(4)) + "月", "")
        return m.group(0)[: -len(m.group(4)) - 1]
    n = CLASS_CONTENTS["N"]
    return re.sub(rf"([{n}])月([{n}])[日号](至|到|—|－|-|～|~)([{n}])月(?=[{n}][日号])", sub, text)


def counted_again(text: str, notes: Notes, people: str, reason: str) -> str:
    """A group of people named again right after its count (推荐2名青年教师 when 青年教师 was said before in the
    sentence) is counted only: 推荐2名."""
    def sub(m: re.Match) -> str:
        begin = max((s.end() for s in re.finditer(f"[{_SENTENCE_END}]", text[: m.start()])), default=0)
        if m.group(2) not in text[begin : m.start()] or m.end() < len(text) and text[m.end()] == "的":
            return m.group(0)
        notes.add(reason, m.group(2), "")
        return m.group(1)
    return re.sub(rf"([{_P}][名位])({people})", sub, text)
