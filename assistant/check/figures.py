"""Figures that cannot be true: more women or more delegates than staff, a rate above 100%, a date that does not exist
(4月31日, 2月29日 in a common year)."""

from __future__ import annotations

import calendar as gregorian
import re

from assistant.check.attendance import wrong_attendance
from assistant.check.clock import clock_and_age
from assistant.check.findings import Document, Finding
from assistant.check.growth import growth_and_weekdays
from assistant.check.lunar_years import lunar_year_names
from assistant.check.physical import physical
from assistant.check.ratios import parts_over_counts, wrong_ratios
from assistant.check.spread import spread
from assistant.check.sums import contradictions
from assistant.check.tallies import tallies
from assistant.check.totals import stated_totals
from assistant.check.wholes import wholes
from assistant.domain.calendar import load_calendar
from assistant.domain.numerals import count_of, count_pattern, parse_cn_number

_COUNT = count_pattern(5, 6, "零") + r"\s*(?:名|人|位)"
# 教职工86人 / 在编教职工86名 / 教职工总数86人 — not 女教职工 or 男教职工, not 退休教职工.
_STAFF = re.compile(rf"(?<![女男退离])(?:在编|在职|现有|全体|全校|全园)?教职(?:员)?工(?:总数|共|总人数)?(?:为|有|达)?\s*{_COUNT}")
# Groups of the staff that cannot outnumber it (retired staff can: they are not in the staff count).
# Any subset of the staff by sex, age, post, contract or title (骨干教师, 党员教师, 高级教师, 聘用教师 …).
_GROUP = re.compile(
    rf"((?:女|男|青年|专任|在编|一线|骨干|党员|高级|中级|初级|编外|聘用|临聘|代课|合同制|专职)(?:教职工|职工|教师|教工|老师|员工))"
    rf"(?:人数)?(?:为|有|共)?\s*{_COUNT}"
)
_DELEGATES = re.compile(rf"(?:教职工)?代表(?:共)?\s*{_COUNT}|{_COUNT}\s*(?:教职工)?代表(?![队团作])")
_RATE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,2}率|比例|比率|占比|满意度|知晓度|参与度|覆盖面)\s*(?:达到|达|为|保持|提高到|超过|在)?\s*(\d{2,4}(?:\.\d+)?)\s*[%％]"
)
_SHARE = re.compile(r"占[^，。；\n]{0,12}?(\d{3,4}(?:\.\d+)?)\s*[%％]")
# A share of the staff by age or sex: 40岁以下青年教师占62%, 女教职工占比85%.
_PART_SHARE = re.compile(
    r"(?:(\d{2})\s*(?:周岁|岁)(以下|以上|及以下|及以上)|(男|女))[^，。；、\n%％]{0,10}?(?:占比?|比例为?)\s*(?:为|达)?\s*"
    r"(\d{1,3}(?:\.\d+)?)\s*[%％]"
)
_DATE = re.compile(r"(?:(20\d\d)\s*年\s*)?(1[0-2]|0?[1-9])\s*月\s*(\d{1,2})\s*[日号]")
# 120%的教职工, 百分之一百二十: a share of people above the whole of them.
_OVER_WHOLE = re.compile(
    r"(?<![\d.])(\d{3,4}(?:\.\d+)?)\s*[%％]的?(?:教职工|会员|教师|职工|女教职工|代表|班主任)|百分之一百[零一二三四五六七八九十]+"
)
# Days and months that no calendar has: 13月5日, 二月三十日, 星期八.
_NO_MONTH = re.compile(r"(?<![\d.])(1[3-9]|[2-9]\d)\s*月\s*\d{1,2}\s*[日号]")
_CN_DATE = re.compile(r"(?<![一二三四五六七八九十〇零])(十[一二]?|[一二三四五六七八九])月([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]")
_NO_WEEKDAY = re.compile(r"(?:星期|礼拜|周)[八九十](?![年月日天个])")
# 女教职工52人，占教职工总数的80%: a share that the counts contradict.
_SHARE_OF_STAFF = re.compile(
    rf"{_COUNT}[，,]?\s*占(?:全校|全园|全体|学校)?(?:教职工|教职员工)(?:总数|总人数|人数)?的?\s*(\d{{1,3}}(?:\.\d+)?)\s*[%％]"
)
# 青年教师30人，占半数以上: a count with its share of the staff in words. Each word's bounds are its common meaning:
# 过半 / 一半以上 more than half (half itself allowed), 三分之二以上 at least two thirds, 不到一半 less than half.
_SHARE_WORD_OF_STAFF = re.compile(
    rf"{_COUNT}[，,]?\s*占(?:了)?(?:全校|全园|全体|学校)?(?:教职工|教职员工)?(?:总数|总人数|人数)?的?\s*"
    r"(一半以上|半数以上|过半数?|超过一半|超过半数|大多数|绝大多数|三分之二以上|四分之三以上|三分之一以上|不到一半|不足一半|"
    r"不到三分之一|不足三分之一|近一半|将近一半|接近一半)"
)
_SHARE_BOUNDS = {
    "一半以上": (0.5, 1.0), "半数以上": (0.5, 1.0), "过半": (0.5, 1.0), "过半数": (0.5, 1.0), "超过一半": (0.5, 1.0),
    "超过半数": (0.5, 1.0), "大多数": (0.5, 1.0), "绝大多数": (0.75, 1.0), "三分之二以上": (2 / 3, 1.0),
    "四分之三以上": (0.75, 1.0), "三分之一以上": (1 / 3, 1.0), "不到一半": (0.0, 0.5), "不足一半": (0.0, 0.5),
    "不到三分之一": (0.0, 1 / 3), "不足三分之一": (0.0, 1 / 3), "近一半": (0.35, 0.5), "将近一半": (0.35, 0.5),
    "接近一半": (0.35, 0.5),
}
# Wholes and their parts (a part cannot outnumber its whole): members and women members, delegates and the teachers',
# women's or young teachers' share of them, women staff and those pregnant or nursing, retirees and retired members.
_WHOLE_PARTS = (
    (re.compile(rf"(?<![女男新退老])(?:工会)?会员(?:总数|人数)?(?:共|为|有|达)?\s*{_COUNT}"),
     re.compile(rf"(女会员|男会员|新会员|退休会员)(?:人数)?(?:为|有|共)?\s*{_COUNT}"), "会员"),
    (re.compile(rf"(?:教职工代表|教代会代表|会员代表)(?:总数|人数)?(?:共|为|有)?\s*{_COUNT}"),
     re.compile(rf"((?:教师|女|女教师|青年教师|青年|中层干部)代表)(?:人数)?(?:为|有|共)?\s*{_COUNT}"), "代表"),
    (re.compile(rf"(?<![期孕龄产])女(?:教职工|职工|教工)(?:总数|人数)?(?:共|为|有)?\s*{_COUNT}"),
     re.compile(rf"((?:孕期|哺乳期|怀孕|育龄|孕产期)女(?:教职工|职工|教工|教师))(?:人数)?(?:为|有|共)?\s*{_COUNT}"), "女教职工"),
    # The school's pupils (全校学生412人) and the groups among them a plan counts: boarders, left-behind and migrant
    # children, pupils with disabilities (the words of 教育部 statistics and of 《国务院关于加强农村留守儿童关爱保护工作的意见》).
    (re.compile(rf"(?:全校|全园|在校|全体)(?:学生|幼儿)(?:总数|人数)?(?:共|为|有|达)?\s*{_COUNT}"),
     re.compile(rf"(住校生|寄宿生|住宿生|留守儿童|留守学生|随迁子女|残疾学生|困难学生)(?:人数)?(?:为|有|共|达)?\s*{_COUNT}"), "学生"),
)
_DATE_RANGE = re.compile(
    r"(?<!\d)(1[0-2]|0?[1-9])\s*月\s*(\d{1,2})\s*[日号]\s*(?:—|–|－|-|~|～|至|到)+\s*(?:(1[0-2]|0?[1-9])\s*月\s*)?(\d{1,2})\s*[日号]"
)
_YEAR_BEFORE = re.compile(r"(20\d\d)\s*年[^。；\n]{0,12}$")


