"""Check a plan's text: placeholders, outdated wording, citations, script, numbering, sections and domain rules."""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass
from typing import Callable, Iterable, Protocol

from assistant.cleaning import to_simplified
from assistant.profile import CONGRESS_STAFF_THRESHOLD, Profile
from assistant.statutes import cn_number, parse_cn_number
from assistant.structure import Structure

KINDS = (
    "placeholder",
    "outdated",
    "bad_citation",
    "misquote",
    "traditional",
    "pinyin",
    "numbering",
    "missing_section",
    "rule",
)

_CN_NUM = "零一二三四五六七八九十百千〇两"
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


class LawBookLike(Protocol):
    """What the checker needs from assistant.statutes.LawBook."""

    def has_law(self, name: str) -> bool: ...
    def has_article(self, law: str, article: str) -> bool: ...
    def article_text(self, law: str, article: str) -> str | None: ...
    def is_digest(self, law: str) -> bool: ...


@dataclass(frozen=True)
class Finding:
    """One problem: its kind, the exact offending span, its 1-based line (0 = whole document) and advice."""

    kind: str
    text: str
    line: int
    message: str
    suggestion: str
    column: int = 0  # 1-based column of the span's first character (0 when line is 0)

    def to_dict(self) -> dict:
        return asdict(self)


