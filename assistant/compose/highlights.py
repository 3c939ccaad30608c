"""Kinds of highlight (knowledge/highlights.yaml) and where a school's highlight belongs: keywords plus likeness to
each kind's exemplars decide the kind, and with it the sections, the union's measures, the month and who leads."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.compose.focus import everyday
from assistant.compose.story import sort_clauses, story_name
from assistant.compose.timing import tidy
from assistant.compose.whole_words import replace_whole
from assistant.domain.data import read_yaml
from assistant.domain.text import occurrences
from assistant.index.likeness import Likeness
from assistant.rewrite.lexicon import load_lexicon
from assistant.rewrite.rules import rewrite

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "highlights.yaml"
# A keyword's weight grows with its length: 查寝 says more than 比赛.
_KEYWORD_BASE, _KEYWORD_PER_CHAR, _KEYWORD_CAP = 0.4, 0.06, 1.0
# Likeness to the exemplars adds at most this much: it orders kinds no keyword speaks for, and breaks ties between
# kinds whose keywords both occur, but one keyword outweighs it.
_SIMILARITY_WEIGHT = 0.35
_NEAREST = 3  # a shape told by meaning compares the mean of this many closest exemplars on each side
# Single-character everyday words that are also parts of ordinary words (想 in 思想, 搞 is safe): replaced only when
# not inside such a word.
_INSIDE_WORD = {"想": ("思", "理", "感", "联", "设", "构", "猜", "梦", "幻", "遐", "着")}
# Words said of people that stay after a surname: 王阿姨 is a person's name as colleagues say it, not 王工作人员.
_AFTER_SURNAME = ("阿姨", "师傅", "大姐", "大叔", "大爷", "大妈")
# What follows a time of the working day to make it say when (下班后, 放学以后): highlights.yaml `times_of_day`.
_AFTER = ("后", "以后", "之后")
# A keyword naming a group of staff (女教职工, 青年教师, 后勤职工) says who takes part, not what the work is: an outing
# of the women colleagues is 文体 work, a chore falling on them a burden. It weighs half, as focus.py weighs people's
# words; a kind's other words (三八, 哺乳, 产检) still speak for it in full.
_PEOPLE = re.compile(r"(?:教师|老师|教职工|职工|教工|同胞|同志)$")


@dataclass(frozen=True)
class HighlightKind:
    """A kind of highlight and how a union plan treats it."""

    key: str
    name: str
    sections: tuple[str, ...]
    keywords: tuple[str, ...]
    exemplars: tuple[str, ...]
    months: tuple[int, ...] = ()
    patterns: tuple[str, ...] = ()  # constructions whose matches count as keywords (培训太多 → workload)
    calendar: str = ""
    lead: str = "工会委员会"
    participants: str = "全体教职工"
    activity: str = ""
    measures: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def section(self) -> str:
        return self.sections[0]


@dataclass(frozen=True)
class Shape:
    """How a highlight is told, as a prior on where it belongs (knowledge/highlights.yaml `shapes`): a concern told
    as a story of some length is the union's care and rights work unless words name another piece of work."""

    name: str
    section: str
    bonus: float
    min_chars: int = 0
    max_chars: int = 10_000
    pattern: str = ""
    # A shape told by meaning rather than by words: it fits when the text is nearer (mean of its closest few, by the
    # classifier's likeness) to `exemplars` than to `against` by at least `lead`.
    exemplars: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    lead: float = 0.0

    def fits(self, text: str) -> bool:
        chars = len(_WORD_CHARS.findall(text))
        return self.min_chars <= chars <= self.max_chars and (not self.pattern or re.search(self.pattern, text) is not None)


_WORD_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


@dataclass(frozen=True)
class Taxonomy:
    kinds: tuple[HighlightKind, ...]
    margin: float
    floor: float
    plain_words: tuple[tuple[str, str], ...]
    plain_patterns: tuple[tuple[str, str], ...] = ()
    shapes: tuple[Shape, ...] = ()
    when_before: tuple[str, ...] = ()  # words before a keyword that make it say when, not what (下了晚自习)
    times_of_day: tuple[str, ...] = ()  # keywords that, followed by 后/以后/之后, say when, not what (下班后排练)

    def kind(self, key: str) -> HighlightKind:
        for kind in self.kinds:
            if kind.key == key:
                return kind
        raise KeyError(key)


