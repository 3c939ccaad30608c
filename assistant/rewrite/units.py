"""Dates, money, clock times and approximations written the formal way (GB/T 15835-2011): 7号 → 7日, 80块 → 80元,
4月份 → 4月, 下午4点半 → 下午4时30分, 大概80元左右 → 约80元, 一万三 → 一万三千. The digits never change."""

from __future__ import annotations

import re

from assistant.rewrite.apply import Notes
from assistant.rewrite.lexicon import CLASS_CONTENTS, OTHER_FIRST, OTHER_LAST, Lexicon
from assistant.rewrite.masking import Masked
from assistant.rewrite.numbers import CN_MINUTES, is_range, range_ends, spell_out_elided, value_of
from assistant.rewrite.pos import tokens, word_frequency

_H = CLASS_CONTENTS["H"]
_N = CLASS_CONTENTS["N"]
_CLAUSE_STOP = re.compile(r"[，。；：！？\n]")
REASON = "数量、日期、金额改为规范写法"
# After N号 these show it is a day of the month (not 3号楼, 1号文件).
_DAY_AFTER = r"(?=[，。；、：）)\s]|前|之前|以前|后|以后|左右|上下|前后|上午|下午|晚上|中午|早上|当天|那天|开始|起|至|到|截止|出发|举行|召开|报到|集合|返回|$|[{N}]|（|\()"
# What N号 numbers when it is not a day: 5号楼, 3号线, 2号窗口, 8号床.
_NUMBERED_PLACE = r"[楼线房车窗门床位机馆厅院场柜口室]"
# Verbs after which N块 counts pieces (a plot cut into 24块, a share of one块), not yuan.
_BOUGHT = re.compile(r"(?:买|购买|购置|添置|订购|借|租)了?$")
_PIECES = re.compile(r"(?:分成|分为|切成|划成|隔成|拼成|割成|认领|领取)$")
# What follows a month's day said without 号 (11月10礼拜三下午, 5月8上午, 3月20前): the day of the week or a part of
# the day (现代汉语词典 星期/礼拜/周; 上午 下午 …), or 前/后/起 of a deadline; the day is written with 日 (GB/T 15835).
_DAY_FOLLOWERS = (r"(?:周|星期|礼拜)[一二三四五六日天]|[（(](?:周|星期|礼拜)|上午|下午|中午|晚上|早上|傍晚|凌晨|当天|那天"
                  r"|(?:之|以)?[前后]|起(?![来床身])|截止")
# Words of the part of the day (现代汉语词典: 一早 清早 早晨 午后 午间 黄昏 夜间; 饭后) put a bare N点 after them in the clock.
_TIME_WORDS = (r"上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|晚间|放学后|下班后|课后|[早午晚]?饭[后前]|周[一二三四五六日]"
               r"|星期[一二三四五六日天]|[日号]|一早|一大早|清早|早晨|午后|午间|黄昏|夜间|过了$")

# A count of priced goods or people (一个人, 每份, 3张). The measure words of priced goods (现代汉语词典 量词: 一副手套,
# 一瓶水, 一支笔, 一条毛巾, 一斤油 …).
PER_UNIT = rf"(?:每|一|[{_N}])个?(?:人|位|名|张|份|把|套|件|桌|户|家|次|场|天|月|盒|箱|本|台|双|顶|副|瓶|支|条|斤|只|袋|包|桶|顿|间|辆|对|束|杯|节|课时)(?:[^，。；\d]{{0,4}}?(?:大概|大约|差不多|约))?"


def value_of_masked(masked: Masked, ch: str) -> float | None:
    """The value of the protected number behind placeholder `ch`, or None (not a number, or not one we can read)."""
    number = masked.number(ch)
    if number is None:
        return None
    try:
        return value_of(number)
    except ValueError:
        return None


def in_set_phrase(text: str, masked: Masked, start: int, end: int) -> bool:
    """True when text[start:end] (placeholders shown) lies inside a set phrase of four or more characters in jieba's
    dictionary (九牛一毛, 一毛不拔: 现代汉语词典 成语), whose numeral and 毛 are no money."""
    shown_start = len(masked.show(text[:start]))
    shown_end = shown_start + len(masked.show(text[start:end]))
    for token in tokens(masked.show(text)):
        if len(token.word) >= 4 and token.start <= shown_start and shown_end <= token.end:
            return word_frequency(token.word) > 0
    return False


