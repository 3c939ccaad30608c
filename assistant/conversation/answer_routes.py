"""Which kind of question a user asks: a statute fact, plan-section guidance, a procedure, or out of scope.

The routes, their cue words, exemplar questions and the gaps of the knowledge base are data (knowledge/questions.yaml).
A question goes to the route whose exemplars it most resembles — by meaning with the shipped e5-small embedder where
it is installed, by character n-grams otherwise, and both together when both are there — plus the route's cue words,
so that paraphrases land on the same route. The same router decides with and without a model.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from assistant.conversation.question_similarity import BlendedSimilarity, default_embedder
from assistant.domain.data import read_yaml
from assistant.domain.numerals import count_of
from assistant.domain.structure import Structure
from assistant.domain.text import occurrences
from assistant.errors import LoadError
from assistant.index.lexicon import base_tokenizer
from assistant.index.segmentation import pos_tokenizer
from assistant.index.story_questions import story_parts
from assistant.loading.cleaning import normalize

DEFAULT_QUESTIONS = Path(__file__).resolve().parents[2] / "knowledge" / "questions.yaml"


class Route(StrEnum):
    STATUTE = "statute"
    SECTION = "section"
    PROCEDURE = "procedure"
    OUT_OF_SCOPE = "out_of_scope"


ANSWERABLE = (Route.STATUTE, Route.SECTION, Route.PROCEDURE)


@dataclass(frozen=True)
class Gap:
    """Something the knowledge base does not hold, how to recognise a question about it, and where to look instead."""

    key: str
    what: str  # 知识库中没有关于{what}的规定
    look: str  # where to look ("" for off-topic questions)
    cues: tuple[tuple[str, ...], ...]
    exemplars: tuple[str, ...]
    cue_weight: float | None = None  # instead of Matching.cue_weight
    # A statute covering at least this share of the question answers it despite the gap (None: never): a place named
    # (县里, 区里) says where the school is, and national law applies there too.
    answer_above: float | None = None
    # Words that, right after a cue (的 between allowed), make it name something else: 县里的工会 is the upper union
    # the school's union turns to, not the county's own rules.
    not_before: tuple[str, ...] = ()
    # Words of the asking part that make the question one the national texts answer whatever the place: 当地的最低
    # 工资标准根据什么来定 asks how the local figure is set, which a statute lays down (not the figure itself).
    unless_asking: tuple[str, ...] = ()
    # Words of the asking part that only the place's own document answers (申报表要填啥, 最晚几号交): no statute does,
    # however much of the question's subject it covers (`answer_above` does not apply).
    particulars: tuple[str, ...] = ()

    def asks_particulars(self, text: str) -> bool:
        """True when the asking part asks for what only the place's own document says (`particulars`)."""
        return any(w in asking_part(text) for w in self.particulars)

    def cued(self, text: str) -> bool:
        """True when a cue word of the gap is in the text (not one followed by a word of `not_before`), unless the
        asking part asks what `unless_asking` names."""
        if self.unless_asking and any(w in asking_part(text) for w in self.unless_asking):
            return False
        return _cue_hits(text, self.cues, self.not_before) > 0


@dataclass(frozen=True)
class RouteSpec:
    route: Route
    label: str
    kinds: tuple[str, ...]
    cues: tuple[tuple[str, ...], ...]
    exemplars: tuple[str, ...]


@dataclass(frozen=True)
class Matching:
    e5_weight: float = 0.6
    e5_floor: float = 0.78
    neighbours: int = 3
    cue_weight: float = 0.12
    decline_margin: float = 0.05
    doubt_margin: float = 0.08
    doubt_coverage: float = 0.75
    story_cue: float = 0.5  # a gap's cues met only in a story's setting, not in the sentences that ask
    section_lead: float = 0.05  # a section question naming no section is placed only when its route leads this far


_NEVER = re.compile(r"(?!)")
# 满不满意, 同不同意, 合不合法: the A-not-AB question of a two-character word (《现代汉语八百词》 正反问句); folded when AB is
# a common word of jieba's dictionary (会不会来 keeps its form: 会来 is no word).
_A_NOT_AB = re.compile(r"([\u4e00-\u9fff])不\1([\u4e00-\u9fff])")
_AB_WORD = 100  # jieba frequency from which AB is a word of its own


def _ab(m: re.Match) -> str:
    word = m.group(1) + m.group(2)
    return word if base_tokenizer().FREQ.get(word, 0) >= _AB_WORD else m.group(0)
