"""Procedure rules of the union and the 教代会 (knowledge/procedures.yaml): delegates and officers elected rather than
appointed, staff-interest schemes passed by the 教代会, terms of office, quorum, the teachers' share of delegates and
the audit of the union's funds as the statutes set them."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from assistant.check.findings import Document, Finding, inside, quoted_titles
from assistant.domain.data import read_yaml
from assistant.domain.numerals import count_of, parse_cn_number

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "procedures.yaml"
_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_QUOTED = re.compile(r"“[^“”\n]{4,}”")
# A clause that denies the treatment a rule forbids (产检不扣津贴、不算请假) states the rule; "不计入劳动时间" is the
# treatment itself.
_DENIES = re.compile(r"不(?!计入|算入|算作?(?:劳动|工作|出勤)|视为(?:劳动|工作|出勤))(?:按|算|记|计|作|视为|以|扣|减)")
_NEGATED = re.compile(r"(?:不得|不能|不准|不许|严禁|禁止|杜绝|防止|避免|无权|不因)[^，,]{0,6}$")


def _in_title(titles: list[tuple[int, int]], start: int, end: int) -> bool:
    """The whole clause lies inside a document's title 《…》 (a clause that only opens with one is checked)."""
    return any(a <= start and end <= b for a, b in titles)


def _alternatives(words) -> str:
    return "|".join(map(re.escape, sorted((str(w) for w in words), key=len, reverse=True)))


@functools.lru_cache(maxsize=2)
def _data(path: str = str(DEFAULT_PATH)) -> dict:
    return read_yaml(path) or {}


def procedures(doc: Document) -> list[Finding]:
    """Findings of every procedure rule, one per offending clause."""
    data = _data()
    titles = quoted_titles(doc.text)
    # Words inside quotation marks are a statute's or someone else's: a wrong quotation is a misquote, not a rule.
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(doc.text)]
    out: list[Finding] = []
    for sentence in _SENTENCE.finditer(doc.text):
        if _in_title(titles, sentence.start(), sentence.end()) or doc.outline.line_at(sentence.start()).kind in (
            "title", "signature"
        ):
            continue
        for check in (_appointed, _scheme_passed_elsewhere, _term_of_office, _stated, _shares):
            found = check(sentence.group(0), data)
            if found:
                a, b, rule = found
                start = sentence.start() + a
                if inside(quoted, start):
                    continue
                out.append(doc.finding("rule", start, sentence.start() + b, rule["message"], rule["suggestion"]))
    return out


def _appointed(sentence: str, data: dict) -> tuple[int, int, dict] | None:
    """代表 … 由某某指定: a delegate or officer put in place by decision."""
    rule = data.get("elected")
    if not rule:
        return None
    pattern = re.compile(
        rf"(?:{_alternatives(rule['subjects'])})(?![队性作团处])([^。；，]{{0,12}}?)[，,]?\s*"
        rf"(由[^。；，,]{{1,16}}?(?:{_alternatives(rule['appointed'])})[^。；，,]{{0,4}}?(?:补齐|产生|担任|补充|确定|充任)?)"
    )
    for m in pattern.finditer(sentence):
        if re.search("选举|选出|选区", m.group(0)) or re.search(r"(?:不|不得|不能|不可|严禁|禁止|不再)$", m.group(1)):
            continue  # 工会主席不由行政任命: the rule stated
        other = re.search(_alternatives(rule["other_object"]), m.group(1))
        # 主席人选由党支部提名 is a nomination; 人选……直接任命 puts the person in office all the same.
        conferred = re.search(_alternatives(rule.get("conferred") or ()), m.group(2)) if rule.get("conferred") else None
        if other and not (conferred and other.group(0) in (rule.get("nominees") or ())):
            continue
        return m.start(2), m.end(2), rule
    return None


def _scheme_passed_elsewhere(sentence: str, data: dict) -> tuple[int, int, dict] | None:
    """《…分配方案》由工会委员会讨论通过后执行: a staff-interest scheme passed by a body other than the 教代会."""
    rule = data.get("staff_schemes")
    if not rule or re.search(_alternatives(rule["congress"]), sentence):
        return None
    named = [t for t in rule["topics"] if str(t).endswith(tuple(rule["kinds"]))]  # 考核办法 names its kind itself
    scheme = re.search(
        rf"(?:{_alternatives(rule['topics'])})[^。；，,]{{0,12}}?(?:{_alternatives(rule['kinds'])})"
        + (rf"|(?:{_alternatives(named)})" if named else ""),
        sentence,
    )
    if not scheme:
        return _spoken_scheme(sentence, rule)
    passed = re.compile(
        rf"(?:由|经|报|交)[^。；，,]{{0,6}}?(?:{_alternatives(_full_names(rule['bodies']))})[^。；，,]{{0,6}}?"
        rf"(?:{_alternatives(rule['passed'])})"
        r"(?:后(?:执行|实施|施行|印发|公布))?"
    )
    m = passed.search(sentence, scheme.end())
    return (m.start(), m.end(), rule) if m else _spoken_scheme(sentence, rule)


