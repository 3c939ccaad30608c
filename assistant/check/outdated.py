"""Wording that is no longer current in the plan's year: congress numbers (the party's and the unions'), ended
campaigns, superseded documents."""

from __future__ import annotations

import functools
import re

from assistant.check.campaigns import ended_campaigns
from assistant.check.findings import Document, Finding, quote
from assistant.domain.data import read_yaml
from assistant.domain.numerals import cn_number, parse_cn_number
from assistant.domain.policy import DEFAULT_PATH as POLICY_PATH
from assistant.domain.policy import current_congress, current_union_congress, outdated_spans, session_year

# 中国工会第十七次全国代表大会 / 中国工会十七大 / 全国工会十八大 / 全总十八大 (全总: 中华全国总工会, whose congress it
# is): the unions' own congress, not the party's.
_UNION = re.compile(
    r"(?:中国工会|全国工会|全总|中华全国总工会|全国总工会|工会)\s*(?:第([一二三四五六七八九十]{2,3})次全国代表大会|([一二三四五六七八九十]{2,3})大)(?!以来)"
)
# 全总十七届二次执委会议精神: a meeting of the executive committee the unions' congress elects (中华全国总工会第N届执行
# 委员会, 《中国工会章程》第十九条), numbered as that congress; stale once a later congress has elected a new one.
_UNION_BOARD = re.compile(
    r"(?:全总|中华全国总工会|全国总工会)\s*(?:第)?([一二三四五六七八九十]{2,3})届(?:[一二三四五六七八九十]{1,3}次)?"
    r"(?:执委会|执行委员会|主席团)(?:全体)?(?:会议|扩大会议)?(?:精神)?"
)
# 十三届全国人大五次会议精神 / 全国政协十四届二次会议: the yearly March sessions, numbered by 届 and 次 (policy.session_year).
_SESSION = re.compile(
    r"(?:第)?([一二三四五六七八九十]{2,3})届\s*(?:全国人大|全国人民代表大会|全国政协|全国人大常委会)?\s*(?:第)?([一二三四五六七八九十]{1,2})次"
    r"(?:全体)?会议(?:精神)?|(?:全国人大|全国人民代表大会|全国政协)\s*(?:第)?([一二三四五六七八九十]{2,3})届\s*(?:第)?"
    r"([一二三四五六七八九十]{1,2})次(?:全体)?会议(?:精神)?"
)
# …the union's 章程 as a congress amended it (十八大改过的工会章程, 十八大修改的《中国工会章程》): the unions' congress.
_UNION_AFTER = re.compile(r"^[^。；，\n]{0,8}?工会章程")
_CONGRESS_NUMBER = re.compile(r"[一二三四五六七八九十]{2,3}(?:大|次全国代表大会)")
# …or a union body and the verb of holding it (全总开十八大时, 全国总工会召开的十八大), or a word pointing at one meeting
# (全总那次十八大).
_UNION_BEFORE = re.compile(
    r"(?:中国工会|全国工会|全总|中华全国总工会|全国总工会|工会)\s*(?:召开的|召开|开的|开|举行的|举行|的)?\s*(?:那次|那一次|这次|上次|那届|这届|的那次)?\s*(?:第)?$"
)
# 迎接党的二十大胜利召开 / 喜迎二十大: a congress awaited; stale once it has been held.
_AWAITED = re.compile(
    r"(?:迎接|喜迎|迎来|献礼)\s*(?:党的|中国工会|全国工会)?\s*(?:第)?([一二三四五六七八九十]{2,3})(?:大|次全国代表大会)(?:的)?(?:胜利)?(?:召开)?"
)
# 《国家中长期教育改革和发展规划纲要（2010—2020年）》: a document whose period has ended, as current guidance.
# Its years may be written in characters, as 公文 dates are (二〇一四—二〇一六年: GB/T 9704 writes 成文日期 in numerals, but
# titles quoted in running text keep the characters a writer types).
_CN_YEAR_DIGITS = "〇○零一二三四五六七八九"
_YEAR = rf"(20\d\d|19\d\d|[一二][〇○零九][{_CN_YEAR_DIGITS}]{{2}})"
_PERIOD_TITLE = re.compile(rf"《[^《》\n]*?[（(]\s*{_YEAR}\s*(?:—|–|－|-|~|～|至|到)+\s*{_YEAR}\s*年?\s*[）)][^《》\n]*》")
# The same title written without its marks (特殊教育提升计划一期（2014—2016年）, 某某规划纲要（2010—2020年）): a name ending
# in 计划, 规划, 纲要 or 方案 right before its period in brackets, after the verb or preposition that leads to it.
_PERIOD_NAME = re.compile(rf"(?:计划|规划|纲要|方案)\s*[（(]\s*{_YEAR}\s*(?:—|–|－|-|~|～|至|到)+\s*{_YEAR}\s*年?\s*[）)]")
_NAME_RUN = re.compile(r"[\u4e00-\u9fff“”\"]{1,16}$")
_NAME_LEAD = re.compile(r"^.*?(?:按照|依照|依据|根据|落实|贯彻|对照|结合|围绕|实施|执行|推进|遵循|参照|以)")
# …实施以来, …期间, …收官: the sentence looks back on the ended period, which is right.
_LOOKS_BACK = re.compile(r"^[^。；，\n]{0,4}?(?:以来|期间|收官|结束|完成|已|成果|成效|经验|情况)")
_LOOKED_BACK = re.compile(r"(?:回顾|总结|完成了|已经|已)[^。；，\n]{0,4}$")
# “十四五”期间学校两次获评市文明校园: an ended five-year plan named as the time of a past achievement.
_FIVE_YEAR = re.compile(r"十[一二三四五六七八九]五")
_ACHIEVED_THEN = re.compile(r"^[”\"']?\s*(?:时期|期间|以来)[^。；\n]{0,16}?(?:获评|荣获|获得|被评为|评为|完成了|实现了|取得了|建成了?|通过了)")