def dates_and_money(text: str, masked: Masked, lexicon: Lexicon, notes: Notes) -> str:
    """号 → 日, 块 → 元, 月份 → 月, 点 → 时 after a number, where the context shows what the number is."""
    day = lexicon.units["day"][0]
    money_formal, money_spoken = lexicon.units["money"]
    month = lexicon.units["month"][0]
    hour = lexicon.units["hour"][0]

    def change(m: re.Match, new: str) -> str:
        notes.add(REASON, masked.show(m.group(0)), masked.show(new))
        return new

    spoken_day = "|".join(lexicon.units["day"][1])
    text = re.sub(rf"([{_N}])(?:{spoken_day})" + _DAY_AFTER.replace("{N}", _N), lambda m: change(m, m.group(1) + day), text)
    text = re.sub(rf"(?<=月)([{_N}])(?:{spoken_day})", lambda m: change(m, m.group(1) + day), text)
    # 5月13， (the day said without 号, at a clause end): 5月13日 (GB/T 15835: a date is written with 日).
    def bare_day(m: re.Match) -> str:
        value = value_of_masked(masked, m.group(1))
        return change(m, m.group(1) + day) if value is not None and 1 <= value <= 31 and value == int(value) else m.group(0)

    text = re.sub(rf"(?<=[{_N}]月)([{_N}])(?=[，。；！]|$|{_DAY_FOLLOWERS})", bare_day, text)
    # 11月的17号 → 11月17日: the month's day said with 的
    text = re.sub(rf"(?<=月)的([{_N}])(?:{spoken_day}|{day})", lambda m: change(m, m.group(1) + day), text)
    # the second day of a range or a pair (16日至18号, 10日和11号) is a day too, unless a place follows (5号楼)
    text = re.sub(rf"(?<=[日号][到至和、或与~～—－-])([{_N}])(?:{spoken_day})(?!{_NUMBERED_PLACE})",
                  lambda m: change(m, m.group(1) + day), text)

    def money(m: re.Match) -> str:
        inside = lexicon.approx_inside.get(m.group(2) or "", "")
        if inside:  # 三万来块 → 约三万元, 五百多块 → 五百余元
            new = f"约{m.group(1)}{money_formal}" if inside == "约" else f"{m.group(1)}{inside}{money_formal}"
            return change(m, new)
        if _PIECES.search(masked.show(text[max(0, m.start() - 6) : m.start()])):
            return m.group(0)  # 分成24块, 认领一块: pieces of something, not money
        value = value_of_masked(masked, m.group(1))
        said_money = m.group(0).endswith("钱")  # 一块钱 is money; 一块 alone is "together" more often than one yuan
        few = value is not None and value < 20  # pieces of a thing are counted in ones (三块展板), prices reach hundreds
        if few and not said_money and _BOUGHT.search(masked.show(text[max(0, m.start() - 6) : m.start()])):
            return m.group(0)  # 买了三块: the things bought, counted (a price is 花了, 三块买的)
        # 展板三块 in a text with no price in it, or 买了三块 in one that prices things per 块 (每块八十元): 块 counts
        # things
        if few and not said_money and (not speaks_money or counts_pieces) \
                and not re.search(rf"{PER_UNIT}$", text[: m.start()]):
            return m.group(0)
        if value is not None and value < 2 and not said_money and not re.search(r"[\d]", masked.number(m.group(1)) or ""):
            return m.group(0)
        return change(m, m.group(1) + money_formal)

    # 块 is also the measure word of flat things (现代汉语词典 块 ②: 一块黑板, 展板三块); it is 元 only in a text that
    # speaks of money (a money word, 元, a price, paying) or said per head / per piece (一个人五十块).
    speaks_money = bool(re.search(rf"{lexicon.alternation('MONEY')}|元|块钱|价|花了|花费|付|掏|收费|自费|报销|[买购]", masked.show(text)))
    # 每块八十元 / 一块块: 块 is the measure word of the things themselves somewhere in the text (现代汉语词典 块 ②).
    counts_pieces = bool(re.search(r"每块(?!钱)|一块块|几块(?=[\u4e00-\u9fff]{1,3}(?:板|地|布|牌|砖|石))", masked.show(text)))
    spoken_money = "|".join(sorted(money_spoken, key=len, reverse=True))
    # 块 before a word of money or of paying (800块慰问金, 两千块报上去, 五百块奖金, 按六十块算, 十块自己出, 88块全部由工会
    # 承担) is money too; before a thing
    # (24块地, 一块桌布) it counts pieces.
    paid = rf"{lexicon.alternation('MONEY')}|上报|申报|慰问|贺|礼|奖|红包|补|报|买|购|房租|押金|定金|现金|自(?:己|行)?(?:出|付|掏|理|费|承担|拿)|由[^，。；]{{0,4}}?(?:自理|承担|负担|支付)"
    text = re.sub(
        rf"([{_N}])([来多余几])?(?:{spoken_money})(?=[，。；、的）)\s]|左右|上下|钱|$|[{_N}]|/|每|一|为|标准|以|的|，|[{_H}]{{0,4}}费|(?:全部|全|都|均|一律)?(?:{paid})|算(?![{_H}]))",
        money, text,
    )
    # …and before a protected word of money (贺金, which jieba reads as a name and the mask protects).
    text = re.sub(
        rf"([{_N}])([来多余几])?(?:{spoken_money})(?=[{chr(OTHER_FIRST)}-{chr(OTHER_LAST)}])",
        lambda m: money(m) if re.match(rf"(?:{paid})", masked.show(text[m.end() : m.end() + 1])) else m.group(0), text,
    )
    jiao, spoken_jiao = lexicon.units["jiao"]  # 5毛钱 → 5角 (the digits stay; 0.5元 would change them)
    text = re.sub(
        rf"([{_N}])(?:{'|'.join(spoken_jiao)})(?![巾衣笔毯线绒皮])",
        lambda m: m.group(0) if in_set_phrase(text, masked, m.start(), m.end()) else change(m, m.group(1) + jiao),
        text,
    )
    # 3个礼拜 → 3周, 两个钟头 → 两小时, 两拨 → 两批 (not 一拨款: the verb 拨 with its object)
    # 两回 → 两次 (回 a verbal measure, 现代汉语词典 回 ⑥), not 一回到家 / 一回事 / 回来 (the verb, the noun 回事).
    for name, guard in (("week", ""), ("duration", ""), ("batch", "(?![款付打号给出])"),
                        ("times", "(?![来去家到校事答复顾应收访报归合乡京城国程头忆])")):
        if name in lexicon.units:
            formal, spoken = lexicon.units[name]
            pattern = "|".join(sorted(spoken, key=len, reverse=True))
            text = re.sub(rf"([{_N}]|半)(?:{pattern}){guard}", lambda m, f=formal: change(m, m.group(1) + f), text)
    spoken_month = "|".join(lexicon.units["month"][1])
    text = re.sub(rf"([{_N}])(?:{spoken_month})", lambda m: change(m, m.group(1) + month), text)

    spoken_hour = "|".join(sorted(lexicon.units["hour"][1], key=len, reverse=True))
    # The end of a range whose start is a clock time (4点半开课上到6点), and its start (从8点开到10点半) unless the
    # numbers count points of an argument (第3点到第5点).
    range_end = re.compile(rf"[{_N}](?:{spoken_hour}|{hour})[^，。；]{{0,8}}?(?:到|至|—|－|-|~|～)$")
    range_start = re.compile(rf"^[^，。；第]{{0,8}}?(?:到|至|—|－|-|~|～)[^，。；第]{{0,3}}?[{_N}](?:{spoken_hour}|{hour})")

    def clock(m: re.Match) -> str:
        if is_range(masked.number(m.group(1)) or ""):
            return range_clock(m)
        value = value_of_masked(masked, m.group(1))
        if value is None or value > 24:
            return m.group(0)
        before = text[max((s.end() for s in _CLAUSE_STOP.finditer(text, 0, m.start())), default=0) : m.start()]
        said_clock = m.group(0)[1:].startswith("点钟") or _clock_minutes(m, text, masked, before)
        timed = (said_clock or re.search(_TIME_WORDS, before) or m.group(2) or m.group(3) or m.group(5) or m.group(6) or m.group(8)
                 or (m.group(7) or _CLOCK_AFTER.match(text, m.end())) and not _POINTS_BEFORE.search(before)
                 or range_end.search(before)
                 or (not before.endswith("第") and range_start.search(text[m.end() :]))
                 or _in_timed_sentence(text, m.start(), m.end(), before, spoken_hour + "|" + hour))
        if not timed:
            return m.group(0)
        minutes = "30分" if m.group(2) == "半" else (m.group(3) or "")
        if m.group(4):  # 6点50 → 6时50分: two Arabic digits after 点 are the minutes
            bare = masked.number(m.group(4)) or ""
            if not re.fullmatch(r"[0-5]\d|[一二三四五]?十[一二三四五六七八九]?", bare):  # 6点50, 四点二十
                return m.group(0)
            minutes = m.group(4) + "分"
        if m.group(5):  # 八点一刻 → 8时15分 (现代汉语词典 刻 ②: 十五分钟)
            minutes = f"{15 * (1 if m.group(5) == '一' else 3)}分"
        if m.group(6):  # 四点二十 → 4时20分
            minutes = str(int(value_of(m.group(6)))) + "分"
        if m.group(8):  # 七点十分 → 7时10分: 十分 after 点 is ten minutes (the mask leaves it, as it leaves 十分 = very)
            minutes = "10分"
        if m.group(7):  # 九点多 → 九时许 (现代汉语词典 许 ②: 表示约计, 如 午后三时许); 一点多 is "a bit more"
            if value < 2:
                return m.group(0)
            minutes = "许"
        # A time is written in Arabic digits (GB/T 15835-2011 4.1.1: 时刻 8时30分): 两点半 → 2时30分, 四点二十 → 4时20分.
        for ch in (m.group(1), (m.group(3) or "")[:1], m.group(4) or ""):
            if ch:
                _in_digits(masked, ch)
        return change(m, f"{m.group(1)}{hour}{minutes}")

    def range_clock(m: re.Match) -> str:
        """A spoken range of hours (八九点钟, 晚上七八点) written as a range of clock times (8时至9时: GB/T 15835-2011
        4.1.1 writes a time in Arabic digits; 至 joins the ends of a range in 公文). Only a whole hour said with 点钟,
        or after a word of the part of the day; a count (三四点意见) or minutes after it stay as they are."""
        begin = max((s.end() for s in _CLAUSE_STOP.finditer(text, 0, m.start())), default=0)
        said_clock = m.group(0)[1:].startswith("点钟")
        if any(m.group(k) for k in range(2, 9)) or not (said_clock or re.search(rf"(?:{_TIME_WORDS})$", text[begin : m.start()])):
            return m.group(0)
        ends = range_ends(masked.number(m.group(1)) or "")
        if ends is None or not all(0 < v <= 24 for v in ends):
            return m.group(0)
        masked.set_number(m.group(1), f"{ends[0]}{hour}至{ends[1]}")
        return change(m, f"{m.group(1)}{hour}")

    # Minutes said bare (6点50) or before 分别 (6点40分别从… : the 分 belongs to 分别) are group 4.
    minute = rf"(?:(半)|([{_N}](?!分别)分)|([{_N}])(?=分别|[^{_N}分]|$)|([一三])刻|({CN_MINUTES})|(多)(?=[了的，。；！钟]|$|[开出到散结集放下起才就再])|(十)分(?!钟|之))?"
    return re.sub(
        rf"([{_N}])(?:{spoken_hour}){minute}(?![{_H}]*?(?:意见|要求|建议|做法|措施|体会|内容))", clock, text
    )