OFF_TOPIC = "offtopic"  # the gap of questions outside the domain (knowledge/questions.yaml)


@dataclass(frozen=True)
class QuestionForms:
    """Patterns of how a question asks: for a number, a list, a time, a remedy, about a headcount; spoken measure
    words."""

    asks_number: re.Pattern = _NEVER
    asks_duration: re.Pattern = _NEVER  # how long (多久, 几个月): a length of time answers, not a count (一次, 三人)
    asks_list: re.Pattern = _NEVER
    asks_time: re.Pattern = _NEVER
    time_words: re.Pattern = _NEVER
    headcount: re.Pattern = _NEVER
    headcount_forms: tuple[str, ...] = ()
    verb_measure: re.Pattern = _NEVER
    asks_more: re.Pattern = _NEVER
    already_done: re.Pattern = _NEVER  # what the school does every year and finds too little (每年都是发倡议书): group 1
    asks_recourse: re.Pattern = _NEVER
    asks_purpose: re.Pattern = _NEVER  # what a law is for (为谁定的, 开头怎么说): its first article
    asks_heading: re.Pattern = _NEVER  # a part's heading or its wording (小标题怎么起, 什么提法): the plans' headings
    heading_length: re.Pattern = _NEVER  # the length asked of a heading (八个字的小标题): a group of digits or numerals
    recourse_forms: tuple[str, ...] = ()
    recourse_groups: tuple[tuple[str, ...], ...] = ()  # one group per remedy (诉讼 and 人民法院 are one)
    law_subjects: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a law for one group → words naming it

    def heading_size(self, question: str) -> int:
        """The number of characters the question asks a heading to have (八个字的小标题 → 8); 0 when it names none or
        does not ask for a heading."""
        if not self.asks_heading.search(question):
            return 0
        found = self.heading_length.search(question)
        return max(count_of(next(g for g in found.groups() if g)), 0) if found else 0

    def routine(self, question: str) -> tuple[str, ...]:
        """The nouns of what the question says the school already does every time (每年都是发倡议书 → 倡议书): an
        answer offers something else first."""
        out: list[str] = []
        for m in self.already_done.finditer(question):
            out += [w for w, flag in pos_tokenizer().cut(m.group(1)) if len(w) >= 2 and flag.startswith("n")]
        return tuple(dict.fromkeys(out))

    def spoken(self, question: str) -> str:
        """The question with measure words inside verb phrases dropped (打个招呼 → 打招呼)."""
        return self.verb_measure.sub("", question)

    @staticmethod
    def whole_words(question: str) -> str:
        """A two-character word asked as A-not-AB said whole (满不满意 → 满意, 合不合法 → 合法), so its halves (不满)
        are not read as words of what is asked.

        >>> QuestionForms.whole_words("老师们满不满意，会不会来")
        '老师们满意，会不会来'
        """
        return _A_NOT_AB.sub(_ab, question)


@dataclass(frozen=True)
class QuestionBank:
    """knowledge/questions.yaml, read."""

    routes: dict[Route, RouteSpec]
    gaps: tuple[Gap, ...]
    sections: dict[str, tuple[str, ...]]
    noise: tuple[str, ...]
    decline: dict[str, str]
    heading_themes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a part's headings' words besides its names
    forms: QuestionForms = field(default_factory=lambda: QuestionForms())
    school_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    place_words: tuple[str, ...] = ()  # words holding 园 that are no kindergarten (校园, 花园): read past by school_words
    matching: Matching = field(default_factory=Matching)
    domain_words: tuple[str, ...] = ()  # a question holding none of them is off-topic (empty: not checked)
    generic_names: frozenset[str] = frozenset()  # chat names of sections that are ordinary words in a question
    synonyms: tuple[tuple[str, ...], ...] = ()  # names of one thing the gate reads as one (not retrieval's expansion)
    law_cues: tuple[str, ...] = ()  # words that ask what national law says (法律上, 国家规定)
    special_laws: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a law → the general laws it goes before

    def asks_law(self, text: str) -> bool:
        """True when a question asks what national law says (法律上…, 国家规定里…)."""
        return any(cue in text for cue in self.law_cues)

    def in_domain(self, text: str) -> bool:
        """True when a question holds a word of the domain (or the bank lists none)."""
        return not self.domain_words or any(w in text for w in self.domain_words)

    def exemplars(self) -> list[tuple[str, str]]:
        """(owner, exemplar) for every exemplar: owner is a route value, or "gap:<key>"."""
        out = [(spec.route.value, text) for spec in self.routes.values() for text in spec.exemplars]
        return out + [(f"gap:{gap.key}", text) for gap in self.gaps for text in gap.exemplars]

    def gap(self, key: str) -> Gap:
        return next(g for g in self.gaps if g.key == key)


