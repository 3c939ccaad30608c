"""Item numbers said the spoken way, rewritten before the items are read (edit_refs.parse_items): counted from the
end after a counting-back lead-in (从后往前数第一、第四条), and ordinals run together with no listing mark (二三两条)."""

from __future__ import annotations

import re

from assistant.domain.numerals import parse_cn_number

NUM = r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})"


def _number(token: str) -> int | None:
    try:
        return parse_cn_number(token)
    except ValueError:
        return None


# "从后往前数第一、第四条", "倒着数第2个": the positions after it are counted from the end, as 倒数第N is.
_COUNT_BACK = re.compile(r"(?:从后往前|从后向前|从后面往前|从后头往前|从后边往前|从下往上|从底下往上|从末尾往前|从最后往前|"
                         r"从后头|从后边|从后面|从末尾|从底下|倒过来|倒着)\s*数\s*(?:的)?")
_COUNTED = re.compile(rf"\s*(?:第\s*{NUM}\s*(?:条|个|项|点|行)?\s*(?:[、，,和与跟及]|还有)?\s*)+")


# Ordinals said one after another with no listing mark (二三两条, 一二条, 第二第三条, 第三第四两项): spoken Chinese
# runs the numbers of a short list together (《现代汉语八百词》 数词连用: 三四个 "three or four", 二三两条 "items 2 and
# 3"). Before a measure word, neighbours (一二, 三四) are a list of two; any pair is one when 两/俩 counts them.
_RUN_TOGETHER = re.compile(r"(?<![\d十百千万第统五期周])(第?)([一二三四五六七八九])\s*(第?)([一二三四五六七八九])"
                           r"(?=\s*(?:(两|俩)\s*(?:条|项|点|个)|(?<=[第\u4e00-\u9fff])条|项|点))")
_ORDINAL_PAIR = re.compile(r"(第\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}))\s*(?=第\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:两|俩)?"
                           r"\s*(?:条|项|点|个))")


def run_together(text: str) -> str:
    """The text with run-together ordinals listed with 、 (二三两条 → 二、三两条; 第二第三条 → 第二、第三条)."""
    def listed(m: re.Match) -> str:
        a, b = _number(m.group(2)) or 0, _number(m.group(4)) or 0
        if not (m.group(5) or m.group(1) or m.group(3)) and b != a + 1 or a == b:
            return m.group(0)
        return f"{m.group(1)}{m.group(2)}、{m.group(3)}{m.group(4)}"
    return _ORDINAL_PAIR.sub(r"\1、", _RUN_TOGETHER.sub(listed, text))


def counted_back(text: str) -> str:
    """The text with positions told after a counting-back lead-in written 倒数第N each."""
    lead = _COUNT_BACK.search(text)
    listed = _COUNTED.match(text, lead.end()) if lead else None
    if not lead or not listed:
        return text
    back = re.sub(rf"第\s*({NUM})", r"倒数第\1", listed.group(0))
    return text[: lead.start()] + back + text[listed.end() :]
