"""Events and wording outside the plan's period (knowledge/calendar.yaml): a festival of the other semester (教师节
in a February–July plan), a schedule month outside the semester, "贯穿全年" in a semester plan.

Year and school-year plans cover every month, so only semester plans are checked. "元旦、春节前慰问" in a
September–January plan is fine: the visit happens before the festival, inside the semester.
"""

from __future__ import annotations

import calendar as gregorian
import datetime as dt
import functools
import re

from assistant.check.dated_events import YEAR_BEFORE, dated_events
from assistant.check.findings import Document, Finding, inside, quote, quoted_titles
from assistant.check.nextyear import BEFORE_DAY, given_days, next_year
from assistant.check.outline import MONTH_CELL
from assistant.check.points import (
    DRAFTED,
    deadline_inside,
    glossed_months,
    in_aside,
    month_outside,
    month_points,
    months_set_before,
)
from assistant.check.rows import MONTH, RANGE_AFTER, YEAR_CELL, dated_cells, month_number, year_cell, year_cells
from assistant.check.terms import lunar_months, school_year_terms
from assistant.domain.calendar import Calendar, Festival, PeriodSpec, load_calendar

_NEAR = dt.timedelta(days=31)  # "X前" / "X后" reaches this far outside the period
# A festival just after the semester is prepared for inside it (春节慰问 in January), one just before it is looked
# back on in its first days (春节 in late January for a February plan).
_AFTER_END = dt.timedelta(days=21)
_BEFORE_START = dt.timedelta(days=7)
# A festival in the summer holiday after the plan's months (“八一”前) is prepared for in the holiday (unlike 春节慰问).
_BETWEEN_YEARS = "暑假"
_AFTER = re.compile(r"^(?:后|之后|过后|结束|归来|返校)")
_ON_THE_DAY = re.compile(r"^(?:前后|那天|当天|当日|那日|组织|举办|举行|开展)")
_GAP = re.compile(r"^[“”\"'·\s国际]{0,3}$")  # between two names of one festival: “三八”国际妇女节
_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
# A document's issuing date (GB/T 9704-2012 7.3.5 成文日期, the 印发 line of 7.4.2): what follows a date that was not planned.
_ISSUED = re.compile(r"[\d一二三四五六七八九十〇零日号\s]{0,6}(?:印发|发布|制发|签发|下发|发文)")
_MONTH = MONTH
# 9月召开…, 2026年10月上旬举办…: a month that schedules something (with its year, checked against the calendar).
_SCHEDULED = re.compile(
    rf"(?:(20\d\d)\s*年\s*)?(?<![\d至到—\-－~、和])(?<!十){_MONTH}\s*月(?:份)?(?:\s*\d{{1,2}}\s*[日号])?"
    r"(?:上旬|中旬|下旬|初|底|中|末)?(?=\s*(?:(?:前|之前|以前)\s*)?(?:召开|举办|举行|开展|组织|进行|启动|评选|表彰|慰问|走访|完成"
    r"|报送|上报|提交|申报|推荐|报名|举荐|验收))"
)
# 2027年6月 with its year names one month of the calendar, whatever follows (高考前后组织…): outside the period it is
# out of place — unless the sentence looks back (2026年9月以来, 2026年6月被评为…).
_DATED = re.compile(rf"(20\d\d)\s*年\s*{_MONTH}\s*月(?:份)?")
_LOOKS_BACK = re.compile(
    r"^\s*(?:\d{1,2}\s*[日号])?\s*(?:以来|起|至今|获|荣获|被|评为|成立|建成|通过|曾|已|完成了|举办了|召开了|的)"
    # 2025年9月由会员大会选举产生: how the present committee came to be, told as a fact of the past (not something
    # the plan will do: no 召开/举行/组织/将 in the clause).
    r"|^\s*(?:\d{1,2}\s*[日号])?\s*(?:由|经)(?:(?!召开|举行|组织|开展|进行|将|拟)[^，,。；\n]){0,14}?(?:选举产生|选举成立|换届产生|选出|批准成立)"
    # 是2025年秋天选出来的: the 是…的 of a past fact (《现代汉语八百词》 是…的 stresses when a past act was done).
    r"|^\s*(?:\d{1,2}\s*[日号])?\s*(?:(?!召开|举行|组织|开展|进行|将|拟)[^，,。；\n]){0,6}?(?:选出来的|选出的|选举产生的|换届产生的|成立的)"
)
_LABELLED = re.compile(r"(?:时间|日期)\s*[：:]\s*$")
_NAMED_DAY = re.compile(r"(?:节|日|会|赛)\s*[（(]\s*$")  # the day of an event given in brackets after its name
_DIGIT_DATE = re.compile(r"(20\d\d)\s*[.\-/．]\s*(\d{1,2})\s*[.\-/．]\s*\d{1,2}(?!\d)")
# 趁寒假装修好的活动室开学启用, 寒假里进修过的老师 (过 of experience): what was done in another term, told as the past.
_DONE_THEN = re.compile(r"^[^，,。；\n]{0,8}?(?:完成的|已完成|已经完成|完成了|建成的|落成的|竣工的|[\u4e00-\u9fff]过的(?:老师|教师|教职工|同事|会员|人))")
_ELSEWHEN = re.compile(r"(?:去年|上年|明年|次年|来年|下学期|上学期|下半年|上半年|暑假|寒假|假期)\s*$")
_PREPARED = re.compile(r"为\s*$")
# 八月节, 五月节, 八月十五: a festival named by its lunar month in the spoken way (八月节 is 中秋, 五月节 端午; 《现代汉语词典》
# 八月节 条), not the calendar month of that number.
_FEAST_MONTH = re.compile(r"^(?:节(?!日|假)|十五)")
# 三八节的活动放到下学期统筹: an event the plan says it moves to another term is not held in this one.
_DEFERRED = re.compile(r"^[^。；，,\n]{0,6}?(?:放到|留到|留待|推到|挪到|移到|改到|安排到|放在|顺延到|延到)(?:下学期|下半年|明年|来年|"
                       r"下个学期|下一学期|春季学期|秋季学期|上半年|寒假后|开学后)")
