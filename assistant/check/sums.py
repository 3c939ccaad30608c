"""Figures that contradict each other: a budget whose parts add up to more than it, a part larger than its whole
(教职工60人，其中班主任64人), groups of the staff that add up to more than the staff, a time range that ends before it
starts, a weekday that is not the date's."""

from __future__ import annotations

import datetime as dt
import re

from assistant.check.findings import Document, Finding
from assistant.domain.calendar import load_calendar

_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_MONEY = r"(\d+(?:\.\d+)?)\s*(万元|万|元)"
# 预算12万元，其中文体活动6.5万元、节日慰问4.8万元: the total is the last sum before 其中, the parts follow it.
_TOTAL_THEN_PARTS = re.compile(rf"{_MONEY}[^。；;，,]{{0,6}}?[，,]\s*其中")
_PART = re.compile(_MONEY)
# A total said to be the sum (合计5.6万元，其中慰问2.1万元、活动1.8万元、培训0.9万元) must equal its listed parts, unless the
# list says it is not all of it (等, 其余, 机动, 预留 …).
_SUMMED = re.compile(r"(?:合计|共计|总计|一共|总共|累计)\s*(?:约|为|是)?\s*$")
_REST = re.compile(r"等|其余|其他|其它|剩余|余下|余额|机动|预留|备用|不可预见|结余|以及|约|左右|多")
# 编为4个工会小组：一组16人、二组18人: a split of the staff into groups, each with its size.
_SPLIT = re.compile(r"编为|编成|分为|分成|划分为|划为|组成|工会小组")
_GROUP_SIZE = re.compile(r"[\u4e00-\u9fff\d]{0,8}?(?:组|队|小组|片区|片|分会)\s*(\d{1,4})\s*(?:人|名)")
# ... or the groups named by what their members teach or where they work, listed after a colon (按年段编成三个小组：
# 一至三年级教师41人、四至六年级教师38人; 按系部划分工会小组：航海系57人、轮机系49人): each listed item ends in its size.
_LISTED_SIZES = re.compile(r"[：:]((?:[^、，,：:；;。]{1,14}?\d{1,4}\s*(?:人|名)、)+[^、，,：:；;。]{1,14}?\d{1,4}\s*(?:人|名))")
# 教职工60人，其中班主任64人: a count, then 其中 and a part of it.
_COUNT_THEN_PART = re.compile(r"(\d{1,5})\s*(?:人|名)[^。；;，,]{0,6}?[，,]\s*其中")
_PART_COUNT = re.compile(r"[\u4e00-\u9fff]{1,10}?(\d{1,5})\s*(?:人|名)")
# 43名女教职工中，35岁以下的19人、35至50岁的17人、50岁以上的11人: a count split by age. Age brackets do not overlap (a
# person has one age), so their sizes add up to at most the whole; other parts (党员5人、骨干10人) may overlap.
_COUNT_AMONG = re.compile(r"(\d{1,5})\s*(?:人|名)[\u4e00-\u9fff]{0,10}?(?:中|里|当中|之中)[，,：:]?\s*(?:其中)?")
# 在校生126人（聋部58人、盲部31人、培智部45人）: a count with its divisions listed in brackets. Divisions of a school
# (部, 年级, 校区, 班 …) or the two sexes do not overlap, so their sizes add up to at most the count; other groups in brackets
# (党员, 骨干教师) may overlap and are not summed.
_COUNT_BRACKETED = re.compile(
    r"(\d{1,5})\s*(?:人|名)\s*[（(]((?:[^（）()、，,]{1,10}?\d{1,5}\s*(?:人|名)[、，,]\s*)+[^（）()、，,]{1,10}?\d{1,5}\s*(?:人|名))[）)]"
)
_DIVISION = re.compile(r"(?:部|年级|年段|学段|校区|分校|园区|班|系|专业|男|女|男生|女生|男教师|女教师)(?:共|有|约)?\s*\d")
# 小班4个、中班4个、大班3个，一共12个班: kinds of thing listed with their counts in one measure word, then the total
# said to be their sum (一共/共/合计 …) in the same measure word; a list that says it is not all (等, 另有, 其余) is left
# alone. (People counted so, 教师120人、教辅18人，合计140人, are sites.py's.)
_LISTED_THEN_TOTAL = re.compile(
    r"((?:[\u4e00-\u9fff]{1,6}?\d{1,4}\s*(个|所|间|支|台|套|辆|张)、)+[\u4e00-\u9fff]{1,6}?\d{1,4}\s*\2)"
    r"[，,]?\s*(?:一共|共计|总共|合计|总计|共)(?:有|是|为|计)?\s*(\d{1,5})\s*\2[\u4e00-\u9fff]{0,2}"
)
_LISTED_COUNT = re.compile(r"(\d{1,4})\s*(?:个|所|间|支|台|套|辆|张)")
_AGE_PART = re.compile(r"[^、，,。；]{0,12}?\d{1,2}\s*岁[^、，,。；]{0,8}?(\d{1,5})\s*(?:人|名)")
# 9月10日（星期五）, 9月10日星期五, 9月10日，周五: a date with its weekday (with or without brackets).
_DATED_WEEKDAY = re.compile(
    r"(?:(20\d\d)\s*年\s*)?(1[0-2]|0?[1-9])\s*月\s*(\d{1,2})\s*[日号]\s*"
    r"(?:[（(]\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[）)]|(?:[，,]\s*)?(?:星期|周|礼拜)([一二三四五六日天])(?![一二三四五六日天至到—–~～-]))"
)
# 礼拜四（9月10日）, 周四(9月10日): the weekday said first, its date in brackets.
_WEEKDAY_DATED = re.compile(
    r"(?:星期|周|礼拜)([一二三四五六日天])\s*[（(]\s*(?:(20\d\d)\s*年\s*)?(1[0-2]|0?[1-9])\s*月\s*(\d{1,2})\s*[日号]\s*[）)]"
)
# 2027.9.10，礼拜四 / 2027-09-10 周五 / 9.10（星期五）: a date in digits and dots (or dashes, slashes), then its weekday.
_DOTTED_WEEKDAY = re.compile(
    r"(?<![\d.])(?:(20\d\d)\s*[.．/-]\s*)?(1[0-2]|0?[1-9])\s*[.．/-]\s*(\d{1,2})(?![\d.])\s*"
    r"(?:[（(]\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[）)]|[，,、\s]?\s*(?:星期|周|礼拜)([一二三四五六日天])(?![一二三四五六日天至到—–~～-]))"
)
_WEEKDAYS = "一二三四五六日"
_TIME_RANGE = re.compile(r"(?<!\d)(\d{1,2})[:：](\d{2})\s*(?:—|–|－|-|~|～|至|到)+\s*(\d{1,2})[:：](\d{2})(?!\d)")


