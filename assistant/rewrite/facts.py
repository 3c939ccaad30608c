"""The facts of a text (numbers with their units, dates, clock times, weekdays, names, 《titles》, quoted words) and
the check every rewrite passes: all facts kept, nothing invented, no fixed term broken, nothing doubled.

Facts are compared by value, so a rewrite may write a fact formally (3月7号 → 3月7日, 80块 → 80元, 8个人 → 8人,
一万三 → 一万三千, 4点半 → 4时30分) but may not change it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from assistant.domain.policy import doubled_spans, garbled_spans
from assistant.rewrite.lexicon import Lexicon, load_lexicon
from assistant.rewrite.masking import CLASSIFIERS, INDEFINITE, name_spans
from assistant.rewrite.numbers import ARABIC, CN_MINUTES, CN_NUMERAL, FRACTION, is_range, range_ends, value_of
from assistant.rewrite.pos import tokens

_NUM = rf"(?:{FRACTION}|{ARABIC}|[{CN_NUMERAL}]+)"
# 6点50 is 6时50分: two Arabic digits right after 点 are minutes (6点40分别: the 分 belongs to 分别).
# Minutes said in characters with no 分 (numbers.CN_MINUTES) and quarters (八点一刻 is 8:15) are minutes too.
_TIME = re.compile(
    rf"({_NUM})(?:点钟?|时)(?:(半)|({_NUM})分(?!别)|([0-5]\d)(?![\d.%％]|分(?!别))|([一三])刻|({CN_MINUTES}))?"
    rf"|(\d{{1,2}}):(\d{{2}})"
)
_WEEKDAY = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])")
_COUNTED = re.compile(rf"({_NUM})(来|多|余|几)?({CLASSIFIERS}|%|％|‰)?")
_TITLE = re.compile(r"《[^《》\n]*》")
_QUOTED = re.compile(r"“([^“”\n]*)”|‘([^‘’\n]*)’|「([^「」\n]*)」|『([^『』\n]*)』|\"([^\"\n]*)\"")
MARKED = re.compile(r"【[^【】]*】")
_INDEFINITE = re.compile(INDEFINITE)
# 一个 after 各/每 in its clause (各班交一个作品, 每组派一个人, 各发一个; 《现代汉语八百词》 各、每 + 数量)
# is what each one gets or gives: a count the rewrite keeps, not an article (not 最后一个, 前一个, 每一个, 这一个).
# 各位 is a form of address (向各位同事说一个事: "everyone here"), not 各 "each" before what each one gives.
_SHARED_OUT = re.compile(r"(?:各(?!位)|每)[^，。；：！？、\s每这那一第]{1,5}(?<![最后前头上下])$")
# Words that look like a numeral with a unit but are not counts.
_NOT_COUNTS = frozenset(("十分", "万分", "百分", "万一", "千万", "万万", "一一", "十足"))
_FESTIVALS = frozenset(("三八", "五一", "五四", "六一", "七一", "八一", "十一", "九九", "双十一"))
# (粤 一个钟 at a clause's end is an hour too: 每次一个钟.)
_ZHONGTOU = re.compile(r"个?钟头|(?<=[\d一二两三四五六七八九十百半])个钟(?=[，。；！,]|$|左右|上下|就到|就能到|的车程|的路)")
_HOURS = re.compile(r"(?<=[\d一二两三四五六七八九十百半])个来?(?=小时|钟头)")
# 头天 is 前一天 (现代汉语词典 头天 〈口〉 前一天): the same day, so 前一天 in a rewrite is no new number.
_TOUTIAN = re.compile(r"(?<![里上开年案床枕])头(?:一)?天(?=[\u4e00-\u9fff，])")
_TOGETHER = re.compile(r"一块儿(?!钱)")
_HAO_PEOPLE = re.compile(r"(?<=[\d一二两三四五六七八九十百千万来多几])号(?=人)")
# A frequency said with "one period" (一个月两次, 一年一次) is one fact, N times per period: the same as 每月两次.
_PER_PERIOD = re.compile(r"(?:(?<![\d一二两三四五六七八九十百千万第])一|1)个?(星期|礼拜|周|月|年|天|学期)(?=[\d一二两三四五六七八九十]+[次回趟])")
# 一 = 每 before a head and what each one gets (一人一张票, 一家两份, 一桌十个人; 《现代汉语八百词》 一 ⑥ 每): the written
# form is 每人一张. Not a fixed phrase of one + one thing (一人一票, 一人一档, 一户一策): the count after must have a
# measure word. A household's share may be said with the verb between (一家来一个人, 一家认领一棵: 每户1人, 每户认领一棵).
_ONE_EACH = re.compile(
    r"(?<![第统唯同单之\d一二两三四五六七八九十百千万])一(人|家|户|桌|位|名)"
    r"(?=(?:(?<=[家户])(?:来|出|派|报|认领|领取|领|包))?(?:[一两二三四五六七八九十百]+|\d+)"
    r"(?:个|份|张|本|件|套|盒|箱|袋|瓶|支|条|双|把|顶|只|斤|次|元|块|名|位|人|棵|株|盆))"
)


def one_each(text: str) -> str:
    """一人一张 → 每人一张 (a per-head count said the spoken way); the rest unchanged."""
    return _ONE_EACH.sub(r"每\1", text)


_GEBA = re.compile(r"(?<![每这那])个把(?=月|星期|礼拜|小时|钟头)")
# 俩 before a noun, or ending a clause (带走俩，); not 他俩 (a pronoun with 俩 is 他们, no count)
_LIA = re.compile(r"(?<![伎])俩(?=[\u4e00-\u9fff])|(?<![伎他她你我咱它])俩(?=[，。；！？、,;!?]|$)")
_SA = re.compile(r"仨(?=[\u4e00-\u9fff])")
_BA = re.compile(r"(?<=[百千万])把(?=[个人块元名位])")
# 个人 after an amount and before paying (余下的八十个人出): the one who pays (个人 承担), not 个 + 人 counting people.
_GEREN_PAYS = re.compile(r"(?<=[\d一二两三四五六七八九十百千万])(?=个人(?:出|承担|负担|自理|自付|掏|付|交|支付))")
# 东塞一点西塞一点 (here and there, 东…西…): its 一点 is "a little", not one o'clock.
_EAST_WEST = re.compile(r"东([\u4e00-\u9fff])一?(?:点儿?|些)西\1一?(?:点儿?|些)")
_FUNCTION_DOUBLES = re.compile(r"([的和在是与及将为把被向于并由])\1")
_SHORT_DOUBLE = re.compile(r"([\u4e00-\u9fff]{2,3})\1")


@dataclass(frozen=True)
class Fact:
    """One fact: as written, and (for numbers) its value and the class of its unit."""

    text: str
    value: float | None = None
    unit: str = ""

    def matches(self, other: Fact) -> bool:
        if self.value is None or other.value is None:
            same_unit = self.unit == other.unit or not self.unit or not other.unit
            return self.value is None and other.value is None and self.text == other.text and same_unit
        if self.unit == "time" or other.unit == "time":
            return self.unit == other.unit and abs(self.value - other.value) % 720 < 1e-6
        same_value = abs(self.value - other.value) < 1e-6 * max(1.0, abs(self.value))
        return same_value and (self.unit == other.unit or not self.unit or not other.unit)


def _unit_class(unit: str, lexicon: Lexicon) -> str:
    if unit in ("%", "％", "‰"):
        return "ratio"
    for name, (formal, spoken) in lexicon.units.items():
        if unit == formal or unit in spoken:
            return name
    return unit


def _number_facts(text: str, lexicon: Lexicon) -> list[Fact]:
    out: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for m in _TIME.finditer(text):
        try:
            if m.group(7):
                minutes = int(m.group(7)) * 60 + int(m.group(8))
            else:
                hour = value_of(m.group(1))
                said = m.group(3) or m.group(4) or m.group(6)
                minute = 30 if m.group(2) else 15 * value_of(m.group(5)) if m.group(5) else value_of(said) if said else 0
                if hour > 24 or minute >= 60:
                    continue
                minutes = hour * 60 + minute
        except ValueError:
            continue
        out.append(Fact(m.group(0), float(minutes), "time"))
        taken.append(m.span())
    for m in _WEEKDAY.finditer(text):
        out.append(Fact(m.group(0), float("一二三四五六日".find(m.group(1)) if m.group(1) != "天" else 6), "weekday"))
        taken.append(m.span())
    for m in _COUNTED.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if _INDEFINITE.match(text, m.start()) and m.group(1) == "一" and not _SHARED_OUT.search(text[: m.start()]):
            continue
        number, unit = m.group(1), m.group(3) or ""
        if any(a < m.end() and m.start() < b for a, b in taken):
            unit = ""  # 第二个礼拜三: the unit is the weekday's first word; the number stands alone (the 2nd)
        if number + unit in _NOT_COUNTS or number in _NOT_COUNTS:
            continue
        if unit == "件" and text[m.start() - 1 : m.start()] == "第" and text[m.end() : m.end() + 1] == "事":
            continue  # 第二件事(情)是…: the place of an item in a spoken list (二是…), not a count
        if number in _FESTIVALS and unit in ("", "时", "节", "期", "前", "后"):
            continue  # 六一的时候, 五一节: a day's name, not a number
        if not re.search(r"\d", number) and not unit and not (
            re.search(r"(?:第|每|共|约|达|仅|近)$", text[: m.start()]) or re.search(r"[十百千万亿]", number)
            or re.match(r"左右|上下", text[m.end() :])
        ):
            continue  # a Chinese numeral with no unit is a word (一起, 一些), not a count
        if is_range(number):
            out.append(Fact(number, None, _unit_class(unit, lexicon)))
            continue
        try:
            value = value_of(number)
        except ValueError:
            if unit:
                out.append(Fact(number + unit))
            continue
        if unit in ("%", "％"):
            value /= 100
        elif unit == "‰":
            value /= 1000
        out.append(Fact(m.group(0), value, _unit_class(unit, lexicon)))
    return out


def facts(text: str, lexicon: Lexicon | None = None) -> list[Fact]:
    """Every fact of a text: numbers (by value and unit), clock times, weekdays, names, 《titles》, quoted words, places
    and the words that state a rule of the plan (RULE_WORDS: 自愿, 免费, 退出 …)."""
    lexicon = lexicon or load_lexicon()
    text = _GEBA.sub("一个", text)  # 个把月 is 一个月左右 said the spoken way
    text = _HOURS.sub("", text)  # 两个小时 is 两小时, 一个来钟头 is about 一小时 (来: an approximation, 现代汉语词典 来 ⑭)
    text = text.replace("俩仨", "两三个")  # 俩仨 is 两三个 (two or three), not 两个 and 三个
    text = _LIA.sub("两个", text)  # 俩 is 两个 (现代汉语词典), said in one syllable
    text = _SA.sub("三个", text)  # 仨 is 三个, likewise
    text = _BA.sub("", text)  # 百把个 is about 百个: 把 is the approximation, not a measure word
    text = _GEREN_PAYS.sub("，", text)  # 八十个人出: 八十 (money) and 个人 (who pays), not 120 people
    text = _EAST_WEST.sub("东西", text)  # 东塞一点西塞一点 is "here and there", no time of day
    text = _TOGETHER.sub("一起", text)  # 一块儿去 is "together" (现代汉语词典 一块儿 ②), not one 块 of money
    text = _TOUTIAN.sub("前一天", text)
    text = _ZHONGTOU.sub("小时", text)  # 两个钟头 is 两小时 (现代汉语词典: 钟头〈口〉小时)
    text = _HAO_PEOPLE.sub("", text)  # 四十来号人 is 四十来人 (号 counting people, 现代汉语词典)
    text = one_each(text)  # 一人一张 is 每人一张: one each, not a count of one person
    text = _PER_PERIOD.sub(lambda m: "每" + ("周" if m.group(1) in ("星期", "礼拜") else m.group(1)), text)
    out = _number_facts(text, lexicon)
    out += [Fact(m.group(0)) for m in _TITLE.finditer(text)]
    out += [Fact(next(g for g in m.groups() if g is not None)) for m in _QUOTED.finditer(text)]
    out += [Fact(text[s:e]) for s, e in name_spans(text, lexicon)]
    out += [Fact(t.word) for t in tokens(text) if _is_place(t.word, t.flag)]
    out += [Fact(word) for word in lexicon.sets.get("RULE_WORDS", ()) if word in text]  # 自愿, 免费, 音乐 …
    return [f for f in out if f.text]


# Last characters of an administrative unit's name (个旧市, 阿拉善盟, 红河州): places are facts too.
_PLACE_ENDS = "省市县盟旗州"


def _is_place(word: str, flag: str) -> bool:
    """A place name: a noun of three or more characters ending in an administrative unit (jieba's ns alone is not
    enough: it tags 不太熟悉 and 回厝的 ns)."""
    return len(word) >= 3 and flag.startswith("n") and word[-1] in _PLACE_ENDS


def missing_facts(original: str, rewritten: str, lexicon: Lexicon | None = None) -> list[str]:
    """Facts of the original that the rewritten text no longer has, compared by value (a fact the original says
    twice — 5月，5月中下旬 — may be said once)."""
    lexicon = lexicon or load_lexicon()
    kept = facts(rewritten, lexicon)
    missing = []
    for fact in facts(original, lexicon):
        if any(fact.matches(other) for other in kept):
            continue
        if fact.value is None and fact.text in rewritten:
            continue  # a name or quote kept inside a longer word jieba reads differently
        if fact.value is None and _range_written(fact.text, rewritten):
            continue  # 八九点钟 written 8时至9时: the same two ends
        if fact.text not in missing:
            missing.append(fact.text)
    return missing


def _range_written(number: str, rewritten: str) -> bool:
    """True when a spoken range (八九, 三四十) is in the rewritten text with its two ends joined by 至/到/—
    (8时至9时, 30至40)."""
    ends = range_ends(number)
    if ends is None:
        return False
    low, high = ends
    return bool(re.search(rf"(?<![\d.]){low}[\u4e00-\u9fff]{{0,2}}?(?:至|到|—|－|-|～|~){high}(?![\d.])", rewritten))


def new_numbers(original: str, rewritten: str, lexicon: Lexicon | None = None) -> list[str]:
    """Numbers the rewritten text states as fact (outside 【…】 marks) that the original does not have."""
    lexicon = lexicon or load_lexicon()
    said = facts(original, lexicon)
    known = [f for f in said if f.value is not None]
    # The two ends of a spoken range (八九点钟 → 8时至9时) are numbers of the original too.
    for f in (f for f in said if f.value is None):
        for end in range_ends(f.text) or ():
            known += [Fact(str(end), float(end)), Fact(f"{end}时", float(end * 60), "time")]
    plain = MARKED.sub("", rewritten)
    return [
        f.text for f in facts(plain, lexicon)
        if f.value is not None and not any(abs(f.value - k.value) < 1e-6 or f.matches(k) for k in known)
    ]


def problems(original: str, rewritten: str, lexicon: Lexicon | None = None) -> list[str]:
    """Why a rewrite may not be shown (in Chinese), or [] when it keeps every fact and breaks nothing."""
    lexicon = lexicon or load_lexicon()
    out = []
    lost = missing_facts(original, rewritten, lexicon)
    if lost:
        out.append("遗漏或改动了原文的事实：" + "、".join(f"“{f}”" for f in lost))
    invented = new_numbers(original, rewritten, lexicon)
    if invented:
        out.append("出现了原文没有的数字：" + "、".join(f"“{f}”" for f in invented))
    broken = Counter(rewritten[s.start : s.end] for s in garbled_spans(rewritten))
    broken.subtract(Counter(original[s.start : s.end] for s in garbled_spans(original)))
    if any(n > 0 for n in broken.values()):
        out.append("改坏了固定用语：" + "、".join(f"“{w}”" for w, n in broken.items() if n > 0))
    doubled = [rewritten[s.start : s.end] for s in doubled_spans(rewritten) if rewritten[s.start : s.end] not in original]
    doubled += [m.group(0) for m in _FUNCTION_DOUBLES.finditer(rewritten) if m.group(0) not in original]
    doubled += [m.group(0) for m in _SHORT_DOUBLE.finditer(MARKED.sub("", rewritten)) if m.group(0) not in original]
    if doubled:
        out.append("出现了重复的词语：" + "、".join(f"“{w}”" for w in dict.fromkeys(doubled)))
    return out