def _clock_minutes(m: re.Match, text: str, masked: Masked, before: str) -> bool:
    """8点40, 五点四十: an hour followed by its minutes (00–59) is a clock time, unless the hour counts points
    (第8点40) or a measure word follows (四点二十个人: twenty people at four)."""
    minutes = m.group(4)
    if not minutes or before.endswith("第") or re.match(r"[个名位人条项]", text[m.end() : m.end() + 1]):
        return False
    bare = masked.number(minutes) or minutes
    # 五点四十发车, 四点二十开始: minutes said in Chinese numerals (ten to fifty-nine) as clock times are said, unless
    # a count follows (四点二十多个)
    said = re.fullmatch(r"[二三四五]?十[一二三四五六七八九]?", bare) and not re.match(r"[多余几来]", text[m.end() : m.end() + 1])
    return re.fullmatch(r"[0-5]\d", bare) is not None or bool(said)


def _in_timed_sentence(text: str, at: int, end: int, before: str, hours: str) -> bool:
    """A bare N点 opening its clause, or ending a range (…上课，上到六点), in a sentence that has already said a
    part of the day or a clock time (下午组织…，两点在东门集合): the clause goes on with the same day's times."""
    if before.strip() and not re.search(r"(?:到|至)$", before) or re.match(r"[：:、]|是|即|如下", text[end:]):
        return False  # 两点：…, 两点是…: points of an argument
    begin = max((s.end() for s in _SENTENCE.finditer(text, 0, at)), default=0)
    earlier = text[begin:at][: -len(before) or None]
    return bool(re.search(_TIME_WORDS, earlier) or re.search(rf"[{_N}](?:{hours})", earlier))