def parse_taxonomy(data: dict) -> Taxonomy:
    kinds = tuple(
        HighlightKind(
            key=str(raw["key"]), name=str(raw["name"]), sections=tuple(raw["sections"]),
            keywords=tuple(str(k) for k in raw.get("keywords") or ()),
            exemplars=tuple(str(e) for e in raw.get("exemplars") or ()),
            months=tuple(int(m) for m in raw.get("months") or ()), calendar=str(raw.get("calendar") or ""),
            patterns=tuple(str(p) for p in raw.get("patterns") or ()),
            lead=str(raw.get("lead") or "工会委员会"), participants=str(raw.get("participants") or "全体教职工"),
            activity=str(raw.get("activity") or ""),
            measures={str(k): tuple(str(t) for t in v) for k, v in (raw.get("measures") or {}).items()},
        )
        for raw in data["kinds"]
    )
    confidence = data.get("confidence") or {}
    words = tuple((str(a), str(b or "")) for a, b in data.get("plain_words") or ())
    patterns = tuple((str(a), str(b or "")) for a, b in data.get("plain_patterns") or ())
    shapes = tuple(
        Shape(name=str(raw["name"]), section=str(raw["section"]), bonus=float(raw["bonus"]),
              min_chars=int(raw.get("min_chars", 0)), max_chars=int(raw.get("max_chars", 10_000)),
              pattern=str(raw.get("pattern") or ""),
              exemplars=tuple(str(e) for e in raw.get("exemplars") or ()),
              against=tuple(str(e) for e in raw.get("against") or ()), lead=float(raw.get("lead", 0.0)))
        for raw in data.get("shapes") or ()
    )
    return Taxonomy(kinds, float(confidence.get("margin", 0.12)), float(confidence.get("floor", 0.45)), words,
                    patterns, shapes, tuple(str(w) for w in data.get("when_before") or ()),
                    tuple(str(w) for w in data.get("times_of_day") or ()))


@functools.lru_cache(maxsize=4)
def load_taxonomy(path: str | None = None) -> Taxonomy:
    """The highlight kinds (knowledge/highlights.yaml by default), read once per process."""
    return parse_taxonomy(read_yaml(path or DEFAULT_PATH))


@dataclass(frozen=True)
class Placement:
    """Where a highlight goes: its kind, how sure we are, and the best kind of another section when unsure."""

    text: str
    kind: HighlightKind
    score: float
    unsure: bool
    alternative: HighlightKind | None
    terms: tuple[str, ...]  # the kind's keywords found in the highlight

    @property
    def section(self) -> str:
        return self.kind.section

    @property
    def alternative_section(self) -> str | None:
        return self.alternative.section if self.alternative else None