def _yuan(amount: str, unit: str) -> float:
    return float(amount) * (10000 if unit.startswith("万") else 1)


def contradictions(doc: Document, staff: int, year: int, period: str = "") -> list[Finding]:
    """Budgets, counts and staff splits whose parts exceed the whole (`staff`: the staff count, 0 when unknown), time
    ranges that end before they start, and weekdays that do not fit the date (in the period's own calendar year for a
    month of the period, else in `year` or the next one)."""
    out: list[Finding] = []
    for sentence in _SENTENCE.finditer(doc.text):
        words, at = sentence.group(0), sentence.start()
        out += _budget(doc, words, at) + _part_over_count(doc, words, at) + _ages_over_count(doc, words, at)
        out += _divisions_over_count(doc, words, at) + _listed_total(doc, words, at)
        if staff:
            out += _groups(doc, words, at, staff)
    for m in _TIME_RANGE.finditer(doc.text):
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        if h1 > 24 or h2 > 24 or m1 > 59 or m2 > 59:
            out.append(doc.finding("impossible_figure", m.start(), m.end(), f"时间“{m.group(0)}”不存在", "核对时间"))
        elif (h2, m2) < (h1, m1) and not (h1 >= 18 and h2 <= 8):  # 22:00—6:00 is a night duty
            out.append(doc.finding(
                "impossible_figure", m.start(), m.end(), f"时间段“{m.group(0)}”的结束时间早于开始时间",
                "核对时间：结束时间应晚于开始时间",
            ))
    return out + _weekdays(doc, year, period)


