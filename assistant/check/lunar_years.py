"""The lunar year a plan names for the coming Spring Festival (迎接丁未羊年春节 in a plan whose 春节 falls in 2028, a
戊申 year of the monkey): a reviewer knows the year's 干支 and 生肖, and a name copied from last year's plan is wrong.

The Spring Festival of a period: a first term (September–January) and a school year (September–August) meet the one of
the next calendar year; a second term (February–July) meets its own year's, and a calendar year its own and (preparing
it in December) the next one's. The sexagenary cycle
counts from 甲子 in 4 AD (1984 and 2044 are 甲子 years); the twelve animals follow the branches (子 鼠 … 亥 猪).
"""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.domain.numerals import BRANCHES, STEMS
from assistant.index.lexicon import base_tokenizer

ANIMALS = "鼠牛虎兔龙蛇马羊猴鸡狗猪"
# 丁未羊年 / 丁未年 / 羊年, named in the same sentence as the festival it belongs to.
_YEAR_NAME = re.compile(rf"([{STEMS}][{BRANCHES}])?([{ANIMALS}])?年")
_FESTIVAL = re.compile(r"春节|新春|过年|拜年|农历新年|除夕|年夜饭|春联|贺岁")
_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_WORD = 50  # jieba's count from which the character before an animal makes a word with it (山羊, 海马, 老鼠)
# The calendar years whose Spring Festival a period meets, after the year it begins: a calendar year's plan meets its
# own and, in its December rows, prepares the next one's.
_FESTIVAL_YEARS = {"第一学期": (1,), "学年": (1,), "第二学期": (0,), "年度": (0, 1)}


def year_name(year: int) -> tuple[str, str]:
    """(干支, 生肖) of the lunar year that begins in `year`: 2027 → (丁未, 羊)."""
    return STEMS[(year - 4) % 10] + BRANCHES[(year - 4) % 12], ANIMALS[(year - 4) % 12]


def lunar_year_names(doc: Document, year: int, period: str) -> list[Finding]:
    """A 干支 or 生肖 year named beside the Spring Festival that is not the period's."""
    if period not in _FESTIVAL_YEARS:
        return []
    names = [year_name(year + later) for later in _FESTIVAL_YEARS[period]]
    festival_year = year + _FESTIVAL_YEARS[period][0]
    cycle, animal = names[0]
    out, freq = [], base_tokenizer().FREQ
    for sentence in _SENTENCE.finditer(doc.text):
        if not _FESTIVAL.search(sentence.group(0)):
            continue
        for m in _YEAR_NAME.finditer(sentence.group(0)):
            said_cycle, said_animal = m.group(1), m.group(2)
            if not said_cycle and not said_animal:
                continue
            start = sentence.start() + m.start()
            if start and said_animal and not said_cycle and freq.get(doc.text[start - 1] + said_animal, 0) >= _WORD:
                continue  # 迎羊年 names the year, but the 羊 of 山羊 or the 马 of 海马 is the animal
            if any((said_cycle or c) == c and (said_animal or a) == a for c, a in names):
                continue
            out.append(doc.finding(
                "impossible_figure", start, sentence.start() + m.end(),
                f"本计划期内的春节在{festival_year}年，是农历{cycle}{animal}年，不是“{m.group(0)}”",
                f"改为“{cycle}{animal}年”，或不写干支生肖",
            ))
    return out
