"""What an answer may quote, in which pieces: an article or its clauses, a point of the digest, a plan sentence.

A statute is official text and is quoted as it stands. A sentence of an example plan is shown only when it is fit
to show: no placeholder, dated year, outdated term, another school's names and people, OCR noise or typo (the
checks of assistant.domain.policy, the composer's name filter and the `quotes` part of knowledge/questions.yaml).
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass, replace

from assistant.compose.text import NameFilter, is_dated_or_local
from assistant.domain.data import read_yaml
from assistant.domain.passages import KIND_DIGEST, KIND_LAW, KIND_PLAN, KIND_UPLOAD, Citation, Hit, Passage
from assistant.domain.policy import doubled_spans, garbled_spans, outdated_spans, placeholder_spans
from assistant.domain.text import strip_item_marks
from assistant.index.segmentation import pos_tokenizer

_ARTICLE_HEAD = re.compile(r"^第[零〇一二两三四五六七八九十百千\d]+条\s*")
_ITEM = re.compile(r"^[（(][一二三四五六七八九十\d]+[）)]")
_SENTENCE = re.compile(r"[^。！？；;]+[。！？；;]?")
_YEAR = re.compile(r"(?:19|20)\d\d\s*(?:年|学年|届)|(?:19|20)\d\d(?=\D|$)|20[xX×]{2}")
WHOLE_ARTICLE = 220  # an article up to this long is quoted whole
LISTING = 450  # a list (lead line and items) up to this long is also quoted whole


@dataclass(frozen=True)
class Unit:
    """A quotable piece of a retrieved passage."""

    text: str
    hit: Hit
    rank: int  # retrieval rank of its passage, 0 first
    whole: bool = False  # the whole article (or the whole point of the digest)

    @property
    def passage(self) -> Passage:
        return self.hit.passage


@dataclass(frozen=True)
class QuoteRules:
    min_chars: int
    max_chars: int
    typos: tuple[str, ...]
    noise: re.Pattern
    dated: tuple[str, ...] = ()
    offices: frozenset[str] = frozenset()  # the offices every school has (德育处, 团总支): no school's own name


@functools.lru_cache(maxsize=4)
def load_quote_rules(path: str) -> QuoteRules:
    data = (read_yaml(path) or {}).get("quotes") or {}
    return QuoteRules(
        min_chars=int(data.get("min_chars", 12)), max_chars=int(data.get("max_chars", 140)),
        typos=tuple(str(t) for t in data.get("typos") or ()), noise=re.compile(str(data.get("noise") or r"(?!)")),
        dated=tuple(str(t) for t in data.get("dated") or ()),
        offices=frozenset(str(t) for t in data.get("offices") or ()),
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def article_units(hit: Hit, rank: int) -> list[Unit]:
    """An article whole when short, and its clauses: each paragraph, and a list as its lead line with all its items
    (when that is not too long) and with each item."""
    lines = _lines(hit.passage.text)
    if not lines:
        return []
    lines[0] = _ARTICLE_HEAD.sub("", lines[0])
    body = "\n".join(lines)
    units = [Unit(body, hit, rank, whole=True)] if len(body) <= WHOLE_ARTICLE else []
    if len(lines) == 1:
        return units or [Unit(body, hit, rank, whole=True)]
    i = 0
    while i < len(lines):
        line = lines[i]
        items = []
        if line.endswith(("：", ":")):
            while i + 1 + len(items) < len(lines) and _ITEM.match(lines[i + 1 + len(items)]):
                items.append(lines[i + 1 + len(items)])
        if not items:
            units.append(Unit(line, hit, rank))
            i += 1
            continue
        listing = "\n".join([line, *items])
        if len(listing) <= LISTING and len(body) > WHOLE_ARTICLE:
            units.append(Unit(listing, hit, rank, whole=True))
        units += [Unit(f"{line}{item}", hit, rank) for item in items]
        i += 1 + len(items)
    return units


def digest_units(hit: Hit, rank: int) -> list[Unit]:
    """Each point of a digest section (its heading line dropped)."""
    lines = _lines(hit.passage.text)
    points = [strip_item_marks(line) for line in lines[1:]] if len(lines) > 1 else lines
    return [Unit(p, hit, rank, whole=True) for p in points if len(p) >= 8]


def plan_sentences(text: str) -> list[str]:
    """Sentences of a plan passage (its heading line dropped), without item numbers."""
    lines = _lines(text)
    if len(lines) > 1:
        lines = lines[1:]
    out = []
    for line in lines:
        for m in _SENTENCE.finditer(line):
            sentence = strip_item_marks(m.group(0).strip())
            if sentence:
                out.append(sentence)
    return out


def units_of(hit: Hit, rank: int) -> list[Unit]:
    """The quotable pieces of a passage (plan sentences are not yet checked for fitness)."""
    kind = hit.passage.kind
    if kind == KIND_LAW:
        return article_units(hit, rank)
    if kind == KIND_DIGEST:
        return digest_units(hit, rank)
    return [Unit(s, hit, rank) for s in plan_sentences(hit.passage.text)]


def as_sentence(text: str) -> str:
    """A quote ending like a sentence: a trailing ；，： becomes 。."""
    text = text.strip().rstrip("；;，,：: ")
    return text if not text or text[-1] in "。！？”" else text + "。"


_FUNCTION_END = tuple("是的在为与和及对向把被了")


class NameCheck:
    """Another school's names, people and places in a sentence: the composer's NameFilter, less what it takes for a
    name by mistake — a word the national statutes use (福利, 公正) is no school's own, and "促进学校", "配合学校" are a
    verb before 学校, not a school's name (the verb occurs in several example plans; a name such as 城东 in one)."""

    def __init__(self, names: NameFilter, statutes: list[str]):
        self.names = names
        self._statutes = "\n".join(statutes)

    def specific(self, text: str) -> list[str]:
        out = []
        for word in self.names.specific(text):
            if len(word) >= 2 and word in self._statutes:
                continue
            school = re.match(r"^(.+?)(中学|小学|幼儿园|学校|大学|学院)$", word)
            if school and _generic_prefix(school.group(1), self.names):
                continue
            out.append(word)
        return out


