"""What a plan's year makes current or outdated, and what marks a blank: shared by the composer and the checker.

The tables below are policy facts (congress numbers and dates, campaigns that have ended, the current amendment of the
Trade Union Law); each entry says where it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.numerals import cn_number, parse_cn_number


@dataclass(frozen=True)
class Span:
    """A stretch of text [start, end) with why it is a problem and what to write instead."""

    start: int
    end: int
    message: str
    suggestion: str


def _longest(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Keep the longest of overlapping spans (20xx年x月x日 rather than 20xx and x月x日)."""
    spans = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str, str]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


# ---------------------------------------------------------------- placeholders

_X = "xX×ｘＸ"
_PLACEHOLDERS: tuple[tuple[str, str, str], ...] = (
    (r"[_＿]{2,}", "下划线占位符，内容空缺", "填写具体内容"),
    (rf"(?:20[0-9{_X}]{{2}}\s*年\s*)?[0-9{_X}]{{1,2}}\s*月(?:\s*[0-9{_X}]{{1,2}}\s*[日号])?", "日期含占位符", "填写具体日期"),
    (rf"20[0-9]?[{_X}]{{1,2}}(?![A-Za-z])", "年份是占位符", "填写具体年份，如计划年度"),
    (rf"十[{_X}]大", "党代会届次是占位符", "写明届次，如“党的二十大”"),
    (rf"(?<![A-Za-z])[{_X}]{{2,}}(?![A-Za-z])", "名称或数字是占位符", "填写具体名称或数字"),
    (rf"(?<![A-Za-z0-9])[{_X}](?=[年月日号届次名人个项期位所校])", "名称或数字是占位符", "填写具体名称或数字"),
    (r"[（(]\s*略\s*[）)]", "内容被省略", "补写完整内容"),
    (r"某某", "名称是占位符", "填写具体名称"),
    (r"[○◯]{2,}", "名称或数字是占位符", "填写具体名称或数字"),
)


def placeholder_spans(text: str) -> list[Span]:
    """Blanks and stand-ins left in a text (____, 20xx, 十x大, （略）, 某某), longest span where they overlap."""
    spans = []
    for pattern, message, suggestion in _PLACEHOLDERS:
        for m in re.finditer(pattern, text):
            if not any(ch in _X + "_＿略某○◯" for ch in m.group(0)):
                continue  # the date pattern also matches real dates: keep only those with a placeholder
            spans.append((m.start(), m.end(), message, suggestion))
    return [Span(*s) for s in _longest(spans)]



# ---------------------------------------------------------------- current wording by year

@dataclass(frozen=True)
class Formulation:
    """Wording that is current for plans of years first..last (inclusive)."""

    first: int
    last: int
    text: str


# The national trade union congress: the 17th was held in 2018, the 18th in October 2023.
UNION_CONGRESS: tuple[Formulation, ...] = (
    Formulation(2019, 2023, "中国工会第十七次全国代表大会精神"),
    Formulation(2024, 2028, "中国工会第十八次全国代表大会精神"),
)
# The Trade Union Law was last amended on 2021-12-24.
UNION_LAW: tuple[Formulation, ...] = (
    Formulation(2022, 2100, "2021年修正的《中华人民共和国工会法》"),
    Formulation(2000, 2021, "《中华人民共和国工会法》"),
)


def pick_formulation(table: tuple[Formulation, ...], year: int, default: str) -> str:
    for item in table:
        if item.first <= year <= item.last:
            return item.text
    return default


def party_spirit(year: int) -> str:
    """党的二十大和二十届历次全会精神 for 2023–2027 plans; the next congress's wording after it is held."""
    number = cn_number(current_congress(year))
    return f"党的{number}大和{number}届历次全会精神" if year >= 2023 else f"党的{number}大精神"


def current_congress(year: int) -> int:
    """Number of the latest national party congress held before the plan year (2027 → 20)."""
    return 18 + max(0, year - 1 - 2012) // 5


def current_five_year_plan(year: int) -> int:
    """Number of the five-year plan covering the year (2024 → 14, 2026 → 15)."""
    return 11 + (year - 2006) // 5



# ---------------------------------------------------------------- outdated wording

@dataclass(frozen=True)
class OutdatedTerm:
    """A phrase that is stale in plans for years >= since (data table; suggestion may use {congress}/{fyp})."""

    pattern: str
    since: int
    message: str
    suggestion: str