class Classifier:
    """Ranks highlight kinds for a text: weighted keywords plus likeness to the kind's exemplars."""

    def __init__(self, taxonomy: Taxonomy, likeness: Likeness):
        self.taxonomy = taxonomy
        self.likeness = likeness
        self._owners: list[int] = []
        self.texts: list[str] = []
        for i, kind in enumerate(taxonomy.kinds):
            for text in (kind.name, *kind.exemplars):
                self._owners.append(i)
                self.texts.append(text)
        self._keywords = sorted(
            ((w, i) for i, kind in enumerate(taxonomy.kinds) for w in kind.keywords), key=lambda item: -len(item[0])
        )
        self._patterns = [(re.compile(p), i) for i, kind in enumerate(taxonomy.kinds) for p in kind.patterns]
        # The exemplars of shapes told by meaning join the same list (one matrix, shipped with the kinds'); their
        # owner is -1 - the shape's index, so no kind counts them.
        for j, shape in enumerate(taxonomy.shapes):
            for text in (*shape.exemplars, *shape.against):
                self._owners.append(-1 - j)
                self.texts.append(text)
        self._sims: dict[str, np.ndarray] = {}

    def _similarities(self, text: str) -> np.ndarray:
        """Likeness of the text to every exemplar (kinds' and shapes'), computed once per text."""
        if text not in self._sims:
            if len(self._sims) > 512:
                self._sims.clear()
            self._sims[text] = np.asarray(self.likeness.similarities(text, self.texts), dtype=np.float64)
        return self._sims[text]

    def keyword_hits(self, text: str) -> dict[int, list[str]]:
        """Kind index → its keywords in the text, longest first and without overlaps (体育中考 is not also 中考); a
        kind's patterns add what they match as keywords (培训太多 is a workload matter, and 培训 inside it is not)."""
        found = [(m.group(), i) for rx, i in self._patterns for m in rx.finditer(text) if m.group()]
        words = sorted(self._keywords + found, key=lambda item: -len(item[0])) if found else self._keywords
        taken: dict[tuple[int, int], str] = {}
        hits: dict[int, list[str]] = {}
        for word, owner in words:
            for span in occurrences(word, text):
                if self.taxonomy.when_before and text[:span[0]].endswith(self.taxonomy.when_before):
                    continue  # 下了晚自习 says when the thing happens, not what it is
                if word in self.taxonomy.times_of_day and text[span[1]:].startswith(_AFTER):
                    continue  # so does 下班后 (下班后练龙灯 is a rehearsal, not overtime)
                if taken.get(span, word) != word or any(
                    a < span[1] and span[0] < b and (a, b) != span for a, b in taken
                ):
                    continue  # inside a longer keyword (体育中考 is not also 中考)
                taken[span] = word
                if word not in hits.setdefault(owner, []):
                    hits[owner].append(word)  # a word two kinds share counts for both
        return hits

    def _keyword_score(self, words: list[str]) -> float:
        return min(_KEYWORD_CAP, sum((_KEYWORD_BASE + _KEYWORD_PER_CHAR * len(w)) / (2 if _PEOPLE.search(w) else 1)
                                     for w in words))

    def scores(self, text: str, *, likeness: bool = True) -> list[tuple[float, int, list[str]]]:
        """(score, kind index, keywords found) for every kind, best first; `likeness=False` ranks by keywords only."""
        hits = self.keyword_hits(text)
        relative = np.zeros(len(self.taxonomy.kinds))
        if likeness:
            sims = self._similarities(text)
            best = np.full(len(self.taxonomy.kinds), -1.0)
            for owner, sim in zip(self._owners, sims, strict=True):
                if owner >= 0:
                    best[owner] = max(best[owner], sim)
            # Likeness relative to the spread over kinds: e5 scores everything 0.8-0.9, n-grams 0-0.5.
            low, high = float(np.median(best)), float(best.max())
            relative = (best - low) / (high - low) if high > low else np.zeros_like(best)
        prior = self.shape_prior(text)
        out = []
        for i, kind in enumerate(self.taxonomy.kinds):
            words = hits.get(i, [])
            score = self._keyword_score(words) + _SIMILARITY_WEIGHT * float(max(relative[i], 0.0))
            out.append((score + prior.get(kind.section, 0.0), i, words))
        return sorted(out, key=lambda item: (-item[0], item[1]))

    def shape_prior(self, text: str) -> dict[str, float]:
        """Section → bonus from how the highlight is told (the taxonomy's shapes that fit it)."""
        prior: dict[str, float] = {}
        for j, shape in enumerate(self.taxonomy.shapes):
            if shape.fits(text) and (not shape.exemplars or self._nearer(text, j)):
                prior[shape.section] = prior.get(shape.section, 0.0) + shape.bonus
        return prior

    def _nearer(self, text: str, index: int) -> bool:
        """True when the text is nearer to the shape's exemplars than to its contrasting ones (by `lead`): the mean
        of the closest few of each, so one odd exemplar decides nothing."""
        shape = self.taxonomy.shapes[index]
        sims = self._similarities(text)
        owner = -1 - index
        mine = [float(s) for o, s in zip(self._owners, sims, strict=True) if o == owner]
        near, far = sorted(mine[: len(shape.exemplars)], reverse=True), sorted(mine[len(shape.exemplars):], reverse=True)
        if not near or not far:
            return bool(near)
        k = _NEAREST
        return float(np.mean(near[:k])) - float(np.mean(far[:k])) >= shape.lead

    def _rival(self, ranked: list[tuple[float, int, list[str]]]) -> tuple[float, int] | None:
        section = self.taxonomy.kinds[ranked[0][1]].section
        return next(((s, i) for s, i, _ in ranked[1:] if self.taxonomy.kinds[i].section != section), None)

    def _keywords_decide(self, ranked: list[tuple[float, int, list[str]]]) -> bool:
        """True when likeness could change neither the winner nor its sureness (it adds at most its weight to any
        kind), so the embedder need not be asked at all."""
        rival = self._rival(ranked)
        lead = ranked[0][0] - (rival[0] if rival else 0.0)
        # Kinds of one section tied by the way the highlight is told (a shape's bonus, no keyword) differ in their
        # measures: likeness picks among them (会员日 is not a 校庆 because both are told as an event).
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        return (ranked[0][0] >= self.taxonomy.floor and lead >= _SIMILARITY_WEIGHT + self.taxonomy.margin
                and ranked[0][0] - runner_up >= _SIMILARITY_WEIGHT)

    def place(self, text: str) -> Placement:
        """The kind a highlight belongs to; unsure when nothing but likeness speaks for it, or when the best kind of
        another section comes close."""
        ranked = self.scores(text, likeness=False)
        if not self._keywords_decide(ranked):
            ranked = self.scores(text)
        score, index, words = ranked[0]
        kind = self.taxonomy.kinds[index]
        rival = self._rival(ranked)
        unsure = score < self.taxonomy.floor or (rival is not None and score - rival[0] < self.taxonomy.margin)
        alternative = self.taxonomy.kinds[rival[1]] if unsure and rival is not None else None
        return Placement(text, kind, round(score, 3), unsure, alternative, tuple(words))