def _part_over_count(doc: Document, words: str, at: int) -> list[Finding]:
    head = _COUNT_THEN_PART.search(words)
    if not head:
        return []
    whole = int(head.group(1))
    clause = re.match(r"[^，,]*", words[head.end() :]).group(0)
    for m in _PART_COUNT.finditer(words, head.end(), head.end() + len(clause)):
        if int(m.group(1)) > whole:
            return [doc.finding(
                "impossible_figure", at + m.start(), at + m.end(),
                f"“{m.group(0)}”是前面{whole}人中的一部分，却比{whole}人还多", "核对人数：其中的一部分不会多于总数",
            )]
    return []


def _divisions_over_count(doc: Document, words: str, at: int) -> list[Finding]:
    """A count whose divisions, listed in brackets after it, add up to more than it (126人（聋部58人、盲部31人、培智部45人）)."""
    out = []
    for head in _COUNT_BRACKETED.finditer(words):
        parts = list(_PART_COUNT.finditer(words, head.start(2), head.end(2)))
        if len(parts) < 2 or not all(_DIVISION.search(m.group(0)) for m in parts):
            continue
        whole, total = int(head.group(1)), sum(int(m.group(1)) for m in parts)
        if total > whole:
            out.append(doc.finding(
                "impossible_figure", at + head.start(), at + head.end(),
                f"括号里各部分合计{total}人，多于前面的{whole}人", "核对人数：各部分人数之和不会多于总数",
            ))
    return out


def _listed_total(doc: Document, words: str, at: int) -> list[Finding]:
    """Counts listed one by one and then summed in words (小班4个、中班4个、大班3个，一共12个班) that do not add up."""
    out = []
    for m in _LISTED_THEN_TOTAL.finditer(words):
        if re.search(r"等|另有|其余|其他|以及", m.group(1)):
            continue
        total = sum(int(n) for n in _LISTED_COUNT.findall(m.group(1)))
        if total != int(m.group(3)):
            lead = re.match(r"[\u4e00-\u9fff]*(?:有|是|为|里|中|设|办|含|括)", m.group(1))  # 园里有|小班4个: after 有
            start = m.start() + (lead.end() if lead and lead.end() < len(m.group(1)) - 3 else 0)
            out.append(doc.finding(
                "impossible_figure", at + start, at + m.end(),
                f"前面各项加起来是{total}{m.group(2)}，与“{m.group(3)}{m.group(2)}”对不上", "核对数字：各项之和应等于总数",
            ))
    return out


def _ages_over_count(doc: Document, words: str, at: int) -> list[Finding]:
    """Age brackets of a count (…中，35岁以下的19人、35至50岁的17人) whose sizes add up to more than the count."""
    head = _COUNT_AMONG.search(words)
    if not head:
        return []
    whole, pos, parts = int(head.group(1)), head.end(), []
    while (m := _AGE_PART.match(words, pos)) is not None:
        parts.append(m)
        pos = m.end()
        if pos < len(words) and words[pos] == "、":
            pos += 1
        else:
            break
    total = sum(int(m.group(1)) for m in parts)
    if len(parts) < 2 or total <= whole:
        return []
    return [doc.finding(
        "impossible_figure", at + parts[0].start(), at + parts[-1].end(),
        f"各年龄段合计{total}人，多于前面的{whole}人", "核对人数：各年龄段人数之和应等于总数",
    )]


