"""Amounts and counts said in Chinese numerals written in digits (GB/T 15835-2011 4.1.1: numbers that count are
written in Arabic numerals): 一百五十元 → 150元, and for the concise tone 二十六间 → 26间 where that is shorter."""

from __future__ import annotations

import re

from assistant.rewrite.apply import Notes
from assistant.rewrite.numbers import value_of
from assistant.rewrite.units import REASON

_SAID_AMOUNT = re.compile(r"(?<![第几多零〇一二两三四五六七八九十百千万亿\d])([零〇一二两三四五六七八九十百千万亿]{2,})(?=元)")


def amounts_in_digits(text: str, notes: Notes) -> str:
    """An amount of money said in Chinese numerals is written in digits (GB/T 15835-2011 4.1.1: numbers that
    measure take Arabic numerals): 四百五十元 → 450元, 约一万二千元 → 约12000元. Run on the rewritten line, after
    every other step (which read the numerals as said). Ranges (三四千元) and one-character amounts (三元) stay."""

    def sub(m: re.Match) -> str:
        number = m.group(1)
        if re.search(r"[一二两三四五六七八九]{2}", number):
            return number  # a range said with two numerals (三四千: 3000 to 4000)
        try:
            value = value_of(number)
        except ValueError:
            return number
        if value < 10 or value != int(value):
            return number
        notes.add(REASON, number + "元", f"{int(value)}元")
        return str(int(value))

    return _SAID_AMOUNT.sub(sub, text)


# A count said in Chinese numerals before its measure word (二十六间, 五十三名): GB/T 15835-2011 4.1.1 writes
# numbers that count in Arabic numerals (dates stay as said: 四月二十三日 is not written half in digits). The concise tone uses it when digits are shorter.
_SAID_COUNT = re.compile(
    r"(?<![第几多零〇一二两三四五六七八九十百千万亿\d])([零〇一二两三四五六七八九十百千万]{2,})"
    r"(?=余?(?:名|人|位|间|个|台|套|件|张|份|本|次|场|项|辆|桌|所|户|天|周年|公里|斤|道|条|副|把|箱|盒|双|支|家|组|队|种|样|类|块|批))"
)


def counts_in_digits(text: str, notes: Notes) -> str:
    """Counts said in Chinese numerals written in digits where that is shorter (五十三名 → 53名, 一百二十个 → 120个);
    ranges said with two numerals (十七八个) and words (三三两两) stay."""

    def sub(m: re.Match) -> str:
        number = m.group(1)
        if re.search(r"[一二两三四五六七八九]{2}", number):
            return number  # a range (十七八, 三四十) or a string of digits read out
        try:
            value = value_of(number)
        except ValueError:
            return number
        if value != int(value) or len(str(int(value))) >= len(number):
            return number
        notes.add(REASON, number, str(int(value)))
        return str(int(value))

    return _SAID_COUNT.sub(sub, text)
