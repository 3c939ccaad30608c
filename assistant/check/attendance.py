"""A rate of taking part its own counts do not give: 应到代表45名，实到44名，到会率100% (44 of 45 is 97.8%); 女教职工
70人，参加筛查66人，筛查率100%. The rate may be written in digits (98%) or words (百分之百, 百分之九十八); the count of those
who took part (实到, 出席, 入会, 参加体检 …) comes before it in the sentence; the whole is 应到… in that sentence, else the
nearest count before the part that can hold it, else (for a meeting) the delegates counted earlier in the same
paragraph (本届代表45名). A rate said roughly (约, 以上, 左右) is left alone. Arithmetic only."""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.domain.numerals import count_of, count_pattern

_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_N = count_pattern(4, 6, "零〇")
_RATE = re.compile(
    r"(?:到会|出席|参会|到场|与会|实到|出勤|入会|参检|体检|筛查|参与|参加|参训|参赛|覆盖|慰问|走访|投票|参保)率\s*"
    r"(?:为|达|达到|是|高达|实现|保持)?\s*"
    r"(?:(\d{1,3}(?:\.\d+)?)\s*[%％]|百分之([一二两三四五六七八九十百零〇]{1,4})(?:点([零〇一二三四五六七八九]{1,2}))?)"
)
# Who took part: present at a meeting, joined the union, had the check-up, were visited, voted …
_PRESENT = re.compile(
    r"(?:实到|实际到会|实际出席|到会|出席|参会|与会|到场|已入会|入会|参检|参加(?:了)?(?:体检|筛查|培训|投保)?|参训|参与|"
    r"投票|参保|受检|已走访|走访|慰问)(?:了)?(?:会议)?(?:的)?(?:代表|人员|人数|教职工|会员|女教职工|老师|教师)?(?:为|有|共|达)?\s*"
    rf"{_N}\s*(?:名|人|位)"
)
_ANY_COUNT = re.compile(rf"{_N}\s*(?:名|人|位)(?!次)")
_MEETING = ("到会", "出席", "参会", "到场", "与会", "实到")
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
            n = count_of(here.group(1))
            # the nearest count before the part that can hold it: 女教职工70人，参加筛查68人 (not the staff before it)
            held = [c for c in _ANY_COUNT.finditer(words[: here.start()]) if count_of(c.group(1)) >= n]
            if expected:
                whole = count_of(expected[-1].group(1))
            elif held:
                whole = count_of(held[-1].group(1))
            elif not rate.group(0).startswith(_MEETING):
                continue
            else:
                line_start = text.rfind("\n", 0, at) + 1
                earlier = list(_DELEGATES.finditer(text[line_start : at + here.start()]))
                if not earlier:
                    continue
                whole = count_of(earlier[-1].group(1) or earlier[-1].group(2))
            if whole <= 0 or n < 0 or n > whole:
                continue
            actual = 100 * n / whole
            value, decimals = said
            if abs(actual - value) > (0.15 if decimals else 1.0):
                out.append(doc.finding(
                    "impossible_figure", at + here.start(), at + rate.end(),
                    f"{whole}人中{n}人，{rate.group(0)[:3]}约为{actual:.1f}%，不是“{re.search(r'[0-9百].*', rate.group(0)).group(0)}”",
                    "核对人数和比率：比率等于实际人数除以应有人数",
                ))
    return out
