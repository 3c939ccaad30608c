"""A school's staff counted by the sites it works at — the main campus and its branches (本部30人，三个教学点共14人 of
全校46名教职工 make 44, not 46): everyone works at one site, so when the main site and the branches are all counted, the counts
add up to the whole exactly. A sum short of the whole is as wrong as one over it (a reviewer redoes it)."""

from __future__ import annotations

import re

from assistant.domain.numerals import count_of, count_pattern

_N = count_pattern(5, 4)
_STAFF_NOUN = r"(?:在编|在职|在岗)?(?:教职工|教职员工|教工|职工|员工|会员)"
_WHOLE = re.compile(
    rf"(?:{_N}\s*(?:名|位)?\s*{_STAFF_NOUN}|{_STAFF_NOUN}\s*(?:共|共有|有)?\s*{_N}\s*(?:名|人|位))\s*[，,：:]"
)
_PART = re.compile(rf"\s*[、，,；;]?\s*(?:其中)?([\u4e00-\u9fff]{{1,12}}?)\s*(?:一共|共计|共|合计|有)?\s*{_N}\s*(?:名|人|位)(?!次)")
# The main site (a 中心校's 本部, a kindergarten's 总园) and the places a school's branches are called
# (教学点, 村小 of a 中心校; 分校, 校区, 分园, 园区): common usage of 教育统计 and school websites.
_MAIN = re.compile(r"本部|总园|主校区|总校")
_SITE = re.compile(r"本部|总园|主校区|总校|教学点|村小|分校|校区|分园|园区|分部")


def site_counts(words: str) -> list[tuple[int, int, str, str]]:
    """(start, end, message, suggestion) for each count of the staff by site that does not add up to the whole."""
    out = []
    for m in _WHOLE.finditer(words):
        whole = count_of(m.group(1) or m.group(2))
        labels, parts, pos = [], [], m.end()
        while (part := _PART.match(words, pos)) is not None and _SITE.search(part.group(1)):
            labels.append(part.group(1))
            parts.append(count_of(part.group(2)))
            pos = part.end()
        if len(parts) < 2 or not any(_MAIN.search(label) for label in labels) or whole <= 0 or min(parts) <= 0:
            continue
        if sum(parts) != whole:
            listed = words[m.end():pos]
            out.append((pos - len(listed.lstrip("，,、 ")), pos, f"本部和各分点的人数合计{sum(parts)}人，与全校{whole}人不符",
                        "核对各处的人数，使本部和各分点人数之和等于全校教职工总数"))
    return out
