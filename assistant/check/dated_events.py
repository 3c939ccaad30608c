"""School-year events named with their year (2027年高考, 2028年中考期间) that fall outside the plan's period, in a year's
plan too: the 2027 examination is over before a 2027–28 school-year plan opens. An event after the period counts only
as the event itself (calendar.yaml `period_events` `after`: 2028年高考期间), not as work towards it (2028年高考备考)."""

from __future__ import annotations

import re

from assistant.check.findings import Document, inside, quoted_titles
from assistant.domain.calendar import load_calendar

YEAR_BEFORE = re.compile(r"(20\d\d)\s*年\s*(?:的)?\s*$")  # the year written right before a name (2027年高考)
# 2027年高考取得佳绩 / 2027年高考中…考出: the sentence looks back on the event (a result, an honour).
_RESULT = re.compile(r"^[^。；，,\n]{0,10}?(?:成绩|佳绩|喜报|成果|本科|上线|升学率|录取|获|荣获|取得|考出|捷报)")


def dated_events(doc: Document, semester, checked) -> list[tuple[int, int, str, str]]:
    """(start, end, message, suggestion) per event named with a year whose months all lie outside the plan's period;
    `semester` is period.py's _Period, `checked(doc, pos)` the test of a line the check reads."""
    text, titles, taken, out = doc.text, quoted_titles(doc.text), [], []
    held = set(semester.year_months)
    for event in load_calendar().period_events:
        name, months, after = event.name, event.months, event.after
        for m in re.finditer(re.escape(name), text):
            year = YEAR_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
            if year is None or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            when = [(int(year.group(1)), month) for month in months]
            if any(w in held for w in when) or inside(titles, m.start()) or not checked(doc, m.start()):
                continue
            rest = text[m.end() : m.end() + 12]
            if _RESULT.match(rest):
                continue
            if max(when) > max(held) and after and not rest.startswith(after):
                continue  # 2028年高考备考 in a 2027 plan: work towards a later event
            begin = m.start() - len(year.group(0))
            out.append((
                begin, m.end(), f"本计划是{semester.spec.name}计划（{semester.span}），“{text[begin:m.end()]}”不在计划期间内",
                "核对年份：改为计划期间内的那一次，或删去这项安排",
            ))
    return out