# 请老教师讲讲军训那几天怎么带班 / 交流毕业季的工作心得: an event named as the topic of a talk or an exchange of
# experience (a verb of telling before it, how or what was learnt after it) is talked about, not held, in the period.
_TOLD_ABOUT = re.compile(r"(?:讲讲|讲述|谈谈|说说|聊聊|介绍|分享|交流|传授)[^。；，,\n]{0,6}$")
_HOW = re.compile(r"^[^。；，,\n]{0,8}?(?:怎么|怎样|如何|经验|心得|做法|体会|窍门|故事)")
_PREPARES = re.compile(r"^[^。；，,\n]{0,8}?(?:做好?准备|做准备|准备|筹备|打基础)")


class _Period:
    """The semester's first and last day and its calendar months."""

    def __init__(self, cal: Calendar, spec: PeriodSpec, year: int):
        self.spec = spec
        self.cal = cal
        self.year_months = cal.year_months(spec.name, year)
        (y0, m0), (y1, m1) = self.year_months[0], self.year_months[-1]
        self.first = dt.date(y0, m0, 1)
        self.last = dt.date(y1, m1, gregorian.monthrange(y1, m1)[1])
        self.months = [m for _, m in self.year_months]
        self.span = f"{m0}月至{m1}月"

    def dates(self, festival: Festival) -> list[dt.date]:
        return [festival.on(y) for y in range(self.first.year - 1, self.last.year + 2)]

    def holds(self, days: list[dt.date], after: str, margin: bool = True) -> bool:
        """Some day falls in the period (festivals: or just around it), or the text says before/after it and that
        is in the period."""
        first, last = (self.first - _BEFORE_START, self.last + _AFTER_END) if margin else (self.first, self.last)
        for day in days:
            if self.last < day and self.cal.holiday_on(day) == _BETWEEN_YEARS:
                continue
            if first <= day <= last:
                return True
            if BEFORE_DAY.match(after) and self.last < day <= self.last + _NEAR:
                return True
            if _AFTER.match(after) and self.first - _NEAR <= day < self.first:
                return True
        return False

    def holiday_days(self, cal: Calendar, name: str) -> list[dt.date]:
        """The days of a holiday (寒假, 暑假 …) from a month before the period to a month after it."""
        day, days = self.first - _NEAR, []
        while day <= self.last + _NEAR:
            if cal.holiday_on(day) == name:
                days.append(day)
            day += dt.timedelta(days=1)
        return days