def _in_digits(masked: Masked, ch: str) -> None:
    """A protected number written in Arabic digits (二十 → 20); its value is unchanged."""
    value = value_of_masked(masked, ch)
    if value is not None and value == int(value):
        masked.set_number(ch, str(int(value)))


# What follows a clock time and nothing else (5点前回来, 8点整, 3点左右): the bare N点 is a time of day.
# (also a place and then the meeting: 9点在东门集合, 七点在校门口上车)
_CLOCK_AFTER = re.compile(r"(?:钟)?(?:前|后|以前|以后|之前|之后|过后|左右|整|前后|准时)"
                          r"|在[^，。；\d]{1,10}?(?:集合|集中|会合|碰头|出发|上车|签到|报到|见面)")
# …unless points of an argument are counted (这三点后, 以下两点, 第二点前).
_POINTS_BEFORE = re.compile(r"(?:这|那|哪|几|以下|上述|以上|下面|前面|如下|每|第)$")
# Words that put the clock times after them, in the same sentence, in the afternoon or evening.
_AFTERNOON = re.compile(r"下午|傍晚|晚上|晚间|夜里|午后|(?:放学|下班|晚饭|午饭|中饭|午休)(?:以后|之后|后)")
_MORNING = re.compile(r"上午|早上|早晨|凌晨|中午")
_SENTENCE = re.compile(r"[。；！？\n]")
# The start of a range (12时30分到…, 11时30分到…): an end said with a smaller hour (1时, 2时 …) is past noon.
# (Also across one comma: 12时30分上课，到1时结束.)
# A time at or past noon said elsewhere in the text (12时30分发车): a bare 1 to 5 o'clock in it (两点钟开场, 散场约4时30分)
# is in the afternoon too — nobody sets an outing at two in the night without saying 凌晨.
_NOON_HOURS = re.compile(r"(?<![\d:])1[2-7]时")
_SAID_WHEN = re.compile(r"(?:上午|早上|早晨|凌晨|清晨|早|夜里|晚上|半夜|晚间|晚|中午|下午|傍晚|午后)$")
_FROM_NOON = re.compile(r"(?<!\d)(1[012])时(?:\d{1,2}分)?[^，。；\d]{0,6}?(?:[，,][^，。；\d]{0,2}?)?(?:到|至|—|－|-|~|～)$")