def impossible_figures(doc: Document, year: int, staff: int | None = None, period: str = "") -> list[Finding]:
    """Counts above the staff (the plan's own figure, else the profile's), rates above 100%, dates that do not exist."""
    text = doc.text
    out: list[Finding] = []
    # The larger of the profile's and the plan's own staff figure: a wrong total must not make a right count wrong.
    total = max([count_of(m.group(1)) for m in _STAFF.finditer(text)] + [staff or 0])
    if total:
        for m in _GROUP.finditer(text):
            if count_of(m.group(2)) > total:
                out.append(doc.finding(
                    "impossible_figure", m.start(), m.end(),
                    f"{m.group(1)}{m.group(2)}人，比教职工总数{total}人还多", f"核对人数：{m.group(1)}不会多于教职工总数",
                ))
        for m in _DELEGATES.finditer(text):
            number = count_of(m.group(1) or m.group(2))
            if number > total:
                out.append(doc.finding(
                    "impossible_figure", m.start(), m.end(),
                    f"代表{number}名，比教职工总数{total}人还多", "核对代表人数：教职工代表从全体教职工中选举产生，不会多于教职工总数",
                ))
    if total:
        out += _parts_over_total(doc, total)
    out += [f for f in contradictions(doc, total, year, period) if not any(f.start < o.end and o.start < f.end for o in out)]
    out += _shares_over_whole(doc) + _impossible_days(doc) + _parts_over_wholes(doc)
    out += [f for f in stated_totals(doc, year) if not any(f.start < o.end and o.start < f.end for o in out)]
    out += [f for f in spread(doc) if not any(f.start < o.end and o.start < f.end for o in out)]
    if total:
        out += _shares_of_staff(doc, total) + _share_words_of_staff(doc, total)
    out += [f for f in wholes(doc, total) if not any(f.start < o.end and o.start < f.end for o in out)]
    out += [f for f in tallies(doc, year, total) if not any(f.start < o.end and o.start < f.end for o in out)]
    out += [f for f in wrong_ratios(doc, total) if not any(f.start < o.end and o.start < f.end for o in out)]
    out += [f for f in lunar_year_names(doc, year, period) if not any(f.start < o.end and o.start < f.end for o in out)]
    out += [f for f in parts_over_counts(doc) if not any(f.start < o.end and o.start < f.end for o in out)]
    out += [f for f in wrong_attendance(doc) if not any(f.start < o.end and o.start < f.end for o in out)]
    out += [f for f in physical(doc) if not any(f.start < o.end and o.start < f.end for o in out)]
    out += [f for f in clock_and_age(doc, year) if not any(f.start < o.end and o.start < f.end for o in out)]
    out += [f for f in growth_and_weekdays(doc, year, period) if not any(f.start < o.end and o.start < f.end for o in out)]
    for m in _OVER_WHOLE.finditer(text):
        out.append(doc.finding(
            "impossible_figure", m.start(), m.end(), f"“{m.group(0)}”超过了全体（100%）", "核对数字：部分不会超过全体的100%",
        ))
    for pattern in (_RATE, _SHARE):
        for m in pattern.finditer(text):
            if float(m.group(1)) > 100 and "增" not in text[max(0, m.start() - 6) : m.start()]:
                out.append(doc.finding(
                    "impossible_figure", m.start(), m.end(), f"比例{m.group(1)}%超过了100%", "核对数字：比率最高为100%",
                ))
    for m in _DATE.finditer(text):
        month, day = int(m.group(2)), int(m.group(3))
        in_period = load_calendar().month_year(period, year, month)  # 2月 of the 2027 学年 is in 2028
        when = int(m.group(1)) if m.group(1) else _year_of(text, m.start(), year if in_period is None else in_period)
        if day < 1 or day > gregorian.monthrange(when, month)[1]:
            out.append(doc.finding(
                "impossible_figure", m.start(), m.end(),
                f"{when}年{month}月没有{day}日" if day >= 1 else f"日期“{m.group(0)}”不存在",
                f"改为实际日期（{when}年{month}月只有{gregorian.monthrange(when, month)[1]}天）",
            ))
    return out