def out_of_period(doc: Document, period: str, year: int) -> list[Finding]:
    cal = load_calendar()
    spec = cal.period(period)
    semester = _Period(cal, spec, year)
    festivals = cal.festivals_in(doc.text)
    if not spec.is_semester:  # a year's plan names every festival and month; only a dated one can fall outside
        spans = _dated(doc, semester, set()) + next_year(doc, semester, _LOOKS_BACK, _checked)
        spans += _dated_spans(doc, semester)
        spans += year_cells(doc, semester) + school_year_terms(doc, semester, _checked)
        spans += lunar_months(doc, semester, _checked)
        spans += given_days(doc, semester, festivals, _checked) + dated_events(doc, semester, _checked)
        return _one_per_sentence(doc, spans + _dated_festivals(doc, festivals, semester))
    spans = _festivals(doc, festivals, semester) + _holidays(doc, cal, semester) + _months(doc, semester)
    spans += _dated_spans(doc, semester) + _dated_festivals(doc, festivals, semester)
    spans += _whole_year(doc, cal, semester) + _seasons(doc, cal, semester) + _events(doc, semester)
    spans += next_year(doc, semester, _LOOKS_BACK, _checked) + month_points(doc, semester, _checked)
    spans += glossed_months(doc, semester, _checked) + school_year_terms(doc, semester, _checked)
    spans += lunar_months(doc, semester, _checked) + given_days(doc, semester, festivals, _checked)
    spans += dated_events(doc, semester, _checked) + months_set_before(doc, semester, _checked)
    return _one_per_sentence(doc, spans)


def _checked(doc: Document, pos: int) -> bool:
    return doc.outline.line_at(pos).kind not in ("title", "signature")


def _festivals(doc: Document, festivals: list[tuple[Festival, int, int]], semester: _Period) -> list[tuple[int, int, str, str]]:
    text = doc.text
    titles = quoted_titles(text)
    mentions: list[list] = []
    for festival, start, end in festivals:
        if mentions and mentions[-1][0] is festival and _GAP.match(text[mentions[-1][2] : start]):
            mentions[-1][2] = end  # “三八”妇女节 is one mention
            continue
        mentions.append([festival, start, end])
    out = []
    for festival, start, end in mentions:
        if inside(titles, start) or not _checked(doc, start) or _DEFERRED.match(text[end : end + 16]):
            continue
        # A festival named as the day of an activity (元宵节组织猜灯谜, 小年前后送年货) must fall in the period itself; the
        # margin around it is for one prepared for or looked back on (春节慰问 in January).
        on_the_day = _ON_THE_DAY.match(text[end : end + 4]) is not None
        if semester.holds(semester.dates(festival), text[end : end + 4], margin=not on_the_day):
            continue
        month = festival.on(semester.first.year).month
        out.append((
            start, end,
            f"本计划是{semester.spec.name}计划（{semester.span}），{festival.name}在{month}月，不在本学期内",
            f"删去{quote(text[start:end])}的安排，或移到{month}月所在学期的计划中",
        ))
    return out


def _dated_festivals(doc: Document, festivals: list[tuple[Festival, int, int]], semester: _Period) -> list[tuple]:
    """A festival named with its year (2029年元旦, 2028年五一小长假) that falls outside the plan's period — in a year's
    plan too — unless the sentence looks back (2026年教师节被评为…)."""
    text, titles = doc.text, quoted_titles(doc.text)
    out = []
    for festival, start, end in festivals:
        year = YEAR_BEFORE.search(text[max(0, start - 8) : start])
        if year is None or inside(titles, start) or not _checked(doc, start) or in_aside(text, start):
            continue
        rest = text[end:]
        if _LOOKS_BACK.match(rest) or _DONE_THEN.match(rest[:12]):
            continue
        on_the_day = _ON_THE_DAY.match(rest[:4]) is not None
        if semester.holds([festival.on(int(year.group(1)))], rest[:4], margin=not on_the_day):
            continue
        begin = start - len(year.group(0))
        out.append((
            begin, end, f"本计划是{semester.spec.name}计划（{semester.span}），“{text[begin:end]}”不在计划期间内",
            "核对年份：改为计划期间内的安排，或删去这项安排",
        ))
    return out