def _spoken_scheme(sentence: str, rule: dict) -> tuple[int, int, dict] | None:
    """奖金怎么分，行政会拍板就发: the share-out said in everyday words, decided by another body and carried out at once
    (knowledge/procedures.yaml `spoken_topics`, `decided`, `carried_out`)."""
    topics, decided, carried = rule.get("spoken_topics"), rule.get("decided"), rule.get("carried_out")
    if not (topics and decided and carried):
        return None
    topic = re.search(_alternatives(topics), sentence)
    if not topic:
        return None
    m = re.compile(
        rf"(?:{_alternatives(_full_names(rule['bodies']))})[^。；，,]{{0,4}}?(?:{_alternatives(decided)})"
        rf"[^。；，,]{{0,4}}?(?:{_alternatives(carried)})"
    ).search(sentence, topic.end())
    return (m.start(), m.end(), rule) if m else None


def _full_names(bodies) -> list[str]:
    """The bodies with the full names their abbreviations stand for (Chinese names of committees shorten X务委员会 to X务会
    or X委会: 校务会 and 校委会 for 校务委员会, 支委会 for 支部委员会 — 《现代汉语词典》's 缩略语 pattern)."""
    names = [str(b) for b in bodies]
    full = [b[:-1] + "委员会" for b in names if b.endswith("务会")]
    full += [b[:-2] + ending for b in names if b.endswith("委会") for ending in ("务委员会", "部委员会")]
    return names + [f for f in full if f not in names]


_YEARS = r"([一二两三四五六七八九十]|\d{1,2})\s*年"


def _term_of_office(sentence: str, data: dict) -> tuple[int, int, dict] | None:
    """委员会任期两年: a term of office the statute does not allow (three or five years)."""
    rule = data.get("terms")
    if not rule:
        return None
    allowed = {int(y) for y in rule["years"]}
    pattern = rf"(?:{_alternatives(rule['holders'])})[^。；，,]{{0,6}}?(?:每届)?(任期(?:为|是)?\s*{_YEARS})(?!\s*(?:或|至|到|—|-|~|以))"
    for m in re.finditer(pattern, sentence):
        raw = m.group(2)
        years = int(raw) if raw.isdigit() else (2 if raw == "两" else parse_cn_number(raw))
        if years not in allowed:
            return m.start(1), m.end(1), rule
    return None


def _stated(sentence: str, data: dict) -> tuple[int, int, dict] | None:
    """过半数代表出席, 教师代表不少于50%: a number or a body the statutes fix, written otherwise."""
    for rule in data.get("stated") or ():
        for m in re.finditer(rule["pattern"], sentence):
            if _NEGATED.search(sentence[max(0, m.start() - 8) : m.start()]) or _DENIES.search(m.group(0)):
                continue  # 不得因怀孕降低工资, 严禁扣押身份证, 产检不算请假: the clause states the rule
            marked = m.re.groupindex.get("span")  # (?P<span>…): the words that break the rule, inside their context
            numbers = [m.group(i) for i in range(1, m.re.groups + 1) if i != marked]
            figure = next((float(g) for g in numbers if g is not None), None)
            if figure is not None and _within(figure, rule):
                continue
            return (m.start("span"), m.end("span"), rule) if marked and m.group("span") else (m.start(), m.end(), rule)
    return None


def _within(figure: float, rule: dict) -> bool:
    """True when the clause's figure is one the statute allows: not under `below`, not over `above`, or `not` itself."""
    if "below" in rule and figure >= float(rule["below"]):
        return True
    if "above" in rule and figure <= float(rule["above"]):
        return True
    return "not" in rule and figure == float(rule["not"])  # the one figure the statute sets


def _count(m: re.Match) -> int:
    return count_of(next(g for name, g in m.groupdict().items() if name.startswith("n") and g))


def _shares(sentence: str, data: dict) -> tuple[int, int, dict] | None:
    """代表共50名，教师代表26名: a part of a whole the statutes give a least share of, under it by the plan's own counts."""
    for rule in data.get("shares") or ():
        for whole in re.finditer(rule["whole"], sentence):
            part = re.compile(rule["part"]).search(sentence, whole.end())
            if not part or re.search(r"[。；;]", sentence[whole.end() : part.start()]):
                continue
            total, some = _count(whole), _count(part)
            if total <= 0 or some <= 0 or some > total or some >= float(rule["min"]) * total:
                continue  # a part above the whole is an impossible figure, not this rule
            share = f"{100 * some / total:.0f}%（{some}/{total}）"
            return whole.start(), part.end(), {**rule, "message": str(rule["message"]).format(share=share)}
    return None