def _parts_over_total(doc: Document, total: int) -> list[Finding]:
    """Men and women of the staff named in one sentence that add up to more than the staff."""
    out = []
    for sentence in re.finditer(r"[^。；;\n]+", doc.text):
        counts = {m.group(1)[0]: m for m in _GROUP.finditer(sentence.group(0)) if m.group(1)[0] in "男女"}
        if len(counts) < 2:
            continue
        men, women = count_of(counts["男"].group(2)), count_of(counts["女"].group(2))
        if men <= total and women <= total and men + women > total:
            first, last = sorted((counts["男"], counts["女"]), key=lambda m: m.start())
            start = sentence.start() + first.start()
            out.append(doc.finding(
                "impossible_figure", start, sentence.start() + last.end(),
                f"男、女教职工共{men + women}人，比教职工总数{total}人还多", "核对人数：男女教职工人数之和应等于教职工总数",
            ))
    return out


def _shares_over_whole(doc: Document) -> list[Finding]:
    """Shares of groups that cannot overlap (under 40 and over 50; men and women) adding up to more than 100%."""
    out = []
    for sentence in re.finditer(r"[^。；;\n]+", doc.text):
        parts = list(_PART_SHARE.finditer(sentence.group(0)))
        for i, a in enumerate(parts):
            for b in parts[i + 1 :]:
                if _disjoint(a, b) and float(a.group(4)) + float(b.group(4)) > 100:
                    out.append(doc.finding(
                        "impossible_figure", sentence.start() + a.start(), sentence.start() + b.end(),
                        f"互不重叠的两部分教职工合计占{float(a.group(4)) + float(b.group(4)):g}%，超过了100%",
                        "核对比例：互不重叠的各部分之和不会超过100%",
                    ))
    return out