def _groups(raw: Any) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(w) for w in group) for group in raw or () if group)


def _nested(raw: Any) -> list:
    """A list whose entries are words or groups of words, as groups ([调解, [诉讼, 人民法院]] → [[调解], [诉讼, 人民法院]])."""
    return [group if isinstance(group, list) else [group] for group in raw or ()]


def parse_question_bank(data: dict) -> QuestionBank:
    routes: dict[Route, RouteSpec] = {}
    gaps: tuple[Gap, ...] = ()
    for name, raw in data["routes"].items():
        route = Route(name)
        if route is Route.OUT_OF_SCOPE:
            gaps = tuple(
                Gap(str(g["key"]), str(g["what"]), str(g.get("look") or ""), _groups(g.get("cues")),
                    tuple(str(t) for t in g.get("exemplars") or ()),
                    float(g["cue_weight"]) if g.get("cue_weight") is not None else None,
                    float(g["answer_above"]) if g.get("answer_above") is not None else None,
                    tuple(str(w) for w in g.get("not_before") or ()),
                    tuple(str(w) for w in g.get("unless_asking") or ()),
                    tuple(str(w) for w in g.get("particulars") or ()))
                for g in raw["gaps"]
            )
            continue
        routes[route] = RouteSpec(route, str(raw.get("label", name)), tuple(raw.get("kinds") or ()),
                                  _groups(raw.get("cues")), tuple(str(t) for t in raw.get("exemplars") or ()))
    matching = Matching(**{k: v for k, v in (data.get("matching") or {}).items() if k in Matching.__dataclass_fields__})
    return QuestionBank(
        routes=routes, gaps=gaps,
        sections={str(k): tuple(str(n) for n in v or ()) for k, v in (data.get("sections") or {}).items()},
        heading_themes={str(k): tuple(str(n) for n in v or ()) for k, v in (data.get("heading_themes") or {}).items()},
        noise=tuple(sorted((str(w) for w in data.get("noise") or ()), key=len, reverse=True)),
        decline={str(k): str(v) for k, v in (data.get("decline") or {}).items()},
        forms=QuestionForms(
            **{k: re.compile(str(data[k])) for k in ("asks_number", "asks_duration", "asks_list", "asks_time", "time_words",
                                                     "headcount", "verb_measure", "asks_more", "asks_recourse", "asks_purpose",
                                                     "already_done", "asks_heading", "heading_length")
               if data.get(k)},
            headcount_forms=tuple(str(f) for f in data.get("headcount_forms") or ()),
            recourse_forms=tuple(str(f) for f in data.get("recourse_forms") or ()),
            recourse_groups=_groups(_nested(data.get("recourse_ways"))),
            law_subjects={str(k): tuple(str(w) for w in v or ()) for k, v in (data.get("law_subjects") or {}).items()},
        ),
        school_words={str(k): tuple(str(w) for w in v or ()) for k, v in (data.get("school_words") or {}).items()},
        place_words=tuple(str(w) for w in data.get("place_words") or ()),
        matching=matching,
        domain_words=tuple(str(w) for w in data.get("domain_words") or ()),
        generic_names=frozenset(str(w) for w in data.get("generic_names") or ()),
        synonyms=_groups(data.get("synonyms")),
        law_cues=tuple(str(w) for w in data.get("law_cues") or ()),
        special_laws={str(k): tuple(str(w) for w in v or ()) for k, v in (data.get("special_laws") or {}).items()},
    )