def _years_of(month: int, year: int, period: str) -> list[int]:
    """The calendar year a month without a year falls in: the period's own for one of its months (9月 of a 第一学期 that
    begins in 2026 is September 2026), else this year or the next. A 年度 plan (or one whose period is not known)
    often runs on to the next January, so there either year will do."""
    own = load_calendar().month_year(period, year, month) if period not in ("", "年度") else None
    return [own] if own is not None else [year, year + 1]


def _weekday_dates(text: str):
    """(start, end, year or None, month, day, weekday named) for every date said with its weekday, either order."""
    for m in (*_DATED_WEEKDAY.finditer(text), *_DOTTED_WEEKDAY.finditer(text)):
        yield m.start(), m.end(), m.group(1), int(m.group(2)), int(m.group(3)), m.group(4) or m.group(5)
    for m in _WEEKDAY_DATED.finditer(text):
        yield m.start(), m.end(), m.group(2), int(m.group(3)), int(m.group(4)), m.group(1)

def _weekdays(doc: Document, year: int, period: str = "") -> list[Finding]:
    out = []
    for start, end, said_year, month, day, named in _weekday_dates(doc.text):
        said = _WEEKDAYS.index(named.replace("天", "日"))
        years = [int(said_year)] if said_year else _years_of(month, year, period)
        days = []
        for y in years:
            try:
                days.append(dt.date(y, month, day))
            except ValueError:
                return out  # a date that does not exist is reported as such
        if all(d.weekday() != said for d in days):
            real = days[0]
            out.append(doc.finding(
                "impossible_figure", start, end,
                f"{real.year}年{month}月{day}日是星期{_WEEKDAYS[real.weekday()]}，不是星期{named}",
                f"核对日期和星期（{real.year}年{month}月{day}日是星期{_WEEKDAYS[real.weekday()]}）",
            ))
    return out


def _budget(doc: Document, words: str, at: int) -> list[Finding]:
    head = _TOTAL_THEN_PARTS.search(words)
    if not head:
        return []
    total = _yuan(head.group(1), head.group(2))
    clause = re.match(r"[^，,]*", words[head.end() :]).group(0)  # the parts listed right after 其中, up to a comma
    parts = list(_PART.finditer(words, head.end(), head.end() + len(clause)))
    if len(parts) < 2:
        return []
    spent = sum(_yuan(p.group(1), p.group(2)) for p in parts)
    unit = "万元" if head.group(2).startswith("万") else "元"
    shown = spent / 10000 if unit == "万元" else spent
    if spent < total - 0.005 and _SUMMED.search(words[: head.start()]) and not _REST.search(words[head.end() :]):
        return [doc.finding(
            "impossible_figure", at + parts[0].start(), at + parts[-1].end(),
            f"各项加起来是{shown:g}{unit}，与写明的合计{head.group(1)}{head.group(2)}对不上",
            "核对金额：合计应等于各项之和，或写明其余部分的用途",
        )]
    if spent <= total + 0.005:
        return []
    return [doc.finding(
        "impossible_figure", at + parts[0].start(), at + parts[-1].end(),
        f"各项合计{shown:g}{unit}，超过了总额{head.group(1)}{head.group(2)}", "核对金额：各项之和不应超过总额",
    )]


def _groups(doc: Document, words: str, at: int, staff: int) -> list[Finding]:
    if not _SPLIT.search(words) or "退休" in words:
        return []  # retired staff are not counted in the staff
    sizes = list(_GROUP_SIZE.finditer(words))
    if len(sizes) < 2:
        listed = _LISTED_SIZES.search(words)
        if not listed:
            return []
        sizes = list(_PART_COUNT.finditer(words, listed.start(1), listed.end(1)))
        start, end = listed.start(1), listed.end(1)
    else:
        start, end = sizes[0].start(), sizes[-1].end()
    total = sum(int(m.group(1)) for m in sizes)
    if total <= staff:
        return []
    return [doc.finding(
        "impossible_figure", at + start, at + end,
        f"各组合计{total}人，比教职工总数{staff}人还多", "核对各组人数：各组之和不会多于教职工总数",
    )]