def _holidays(doc: Document, cal: Calendar, semester: _Period) -> list[tuple[int, int, str, str]]:
    out = []
    for holiday in cal.holidays:
        for m in re.finditer(re.escape(holiday.name), doc.text):
            if not _checked(doc, m.start()):
                continue
            after = doc.text[m.end() : m.end() + 4]
            if _DONE_THEN.match(doc.text[m.end() : m.end() + 12]):
                continue
            days = _edge_days(semester.holiday_days(cal, holiday.name), after)
            if semester.holds(days, "", margin=False):
                continue
            out.append((
                m.start(), m.end(), f"本计划是{semester.spec.name}计划（{semester.span}），{holiday.name}不在本学期内",
                f"删去“{holiday.name}”的安排，或移到相应学期的计划中",
            ))
    return out


def _edge_days(days: list[dt.date], after: str) -> list[dt.date]:
    """The days a holiday mention points at: 寒假前 is the day before the holiday begins, 暑假后 the day after it ends,
    寒假 (期间) any day of it."""
    held = set(days)
    one = dt.timedelta(days=1)
    if BEFORE_DAY.match(after):
        return [day - one for day in days if day - one not in held]
    if _AFTER.match(after):
        return [day + one for day in days if day + one not in held]
    return days


def _months(doc: Document, semester: _Period) -> list[tuple[int, int, str, str]]:
    out = []
    for line in doc.outline.lines:
        if line.kind == "table":
            cell = line.raw.strip().lstrip("|")
            out += dated_cells(line, semester)
            if YEAR_CELL.match(cell):
                out += year_cell(line, cell, semester)
                continue
            m = MONTH_CELL.match(cell)
            if m and not RANGE_AFTER.match(cell[m.end():]):
                start = line.start + line.raw.index(cell) + m.start(1)
                out += month_outside(semester, start, start + len(m.group(0).strip()), month_number(m.group(1)))
            continue
        if line.kind not in ("text", "item", "bullet", "heading"):
            continue
        body = line.body[len(line.marker):] if line.marker else line.body
        at = line.body_start + (len(line.body) - len(body))
        m = MONTH_CELL.match(body)
        if m and deadline_inside(body[m.end():], month_number(m.group(1)), semester):
            continue
        if m and DRAFTED.match(body[m.end():]):
            continue  # 8月30日经校工会委员会讨论: when the plan itself was drafted, before its period opens
        if m and not m.group(1).isdigit() and _FEAST_MONTH.match(body[m.end():]):
            continue  # 八月节 / 八月十五: the lunar month's festival (中秋), not the calendar month
        if m and not RANGE_AFTER.match(body[m.end():]) and not _ELSEWHEN.search(body[: m.start()]):
            start = at + m.start(1)
            out += month_outside(semester, start, at + m.end(), month_number(m.group(1)))
    for m in _SCHEDULED.finditer(doc.text):
        if _ELSEWHEN.search(doc.text[max(0, m.start() - 4) : m.start()]) or RANGE_AFTER.match(doc.text[m.end(2):]):
            continue
        if not _checked(doc, m.start()) or doc.outline.line_at(m.start()).kind == "table":
            continue
        month = month_number(m.group(2))
        if deadline_inside(doc.text[m.end():], month, semester):
            continue
        if m.group(1):
            if (int(m.group(1)), month) not in semester.year_months:
                out.append((
                    m.start(), m.end(), f"本计划是{semester.spec.name}计划（{semester.span}），“{m.group(0)}”不在本学期内",
                    "核对日期：改为本学期内的日期，或删去这项安排",
                ))
            continue
        out += month_outside(semester, m.start(), m.start(2) + len(m.group(2)) + 1, month)
    return out + _dated(doc, semester, {start for start, *_ in out})