def _disjoint(a: re.Match, b: re.Match) -> bool:
    """True when two shares speak of groups without a common member (男/女; 40岁以下/50岁以上)."""
    if a.group(3) and b.group(3):
        return a.group(3) != b.group(3)
    if a.group(1) and b.group(1):
        (low, low_side), (high, high_side) = sorted((int(m.group(1)), m.group(2)) for m in (a, b))
        return low_side.endswith("以下") and high_side.endswith("以上") and (low < high or "及" not in low_side + high_side)
    return False


def _year_of(text: str, pos: int, year: int) -> int:
    before = _YEAR_BEFORE.search(text[max(0, pos - 20) : pos])
    return int(before.group(1)) if before else year


def _impossible_days(doc: Document) -> list[Finding]:
    """Months past 12 (13月5日), dates in characters that do not exist (二月三十日), weekdays past seven (星期八), and a
    range of days that ends before it starts (3月15日至3月10日)."""
    out = []
    for m in _NO_MONTH.finditer(doc.text):
        out.append(doc.finding("impossible_figure", m.start(), m.end(), f"日期“{m.group(0)}”不存在：一年只有12个月",
                               "改为实际日期"))
    for m in _CN_DATE.finditer(doc.text):
        month, day = parse_cn_number(m.group(1)), parse_cn_number(m.group(2))
        if month <= 12 and day > gregorian.monthrange(2028, month)[1]:  # 2028: a leap year, so 二月二十九日 passes
            out.append(doc.finding("impossible_figure", m.start(), m.end(), f"{month}月没有{day}日", "改为实际日期"))
    for m in _NO_WEEKDAY.finditer(doc.text):
        out.append(doc.finding("impossible_figure", m.start(), m.end(), f"“{m.group(0)}”不存在：一周只有七天",
                               "改为实际的星期"))
    for m in _DATE_RANGE.finditer(doc.text):
        start = (int(m.group(1)), int(m.group(2)))
        end = (int(m.group(3) or m.group(1)), int(m.group(4)))
        if end < start and not (start[0] >= 9 and end[0] <= 2):  # 12月28日至1月3日 crosses the new year
            out.append(doc.finding("impossible_figure", m.start(), m.end(), f"时间段“{m.group(0)}”结束早于开始",
                                   "核对起止日期"))
    return out


def _shares_of_staff(doc: Document, total: int) -> list[Finding]:
    """A count given with its share of the staff that the staff figure contradicts (52人 of 92 is not 80%)."""
    out = []
    for m in _SHARE_OF_STAFF.finditer(doc.text):
        count, share = count_of(m.group(1)), float(m.group(2))
        actual = 100 * count / total
        if count > 0 and abs(actual - share) > max(2.0, 0.1 * share):
            out.append(doc.finding(
                "impossible_figure", m.start(), m.end(),
                f"{count}人占教职工总数{total}人的{actual:.0f}%左右，不是{share:g}%", "核对人数或比例，使两者一致",
            ))
    return out


def _share_words_of_staff(doc: Document, total: int) -> list[Finding]:
    """A count given with its share of the staff in words (30人，占半数以上 of 90) that the staff figure contradicts."""
    out = []
    for m in _SHARE_WORD_OF_STAFF.finditer(doc.text):
        count, word = count_of(m.group(1)), m.group(2)
        low, high = _SHARE_BOUNDS[word]
        share = count / total
        if count > 0 and not (low - 0.005 <= share <= high + 0.005):
            out.append(doc.finding(
                "impossible_figure", m.start(), m.end(),
                f"{count}人只占教职工总数{total}人的{100 * share:.0f}%，说不上“{word}”" if share < low
                else f"{count}人占教职工总数{total}人的{100 * share:.0f}%，不是“{word}”",
                "核对人数或改写比例的说法，使两者一致",
            ))
    return out


def _parts_over_wholes(doc: Document) -> list[Finding]:
    """A part larger than its whole named elsewhere in the plan (女会员 more than 会员, 教师代表 more than 代表)."""
    out = []
    for whole_pattern, part_pattern, name in _WHOLE_PARTS:
        wholes = [count_of(m.group(1)) for m in whole_pattern.finditer(doc.text)]
        whole = max(wholes, default=0)  # the largest figure given: a wrong total must not make a right part wrong
        if whole <= 0:
            continue
        for m in part_pattern.finditer(doc.text):
            if count_of(m.group(2)) > whole:
                out.append(doc.finding(
                    "impossible_figure", m.start(), m.end(), f"{m.group(1)}{m.group(2)}人，比{name}总数{whole}人还多",
                    f"核对人数：{m.group(1)}是{name}的一部分，不会多于{name}总数",
                ))
    return out