def outdated(doc: Document, year: int) -> list[Finding]:
    """One finding per outdated phrase, with the current wording as the suggestion."""
    text = doc.text
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []
    current = current_union_congress(year)
    congress = f"中国工会第{cn_number(current)}次全国代表大会"
    stale = [(m, parse_cn_number(m.group(1) or m.group(2)),
              f"{year}年的计划应学习贯彻{congress}精神，{quote(m.group(0))}已不是最新一次工会代表大会", f"改为“{congress}”")
             for m in _UNION.finditer(text)]
    stale += [(m, parse_cn_number(m.group(1)),
               f"{year}年全总执委会已是第{cn_number(current)}届，{quote(m.group(0))}不是现行的会议精神",
               f"改为全总第{cn_number(current)}届执委会最近一次会议的精神，或删去")
              for m in _UNION_BOARD.finditer(text)]
    for m, number, message, suggestion in stale:
        taken.append((m.start(), m.end()))
        if number < current:
            out.append(doc.finding("outdated", m.start(), m.end(), message, suggestion))
    for finding in _awaited(doc, year) + _ended_periods(doc, year) + _past_anniversaries(doc, year) + _sessions(doc, year):
        taken.append((finding.start, finding.end))
        out.append(finding)
    spans = sorted(outdated_spans(text, year), key=lambda s: (s.start, -(s.end - s.start)))
    for span in spans:
        congress = _CONGRESS_NUMBER.search(text[span.start : span.end])
        if _UNION_BEFORE.search(text[max(0, span.start - 12) : span.start]) or (congress and _UNION_AFTER.match(text[span.end :])):
            continue  # a union congress number read as the party's (中国工会十八大 is current in 2027)
        if any(a < span.end and span.start < b for a, b in taken):
            continue
        if _FIVE_YEAR.fullmatch(text[span.start : span.end]) and _ACHIEVED_THEN.match(text[span.end :]):
            continue  # the ended period looked back on, which is right
        taken.append((span.start, span.end))
        out.append(doc.finding("outdated", span.start, span.end, span.message, span.suggestion))
    # An ended campaign set as this year's task, where no stale wording above already names it.
    out += [f for f in ended_campaigns(doc, year) if not any(a < f.end and f.start < b for a, b in taken)]
    return _joined(doc, out)


_CLAUSE_GAP = re.compile(r"[^。；;！？!?\n]{0,12}")


def _joined(doc: Document, found: list[Finding]) -> list[Finding]:
    """An anniversary celebrated as the crown of a campaign in the same clause (开展……学习教育，以优异成绩庆祝……周年) is
    one stale passage carried over from that year's plan: one finding."""
    out: list[Finding] = []
    for f in sorted(found, key=lambda f: f.start):
        last = out[-1] if out else None
        end = last.start + len(last.text) if last else 0
        if last and f.message.endswith(_ANNIVERSARY) and end <= f.start and _CLAUSE_GAP.fullmatch(
            doc.text[end : f.start]
        ):
            out[-1] = doc.finding("outdated", last.start, f.start + len(f.text), f"{last.message}；{f.message}",
                                  last.suggestion)
            continue
        out.append(f)
    return out