def _dated(doc: Document, semester: _Period, taken: set[int]) -> list[tuple[int, int, str, str]]:
    """Months named with their year (2027年6月) outside the plan's period, unless the sentence looks back."""
    out = []
    for m in _DIGIT_DATE.finditer(doc.text):
        if m.start() in taken or _LOOKS_BACK.match(doc.text[m.end():]) or not _checked(doc, m.start()):
            continue
        if _LABELLED.search(doc.text[max(0, m.start() - 8) : m.start()]):
            continue  # 发布时间：2027-08-26: a field of a page or a form (a pasted notice's byline), not an event
        if doc.outline.line_at(m.start()).kind == "table":
            continue
        if in_aside(doc.text, m.start()) and not _NAMED_DAY.search(doc.text[max(0, m.start() - 6) : m.start()]):
            continue  # （2026.9.1 换届）: background in brackets — but not 端午节（2027.6.9）, the day of the event named
        if (int(m.group(1)), int(m.group(2))) not in semester.year_months:
            out.append((
                m.start(), m.end(), f"本计划是{semester.spec.name}计划（{semester.span}），“{m.group(0)}”不在计划期间内",
                "核对日期：改为计划期间内的日期，或删去这项安排",
            ))
    for m in _DATED.finditer(doc.text):
        if m.start() in taken or _LOOKS_BACK.match(doc.text[m.end():]) or not _checked(doc, m.start()):
            continue
        if doc.outline.line_at(m.start()).kind == "table":
            continue
        year, month = int(m.group(1)), month_number(m.group(2))
        before = (year - (month == 1), (month - 2) % 12 + 1)  # 2028年2月前: by the end of January 2028
        if re.match(r"\s*(?:前|之前|以前)", doc.text[m.end():]) and before in semester.year_months:
            continue
        if (year, month) < semester.year_months[0] and in_aside(doc.text, m.start()):
            continue  # （2024年10月换届）: background told in brackets, not an event of the plan
        if (year, month) not in semester.year_months:
            out.append((
                m.start(), m.end(), f"本计划是{semester.spec.name}计划（{semester.span}），“{m.group(0)}”不在计划期间内",
                "核对日期：改为计划期间内的日期，或删去这项安排",
            ))
    return out


@functools.lru_cache(maxsize=1)
def _year_spans() -> tuple[re.Pattern | None, dict[str, tuple[int, ...]]]:
    """calendar.yaml `dated_spans` (暑假 → (7, 8), 冬季 → (12, 1, 2) …) and the pattern of one named with its year."""
    spans = dict(load_calendar().dated_spans)
    if not spans:
        return None, spans
    names = "|".join(sorted(map(re.escape, spans), key=len, reverse=True))
    return re.compile(rf"(20\d\d)\s*年\s*(?:的)?\s*({names})"), spans


def _dated_spans(doc: Document, semester: _Period) -> list[tuple[int, int, str, str]]:
    """A span of the year named with its year (2025年寒假, 2029年春季) that lies wholly outside the plan's period,
    unless the sentence looks back (2025年寒假以来, 2025年寒假完成的…)."""
    pattern, spans = _year_spans()
    if pattern is None:
        return []
    titles = quoted_titles(doc.text)
    out = []
    for m in pattern.finditer(doc.text):
        rest = doc.text[m.end():]
        if _LOOKS_BACK.match(rest) or _DONE_THEN.match(rest[:12]) or not _checked(doc, m.start()):
            continue
        if in_aside(doc.text, m.start()) or inside(titles, m.start()):
            continue
        year, word = int(m.group(1)), m.group(2)
        months = spans[word]
        # a span listed across the new year (冬季: 12, 1, 2) runs into the next one from the month that comes back
        held = [(year + (month < months[0]), month) for month in months]
        if any(ym in semester.year_months for ym in held):
            continue
        out.append((
            m.start(), m.end(), f"本计划是{semester.spec.name}计划（{semester.span}），“{m.group(0)}”不在计划期间内",
            "核对年份：改为计划期间内的安排，或删去这项安排",
        ))
    return out


def _seasons(doc: Document, cal: Calendar, semester: _Period) -> list[tuple[int, int, str, str]]:
    """春游 / 秋季运动会 / 夏季… in a semester that has none of that season's months (not 春季学期, not 春节)."""
    out = []
    for season, months in cal.seasons:
        if any(m in semester.months for m in months):
            continue
        for m in re.finditer(rf"{season}(?:季|游)(?!学期)", doc.text):
            if _PREPARED.search(doc.text[max(0, m.start() - 2) : m.start()]) and _PREPARES.match(doc.text[m.end() :]):
                continue  # 为秋季开学做好准备: the next term prepared for at the end of this one
            if cal.in_false_friend(doc.text, m.start(), m.end()):
                continue  # 秋季招生 in a spring plan: the enrolment for the autumn intake runs before it
            if _ELSEWHEN.search(doc.text[max(0, m.start() - 4) : m.start()]):
                continue  # 去年秋季收的提案: a season of another year, told as the past
            if _checked(doc, m.start()) and not inside(quoted_titles(doc.text), m.start()):
                out.append((
                    m.start(), m.end(),
                    f"本计划是{semester.spec.name}计划（{semester.span}），“{m.group(0)}”的活动不在本学期内",
                    f"删去{quote(m.group(0))}的安排，或改为本学期的活动",
                ))
    return out