def _generic_prefix(prefix: str, names: NameFilter) -> bool:
    """True when what precedes 学校 is a verb or a function word (督促学校, 依据学校, 教职工是学校), not a name."""
    if prefix.endswith(_FUNCTION_END) or names.plans_with(prefix[-2:]) >= 2:
        return True
    words = list(pos_tokenizer().cut(prefix))
    return bool(words) and words[-1].flag[:1] in ("v", "p", "c", "d", "r")


class QuoteFilter:
    """Decides whether a sentence of a plan or an upload is fit to show to a user."""

    def __init__(self, rules: QuoteRules, names: NameCheck | None, year: int | None = None):
        self.rules = rules
        self.names = names
        self.year = year or datetime.date.today().year
        self._seen: dict[str, tuple[str, ...]] = {}  # sentence → problems (the knowledge base repeats itself)

    def problems(self, text: str) -> tuple[str, ...]:
        """Why a sentence must not be shown (empty when it may be)."""
        if text not in self._seen:
            if len(self._seen) > 20000:
                self._seen.clear()
            self._seen[text] = tuple(self._problems(text))
        return self._seen[text]

    def _problems(self, text: str) -> list[str]:
        found = []
        if not self.rules.min_chars <= len(text) <= self.rules.max_chars:
            found.append("length")
        if placeholder_spans(text):
            found.append("placeholder")
        if _YEAR.search(text):
            found.append("year")
        if outdated_spans(text, self.year) or any(t in text for t in self.rules.dated):
            found.append("outdated")
        if text[-1:] not in "。；;！":
            found.append("fragment")  # a heading or a cut-off line, not a sentence
        if garbled_spans(text) or doubled_spans(text) or self.rules.noise.search(text):
            found.append("noise")
        if any(t in text for t in self.rules.typos):
            found.append("typo")
        if is_dated_or_local(text):
            found.append("local")
        if self.names is not None and set(self.names.specific(text)) - self.rules.offices:
            found.append("names")
        return found

    def fit(self, unit: Unit) -> bool:
        """Statutes and the digest are always fit; a plan or upload sentence only without problems."""
        if unit.passage.kind in (KIND_LAW, KIND_DIGEST):
            return True
        if unit.passage.kind not in (KIND_PLAN, KIND_UPLOAD):
            return False
        return not self.problems(unit.text)


def cite(n: int, unit: Unit) -> Citation:
    """The citation of a quoted unit: its human label, and the quote as shown (an article as it stands)."""
    p = unit.passage
    text = "".join(line.strip() for line in unit.text.splitlines())  # an article's paragraphs, run on as printed
    quote = text if p.kind == KIND_LAW else as_sentence(text)
    return Citation(n=n, source=p.source, title=p.title, section=p.section, quote=quote, kind=p.kind,
                    law=p.law, article=p.article, label=p.citation)


def shown_hit(unit: Unit) -> Hit:
    """The passage as a model may see it: statutes and the digest whole, a plan passage cut to the sentence shown
    (never its unfit neighbours)."""
    p = unit.passage
    if p.kind in (KIND_LAW, KIND_DIGEST):
        return unit.hit
    return Hit(replace(p, text=as_sentence(unit.text)), unit.hit.score)


def hit_of(c: Citation) -> Hit:
    """A cited quote as a passage (what a model may write from)."""
    passage = Passage(text=c.quote, source=c.source, title=c.title, section=c.section, kind=c.kind, law=c.law,
                      article=c.article)
    return Hit(passage, 1.0)
