"""Stated totals that their own parts contradict: a length of days that the date range does not give (为期3天（4月23日至
4月27日）), hours that the clock times do not give (16:30—18:00（共2小时）), a sum that is not the price times the
number of people (每人500元，52名教职工共计2.1万元), and an anniversary that the founding year does not give
(建校60周年（1956年建校）).

A reviewer recomputes such figures; each check works inside one sentence, so the figures belong together.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.check.findings import Document, Finding
from assistant.domain.numerals import parse_cn_number

_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_NUM = r"(\d{1,4}(?:\.\d+)?|[一二两三四五六七八九十百]{1,4})"
_DAY_RANGE = re.compile(
    r"(?<!\d)(1[0-2]|0?[1-9])\s*月\s*(\d{1,2})\s*[日号]?\s*(?:—|–|－|-|~|～|至|到)+\s*(?:(1[0-2]|0?[1-9])\s*月\s*)?"
    r"(\d{1,2})\s*[日号]"
)
_DAYS = re.compile(rf"(?:为期|共|历时|持续|连续|集中)\s*{_NUM}\s*(?:天|日)(?![\d]|间)")
# A time of day as plans write it: 9:00, 14：30, 9点, 9点半, 下午3点20分, 上午九时三十分, 晚上七点一刻.
_PART = r"(上午|早上|早晨|清晨|中午|午后|下午|傍晚|晚上|晚间|夜间)?\s*"
_CN_SMALL = r"[零〇一二两三四五六七八九十]{1,3}"
_CLOCK = (
    rf"{_PART}(\d{{1,2}}|{_CN_SMALL})\s*(?:[:：]\s*(\d{{2}})(?!\d)|[点时](?!间|期|候|段|刻表)"
    rf"(?:\s*(半|一刻|三刻|\d{{1,2}}|{_CN_SMALL})\s*分?)?)"
)
_CLOCK_RANGE = re.compile(rf"(?<![\d.])(?:{_CLOCK})\s*(?:—|–|－|-|~|～|至|到)+\s*(?:{_CLOCK})")
# A length of time: 2小时, 两个半小时, 1.5个小时, 一个半钟头, 半小时, 90分钟, 1小时30分钟, 三刻钟 — after a word that
# states it (共, 为期, 时长 …).
_COUNT = r"\d{1,4}(?:\.\d+)?|[一二两三四五六七八九十百]{1,4}"
_LENGTH = (
    rf"(?:(?P<hours>{_COUNT})\s*个?\s*(?P<half>半)?\s*(?:小时|钟头)(?:\s*(?:零\s*)?(?P<extra>{_COUNT})\s*分(?:钟)?)?"
    rf"|(?P<half_only>半)\s*个?\s*(?:小时|钟头)|(?P<minutes>{_COUNT})\s*分钟|(?P<quarters>[一二三两1-3])\s*刻钟)"
)
_HOURS = re.compile(rf"(?:共|为期|历时|时长|合计|共计|计|用时|持续|全程|总时长|总计)\s*(?:约|大约)?\s*{_LENGTH}")
_EVENING = ("下午", "傍晚", "晚上", "晚间", "夜间", "午后")
# 每人300元 / 每人慰问金300元 / 每位教师补助标准为200元: the price per head, whatever names the money between.
_EACH = re.compile(
    rf"(?:每人|人均|每名[\u4e00-\u9fff]{{0,6}}?|每位[\u4e00-\u9fff]{{0,6}}?)\s*[\u4e00-\u9fff]{{0,6}}?\s*(?:为|是)?\s*"
    rf"{_NUM}\s*(万元|元)"
)
_PEOPLE = re.compile(rf"{_NUM}\s*(?:名|人|位)")
_TOTAL = re.compile(rf"(?:共计|合计|总计|共需|总额|共)\s*(?:约)?\s*{_NUM}\s*(万元|万|元)")
_ANNIVERSARY = re.compile(rf"(?:建校|建园|办学|校庆|建院|成立){_NUM}\s*周年")
_FOUNDED = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:建校|建园|创办|创建|成立|建院|办学)|(?:建校|建园|创办|创建|成立|始建)于\s*((?:19|20)\d\d)\s*年")


def _number(raw: str) -> float:
    try:
        return float(raw) if raw[0].isdigit() else float(parse_cn_number(raw))
    except (ValueError, IndexError):
        return -1.0


def stated_totals(doc: Document, year: int) -> list[Finding]:
    """One finding per stated total that its parts contradict, in the plan of `year`."""
    out: list[Finding] = []
    for sentence in _SENTENCE.finditer(doc.text):
        words, at = sentence.group(0), sentence.start()
        for found in (_days(words, year), _hours(words), _money(words) or _money_sum(words), _anniversary(words, year)):
            if found:
                start, end, message, suggestion = found
                out.append(doc.finding("impossible_figure", at + start, at + end, message, suggestion))
    return out


def _days(words: str, year: int) -> tuple[int, int, str, str] | None:
    span, stated = _DAY_RANGE.search(words), _DAYS.search(words)
    if not span or not stated:
        return None
    m1, d1 = int(span.group(1)), int(span.group(2))
    m2, d2 = int(span.group(3) or m1), int(span.group(4))
    try:
        first = dt.date(year, m1, d1)
        last = dt.date(year + (1 if m2 < m1 else 0), m2, d2)
    except ValueError:
        return None  # a date that does not exist is another finding
    actual = (last - first).days + 1
    days = _number(stated.group(1))
    if actual < 1 or days <= 0 or days == actual:
        return None
    start, end = min(span.start(), stated.start()), max(span.end(), stated.end())
    return (start, end, f"“{stated.group(0)}”与“{span.group(0)}”（共{actual}天）不一致", "核对起止日期或天数，使两者一致")


def _minutes_of(part: str | None, hour: str, minute: str | None, then: str | None = None) -> int:
    """Minutes after midnight of a clock time; `then` is the part of day said before it (下午2点至5点)."""
    h = int(_number(hour))
    part = part or then
    if part in _EVENING and h < 12 or part == "中午" and h < 3:
        h += 12
    if minute is None:
        m = 0
    elif minute == "半":
        m = 30
    elif minute in ("一刻", "三刻"):
        m = 15 if minute == "一刻" else 45
    else:
        m = int(_number(minute))
    return h * 60 + m if 0 <= h <= 24 and 0 <= m < 60 else -1


def _length(stated: re.Match) -> float:
    """Minutes a stated length gives (两个半小时 → 150, 1小时30分钟 → 90, 半小时 → 30, 三刻钟 → 45)."""
    hours, half, extra, half_only, minutes, quarters = (
        stated.group(name) for name in ("hours", "half", "extra", "half_only", "minutes", "quarters")
    )
    if half_only:
        return 30.0
    if quarters:
        return 15.0 * _number(quarters)
    if minutes:
        return _number(minutes)
    return 60 * _number(hours) + (30 if half else 0) + (_number(extra) if extra else 0)


def _hours(words: str) -> tuple[int, int, str, str] | None:
    """A clock range and the length stated with it that the range does not give (上午9:00至11:30，共三个半小时)."""
    for span in _CLOCK_RANGE.finditer(words):
        stated = _HOURS.search(words, span.end()) or next(iter(_HOURS.finditer(words, 0, span.start())), None)
        if not stated:
            continue
        p1, h1, c1, d1, p2, h2, c2, d2 = span.groups()
        begin = _minutes_of(p1, h1, c1 or d1)
        finish = _minutes_of(p2, h2, c2 or d2, then=p1)
        if 0 <= finish < begin < 13 * 60 and not p2 and finish + 12 * 60 > begin:
            finish += 12 * 60  # 10点至2点: the afternoon's 2点
        minutes = finish - begin
        said = _length(stated)
        if begin < 0 or finish < 0 or minutes <= 0 or said <= 0 or abs(said - minutes) < 1:
            continue
        if said >= 2 * minutes and said % minutes == 0 and re.search(r"每|[一二两三四五六七八九十\d]+\s*(?:次|天|周|期|场|晚)", words):
            continue  # 每周二16:00—17:00，共16小时: the total over the sessions
        # The span opens at the first clock time itself (下午 before it is the writer's, not the wrong figure).
        start, end = min(span.start(2), stated.start()), max(span.end(), stated.end())
        length = f"{minutes // 60}小时{minutes % 60}分钟" if minutes % 60 else f"{minutes // 60}小时"
        return (start, end, f"“{stated.group(0)}”与“{span.group(0)}”（{length}）不一致", "核对起止时间或时长，使两者一致")
    return None


def _money(words: str) -> tuple[int, int, str, str] | None:
    each, total = _EACH.search(words), _TOTAL.search(words)
    if not each or not total or total.start() < each.end():
        return None
    people = [m for m in _PEOPLE.finditer(words, each.end(), total.start())]
    if not people:  # 57名退休教师每人300元，合计…: the people counted before the price
        people = [m for m in _PEOPLE.finditer(words, 0, each.start())]
    if len(people) != 1:
        return None  # several groups or none: the product is not the sum
    price = _number(each.group(1)) * (10000 if each.group(2) == "万元" else 1)
    count = _number(people[0].group(1))
    stated = _number(total.group(1)) * (10000 if total.group(2).startswith("万") else 1)
    if price <= 0 or count <= 0 or stated <= 0:
        return None
    product = price * count
    if abs(product - stated) <= max(1.0, 0.02 * product):
        return None
    return (each.start(), total.end(), f"每人{price:g}元×{count:g}人＝{product:g}元，与“{total.group(0)}”不符",
            "核对人数、标准或合计金额")


def _anniversary(words: str, year: int) -> tuple[int, int, str, str] | None:
    party, founded = _ANNIVERSARY.search(words), _FOUNDED.search(words)
    if not party or not founded:
        return None
    years = _number(party.group(1))
    since = int(founded.group(1) or founded.group(2))
    # A semester or school-year plan spans two calendar years: either may hold the anniversary.
    if years <= 0 or years in (year - since, year + 1 - since):
        return None
    start, end = min(party.start(), founded.start()), max(party.end(), founded.end())
    return (start, end, f"{since}年建校，{year}年是{year - since}周年，不是{years:g}周年", "核对建校年份或周年数")


# 慰问金3000元、慰问品1500元，合计5000元: sums of money listed one after another, then the total said for them.
_AMOUNT = rf"{_NUM}\s*(万元|万|元)"
_LISTED_MONEY = re.compile(
    rf"((?:[\u4e00-\u9fff]{{0,10}}?{_AMOUNT}\s*[、，,和及加]\s*){{1,8}}[\u4e00-\u9fff]{{0,10}}?{_AMOUNT})\s*[，,]?\s*"
    rf"(?:合计|共计|总计|一共|总共|共)\s*(?:约)?\s*{_AMOUNT}"
)
_NOT_PARTS = re.compile(r"每|人均|其中|包括|含|以上|以下|约|左右|多|余|至|到|—|~|～")


def _yuan_of(raw: str, unit: str) -> float:
    return _number(raw) * (10000 if unit.startswith("万") else 1)


def _money_sum(words: str) -> tuple[int, int, str, str] | None:
    """Sums of money listed one after another whose total is not the one stated after them."""
    for m in _LISTED_MONEY.finditer(words):
        if _NOT_PARTS.search(m.group(1)):
            continue  # a price per head, parts of parts, a range or a rough figure: the sum is not theirs
        parts = [_yuan_of(a.group(1), a.group(2)) for a in re.finditer(_AMOUNT, m.group(1))]
        stated = _yuan_of(m.group(m.lastindex - 1), m.group(m.lastindex))
        if len(parts) < 2 or min(parts + [stated]) <= 0 or abs(sum(parts) - stated) < 0.5:
            continue
        return (m.start(), m.end(), f"所列各项合计{sum(parts):g}元，与所写合计{stated:g}元不符", "核对各项金额和合计，使两者一致")
    return None
