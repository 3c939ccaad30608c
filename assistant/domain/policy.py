"""What a plan's year makes current or outdated, and what marks a blank: shared by the composer and the checker.

The tables below are policy facts (congress numbers and dates, campaigns that have ended, the current amendment of the
Trade Union Law); each entry says where it comes from.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.domain.data import read_yaml
from assistant.domain.numerals import cn_number, parse_cn_number
from assistant.domain.spinner import load_spinner


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


# ---------------------------------------------------------------- the data

_X = "xX×ｘＸ"
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "policy_terms.yaml"


@dataclass(frozen=True)
class Formulation:
    """Wording that is current for plans of years first..last (inclusive)."""

    first: int
    last: int
    text: str


@dataclass(frozen=True)
class OutdatedTerm:
    """A phrase that is stale in plans for years >= since."""

    pattern: str
    since: int
    message: str
    suggestion: str


@dataclass(frozen=True)
class FixedTerm:
    """A term no substitution may break, the broken forms a careless rule makes, and what may follow them."""

    term: str
    broken: tuple[str, ...]
    fine_before: tuple[str, ...]


@dataclass(frozen=True)
class Slip:
    """A word typed with a wrong character and the word it stands for; the slip is two real words after one of
    `after` (各自|已有 of 自已) or before one of `before` (按|排名 of 按排)."""

    slip: str
    word: str
    after: tuple[str, ...] = ()
    before: tuple[str, ...] = ()


def slips_in(text: str, slips: tuple[Slip, ...]) -> list[tuple[int, int, Slip]]:
    """(start, end, slip) of each slip written in `text`, except where the characters around make it two real words
    (各自|已有, 按|排班). Shared by the checker (which circles them) and the rewrite (which writes the word)."""
    out = []
    for s in slips:
        for m in re.finditer(re.escape(s.slip), text):
            if not any(text.endswith(w, 0, m.start()) for w in s.after) and not any(
                    text.startswith(w, m.end()) for w in s.before):
                out.append((m.start(), m.end(), s))
    return out


@dataclass(frozen=True)
class PolicyTerms:
    party_congress: tuple[int, int, int]  # (number, year held, every n years)
    union_congress: tuple[int, int, int]
    five_year_plan: tuple[int, int]  # (number, first year)
    national_sessions: tuple[int, int, int]  # (届 number, its first year, years per 届)
    union_law: tuple[Formulation, ...]
    outdated: tuple[OutdatedTerm, ...]
    placeholders: tuple[tuple[re.Pattern, str, str], ...]
    fixed_terms: tuple[FixedTerm, ...]
    notice: tuple[tuple[str, re.Pattern], ...] = ()  # (part of a notice, pattern matched against one line)
    reduplicated_verbs: tuple[str, ...] = ()  # 研究研究: doubled on purpose
    doubled_particles: frozenset[str] = frozenset()  # function words a slip types twice (的的)
    radical_forms: dict[str, str] = field(default_factory=dict)  # a radical look-alike → the character (⻓ → 长)
    japanese_forms: dict[str, str] = field(default_factory=dict)  # a Japanese 新字体 form → the character (労 → 劳)
    variant_forms: dict[str, str] = field(default_factory=dict)  # a 异体字 the converter keeps → the standard one (囯 → 国)
    second_round_forms: dict[str, str] = field(default_factory=dict)  # a 二简 word → the standard word (歺厅 → 餐厅)
    ligature_forms: dict[str, str] = field(default_factory=dict)  # a 合文 character → the words it packs (圕 → 图书馆)
    web_slang: dict[str, str] = field(default_factory=dict)  # a pinyin-initial slang word → what it means (yyds)
    zhe_verbs: tuple[str, ...] = ()  # verbs after which 著 is the particle 着 written the traditional way (围绕著)
    latin_words_kept: tuple[str, ...] = ()  # Latin-letter words a plan writes on purpose (app, ppt), never pinyin
    # (word, its clipped form, words after which the clipped form is the word, characters that make it another word)
    clipped_words: tuple[tuple[str, str, tuple[str, ...], str], ...] = ()
    sound_slips: tuple[Slip, ...] = ()  # words typed with a homophone (公会 for 工会)
    typing_slips: tuple[Slip, ...] = ()  # everyday words misspelt (期未考试)
    stutter_nouns: frozenset[str] = frozenset()  # nouns whose first character a slip doubles (教教职工)
    statutory_limits: tuple[tuple[re.Pattern, dict], ...] = ()  # (clause pattern, the rule: figure, message…)
    feeling_words: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())  # (set words + 感, the usual ones)
    feeling_look_alikes: str = ""  # characters a slip puts for the 感 of a usual word (幸福惑)
    neighbour_grades: tuple[tuple[str, ...], dict[str, tuple[str, ...]]] = ((), {})  # (cues, school type → grades)
    exam_venues: tuple[tuple[str, ...], dict[str, tuple[str, ...]]] = ((), {})  # (cues, school type → exams it hosts)
    children_exams: tuple[tuple[str, ...], dict[str, tuple[str, ...]]] = ((), {})  # (cues, type → the staff's children's)
    article_counts: dict[str, int] = field(default_factory=dict)  # law (as named) → its number of articles


def _congress(raw: dict) -> tuple[int, int, int]:
    return int(raw["number"]), int(raw["year"]), int(raw["every"])


@functools.lru_cache(maxsize=4)
def load_policy_terms(path: str | None = None) -> PolicyTerms:
    """The policy data (knowledge/policy_terms.yaml by default), read once per process."""
    data = read_yaml(path or DEFAULT_PATH)
    plan = data["five_year_plan"]
    return PolicyTerms(
        party_congress=_congress(data["party_congress"]),
        union_congress=_congress(data["union_congress"]),
        five_year_plan=(int(plan["number"]), int(plan["first_year"])),
        national_sessions=_congress(data["national_sessions"]),
        union_law=tuple(Formulation(int(f["first"]), int(f["last"]), str(f["text"])) for f in data["union_law"]),
        outdated=tuple(
            OutdatedTerm(str(t["pattern"]), int(t["since"]), str(t["message"]), str(t["suggestion"]))
            for t in data["outdated"]
        ),
        placeholders=tuple(
            (re.compile(str(p["pattern"]).replace("{x}", _X)), str(p["message"]), str(p["suggestion"]))
            for p in data["placeholders"]
        ),
        fixed_terms=tuple(
            FixedTerm(str(t["term"]), tuple(t.get("broken") or ()), tuple(t.get("fine_before") or ()))
            for t in data["fixed_terms"]
        ),
        notice=tuple((str(n["part"]), re.compile(str(n["pattern"]))) for n in data.get("notice") or ()),
        reduplicated_verbs=tuple(str(v) for v in data.get("reduplicated_verbs") or ()),
        doubled_particles=frozenset(str(v) for v in data.get("doubled_particles") or ()),
        radical_forms={str(k): str(v) for k, v in (data.get("radical_forms") or {}).items()},
        japanese_forms={str(k): str(v) for k, v in (data.get("japanese_forms") or {}).items()},
        variant_forms={str(k): str(v) for k, v in (data.get("variant_forms") or {}).items()},
        second_round_forms={str(k): str(v) for k, v in (data.get("second_round_forms") or {}).items()},
        ligature_forms={str(k): str(v) for k, v in (data.get("ligature_forms") or {}).items()},
        web_slang={str(k): str(v) for k, v in (data.get("web_slang") or {}).items()},
        zhe_verbs=tuple(str(w) for w in data.get("zhe_verbs") or ()),
        latin_words_kept=tuple(str(w).lower() for w in data.get("latin_words_kept") or ()),
        clipped_words=tuple(
            (str(c["word"]), str(c["clipped"]), tuple(str(a) for a in c.get("after") or ()),
             "".join(str(n) for n in c.get("fine_next") or ()))
            for c in data.get("clipped_words") or ()
        ),
        sound_slips=_slips(data.get("sound_slips")),
        typing_slips=_slips(data.get("typing_slips")),
        stutter_nouns=frozenset(str(w) for w in data.get("stutter_nouns") or ()),
        statutory_limits=tuple((re.compile(str(r["pattern"])), r) for r in data.get("statutory_limits") or ()),
        feeling_words=_feeling_words(data.get("feeling_words") or {}),
        feeling_look_alikes=_feeling_look_alikes(data.get("feeling_words") or {}),
        neighbour_grades=_neighbour_grades(data.get("neighbour_grades") or {}),
        exam_venues=_neighbour_grades(data.get("exam_venues") or {}),
        children_exams=_neighbour_grades(data.get("children_exams") or {}),
        article_counts={str(law): int(n) for law, n in (data.get("article_counts") or {}).items()},
    )


def _feeling_words(raw: dict) -> tuple[frozenset[str], tuple[str, ...]]:
    return frozenset(str(w) for w in raw.get("known") or ()), tuple(str(w) for w in raw.get("usual") or ())


def _feeling_look_alikes(raw: dict) -> str:
    return "".join(str(c) for c in raw.get("look_alikes") or ())


def _neighbour_grades(raw: dict) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    kinds = {str(k): tuple(str(g) for g in v or ()) for k, v in (raw.get("kinds") or {}).items()}
    return tuple(str(c) for c in raw.get("cues") or ()), kinds


# ---------------------------------------------------------------- placeholders

# A date written out in digits (2027年3月, 3月5日): what the date pattern matches when nothing is left blank.
_REAL_DATE = re.compile(r"(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?(?:\d{1,2}\s*[日号])?")
# ... unless its month or day is nought (00月00日, 3月0日): a template's blank written in digits.
_ZERO_DATE = re.compile(r"(?<!\d)00\s*[月日号]")


def placeholder_spans(text: str) -> list[Span]:
    """Blanks and stand-ins left in a text (____, 20xx, 十x大, （略）, 某某, （请填写）, *月*日, 第N届, 2027年　月　日),
    longest span where they overlap."""
    spans = []
    for pattern, message, suggestion in load_policy_terms().placeholders:
        for m in pattern.finditer(text):
            if _REAL_DATE.fullmatch(m.group(0)) and not _ZERO_DATE.search(m.group(0)):
                continue  # the date pattern also matches real dates: keep only those with a placeholder
            spans.append((m.start(), m.end(), message, suggestion))
    return [Span(*s) for s in _longest(spans)]



# ---------------------------------------------------------------- current wording by year

def union_congress_spirit(year: int) -> str:
    """中国工会第十八次全国代表大会精神 for 2024–2028 plans."""
    return f"中国工会第{cn_number(current_union_congress(year))}次全国代表大会精神"


def union_law_phrase(year: int) -> str:
    """How a plan of that year names the Trade Union Law (2021年修正的《中华人民共和国工会法》)."""
    return pick_formulation(load_policy_terms().union_law, year, "《中华人民共和国工会法》")


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
    """Number of the latest national party congress held before the plan year (2027 → 20, 2028 → 21)."""
    number, held, every = load_policy_terms().party_congress
    return number + max(0, year - 1 - held) // every


def session_year(term: int, meeting: int) -> int:
    """The year the 全国人大 / 全国政协 of the `term`-th 届 held its `meeting`-th 会议 (十四届五次 → 2027)."""
    number, first, every = load_policy_terms().national_sessions
    return first + (term - number) * every + meeting - 1


def current_union_congress(year: int) -> int:
    """Number of the latest national congress of Chinese trade unions held before the plan year (2027 → 18)."""
    number, held, every = load_policy_terms().union_congress
    return number + max(0, year - 1 - held) // every


def current_five_year_plan(year: int) -> int:
    """Number of the five-year plan covering the year (2024 → 14, 2026 → 15)."""
    number, first = load_policy_terms().five_year_plan
    return number + (year - first) // 5



# ---------------------------------------------------------------- outdated wording

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
            # 党的十九届六中全会精神 is one phrase: its 精神 is quoted with the stale congress it belongs to.
            end = m.end() + 2 if text[m.end() : m.end() + 2] == "精神" else m.end()
            out.append(
                Span(start,
                    end,
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
    for term in load_policy_terms().outdated:
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


# ---------------------------------------------------------------- fixed terms and careless edits

# (a phrase of listed words doubled whole, 送温暖、办好事送温暖、办好事: its 、 inside, never at its ends)
_DOUBLED = re.compile(r"([\u4e00-\u9fff“”《》](?:[\u4e00-\u9fff“”《》、]{2,18}?)[\u4e00-\u9fff“”《》])(?:[和、与及]|以及|[ \u3000]+)?\1")


def protected_terms() -> tuple[str, ...]:
    """Fixed terms no rewriting rule may change (帮教, 帮带, 传帮带, 送温暖 …), longest first."""
    return tuple(sorted((t.term for t in load_policy_terms().fixed_terms), key=len, reverse=True))


def garbled_spans(text: str) -> list[Span]:
    """Fixed terms broken by a substitution (帮助教 for 帮教), not counting ordinary words (帮助教师), and fixed phrases
    a synonym spinner garbled (宽广教职工 for 广大教职工, knowledge/spinner.yaml)."""
    out = [
        Span(s.start, s.end, f"“{s.text}”是“{s.fixed}”被同义词替换后的错误写法", f"改为“{s.fixed}”")
        for s in load_spinner().spans(text)
    ]
    for term in load_policy_terms().fixed_terms:
        for broken in term.broken:
            for m in re.finditer(re.escape(broken), text):
                if text[m.end() : m.end() + 1] in term.fine_before and text[m.end() : m.end() + 1]:
                    continue
                out.append(Span(m.start(), m.end(), f"“{broken}”是“{term.term}”被错误替换后的写法", f"改为“{term.term}”"))
    return sorted(out, key=lambda s: s.start)


def notice_parts(line: str) -> list[tuple[int, int, str]]:
    """(start, end, part) of each mark of an official notice in one line of text: its title 关于……的通知, the
    addressees 各学校工会：, the closing 特此通知 (a notice pasted into a plan or a chat edit)."""
    return sorted((m.start(), m.end(), part) for part, pattern in load_policy_terms().notice for m in pattern.finditer(line))


def doubled_spans(text: str) -> list[Span]:
    """A phrase written twice in a row by a careless edit: 党的二十大精神和党的二十大精神, 中国工会中国工会."""
    return [
        Span(m.start(), m.end(), f"“{m.group(1)}”重复出现", f"只保留一个“{m.group(1)}”")
        for m in _DOUBLED.finditer(text)
    ]


def _slips(entries: list | None) -> tuple[Slip, ...]:
    """The entries of `sound_slips` / `typing_slips`."""
    return tuple(Slip(str(x["slip"]), str(x["word"]), tuple(str(w) for w in x.get("unless_after") or ()),
                      tuple(str(w) for w in x.get("unless_before") or ())) for x in entries or ())