@functools.lru_cache(maxsize=4)
def load_question_bank(path: str | None = None) -> QuestionBank:
    """The question router's data (knowledge/questions.yaml by default), read once per process."""
    where = Path(path) if path else DEFAULT_QUESTIONS
    try:
        return parse_question_bank(read_yaml(where))
    except OSError as exc:
        raise LoadError(f"无法读取问题示例文件：{where}") from exc
    except (yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise LoadError(f"问题示例文件格式有误：{exc}") from exc


# ---------------------------------------------------------------------------------------------------- routing


@dataclass(frozen=True)
class Routing:
    """Where a question goes: its route, the plan section it names, the gap it falls into, and the scores."""

    route: Route
    section: str | None = None
    gap: Gap | None = None  # the gap of an out-of-scope question, or the closest gap of an answerable one
    scores: dict[str, float] = field(default_factory=dict)  # route value or gap:<key> → score
    nearest: str = ""  # the most similar exemplar

    @property
    def lead(self) -> float:
        """How far the chosen route is ahead of every other route and gap (negative when a gap scores higher)."""
        mine = self.scores.get(self.route.value, 0.0)
        return mine - max((v for k, v in self.scores.items() if k != self.route.value), default=0.0)

    @property
    def doubt(self) -> float:
        """How far the closest gap trails the chosen answerable route (small: the gate should decide carefully)."""
        gaps = [v for k, v in self.scores.items() if k.startswith("gap:")]
        best = max((v for k, v in self.scores.items() if not k.startswith("gap:")), default=0.0)
        return best - max(gaps, default=0.0)


class ExemplarIndex:
    """The exemplars of a QuestionBank with their n-gram and (when available) e5 vectors; built once per process."""

    def __init__(self, bank: QuestionBank, embedder: Any | None = None, cache_dir: Path | None = None):
        self.bank = bank
        pairs = bank.exemplars()
        self.owners = [owner for owner, _ in pairs]
        self.texts = [text for _, text in pairs]
        self._similarity = BlendedSimilarity(self.texts, embedder, cache_dir, bank.matching.e5_weight,
                                             bank.matching.e5_floor)
        self.e5_weight = self._similarity.weight

    def similarities(self, question: str) -> np.ndarray:
        """Similarity of the question to every exemplar, 0..1."""
        return self._similarity.scores(question)


class QuestionRouter:
    """Routes questions by the exemplars and cues of a QuestionBank; cheap to build (the exemplar index is shared)."""

    def __init__(self, exemplars: ExemplarIndex, structure: Structure):
        self.exemplars = exemplars
        self.bank = exemplars.bank
        self.structure = structure
        self._names = self._section_names()

    def _section_names(self) -> list[tuple[str, str]]:
        """(name, section key), longest names first: the bank's names, then the structure's titles and chat names."""
        pairs: dict[str, str] = {}
        for key, names in self.bank.sections.items():
            for name in names:
                pairs.setdefault(name, key)
        for spec in self.structure.sections:
            for name in (spec.title, *spec.chat_names):
                if name and spec.key != "main" and name not in self.bank.generic_names:
                    pairs.setdefault(name, spec.key)
        return sorted(pairs.items(), key=lambda item: -len(item[0]))

    def names_of(self, key: str) -> tuple[str, ...]:
        """Every name of a section (its title, chat names and the bank's names)."""
        return tuple(name for name, k in self._names if k == key)

    def section_named(self, question: str) -> str | None:
        """The plan section a question names (女工那块 → women); None when it names none. The sentences that ask are
        read before the story told ahead of them (工会小组 of 下面还带着五个工会小组 sets the scene of "经费那节咋写"),
        and a name said as a part of the plan (经费那节, 文体这块) before a name said in passing; then the longest."""
        text = normalize(question)
        for part in dict.fromkeys((asking_part(text), text)):
            found = [(name, key, at) for name, key in self._names if (at := part.find(name)) >= 0]
            # 第四部分女职工工作: the asker's own ordinal followed by the part's name — the name says which part.
            named = {at for _, _, at in found}
            found = [hit for hit in found if not (hit[0].startswith("第") and hit[2] + len(hit[0]) in named)]
            # 那部分标题, 小标题: the heading of a part, not the plan's own title (标题 is the title section's name)
            found = [hit for hit in found if not (hit[1] == "title" and _PART_HEADING.search(part, 0, hit[2]))]
            if found:
                called = [hit for hit in found if _AS_A_PART.match(part, hit[2] + len(hit[0]))]
                return (called or found)[0][1]
        return None

    def route(self, question: str) -> Routing:
        """The route of a question (never raises)."""
        text = normalize(question)
        sims = self.exemplars.similarities(text) if self.exemplars.texts else np.zeros(0)
        by_owner: dict[str, list[float]] = {}
        for owner, sim in zip(self.exemplars.owners, sims, strict=True):
            by_owner.setdefault(owner, []).append(float(sim))
        n = self.bank.matching.neighbours
        scores = {owner: float(np.mean(sorted(values, reverse=True)[:n])) for owner, values in by_owner.items()}
        cue = self.bank.matching.cue_weight
        for spec in self.bank.routes.values():
            scores[spec.route.value] = scores.get(spec.route.value, 0.0) + cue * _cue_hits(text, spec.cues)
        asked = asking_part(text)
        for gap in self.bank.gaps:
            # A gap's cues count only all together (a spending item AND an amount): one alone is too common. Met only
            # in the story told before the question (区里, 放假, 评职称 setting the scene), they count `story_cue` of
            # their weight: the scene is weaker evidence than what is asked, so the gate decides (see Matching).
            if gap.unless_asking and any(w in asked for w in gap.unless_asking):
                continue
            hits = _cue_hits(text, gap.cues, gap.not_before)
            share = 1.0 if _cue_hits(asked, gap.cues, gap.not_before) == hits else self.bank.matching.story_cue
            if (gap.key == OFF_TOPIC and hits and self.bank.in_domain(text)
                    and _cue_hits(story_parts(text, commas=True)[0], gap.cues, gap.not_before) < hits):
                continue  # 冻肉 in a story of a canteen's women sent to the cold store: the scene, not a recipe asked
            key = f"gap:{gap.key}"
            weight = share * (cue if gap.cue_weight is None else gap.cue_weight)
            scores[key] = scores.get(key, 0.0) + (weight * hits if hits == len(gap.cues) else 0.0)
        nearest = self.exemplars.texts[int(np.argmax(sims))] if len(sims) else ""
        section = self.section_named(text)
        answerable = max(ANSWERABLE, key=lambda r: scores.get(r.value, 0.0))
        gap_key = max((k for k in scores if k.startswith("gap:")), key=scores.get, default=None)
        gap = self.bank.gap(gap_key[4:]) if gap_key else None
        if gap_key and scores[gap_key] >= scores.get(answerable.value, 0.0) + self.bank.matching.decline_margin:
            return Routing(Route.OUT_OF_SCOPE, section, gap, scores, nearest)
        if section is None and not self.bank.in_domain(text) and any(g.key == OFF_TOPIC for g in self.bank.gaps):
            return Routing(Route.OUT_OF_SCOPE, section, self.bank.gap(OFF_TOPIC), scores, nearest)
        return Routing(answerable, section, gap, scores, nearest)


# Words that follow a section's name when a question calls it a part of the plan (经费那节, 文体这块, 女工部分).
_PART_HEADING = re.compile(r"(?:部分|块|节|段|板块|小|大|个)的?$")
_AS_A_PART = re.compile(r"(?:那|这|一)?(?:节|块|部分|板块|一块|一节|一段|段|方面|章)")


def asking_part(question: str) -> str:
    """The sentences of a question that ask: for a question told as a story, without the story before them.

    >>> asking_part("我们是区里的公办园，园里让保育员天天加班到晚上八点，周末也叫来值班，可一分加班费也不给。这样合法吗？")
    '这样合法吗？'
    >>> asking_part("区里的教师绩效奖励怎么算")
    '区里的教师绩效奖励怎么算'
    """
    return story_parts(normalize(question))[0]


def _cue_hits(text: str, groups: tuple[tuple[str, ...], ...], not_before: tuple[str, ...] = ()) -> int:
    """How many cue groups have a word in the text (not counting one followed by a word of `not_before`)."""
    if not not_before:
        return sum(1 for group in groups if any(word in text for word in group))
    after = tuple(f"{lead}{word}" for lead in ("", "的") for word in not_before)
    return sum(1 for group in groups
               if any(not text.startswith(after, end) for word in group for _, end in occurrences(word, text)))


_INDEXES: dict[tuple[str, str | None, bool], ExemplarIndex] = {}
_INDEXES_LOCK = threading.Lock()


def exemplar_index(knowledge_dir: Path | None = None, cache_dir: Path | None = None,
                   use_e5: bool = True) -> ExemplarIndex:
    """The process-wide exemplar index of a knowledge directory, built on first use (loading e5 takes a moment)."""
    path = (Path(knowledge_dir) / "questions.yaml") if knowledge_dir else DEFAULT_QUESTIONS
    if not path.exists():
        path = DEFAULT_QUESTIONS
    key = (str(path), str(cache_dir) if cache_dir else None, use_e5)
    with _INDEXES_LOCK:
        if key not in _INDEXES:
            embedder = default_embedder() if use_e5 else None
            _INDEXES[key] = ExemplarIndex(load_question_bank(str(path)), embedder, cache_dir)
        return _INDEXES[key]