@functools.lru_cache(maxsize=256)
def plain(text: str, words: tuple[tuple[str, str], ...], patterns: tuple[tuple[str, str], ...] = ()) -> str:
    """A highlight in plain formal words: regional words read as the ordinary spoken word first (伲老师 is 我们老师,
    so the rules for 我们老师 apply), everyday constructions and words replaced (把…做了 → 做好…, 老师 → 教师,
    搞 → 开展), then the rewriting rules."""
    text = everyday(text)
    for pattern, repl in patterns:
        text = re.sub(pattern, repl, text)
    for old, new in sorted(words, key=lambda pair: -len(pair[0])):
        guard = _INSIDE_WORD.get(old)
        if old in _AFTER_SURNAME:
            text = re.sub(rf"(?<![{load_lexicon().surnames}]){re.escape(old)}", new, text)
        elif guard:
            text = re.sub(rf"(?<![{''.join(guard)}]){re.escape(old)}", new, text)
        elif len(old) > 1 and len(new) > 1:
            text = replace_whole(text, old, new)  # 老师傅 and 大孩子 keep their words (not 教师傅, 大学生)
        else:
            text = text.replace(old, new)
    text = rewrite(text, "formal").text
    return tidy(re.sub(r"(?<!为)(?<!不)[了啊呀吧呢嘛哈啦哦]+(?=[，,。！!？?）)]|$)", "", text))  # (受不了 keeps 了)


@dataclass(frozen=True)
class Phrase:
    """A highlight as the plan names it: its first clause (the topic) and what the user added (the detail)."""

    topic: str
    detail: str

    @property
    def full(self) -> str:
        """Topic with the detail in brackets (merged into a bracket the topic already ends with)."""
        if not self.detail:
            return self.topic
        if self.topic.endswith("）"):
            return f"{self.topic[:-1]}；{self.detail}）"
        return f"{self.topic}（{self.detail}）"