def frequencies(text: str, masked: Masked, notes: Notes) -> str:
    """A frequency said with one period is written per period (公文: 每月两次): 一个月两次 → 每月两次, 一周三次 →
    每周三次, 一年一次 → 每年一次."""

    def sub(m: re.Match) -> str:
        if value_of_masked(masked, m.group(1)) != 1:
            return m.group(0)
        period = "周" if m.group(2) in ("星期", "礼拜") else m.group(2)
        notes.add(REASON, masked.show(m.group(0)), "每" + period)
        masked.set_number(m.group(1), "每")  # the protected 一 is said 每 (a placeholder may not be dropped)
        return m.group(1) + period

    return re.sub(rf"(?<![每第])([{_N}])个?(星期|礼拜|周|月|年|天|学期)(?=[{_N}][次回趟])", sub, text)


def households(text: str, masked: Masked, notes: Notes) -> str:
    """One per household (一家来一个人, 一家认领一棵 — read 每家… by facts.one_each) is written per household (公文:
    每户一人, 每户认领一棵): 家 becomes 户, and the people counted after it lose the spoken 来 and measure word."""

    def people(m: re.Match) -> str:
        if m.group(1) != "一" and value_of_masked(masked, m.group(1)) != 1:
            return m.group(0)
        notes.add(REASON, masked.show(m.group(0)), "每户" + masked.show(m.group(1)) + "人")
        return "每户" + m.group(1) + "人"

    # (一个人 is left unmasked where 一个 is an article's form: its 一 is written as said)
    text = re.sub(rf"每家(?:来|出|派|报)?([{_N}]|一)(?:个|名|位)?人", people, text)
    return re.sub(r"每家(?=认领|领养|领取|包干|包)", "每户", text)


