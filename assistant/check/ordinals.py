"""Ordinals of recurring events not moved on from last year's plan: 第五届教职工技能大赛 in both years.

An event is known by the words after its ordinal (教职工运动会, “书香教师”评选). A congress session counts by its
届 and 次 together: 第四届教职工代表大会第三次会议 after last year's 第二次会议 has moved on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from assistant.check.findings import Document, Finding, quote
from assistant.domain.numerals import cn_number, parse_cn_number

_NUMBER = r"[一二三四五六七八九十百零〇两廿卅\d]{1,4}"
# 第五届…, 首届…, 第三期… (a recurring course), 第三季… (a contest or show counted by seasons, as television and school
# contests name their yearly runs: 第三季“好声音”; not 第三季度, a quarter); 第十次…大会 (a congress counted by sessions alone).
# 第四轮师徒结对: a pairing or a programme started afresh in rounds (轮), one a year as the plan starts it; 第五批骨干教师:
# a yearly selection named in batches (批).
_ORDINAL = re.compile(rf"(?:第({_NUMBER})|(首))(届|期|季(?!度)|轮|批)([^，,。；;：:、|\n（(]{{2,24}})")
# 第六个“书香工会月”, 第40个教师节, 第31个世界读书日: a recurring month, week or day counted by its years (个). Only a name
# in quotes or a festival or day (…节, …日) counts: 第二个周三, 第三个学月 and 第五个工作日 are points of the calendar.
_COUNTED = re.compile(rf"第({_NUMBER})个(“[^”\n]{{2,16}}”|[\u4e00-\u9fff]{{1,8}}?(?:节|日)(?=[（(，,。；;、\s”]|$))")
# 连续第五年办“坝坝宴”: an event counted by the years it has run, named after the count (a verb of holding between).
_YEARS_RUNNING = re.compile(rf"连续第({_NUMBER})年(?:举办|举行|开展|组织|办|搞|开)?(“[^”\n]{{2,16}}”|[\u4e00-\u9fff]{{2,12}}?(?:节|赛|会|宴|展|周|月)(?![\u4e00-\u9fff]))")
# “爱心午餐”计划迈入第四个年头: a named undertaking counted by the years it has run (年头 〈口〉 a year of it, 《现代汉语
# 词典》), the name in quotes or title marks a few characters before the count.
_YEARS_IN = re.compile(rf"([“《][^“”《》\n]{{2,20}}[”》])[^，,。；;：:“”\n]{{0,8}}?第({_NUMBER})个年头")
# 修订印发《教职工服务手册》（第三版）: a document revised this year is a new edition; the same edition as last year's is
# the old text's number copied. Only an edition the sentence revises counts (继续使用…（第三版） keeps it).
_EDITION = re.compile(rf"(《[^《》\n]{{2,30}}》)\s*[（(]\s*第({_NUMBER})版\s*[）)]")
_REVISED = re.compile(r"(?:修订|修改|更新|改版|再版|新版)[^，,。；;\n]{0,10}$")
_NOT_EVENTS = re.compile(r"^(?:周|星期|礼拜|工作日|休息日|交易日|双休日|日子|节假日|假日|学月|学日)")
# Only the school's own congress: national ones (中国工会第十八次全国代表大会) are the same every year on purpose.
_SESSIONS = re.compile(rf"(?<![国会党省市区县])第({_NUMBER})次((?:教职工|会员|工会会员)(?:代表)?大会)")
_SESSION = re.compile(rf"^(.*?)第({_NUMBER})次(?:全体)?会议")
# The short form plans write a congress session in (四届三次教代会, 三届二次职代会: 第四届…第三次会议).
_SHORT_SESSION = re.compile(
    rf"(?<![第\d一二三四五六七八九十])({_NUMBER})届({_NUMBER})次((?:教职工|会员|工会会员)?(?:代表)?大会|教代会|职代会)"
)
# A name in quotes right before the ordinal (“胡杨班”第三期), as recurring courses and shows are written.
_NAMED_BEFORE = re.compile(r"“([^“”\n]{2,16})”\s*$")
_TRIM = re.compile(r"[”“\"'\s]+|(?:活动|工作)$")
_KEY_CHARS = 4  # events are the same when their names agree on this many characters
# A series known by its cup or quoted name (第七届“葵乡杯”跳绳赛 / 第七届葵乡杯教职工跳绳比赛): the brand names the event
# whatever follows it, as cup contests are written (the 届 counts the cup, not the sport's wording).
_BRAND = re.compile(r"^“?([\u4e00-\u9fff]{1,8}杯)”?|^“([^“”\n]{2,12})”")
# A standing body keeps its 届 for its whole term (three or five years: 《工会法》第十六条, 《学校教职工代表大会规定》
# 第三章), so 第三届工会委员会 in two plans in a row is right; only its sessions (第N次会议) move on every year.
_STANDING = re.compile(r"^(?:学校|校|园)?(?:工会委员会|工会|委员会|女职工委员会|女教职工委员会|经费审查委员会|经审会|教代会|教职工代表大会|职代会|代表)")


@dataclass(frozen=True)
class _Event:
    start: int
    end: int  # end of the event's name (or of its 第N次会议)
    term: int  # 届
    session: int  # 次 (0 when not a session)
    key: str  # 届/期/次 and the name without quotes: 届书香教师评选
    brand: str = ""  # 届 and the cup or quoted name the name starts with: 届葵乡杯


def _int(raw: str) -> int:
    return int(raw) if raw.isdigit() else parse_cn_number(raw)


def _events(text: str) -> Iterator[_Event]:
    taken = []
    for m in _ORDINAL.finditer(text):
        named = _NAMED_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if named and m.group(3) != "届":
            # “戈壁好声音”第二季, “胡杨班”第三期: the name in quotes before the ordinal is the event's
            taken.append((named.start(), m.end(3)))
            yield _Event(named.start(), m.end(3), 1 if m.group(2) else _int(m.group(1)), 0, m.group(3) + named.group(1))
            continue
        name = m.group(4)
        session = _SESSION.match(name)
        term = 1 if m.group(2) else _int(m.group(1))
        end = m.start(4) + (session.end() if session else len(name.rstrip()))
        key = _TRIM.sub("", session.group(1) if session else name)
        taken.append((m.start(), end))
        brand = _BRAND.match(name.lstrip())
        yield _Event(m.start(), end, term, _int(session.group(2)) if session else 0, m.group(3) + key,
                     m.group(3) + (brand.group(1) or brand.group(2)) if brand else "")
    for m in _COUNTED.finditer(text):
        if _NOT_EVENTS.match(m.group(2)) or any(a <= m.start() < b for a, b in taken):
            continue
        taken.append((m.start(), m.end()))
        yield _Event(m.start(), m.end(), _int(m.group(1)), 0, "个" + _TRIM.sub("", m.group(2)))
    for m in _YEARS_RUNNING.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            yield _Event(m.start(), m.end(), _int(m.group(1)), 0, "年" + _TRIM.sub("", m.group(2)))
    for m in _YEARS_IN.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            yield _Event(m.start(), m.end(), _int(m.group(2)), 0, "头" + _TRIM.sub("", m.group(1)).strip("《》"))
    for m in _EDITION.finditer(text):
        if _REVISED.search(text, max(0, m.start() - 12), m.start()) and not any(a <= m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            yield _Event(m.start(), m.end(), _int(m.group(2)), 0, "版" + m.group(1).strip("《》"))
    for m in _SHORT_SESSION.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            yield _Event(m.start(), m.end(), _int(m.group(1)), _int(m.group(2)), "届" + _congress(m.group(3)))
    for m in _SESSIONS.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            yield _Event(m.start(), m.end(), 0, _int(m.group(1)), "次" + _TRIM.sub("", m.group(2)))


def _congress(name: str) -> str:
    """教代会 and 教职工代表大会 are one congress (its short name: 《学校教职工代表大会规定》)."""
    return "教职工代表大会" if name in ("教代会", "职代会") else name


def _same(a: str, b: str) -> bool:
    """Same kind of ordinal (届/期/次) and the same event: equal names, or names agreeing on their first characters."""
    short = min(len(a), len(b)) - 1
    return a[0] == b[0] and short >= 2 and (a == b or (short >= _KEY_CHARS and a[:short + 1] == b[:short + 1]))


def stale_ordinals(doc: Document, previous: str) -> list[Finding]:
    """One finding per event whose 届 (and 次) are the same as in last year's plan: the event named again (in the
    month table, in another item) is the same problem, listed under the first finding's other places."""
    last_year = list(_events(previous))
    out: list[Finding] = []
    first: dict[int, int] = {}  # last year's event → index of its finding in `out`
    for event in _events(doc.text):
        if not event.session and _STANDING.match(event.key[1:].lstrip("的")):
            continue
        old = next((i for i, old in enumerate(last_year)
                    if (_same(event.key, old.key) or (event.brand and event.brand == old.brand))
                    and (old.term, old.session) == (event.term, event.session)), None)
        if old is None:
            continue
        if old in first:
            again = out[first[old]]
            out[first[old]] = replace(again, also=(*again.also, doc.location(doc.line_of(event.start))))
            continue
        first[old] = len(out)
        written = doc.text[event.start : event.end]
        if event.session:
            advice = f"改为“第{cn_number(event.session + 1)}次”，换届后改为新一届的届次"
        elif event.key[0] == "年":
            advice = f"改为“连续第{cn_number(event.term + 1)}年”"
        elif event.key[0] == "头":
            advice = f"改为“第{cn_number(event.term + 1)}个年头”"
        elif event.key[0] == "版":
            advice = f"修订后是新的版本，改为“第{cn_number(event.term + 1)}版”"
        else:
            unit = event.key[0]
            advice = f"改为“第{cn_number(event.term + 1)}{unit}”（该活动每年举办一{'次' if unit == '个' else unit}时）"
        out.append(
            doc.finding(
                "stale_ordinal", event.start, event.end,
                f"去年的计划里已经是{quote(written)}，今年的{'版次' if event.key[0] == '版' else '届次'}没有更新", advice,
            )
        )
    return out