# A clause that asks the listener something (你讲可照？, 这咋办, 行不行) is said to the assistant, not part of the plan;
# also in Wu (吴语): 伐 closing a question (= 吗: 好想想办法伐) and 哪能 (= 怎么: 哪能弄), 《上海方言词典》.
_ASKED_OF_LISTENER = re.compile(r"[？?]|你|您|咋|怎么办|怎么弄|怎么整|行不行|好不好|可照|可以不|哪能|[吗呢嘛伐]$")


# The plan is itself what the school means to do: a highlight's name does not open with the proposal (拟举办…,
# 工会打算组织… → 举办…, 组织…). Not the nouns 计划生育, 计划书, 准备工作.
_PROPOSAL = re.compile(r"^(?:工会)?(?:拟|打算|准备|计划)(?!生育|书|表|工作|阶段|时间)(?=[\u4e00-\u9fff]{2})")


def _named(topic: str) -> str:
    return _PROPOSAL.sub("", topic)


def phrase(clean: str) -> Phrase:
    """Split a highlight (in plain words, time words already removed) into topic and detail; clauses asked of the
    listener are left out of the detail."""
    parts = [p.strip() for p in re.split(r"[，,；;。！!]", clean) if p.strip()]
    if not parts:
        return Phrase(clean, "")
    topic = _named(parts[0])
    detail = "，".join(p for p in parts[1:] if not _ASKED_OF_LISTENER.search(p))
    return Phrase(topic, detail)


_OWN_VOICE = re.compile(r"我(?!校|园)|咱(?!们?(?:学校|校|园))|[你俺您]|咋|啥|嘛|呢|吧|阿么|不得了|一点数|哪能|伐$")  # the teller speaking, not a plan's words
_NAME_MAX = 24


def story_phrase(text: str, kind_name: str) -> Phrase:
    """How a plan names a highlight told as a story (assistant/compose/story.py): its fact clauses, the first of
    fitting length as its topic and the others, with what the teller asks about or for, as its detail, in the order
    told; feelings, comparisons and questions to the listener are left out. The kind's name when no clause states a
    fact.

    >>> story_phrase("课间改成十五分钟了，老师都得站岗盯着，一天下来连水都顾不上喝，你说咋办", "学生工作").full
    '课间改成十五分钟（老师都得站岗盯着，一天下来连水都顾不上喝）'
    >>> story_phrase("校长跟我透了底，想调我去东校区，我这届主席还没干满，心里没数咋办", "工会主席调动").full
    '工会主席调动'
    >>> story_phrase("图书室的空调坏了一个多月，里面闷得慌，总务处说下周来修，又不知道能不能修好", "设施").full
    '图书室的空调坏了一个多月（总务处说下周来修）'
    """
    named = story_name(text, _OWN_VOICE)
    if named is None:
        return Phrase(kind_name, "")
    topic, detail = named
    return Phrase(_named(topic), detail)


# How a teller frames what they heard (这两年老听说有…, 最近总有…): the fact without the hearsay.
_HEARSAY = re.compile(r"^(?:这两年|这几年|近两年|近几年|近年来|最近|近来|今年|去年)?(?:老|总|常|经常|总是)?(?:听说|听人说|听讲)?(?:有(?![的些时点一]))?")  # not 有的/有些: "some of them" is what is told
_QUOTE_MAX = 24


def complaint_quote(text: str) -> str:
    """The facts a complaint tells (its first two fact clauses, without the teller's feelings and hearsay), to quote
    where the plan answers it, so the school finds its own words there; '' when it tells none.

    >>> complaint_quote("这两年老听说有教师累倒在讲台上，高三教师天天熬到半夜，我心里直发慌")
    '教师累倒在讲台上、高三教师天天熬到半夜'
    >>> complaint_quote("学生一闹老师就发慌，有的老师夜里睡不着")
    '学生一闹老师就发慌、有的老师夜里睡不着'
    """
    facts = [_HEARSAY.sub("", c, count=1) or c for c in sort_clauses(text, _OWN_VOICE).facts]
    facts = [f for f in facts if len(f) >= 4]
    if not facts:
        return ""
    both = "、".join(facts[:2])
    return both if len(both) <= _QUOTE_MAX else facts[0] if len(facts[0]) <= _QUOTE_MAX else ""