# 下午1时30分 said in an earlier sentence: the afternoon the text is about (下午1点半集合…5点前上岸).
_AFTERNOON_CLOCK = re.compile(r"(?:下午|午后)\s*(\d{1,2})时")


def _later_that_afternoon(earlier: str, value: int) -> bool:
    """True when an earlier sentence set an afternoon clock time before `value` o'clock (up to 6) and no morning word
    followed it: a bare later hour (5时前上岸) goes on with the same afternoon."""
    clocks = list(_AFTERNOON_CLOCK.finditer(earlier))
    last = clocks[-1] if clocks else None
    return (last is not None and value <= 6 and int(last.group(1)) < value
            and not _MORNING.search(earlier, last.end()) and "早上" not in earlier[last.end():])


def afternoon_hours(text: str, masked: Masked, notes: Notes) -> str:
    """A clock time in the afternoon said on the 12-hour clock away from its 下午 (下午放学后5时10分至6时) is written
    on the 24-hour clock (17时10分至18时), as 公文 times are (GB/T 15835-2011); 下午5时 right after its word stays."""
    hour = "时"

    def sub(m: re.Match) -> str:
        begin = max((s.end() for s in _SENTENCE.finditer(text, 0, m.start())), default=0)
        before = masked.show(text[begin : m.start()])
        value = value_of_masked(masked, m.group(1))
        digits = masked.number(m.group(1)) or ""
        if value is None or not 1 <= value <= 11 or not re.fullmatch(r"\d{1,2}", digits):
            return m.group(0)
        said = list(_AFTERNOON.finditer(before))
        start = _FROM_NOON.search(before)  # 12时30分到1时15分, 11时30分到1时30分: a range over noon ends past it
        from_noon = value <= 5 and start and value < int(start.group(1))
        from_noon = from_noon or (value <= 5 and not _SAID_WHEN.search(before) and _NOON_HOURS.search(masked.show(text)))
        from_noon = from_noon or (not _SAID_WHEN.search(before) and _later_that_afternoon(masked.show(text[:begin]), value))
        if not from_noon and (
            not said or re.search(r"(?:下午|傍晚|晚上|晚间|晚|夜里)$", before) or _MORNING.search(before, said[-1].end())
        ):
            return m.group(0)
        if text.count(m.group(1)) != 1 or re.search(r"(?:下午|傍晚|晚上|晚间|晚|夜里)\d{1,2}时(?:\d{1,2}分)?[至到—-]$", before):
            return m.group(0)  # 下午2时至4时: the end of a range keeps the clock of its start
        masked.set_number(m.group(1), str(int(value) + 12))
        notes.add(REASON, f"{digits}{hour}", f"{int(value) + 12}{hour}")
        return m.group(0)

    return re.sub(rf"([{_N}]){hour}", sub, text)


def morning_hours(text: str, masked: Masked, notes: Notes) -> str:
    """早上 before a clock time from 9 to 11 (早上9时集合) is 上午, the 公文 word for the working morning; 早上6时 to
    早上8时 stay as said (the early hours up to the start of the school day)."""

    def sub(m: re.Match) -> str:
        value = value_of_masked(masked, m.group(1))
        if value is None or not 9 <= value <= 11:
            return m.group(0)
        notes.add(REASON, "早上", "上午")
        return "上午" + m.group(1) + "时"

    return re.sub(rf"(?:早上|早晨)([{_N}])时", sub, text)