def _awaited(doc: Document, year: int) -> list[Finding]:
    """迎接党的二十大胜利召开 in a plan written after that congress met."""
    out = []
    for m in _AWAITED.finditer(doc.text):
        number = parse_cn_number(m.group(1))
        if _UNION_BEFORE.search(doc.text[max(0, m.start(1) - 6) : m.start(1)]):
            held = current_union_congress(year)
        else:
            held = current_congress(year)
        if number <= held:
            out.append(doc.finding(
                "outdated", m.start(), m.end(),
                f"“{m.group(0)}”是大会召开前的提法，{year}年该大会早已召开",
                "改为“深入学习贯彻……精神”，或写当年的工作主线",
            ))
    return out


def _year(text: str) -> int:
    """A year in digits or in characters (二〇二〇)."""
    if text.isdigit():
        return int(text)
    return int("".join(str(max(0, "零一二三四五六七八九".find(c))) for c in text))  # 〇 and ○ are 零


def _ended_periods(doc: Document, year: int) -> list[Finding]:
    """A planning document whose period (2010—2020年) ended before the plan's year, cited as current guidance."""
    out = []
    found = [(m.start(), m.end(), _year(m.group(2)), m.group(0)) for m in _PERIOD_TITLE.finditer(doc.text)]
    for m in _PERIOD_NAME.finditer(doc.text):
        if any(a <= m.start() < b for a, b, _, _ in found):
            continue
        run = _NAME_RUN.search(doc.text[: m.start()])
        name = _NAME_LEAD.sub("", run.group(0)) if run else ""
        start = m.start() - len(name)
        found.append((start, m.end(), _year(m.group(2)), doc.text[start : m.end()]))
    for start, end, last, title in found:
        if last >= year or _LOOKS_BACK.match(doc.text[end:]) or _LOOKED_BACK.search(doc.text[max(0, start - 10) : start]):
            continue
        out.append(doc.finding(
            "outdated", start, end,
            f"{title}的规划期到{last}年已经结束，{year}年的计划不宜再作为现行依据",
            "改为现行的规划或文件（如确为回顾可保留）",
        ))
    return out


@functools.lru_cache(maxsize=1)
def _anniversaries() -> tuple[tuple[re.Pattern, int], ...]:
    """(pattern of 建党100周年 / 建党百年, founding year) from knowledge/policy_terms.yaml."""
    out = []
    for entry in (read_yaml(POLICY_PATH) or {}).get("anniversaries") or ():
        names = "|".join(re.escape(str(n)) for n in sorted(entry["names"], key=len, reverse=True))
        # the count in digits or in characters (建党一百周年, 新中国成立七十五周年)
        out.append((re.compile(rf"(?:{names})\s*(?:(\d{{2,3}}|[一二三四五六七八九十百零]{{2,5}})\s*周年|(百)\s*(?:周)?年)"),
                    int(entry["year"])))
    return tuple(out)


_ANNIVERSARY = "年的计划不应再写"
_YEAR_NEAR = re.compile(r"(?:19|20)\d\d\s*年[^。；\n]{0,12}$")


def _past_anniversaries(doc: Document, year: int) -> list[Finding]:
    """庆祝建党100周年 in a plan written after that year: an anniversary carried over from an old plan."""
    out = []
    for pattern, founded in _anniversaries():
        for m in pattern.finditer(doc.text):
            count = m.group(1)
            when = founded + ((int(count) if count.isdigit() else parse_cn_number(count)) if count else 100)
            if when >= year or _YEAR_NEAR.search(doc.text[max(0, m.start() - 16) : m.start()]):
                continue  # this year's (or next year's) anniversary, or a dated look back (2021年庆祝建党百年时)
            out.append(doc.finding(
                "outdated", m.start(), m.end(), f"“{m.group(0)}”是{when}年的纪念活动，{year}{_ANNIVERSARY}",
                "删去，或改为计划年度的纪念活动",
            ))
    return out


def _sessions(doc: Document, year: int) -> list[Finding]:
    """十三届全国人大五次会议精神 in a 2027 plan: a yearly session held before last year's, studied as this year's."""
    out = []
    for m in _SESSION.finditer(doc.text):
        term, meeting = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if not re.search(r"全国|人大|政协", m.group(0)) and not re.search(r"全国(?:人大|政协)", doc.text[m.end() : m.end() + 8]):
            continue  # 九届三次教代会: a school's own congress
        held = session_year(parse_cn_number(term), parse_cn_number(meeting))
        if held >= year - 1 or _LOOKS_BACK.match(doc.text[m.end() :]):
            continue
        out.append(doc.finding(
            "outdated", m.start(), m.end(), f"“{m.group(0)}”是{held}年召开的会议，{year}年的计划不宜作为当年的学习内容",
            f"改为{year}年召开的全国两会精神，或删去",
        ))
    return out
