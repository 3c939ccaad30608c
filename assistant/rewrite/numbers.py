"""Numbers as spoken plans write them (二十来个, 一万三, 4点半, 千分之五) and their values, so a rewrite can be
checked for the value it keeps rather than the characters.

>>> value_of("一万三")
13000.0
>>> value_of("1.3万")
13000.0
"""

from __future__ import annotations

import re

CN_NUMERAL = "零〇一二三四五六七八九十百千万亿两"
_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}

# A number as written: Arabic (with thousands separators or decimals, an optional 万/亿/千), a fraction
# (千分之五, 百分之三十), or a run of Chinese numerals.
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?(?:[万亿千](?![分米克瓦]))?"
FRACTION = rf"[百千万]分之(?:\d+(?:\.\d+)?|[{CN_NUMERAL}点]+)"
CHINESE = rf"[{CN_NUMERAL}]+"
NUMBER = re.compile(rf"{FRACTION}|{ARABIC}|{CHINESE}")


def _cn_section(text: str) -> int:
    """Value of a run below 10 000 (二百零五, 十二, 三千六); an elided last unit is restored (三千六 = 3600)."""
    total, digit, last_unit = 0, None, 0
    for ch in text:
        if ch in _DIGIT:
            digit = _DIGIT[ch]
        elif ch in _SMALL_UNIT:
            unit = _SMALL_UNIT[ch]
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            raise ValueError(text)
    if digit is not None:
        # 三千六 → 3600, 一百二 → 120; but 一百零五 and 十二 keep the digit as it is.
        elided = last_unit >= 100 and text[-2:-1] not in ("零", "〇")
        total += digit * (last_unit // 10 if elided else 1)
    return total


def cn_value(text: str) -> float:
    """Value of a Chinese numeral (二十, 一万三, 两千五, 三点五); ValueError when it is not one."""
    if not text or any(ch not in CN_NUMERAL + "点" for ch in text):
        raise ValueError(text)
    if "点" in text:
        whole, _, frac = text.partition("点")
        if not frac or any(ch not in _DIGIT for ch in frac):
            raise ValueError(text)
        return cn_value(whole) + float("0." + "".join(str(_DIGIT[c]) for c in frac))
    if re.fullmatch(r"[零〇一二两三四五六七八九]{2,}", text):
        if len(set(text)) == len(text) and all(_DIGIT[a] + 1 == _DIGIT[b] for a, b in zip(text, text[1:])):
            raise ValueError(text)  # 两三, 三四: a range, not a number
        return float("".join(str(_DIGIT[c]) for c in text))  # 二〇二七 read digit by digit
    total = 0.0
    rest = text
    for unit_char in ("亿", "万"):
        if unit_char in rest:
            head, _, rest = rest.partition(unit_char)
            total += (_cn_section(head) if head else 1) * _BIG_UNIT[unit_char]
            if rest and rest[0] not in ("零", "〇") and all(ch in _DIGIT for ch in rest):
                # 一万三 = 13 000: a lone digit after 万 counts thousands.
                return total + _DIGIT[rest[0]] * _BIG_UNIT[unit_char] / 10 if len(rest) == 1 else total + _cn_section(rest)
    if rest:
        total += _cn_section(rest)
    return float(total)


def value_of(text: str) -> float:
    """Value of a number as written (12,000 · 1.3万 · 一万三 · 千分之五 · 二十); ValueError when there is none."""
    text = text.strip()
    m = re.fullmatch(r"([百千万])分之(.+)", text)
    if m:
        base = {"百": 100, "千": 1000, "万": 10_000}[m.group(1)]
        inner = m.group(2)
        return (float(inner) if re.fullmatch(r"\d+(?:\.\d+)?", inner) else cn_value(inner)) / base
    m = re.fullmatch(r"(\d+(?:,\d{3})*(?:\.\d+)?)([万亿千]?)", text)
    if m:
        scale = {"": 1, "千": 1000, "万": 10_000, "亿": 100_000_000}[m.group(2)]
        return float(m.group(1).replace(",", "")) * scale
    return cn_value(text)


# Minutes said in characters after 点 with no 分 (四点二十 is 4:20), not a count that follows (四点二十个人).
CN_MINUTES = r"[一二三四五]?十[一二三四五六七八九]?(?![一二三四五六七八九十百千万个分天年月日号人名次元块岁])"


def is_range(text: str) -> bool:
    """True for a spoken range of adjacent numerals (两三, 三四十, 七八), also where value_of reads a number
    (三四千 is 3000 to 4000, not 4000)."""
    return bool(re.fullmatch(r"[一二两三四五六七八九]{2}[十百千万]?", text)) and (
        not _is_number(text) or text[-1] in "十百千万"
    )


def range_ends(text: str) -> tuple[int, int] | None:
    """The two ends of a spoken range (八九 → (8, 9), 三四十 → (30, 40), 两三百 → (200, 300)), or None."""
    if not is_range(text):
        return None
    scale = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10000}[text[2:]]
    digits = "零一二三四五六七八九"
    low, high = (digits.find(ch.replace("两", "二")) for ch in text[:2])
    return (low * scale, high * scale) if 0 < low < high else None


def _is_number(text: str) -> bool:
    try:
        value_of(text)
    except ValueError:
        return False
    return True


def spell_out_elided(text: str) -> str:
    """A Chinese numeral with its elided last unit written out (一万三 → 一万三千, 两千五 → 两千五百); else unchanged.

    >>> spell_out_elided("一万三")
    '一万三千'
    """
    m = re.fullmatch(rf"([{CN_NUMERAL}]*?[一二两三四五六七八九]?)([万千百])([一二两三四五六七八九])", text)
    if not m:
        return text
    lower = {"万": "千", "千": "百", "百": "十"}[m.group(2)]
    return f"{m.group(1)}{m.group(2)}{m.group(3)}{lower}"