OUTDATED_TERMS: tuple[OutdatedTerm, ...] = (
    OutdatedTerm("八荣八耻", 2013, "“八荣八耻”（社会主义荣辱观）已不作为现行提法", "改为“社会主义核心价值观”"),
    OutdatedTerm("创先争优(?:活动)?", 2013, "“创先争优”活动在2010—2012年开展，已经结束", "删去，或改为当年的党建工作要求"),
    OutdatedTerm(
        "(?:党的)?群众路线教育实践活动", 2015, "党的群众路线教育实践活动在2013—2014年开展，已经结束", "删去，或改为当年的主题教育要求"
    ),
    OutdatedTerm(
        "保持(?:共产)?党员先进性教育(?:活动)?", 2007, "保持共产党员先进性教育活动在2005—2006年开展，已经结束", "删去，或改为当年的党建工作要求"
    ),
    OutdatedTerm("学习实践科学发展观活动", 2011, "深入学习实践科学发展观活动在2008—2010年开展，已经结束", "删去"),
    OutdatedTerm("“?三严三实”?专题教育", 2017, "“三严三实”专题教育在2015年开展，已经结束", "删去，或改为当年的党建工作要求"),
    OutdatedTerm("“?两学一做”?(?:学习教育)?", 2020, "“两学一做”学习教育是2016年起的提法，现已不是当年重点", "改为当年的党建工作要求"),
    OutdatedTerm(
        "“?不忘初心、?牢记使命”?主题教育", 2021, "“不忘初心、牢记使命”主题教育在2019—2020年开展，已经结束", "删去，或改为当年的主题教育要求"
    ),
    OutdatedTerm(
        "《公民道德建设实施纲要》|《公民道德建设纲要》",
        2020,
        "《公民道德建设实施纲要》（2001年）已由2019年印发的《新时代公民道德建设实施纲要》取代",
        "改为《新时代公民道德建设实施纲要》",
    ),
    OutdatedTerm("决胜全面建成小康社会", 2021, "全面建成小康社会已经实现，“决胜”的提法已过时", "改为“全面建设社会主义现代化国家”"),
    OutdatedTerm(
        "新(?:修订|修正|修改|颁布)?的?《(?:中华人民共和国)?工会法》",
        2024,
        "《工会法》最近一次修正是2021年，计划年度再称“新《工会法》”已不合适",
        "改为“2021年修正的《工会法》”或直接写《工会法》",
    ),
    OutdatedTerm(
        "新(?:颁布|出台|实施|修订|修正)?的?《(?:中华人民共和国)?劳动合同法》",
        2010,
        "《劳动合同法》2008年起施行、2012年修正，已不是“新颁布”的法律",
        "直接写《劳动合同法》",
    ),
)

# Congress numbers: 十八大 2012, 十九大 2017, 二十大 2022, then every five years.
_CONGRESS = re.compile(r"(十[六七八九]|二十[一二]?)(大|届[一二三四五六七八九]中全会|届历次全会)(?!以来)")
_FIVE_YEAR = re.compile(r"(?<![一二三四五六七八九十])十([一二三四五六七八九])五(?![一二三四五六七八九十人年])")
_GUIDING = re.compile(r"以([^。；！？\n以]{0,80}?)为(?:指导|指针|统领)")
_OLD_THOUGHTS = ("邓小平理论", "三个代表", "科学发展观")


_CONGRESS = re.compile(r"(十[六七八九]|二十[一二]?)(大|届[一二三四五六七八九]中全会|届历次全会)(?!以来)")
_FIVE_YEAR = re.compile(r"(?<![一二三四五六七八九十])十([一二三四五六七八九])五(?![一二三四五六七八九十人年])")
_GUIDING = re.compile(r"以([^。；！？\n以]{0,80}?)为(?:指导|指针|统领)")
_OLD_THOUGHTS = ("邓小平理论", "三个代表", "科学发展观")


def outdated_spans(text: str, year: int) -> list[Span]:
    """Wording that is stale in a plan for `year`, with the reason and the current wording."""
    out: list[Span] = []
    congress = current_congress(year)
    for m in _CONGRESS.finditer(text):
        number = parse_cn_number(m.group(1))
        if number < congress:
            start = m.start() - 2 if text[max(0, m.start() - 2) : m.start()] == "党的" else m.start()
            out.append(
                Span(start,
                    m.end(),
                    f"{year}年的计划应学习贯彻党的{cn_number(congress)}大精神，“{m.group(0)}”已不是最新提法",
                    f"改为“党的{cn_number(congress)}大精神”",
                )
            )
    plan_no = current_five_year_plan(year)
    for m in _FIVE_YEAR.finditer(text):
        if parse_cn_number(m.group(1)) + 10 < plan_no:
            now = f"十{cn_number(plan_no - 10)}五"
            out.append(
                Span(m.start(),
                    m.end(),
                    f"“{m.group(0)}”规划期已结束，{year}年处于“{now}”时期（如确为回顾可保留）",
                    f"改为“{now}”",
                )
            )
    for term in OUTDATED_TERMS:
        if year < term.since:
            continue
        for m in re.finditer(term.pattern, text):
            out.append(Span(m.start(), m.end(), term.message, term.suggestion))
    if year >= 2018:  # 习近平新时代中国特色社会主义思想 has led the list since the 19th congress (2017)
        for m in _GUIDING.finditer(text):
            inner = m.group(1)
            if any(t in inner for t in _OLD_THOUGHTS) and "习近平" not in inner:
                out.append(
                    Span(m.start(),
                        m.end(),
                        "指导思想只写了旧的理论表述，缺少习近平新时代中国特色社会主义思想",
                        "改为“以习近平新时代中国特色社会主义思想为指导”",
                    )
                )
    return out
