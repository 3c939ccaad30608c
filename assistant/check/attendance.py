"""An attendance rate its own counts do not give: 应到代表45名，实到44名，到会率100% (44 of 45 is 97.8%). The rate may
be written in digits (98%) or words (百分之百, 百分之九十八); the count present (实到, 出席, 到会 …) comes before it in the
sentence, the count expected is 应到… in that sentence or, failing that, the delegates counted earlier in the same
paragraph (本届代表45名). A rate said roughly (约, 以上, 左右) is left alone. Arithmetic only."""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.domain.numerals import count_of

_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_N = r"(\d{1,4}|[一二两三四五六七八九十百零〇]{1,6})"
_RATE = re.compile(
    r"(?:到会率|出席率|参会率|到场率|与会率|实到率|出勤率)\s*(?:为|达|达到|是|高达|实现|保持)?\s*"
    r"(?:(\d{1,3}(?:\.\d+)?)\s*[%％]|百分之([一二两三四五六七八九十百零〇]{1,4})(?:点([零〇一二三四五六七八九]{1,2}))?)"
)
_PRESENT = re.compile(rf"(?:实到|实际到会|实际出席|到会|出席|参会|与会|到场)(?:会议)?(?:的)?(?:代表|人员|人数|教职工)?(?:为|有|共)?\s*{_N}\s*(?:名|人|位)")
_EXPECTED = re.compile(rf"应(?:到|出席|参会)(?:会)?(?:代表|人员|人数|教职工)?(?:为|有|共)?\s*{_N}\s*(?:名|人|位)")
_DELEGATES = re.compile(
    rf"代表(?:总数|人数|名额)?(?:共|为|有|共计)?\s*{_N}\s*(?:名|人|位)|{_N}\s*(?:名|位)\s*(?:教职工|教代会)?代表(?!大会|队|团)"
)
_ROUGH = re.compile(r"约|左右|以上|以下|超过|不足|不到|接近|近|多|基本")
_DIGITS = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0"}


def _said(m: re.Match) -> tuple[float, bool] | None:
    """The rate as a number, and whether it carries decimals."""
    if m.group(1):
        return float(m.group(1)), "." in m.group(1)
    whole = 100 if m.group(2) == "百" else count_of(m.group(2))
    if whole < 0:
        return None
    if m.group(3):
        return float(f"{whole}.{''.join(_DIGITS[c] for c in m.group(3))}"), True
    return float(whole), False


def wrong_attendance(doc: Document) -> list[Finding]:
    out = []
    text = doc.text
    for sentence in _SENTENCE.finditer(text):
        words, at = sentence.group(0), sentence.start()
        for rate in _RATE.finditer(words):
            said = _said(rate)
            present = list(_PRESENT.finditer(words[: rate.start()]))
            if said is None or not present or _ROUGH.search(words[present[-1].start() : rate.end()]):
                continue
            here = present[-1]
            expected = list(_EXPECTED.finditer(words[: rate.start()]))
            if expected:
                whole = count_of(expected[-1].group(1))
            else:
                line_start = text.rfind("\n", 0, at) + 1
                earlier = list(_DELEGATES.finditer(text[line_start : at + here.start()]))
                if not earlier:
                    continue
                whole = count_of(earlier[-1].group(1) or earlier[-1].group(2))
            n = count_of(here.group(1))
            if whole <= 0 or n < 0 or n > whole:
                continue
            actual = 100 * n / whole
            value, decimals = said
            if abs(actual - value) > (0.15 if decimals else 1.0):
                out.append(doc.finding(
                    "impossible_figure", at + here.start(), at + rate.end(),
                    f"应到{whole}人、实到{n}人，到会率约为{actual:.1f}%，不是“{re.search(r'[0-9百].*', rate.group(0)).group(0)}”",
                    "核对到会人数和到会率：到会率等于实到人数除以应到人数",
                ))
    return out
