"""Chinese numerals as statutes and plans write them (第十一条, 一、, （三）), and law names in citations."""

from __future__ import annotations

import re

CN_DIGITS = "一二三四五六七八九十百零〇两"  # characters of Chinese numerals (for character classes)
# The financial numerals (大写数字 of receipts and cheques, 《会计基础工作规范》 第五十二条), which a writer sometimes uses
# for an article's number (第肆拾陆条): read as the ordinary ones.
FINANCIAL_DIGITS = "壹贰叁肆伍陆柒捌玖拾"  # one to ten, in order (a list numbered 壹、贰、叁、)
FINANCIAL = FINANCIAL_DIGITS + "佰仟"
# The ten Heavenly Stems and the twelve Earthly Branches, in order: a list numbered 甲、乙、丙、 and the sexagenary names
# of years (丁未, 2027).
STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
# The parenthesized ideographs ㈠–㈩ (Unicode Enclosed CJK Letters and Months) of the input methods' symbol pages, which
# some writers number a list with: one character each for （一）…（十）.
ENCLOSED = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_FINANCIAL_PLAIN = str.maketrans(FINANCIAL, "一二三四五六七八九十百千")
COUNTRY_PREFIX = "中华人民共和国"

_DIGITS = "零一二三四五六七八九"
_UNITS = ((1000, "千"), (100, "百"), (10, "十"))
_CN_VALUES = {ch: i for i, ch in enumerate(_DIGITS)} | {"〇": 0, "两": 2}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}

def cn_number(n: int) -> str:
    """Chinese numeral as used in article numbers: 11→十一, 20→二十, 101→一百零一."""
    if n < 0 or n >= 10000:
        raise ValueError(f"out of range: {n}")
    if n < 10:
        return _DIGITS[n]
    out = ""
    rest = n
    need_zero = False
    for value, unit in _UNITS:
        digit, rest = divmod(rest, value)
        if digit:
            if need_zero:
                out += "零"
            # 10–19 read 十一, not 一十一, when it is the leading part.
            out += ("" if (value == 10 and digit == 1 and not out) else _DIGITS[digit]) + unit
            need_zero = False
        elif out:
            need_zero = True
    if rest:
        if need_zero:
            out += "零"
        out += _DIGITS[rest]
    return out


def parse_cn_number(s: str) -> int:
    """Parse 十一 / 一百零一 / 21 into an int; raises ValueError when it is not a number."""
    s = s.strip()
    if not s:
        raise ValueError("empty")
    if s.isdigit():
        return int(s)
    # 廿 and 卅 are twenty and thirty in one character (廿一 = 二十一: 《现代汉语词典》 廿 "二十", 卅 "三十"), as dates and
    # long-running events are still written (第廿一届).
    s = s.replace("廿", "二十").replace("卅", "三十").translate(_FINANCIAL_PLAIN)
    total, digit = 0, None
    for ch in s:
        if ch in _CN_VALUES:
            digit = _CN_VALUES[ch]
        elif ch in _CN_UNITS:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {s}")
    return total + (digit or 0)


def count_pattern(digits: int = 5, numerals: int = 4, extra: str = "") -> str:
    """A regex group for a count a plan writes in digits (up to `digits` of them) or Chinese numerals (up to
    `numerals` characters, plus `extra` ones such as 零〇): one pattern the checker's figure rules share, each with the
    widths its sentences need; read the match with count_of."""
    return rf"(\d{{1,{digits}}}|[一二两三四五六七八九十百{extra}]{{1,{numerals}}})"


def count_of(raw: str) -> int:
    """A count written in digits or Chinese numerals (12, 十二); -1 when it is not a number."""
    try:
        return parse_cn_number(raw)
    except ValueError:
        return -1


def short_law_name(name: str) -> str:
    """工会法 from 《中华人民共和国工会法》 or 中华人民共和国工会法."""
    name = re.sub(r"[《》〈〉\s]", "", name)
    name = re.sub(r"（[^（）]*）$|\([^()]*\)$", "", name)  # trailing "(2021修正)"
    if name.startswith(COUNTRY_PREFIX):
        name = name[len(COUNTRY_PREFIX):]
    return name


def normalize_article(article: str) -> str:
    """第11条 / 十一 / 11 → 第十一条; '' when it is not an article number."""
    a = re.sub(r"\s", "", article)
    m = re.fullmatch(rf"第?([零一二三四五六七八九十百千〇两{FINANCIAL}\d]+)条?", a)
    if not m:
        return ""
    try:
        return f"第{cn_number(parse_cn_number(m.group(1)))}条"
    except ValueError:
        return ""


_YEAR_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "O": "0"}
_CN_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九十百千万第\d])([〇○零一二三四五六七八九]{4})(?=\s*年)")
_CN_MONTH = re.compile(r"((?<!\d)\d{4}\s*年\s*)(十[一二]|[一二三四五六七八九])(?=\s*月)")


def arabic_years(text: str) -> str:
    """The text with years written in Chinese digits (二〇二八年, 二零二七年) in Arabic digits, and the month right
    after a year (二〇二八年三月, 2028年三月 → 2028年3月), keeping every offset: each Chinese digit becomes one Arabic
    digit (十一月 → 11月, 三月 → 3月; 十月 would change the length and is left alone). Documents write dates both
    ways (GB/T 9704 公文 dates are in Arabic digits since 2012, older and formal plans still write 二〇二八年)."""
    years = _CN_YEAR.sub(lambda m: "".join(_YEAR_DIGITS[ch] for ch in m.group(1)), text)

    def month(m: re.Match) -> str:
        raw = m.group(2)
        return m.group(1) + ("1" + _YEAR_DIGITS[raw[1]] if raw.startswith("十") else _YEAR_DIGITS[raw])

    months = _CN_MONTH.sub(month, years)
    months = _CN_MONTH_DAY.sub(lambda m: "1" + _YEAR_DIGITS[m.group(1)[1]] if len(m.group(1)) == 2 else _YEAR_DIGITS[m.group(1)], months)
    return _CN_DAY.sub(_day, months)


# A month written in Chinese before a day (九月二十五日, 十一月三日 → 9月二十五日, 11月三日) and the day of month after a
# month (9月二十五日 → 9月 25日, padded with spaces to keep the offsets: dates allow a space before the day). 十月 and 十日
# cannot be written in as few Arabic digits and are left alone.
_CN_MONTH_DAY = re.compile(
    r"(?<![〇○零一二三四五六七八九十百千万第\d])(十[一二]|[一二三四五六七八九])(?=\s*月\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[日号])"
)
_CN_DAY = re.compile(r"(?<=月)(\s*)(三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]|[一二三四五六七八九])(?=\s*[日号])")


def _day(m: re.Match) -> str:
    raw = m.group(2)
    value = parse_cn_number(raw)
    return m.group(1) + str(value).rjust(len(raw))