def _events(doc: Document, semester: _Period) -> list[tuple[int, int, str, str]]:
    """School-year events of the other semester (高考期间 in a September–January plan, 新生军训 in a February–July
    one), from calendar.yaml `period_events`."""
    text, titles = doc.text, quoted_titles(doc.text)
    out, taken = [], []
    for event in load_calendar().period_events:
        name, months, after = event.name, event.months, event.after
        if any(m in semester.months for m in months):
            continue
        for m in re.finditer(re.escape(name), text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            rest = text[m.end() : m.end() + 6]
            if after and not rest.startswith(after):
                continue  # 高考备考, 中考复习: year-round work towards the event
            if _ELSEWHEN.search(text[max(0, m.start() - 4) : m.start()]) or not _checked(doc, m.start()):
                continue
            if _DONE_THEN.match(text[m.end() : m.end() + 12]) or _DEFERRED.match(text[m.end() : m.end() + 16]):
                continue
            if _TOLD_ABOUT.search(text[max(0, m.start() - 12) : m.start()]) and _HOW.match(text[m.end() : m.end() + 12]):
                continue
            if inside(titles, m.start()) or (_PREPARED.search(text[max(0, m.start() - 2) : m.start()])
                                             and _PREPARES.match(rest)):
                continue
            month = "、".join(f"{x}月" for x in months)
            out.append((
                m.start(), m.end(), f"本计划是{semester.spec.name}计划（{semester.span}），{name}在{month}，不在本学期内",
                f"删去{quote(name)}的安排，或移到{month}所在学期的计划中",
            ))
    return out


def _whole_year(doc: Document, cal: Calendar, semester: _Period) -> list[tuple[int, int, str, str]]:
    text, spec = doc.text, semester.spec
    points = dict(cal.year_points)
    replacements = {"贯穿全年": f"贯穿{spec.whole_word}", "全年度": spec.self_word, "本年度": spec.self_word,
                    "全年": spec.whole_word, "一年来": spec.self_word, "年初": spec.start_word}
    out, taken = [], []
    for word in sorted(cal.whole_year_words, key=len, reverse=True):
        for m in re.finditer(re.escape(word), text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            if cal.in_false_friend(text, m.start(), m.end()) or not _checked(doc, m.start()):
                continue
            if word in points and points[word] in semester.months:
                continue
            better = replacements.get(word, spec.end_word if points.get(word) == 12 else "")
            out.append((
                m.start(), m.end(), f"本计划是{spec.name}计划（{semester.span}），“{word}”是全年计划的说法",
                f"改为“{better}”" if better else "删去，或移到相应学期的计划中",
            ))
    return out


def _one_per_sentence(doc: Document, spans: list[tuple[int, int, str, str]]) -> list[Finding]:
    """Spans in one sentence or one table row are one problem (“9月结合教师节…”): one finding covering them."""
    sentences = [m.start() for m in _SENTENCE.finditer(doc.text)]

    def place(pos: int) -> tuple[int, int]:
        line = doc.outline.line_at(pos)
        if line.kind == "table":
            return line.number, 0
        return line.number, sum(1 for s in sentences if s <= pos)

    groups: dict[tuple[int, int], list[tuple[int, int, str, str]]] = {}
    for span in sorted(set(spans)):
        if _ISSUED.match(doc.text, span[1]):
            continue  # 区教育工会　2027年3月2日印发: the date a pasted notice was issued (its own finding), no event of the plan
        groups.setdefault(place(span[0]), []).append(span)
    return [
        doc.finding("out_of_period", group[0][0], max(s[1] for s in group), group[0][2], group[0][3])
        for group in groups.values()
    ]
