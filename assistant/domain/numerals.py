"""Chinese numerals as statutes and plans write them (第十一条, 一、, （三）), and law names in citations."""

from __future__ import annotations

import re

CN_DIGITS = "一二三四五六七八九十百零〇两"  # characters of Chinese numerals (for character classes)
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
    m = re.fullmatch(r"第?([零一二三四五六七八九十百千〇两\d]+)条?", a)
    if not m:
        return ""
    try:
        return f"第{cn_number(parse_cn_number(m.group(1)))}条"
    except ValueError:
        return ""