def approximations(text: str, masked: Masked, lexicon: Lexicon, notes: Notes) -> str:
    """大概/差不多 … 左右 → 约 right before the number; with a date → 预计; with no number → 大致."""
    before = "|".join(sorted(lexicon.approx_before, key=len, reverse=True))
    after = "|".join(sorted(lexicon.approx_after, key=len, reverse=True))
    date_unit = r"(?:月|日|号|旬|底|初|中旬|上旬|下旬|年|周|星期|学期)"

    def sub(m: re.Match) -> str:
        gap, number = m.group(2), m.group(3)
        rest = text[m.end() :]
        unit = re.match(rf"[^，。；{_N}]{{0,3}}", rest).group(0)
        if re.match(date_unit, unit) or re.search(r"[月日号]$", gap):
            new = f"预计{gap}{number}"
        elif gap.endswith("约"):
            new = f"约{gap[:-1]}{number}"  # 大概有约十名 → 约有十名
        elif gap.endswith(("近", "超", "逾")):
            new = f"{gap}{number}"
        elif gap in ("要", "得", "需要", "需"):
            new = f"需约{number}"  # 大概要十来天 → 需约十天
        elif len(gap) >= 2 and gap.endswith(("有", "是", "为", "达")):
            new = f"{gap}约{number}"  # 估计去的有七十来人 → 去的有约七十人: 约 at the number it qualifies
        elif re.match(r"人均|每|共|合计|总计|达", gap) or not gap:
            new = f"{gap}约{number}"
        else:
            new = f"约{gap}{number}"
        notes.add(REASON, masked.show(m.group(0)), masked.show(new))
        return new

    text = re.sub(rf"({before})([^，。；！？{_N}]{{0,6}}?)([{_N}])", sub, text)
    # 二十多位 → 二十余位, 三十来次 → 约三十次, 十几年 → 十余年 (个 with people is done by spoken.people_counts).
    def inside(m: re.Match) -> str:
        formal = lexicon.approx_inside[m.group(2)]
        new = f"约{m.group(1)}" if formal == "约" else f"{m.group(1)}{formal}"
        notes.add(REASON, masked.show(m.group(0)), masked.show(new))
        return new

    approx_chars = "".join(lexicon.approx_inside)
    measure = r"(?=[名位人次场项户年天周批所本张辆趟棵把件套盆台桌箱份双顶]|个(?=[{_H}])|公里|千米|小时|分钟)".replace("{_H}", _H)
    # 大概十来分钟 → 约十来分钟 above says 约 twice: the 来 of 约…来 goes (约十分钟), also with a verb between
    # (大概要十来天 → 约要十天, not 约要约十天).
    text = re.sub(rf"(约[^，。；！？{_N}约]{{0,3}}?[{_N}])来" + measure, lambda m: m.group(1), text)
    text = re.sub(rf"(?<!约)([{_N}])([{approx_chars}])" + measure, inside, text)
    # 约N…左右 says the approximation twice: the 左右 goes.
    text = re.sub(
        rf"(约[^，。；！？{_N}]{{0,3}}[{_N}][^，。；！？{_N}]{{0,4}}?)(?:{after})",
        lambda m: (notes.add(REASON, masked.show(m.group(0)), masked.show(m.group(1))), m.group(1))[1], text,
    )
    text = re.sub(rf"(?<=[{_N}])[^，。；！？{_N}]{{0,2}}?上下", lambda m: m.group(0)[:-2] + "左右", text)

    def vague(m: re.Match) -> str:
        new = lexicon.approx_vague.get(m.group(0), "大致")
        notes.add(REASON, m.group(0), new)
        return new

    return re.sub(rf"(?:{before})(?!率)", vague, text)


def numerals(text: str, masked: Masked, lexicon: Lexicon, notes: Notes) -> str:
    """Elided numerals written out (一万三 → 一万三千) and a bare amount after a money word given its 元."""
    money_words = lexicon.alternation("MONEY")
    for ch in sorted(set(re.findall(f"[{_N}]", text))):
        number = masked.number(ch)
        if number is None:
            continue
        full = spell_out_elided(number)
        if full != number:
            notes.add(REASON, number, full)
            masked.set_number(ch, full)
            number = full

    def amount(m: re.Match) -> str:
        number = masked.number(m.group(2)) or ""
        if not number.endswith(("万", "千")):
            return m.group(0)
        begin = max((s.end() for s in _CLAUSE_STOP.finditer(text, 0, m.start())), default=0)
        if not re.search(money_words, text[begin : m.end()]):
            return m.group(0)
        notes.add(REASON, masked.show(m.group(2)), masked.show(m.group(2)) + "元")
        return m.group(1) + m.group(2) + "元"

    return re.sub(rf"(约?)([{_N}])(?![{_H}{_N}%％])", amount, text)