class _Text:
    """The checked text with offset → (line, column) lookup."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def finding(self, kind: str, start: int, end: int, message: str, suggestion: str) -> Finding:
        line = bisect.bisect_right(self.starts, start)
        column = start - self.starts[line - 1] + 1
        return Finding(kind, self.text[start:end], line, message, suggestion, column)

    def lines(self) -> Iterable[tuple[int, int, str]]:
        """(line number, offset of line start, line text)."""
        for i, start in enumerate(self.starts):
            end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
            yield i + 1, start, self.text[start:end]


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]*》", text)]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def _drop_contained(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
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


def _placeholders(doc: _Text) -> list[Finding]:
    spans = []
    for pattern, message, suggestion in _PLACEHOLDERS:
        for m in re.finditer(pattern, doc.text):
            if not any(ch in _X + "_＿略某○◯" for ch in m.group(0)):
                continue  # the date pattern also matches real dates: keep only those with a placeholder
            spans.append((m.start(), m.end(), message, suggestion))
    return [doc.finding("placeholder", a, b, msg, sug) for a, b, msg, sug in _drop_contained(spans)]


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


def current_congress(year: int) -> int:
    """Number of the latest national party congress held before the plan year (2027 → 20)."""
    return 18 + max(0, year - 1 - 2012) // 5


def current_five_year_plan(year: int) -> int:
    """Number of the five-year plan covering the year (2024 → 14, 2026 → 15)."""
    return 11 + (year - 2006) // 5


def _outdated(doc: _Text, year: int) -> list[Finding]:
    out: list[Finding] = []
    congress = current_congress(year)
    for m in _CONGRESS.finditer(doc.text):
        number = parse_cn_number(m.group(1))
        if number < congress:
            start = m.start() - 2 if doc.text[max(0, m.start() - 2) : m.start()] == "党的" else m.start()
            out.append(
                doc.finding(
                    "outdated",
                    start,
                    m.end(),
                    f"{year}年的计划应学习贯彻党的{cn_number(congress)}大精神，“{m.group(0)}”已不是最新提法",
                    f"改为“党的{cn_number(congress)}大精神”",
                )
            )
    plan_no = current_five_year_plan(year)
    for m in _FIVE_YEAR.finditer(doc.text):
        if parse_cn_number(m.group(1)) + 10 < plan_no:
            now = f"十{cn_number(plan_no - 10)}五"
            out.append(
                doc.finding(
                    "outdated",
                    m.start(),
                    m.end(),
                    f"“{m.group(0)}”规划期已结束，{year}年处于“{now}”时期（如确为回顾可保留）",
                    f"改为“{now}”",
                )
            )
    for term in OUTDATED_TERMS:
        if year < term.since:
            continue
        for m in re.finditer(term.pattern, doc.text):
            out.append(doc.finding("outdated", m.start(), m.end(), term.message, term.suggestion))
    if year >= 2018:  # 习近平新时代中国特色社会主义思想 has led the list since the 19th congress (2017)
        for m in _GUIDING.finditer(doc.text):
            inner = m.group(1)
            if any(t in inner for t in _OLD_THOUGHTS) and "习近平" not in inner:
                out.append(
                    doc.finding(
                        "outdated",
                        m.start(),
                        m.end(),
                        "指导思想只写了旧的理论表述，缺少习近平新时代中国特色社会主义思想",
                        "改为“以习近平新时代中国特色社会主义思想为指导”",
                    )
                )
    return out


# ---------------------------------------------------------------- citations and quotations

_CITATION = re.compile(
    rf"《([^《》\n]{{2,40}})》((?:第[{_CN_NUM}\d]+条(?:第[{_CN_NUM}\d]+款)?(?:\s*[、和及与，,]\s*第[{_CN_NUM}\d]+条(?:第[{_CN_NUM}\d]+款)?)*)?)"
)
_ARTICLE_TOKEN = re.compile(rf"第([{_CN_NUM}\d]+)条")
_LEAD_IN = re.compile(r"\s*(?:中|里)?\s*(?:明确|也|还)?\s*(?:规定|指出|要求|提出|强调|写道)?\s*([：:，,]?)\s*")
_QUOTE = re.compile(r"[“\"「『]([^”\"」』\n]{2,400})[”\"」』]")
_UNQUOTED = re.compile(r"([^。\n]{4,400})")
_ELLIPSIS = re.compile(r"……|…|\.{3,}|（略）|省略")


def _norm(text: str) -> str:
    return _PUNCT.sub("", to_simplified(text))


def _law_articles(lawbook: LawBookLike, law: str) -> list[str]:
    """All article texts of a law through the public LawBook interface (articles are numbered 1..n)."""
    texts, misses, n = [], 0, 1
    while misses < 30 and n < 1000:
        found = lawbook.article_text(law, f"第{n}条")
        if found is None:
            misses += 1
        else:
            texts.append(found)
            misses = 0
        n += 1
    return texts


def _quote_matches(quote: str, sources: list[str]) -> bool:
    fragments = [_norm(f) for f in _ELLIPSIS.split(quote)]
    fragments = [f for f in fragments if f]
    for source in sources:
        body, pos, ok = _norm(source), 0, True
        for fragment in fragments:
            found = body.find(fragment, pos)
            if found < 0:
                ok = False
                break
            pos = found + len(fragment)
        if ok:
            return True
    return False


def _citations(doc: _Text, lawbook: LawBookLike) -> list[Finding]:
    out: list[Finding] = []
    text = doc.text
    for m in _CITATION.finditer(text):
        law = m.group(1).strip()
        articles = [(a.start(), a.end(), a.group(0)) for a in _ARTICLE_TOKEN.finditer(m.group(2))]
        base = m.start(2)
        known = lawbook.has_law(law)
        if articles and not known:
            out.append(
                doc.finding(
                    "bad_citation",
                    m.start(),
                    m.end(),
                    f"知识库未收录《{law}》，无法核对所引条文",
                    "核对原文后再引用条文号，或删去条文号只写法规名称",
                )
            )
            continue
        missing_article = False
        if known and not lawbook.is_digest(law):
            for i, (a, b, token) in enumerate(articles):
                if not lawbook.has_article(law, token):
                    missing_article = True
                    start = m.start() if i == 0 else base + a
                    out.append(
                        doc.finding(
                            "bad_citation",
                            start,
                            base + b,
                            f"《{law}》中没有{token}",
                            "核对条文号；可在知识库中检索相关内容找到正确条文",
                        )
                    )
        quote = _quoted_after(text, m.end())
        if quote is None or not known or missing_article:
            continue
        q_start, q_end = quote
        wording = text[q_start:q_end]
        if lawbook.is_digest(law):
            out.append(
                doc.finding(
                    "misquote",
                    q_start,
                    q_end,
                    f"本库中的《{law}》只是要点摘编，不是官方原文，不能加引号作为原文引用",
                    f"改为转述（如“根据《{law}》，……”），或核对官方公布的条文后再引用",
                )
            )
            continue
        if len(_norm(wording)) < 4:
            continue  # a quoted term, not a quotation
        if articles:
            sources = [lawbook.article_text(law, token) or "" for _, _, token in articles]
            where = f"《{law}》{'、'.join(t for _, _, t in articles)}"
        else:
            sources = _law_articles(lawbook, law)
            where = f"《{law}》"
        if not _quote_matches(wording, sources):
            out.append(
                doc.finding(
                    "misquote",
                    q_start,
                    q_end,
                    f"引文与{where}的原文不一致",
                    "按原文逐字引用，或去掉引号改为转述",
                )
            )
    return out


def _quoted_after(text: str, pos: int) -> tuple[int, int] | None:
    """Span of the wording quoted right after a citation: “…”, or after 规定： up to the sentence end."""
    lead = _LEAD_IN.match(text, pos)
    after = lead.end() if lead else pos
    q = _QUOTE.match(text, after)
    if q:
        return q.start(1), q.end(1)
    said = text[pos:after]
    if lead and lead.group(1) in ("：", ":") and re.search(r"规定|指出|写道", said):
        u = _UNQUOTED.match(text, after)
        if u:
            return u.start(1), u.end(1)
    return None


# ---------------------------------------------------------------- script: Traditional characters and pinyin glosses

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"([\u4e00-\u9fff])[（(]\s*([a-zü]*[{_TONED}][a-zü{_TONED}]*)\s*[)）]")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


def _script(doc: _Text) -> list[Finding]:
    out: list[Finding] = []
    covered: set[int] = set()
    for m in _PINYIN.finditer(doc.text):
        covered.update(range(m.start(), m.end()))
        simple = to_simplified(m.group(1))
        out.append(
            doc.finding("pinyin", m.start(), m.end(), "字后带有拼音注音，是网页转贴留下的痕迹", f"改为“{simple}”")
        )
    for _, offset, line in doc.lines():
        converted = to_simplified(line)
        if len(converted) == len(line):
            changed = [i for i, (a, b) in enumerate(zip(line, converted)) if a != b]
            simple_of = dict(zip(range(len(line)), converted))
        else:  # phrase conversions changed the length: compare character by character
            per_char = [to_simplified(ch) for ch in line]
            changed = [i for i, (a, b) in enumerate(zip(line, per_char)) if a != b]
            simple_of = {i: per_char[i] for i in range(len(line))}
        changed = [i for i in changed if offset + i not in covered]
        for a, b in _group(changed, line):
            simple = "".join(simple_of[i] for i in range(a, b))
            out.append(doc.finding("traditional", offset + a, offset + b, "含繁体字", f"改为简体“{simple}”"))
    return out


def _group(positions: list[int], line: str) -> list[tuple[int, int]]:
    """Merge changed positions separated by at most two unchanged Chinese characters into spans."""
    spans: list[list[int]] = []
    for i in positions:
        if spans and i - spans[-1][1] <= 2 and all(_CJK_CHAR.match(ch) for ch in line[spans[-1][1] : i]):
            spans[-1][1] = i + 1
        else:
            spans.append([i, i + 1])
    return [(a, b) for a, b in spans]


# ---------------------------------------------------------------- numbering

_PREFIX = re.compile(r"^(?:\s|#+\s*|>\s*|\*\*|[-*+]\s+)*")
_MARKERS: tuple[tuple[int, re.Pattern], ...] = (
    (1, re.compile(r"([一二三四五六七八九十]+)(、)")),
    (2, re.compile(r"[（(]([一二三四五六七八九十]+)[）)]")),
    (3, re.compile(r"(\d{1,2})\s*([、.．])(?!\d)")),
    (4, re.compile(r"[（(](\d{1,2})[）)]")),
)


def _marker_text(level: int, value: int, sep: str) -> str:
    return {1: f"{cn_number(value)}、", 2: f"（{cn_number(value)}）", 3: f"{value}{sep}", 4: f"（{value}）"}[level]


def _numbering(doc: _Text) -> list[Finding]:
    out: list[Finding] = []
    last = {1: 0, 2: 0, 3: 0, 4: 0}
    style = ""  # separator of the first "1." / "1、" seen: the document's style for that level
    restart_ok = False  # a short label line ("九月份") may start a new 1. 2. 3. list
    new_plan = False  # a title line ("……工作计划", "篇2") may start a new 一、二、三、
    l3_before_l2: list[Finding] = []  # "1." items directly under the current 一、 before any （一）
    for _, offset, line in doc.lines():
        if line.lstrip().startswith("|"):
            continue
        prefix = _PREFIX.match(line)
        body_start = prefix.end() if prefix else 0
        body = line[body_start:]
        if re.match(r"^\s*#\s+\S", line) and not line.lstrip().startswith("##"):
            last = {1: 0, 2: 0, 3: 0, 4: 0}  # a new title: a new document
            continue
        found = None
        for level, pattern in _MARKERS:
            m = pattern.match(body)
            if m:
                found = (level, m)
                break
        if not found:
            stripped = body.strip()
            if stripped and len(stripped) <= 20 and not re.search(r"[。；，,;]$", stripped):
                restart_ok = True
            if stripped and len(stripped) <= 40 and re.search(r"计划|^篇\s*\d|^第[一二三四五六七八九十]篇", to_simplified(stripped)):
                new_plan = True
            continue
        level, m = found
        start, end = offset + body_start + m.start(), offset + body_start + m.end()
        value = parse_cn_number(m.group(1))
        sep = m.group(2) if level == 3 else ""
        expected = last[level] + 1
        if level == 1 and value == 1 and new_plan:
            last, style, l3_before_l2 = {1: 0, 2: 0, 3: 0, 4: 0}, "", []
            expected = 1
        if value != expected and not (value == 1 and level >= 3 and restart_ok):
            if value <= last[level]:
                message = f"序号“{m.group(0)}”与前面的序号重复或倒退（上一条是第{last[level]}条）"
            else:
                message = f"序号“{m.group(0)}”跳号，前一条是第{last[level]}条"
            out.append(doc.finding("numbering", start, end, message, f"改为“{_marker_text(level, expected, sep or style or '.')}”"))
        if level == 3:
            if not style:
                style = sep
            elif sep != style:
                out.append(
                    doc.finding(
                        "numbering",
                        start,
                        end,
                        f"同一层级混用“1{style}”和“1{sep}”两种序号",
                        f"统一为“{value}{style}”",
                    )
                )
            if last[2] == 0 and last[1] > 0:
                l3_before_l2.append(
                    doc.finding(
                        "numbering",
                        start,
                        end,
                        "“一、”之下既有“1.”又有“（一）”，层级混用",
                        "在“一、”之下先用“（一）”，再用“1.”",
                    )
                )
        if level == 4 and last[3] == 0 and last[2] == 0:
            out.append(
                doc.finding(
                    "numbering",
                    start,
                    end,
                    f"“{m.group(0)}”是第四层序号，前面还没有“（一）”或“1.”这一层",
                    f"改为“（{cn_number(value)}）”",
                )
            )
        if level == 2 and l3_before_l2:
            out.append(l3_before_l2[0])
            l3_before_l2 = []
        if level == 1:
            l3_before_l2 = []
        last[level] = value
        for deeper in range(level + 1, 5):
            last[deeper] = 0
        restart_ok = new_plan = False
    return out


# ---------------------------------------------------------------- missing sections

_DATE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月")


def _heading_level(line: str) -> int | None:
    """1 or 2 for a heading line (Markdown or 一、/（一）), 0 for a Markdown title, None for body text."""
    stripped = line.strip()
    md = re.match(r"^(#{1,6})\s", stripped)
    if md:
        return len(md.group(1)) - 1
    body = _PREFIX.sub("", stripped)
    if _MARKERS[0][1].match(body):
        return 1
    if _MARKERS[1][1].match(body):
        return 2
    return None


def _needs_covered(text: str, keywords: dict[str, tuple[str, ...]]) -> list[str]:
    return [need for need, words in keywords.items() if any(w in text for w in words)]


def missing_elements(text: str, structure: Structure) -> dict[str, list[str]]:
    """For each section with needs, the needs none of whose keywords occur in the text (for the composer/UI)."""
    return {
        spec.key: [n for n in spec.needs if n not in _needs_covered(text, spec.keywords)]
        for spec in structure.sections
        if spec.needs and spec.keywords
    }


def _missing_sections(doc: _Text, structure: Structure) -> list[Finding]:
    out: list[Finding] = []
    lines = list(doc.lines())
    nonblank = [(n, off, l) for n, off, l in lines if l.strip() and not re.fullmatch(r"\s*<!--.*-->\s*", l)]
    # The 落款 lines at the end are not the content of the last section.
    body_end = len(nonblank)
    while body_end > 0 and len(nonblank) - body_end < 3:
        last = nonblank[body_end - 1][2].strip()
        if len(last) <= 40 and (_DATE.search(last) or re.search(r"工会(?:委员会)?$", last)):
            body_end -= 1
        else:
            break
    headings = []
    for idx, (n, off, line) in enumerate(nonblank):
        level = _heading_level(line)
        short = len(line.strip()) <= 20 and not re.search(r"[。；，]", line)
        if level is not None or short:
            headings.append((idx, level if level is not None else 9, line))

    def present(spec) -> tuple[bool, tuple[int, str] | None]:
        names = (spec.title, *spec.aliases)
        for idx, level, line in headings:
            if any(name in line for name in names):
                nxt = nonblank[idx + 1][2] if idx + 1 < body_end else None
                nxt_level = _heading_level(nxt) if nxt is not None else -1
                empty = nxt is None or (nxt_level is not None and level != 9 and nxt_level <= level)
                return True, (idx, line) if empty else None
        return len(_needs_covered(doc.text, spec.keywords)) >= 2, None

    for spec in structure.sections:
        if spec.key in ("title", "signature"):
            continue
        if structure.is_container(spec.key):
            found, _ = present(spec)
            if not found and not any(present(c)[0] for c in structure.children(spec.key)):
                out.append(_missing(spec))
            continue
        if spec.key == "schedule":
            months = len(re.findall(r"(?m)^\s*(?:\|\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月", doc.text))
            found, empty = present(spec)
            if not found and months < 3:
                out.append(_missing(spec))
            elif empty and months < 3:
                out.append(_empty(doc, nonblank, spec, empty))
            continue
        found, empty = present(spec)
        if not found:
            out.append(_missing(spec))
        elif empty:
            out.append(_empty(doc, nonblank, spec, empty))
    first = nonblank[0][2] if nonblank else ""
    if "计划" not in first:
        out.append(Finding("missing_section", "", 0, "缺少标题（如“某学校2027年工会工作计划”）", "在开头加上标题：学校名称＋计划期间＋“工会工作计划”"))
    tail = "\n".join(l for _, _, l in nonblank[-4:])
    if not (_DATE.search(tail) and "工会" in tail):
        out.append(Finding("missing_section", "", 0, "缺少落款（工会委员会全称和日期）", "在文末写明“××学校工会委员会”和成文日期"))
    return out


def _missing(spec) -> Finding:
    return Finding("missing_section", "", 0, f"缺少“{spec.title}”部分", spec.guidance)


def _empty(doc: _Text, nonblank, spec, empty: tuple[int, str]) -> Finding:
    idx, line = empty
    n, off, raw = nonblank[idx]
    stripped = raw.strip()
    start = off + raw.index(stripped)
    return doc.finding("missing_section", start, start + len(stripped), f"“{spec.title}”部分只有标题，没有内容", spec.guidance)


# ---------------------------------------------------------------- domain rules

_OWN_CONGRESS = re.compile(r"教职工代表大会|教代会")
_UPPER = re.compile(r"(?:区|市|县|省|全国|上级|系统)$")
_FREQUENCY = re.compile(
    r"每(?:隔)?(?:两|二|三|四|五|2|3|4|5)(?:个)?(?:学)?年(?:召开|举行)?(?:一次)?|"
    r"(?:两|二|三|2|3)(?:个)?(?:学)?年(?:召开|举行)?一次|隔年(?:召开|举行)?(?:一次)?|每隔一年|不定期(?:召开|举行)?|每届(?:任期内)?(?:只)?(?:召开|举行)一次"
)
_CONGRESS_WORD = re.compile(r"教代会|教职工代表大会|教职工大会")
_COMMITTEE = re.compile(r"女(?:教职工|职工|教工|工)委员会|女工委(?!员)")
_MEMBER = re.compile(r"女(?:教职工|职工|教工|工)委员(?!会)")
_AUDIT = ("经费审查", "经审", "审查委员会", "审查监督", "审计")


def _rules(doc: _Text, profile: Profile, structure: Structure | None) -> list[Finding]:
    out: list[Finding] = []
    text = doc.text
    titles = _quoted_titles(text)
    threshold = CONGRESS_STAFF_THRESHOLD
    if structure is not None:
        try:
            threshold = int(structure.rule("congress_form").parameters.get("staff_threshold", threshold))
        except KeyError:
            pass

    def own(m: re.Match) -> bool:
        return not _inside(titles, m.start()) and not _UPPER.search(text[max(0, m.start() - 4) : m.start()])

    own_congress = [m for m in _OWN_CONGRESS.finditer(text) if own(m)]
    if profile.staff < threshold:
        for m in own_congress:
            out.append(
                doc.finding(
                    "rule",
                    m.start(),
                    m.end(),
                    f"本校教职工{profile.staff}人，不足{threshold}人，应建立全体教职工参加的教职工大会制度",
                    "改为“教职工大会”",
                )
            )
    elif not own_congress:
        for m in re.finditer("教职工大会", text):
            if own(m):
                out.append(
                    doc.finding(
                        "rule",
                        m.start(),
                        m.end(),
                        f"本校教职工{profile.staff}人，达到{threshold}人，应建立教职工代表大会（教代会）制度",
                        "改为“教职工代表大会（教代会）”",
                    )
                )
    for sentence in re.finditer(r"[^。；！？\n]+", text):
        if not _CONGRESS_WORD.search(sentence.group(0)):
            continue
        for m in _FREQUENCY.finditer(sentence.group(0)):
            a = sentence.start() + m.start()
            out.append(
                doc.finding(
                    "rule",
                    a,
                    a + len(m.group(0)),
                    f"{profile.congress_short}每学年至少召开一次",
                    f"改为“每学年至少召开一次{profile.congress_short}”",
                )
            )
    if profile.female_staff is not None:
        if profile.women_body == "女职工委员":
            for m in _COMMITTEE.finditer(text):
                out.append(
                    doc.finding(
                        "rule",
                        m.start(),
                        m.end(),
                        f"本校女教职工{profile.female_staff}人，人数较少，按《工会法》第十一条应在工会委员会中设女职工委员",
                        "改为“女职工委员”",
                    )
                )
        elif not _COMMITTEE.search(text):
            for m in _MEMBER.finditer(text):
                out.append(
                    doc.finding(
                        "rule",
                        m.start(),
                        m.end(),
                        f"本校女教职工{profile.female_staff}人，人数较多，按《工会法》第十一条可建立工会女职工委员会",
                        "改为“女职工委员会”",
                    )
                )
    money = [m for m in re.finditer(r"工会经费|经费管理|经费", text) if not _inside(titles, m.start())]
    if money and not any(word in text for word in _AUDIT):
        m = money[0]
        out.append(
            doc.finding(
                "rule",
                m.start(),
                m.end(),
                "写了工会经费，但没有经费审查（经审）的安排",
                "按照“收好、管好、用好”的要求，写明工会经费收支接受经费审查委员会审查并定期报告",
            )
        )
    return out


# ---------------------------------------------------------------- entry point


def check_text(
    text: str,
    year: int,
    lawbook: LawBookLike,
    profile: Profile | None = None,
    structure: Structure | None = None,
) -> list[Finding]:
    """All findings for a plan's text (Markdown or plain), sorted by position.

    Missing sections are checked only with a structure, domain rules only with a profile.
    """
    doc = _Text(text.replace("\r\n", "\n"))
    checks: list[Callable[[], list[Finding]]] = [
        lambda: _placeholders(doc),
        lambda: _outdated(doc, year),
        lambda: _citations(doc, lawbook),
        lambda: _script(doc),
        lambda: _numbering(doc),
    ]
    if structure is not None:
        checks.append(lambda: _missing_sections(doc, structure))
    if profile is not None:
        checks.append(lambda: _rules(doc, profile, structure))
    findings = [f for check in checks for f in check()]
    return sorted(findings, key=lambda f: (f.line, f.column, KINDS.index(f.kind)))
