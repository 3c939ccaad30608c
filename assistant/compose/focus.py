"""Focus areas ("工作重点") as topics with the union's concrete measures (knowledge/focus_topics.yaml).

A user names a focus in their own words, often as a complaint ("老师嗓子都不行了", "合同制老师待遇差一截"). The plan
must not quote that sentence into a template; it names the topic in formal words (教职工嗓音保护) and carries two or
more of the topic's concrete measures — who does what, when — in the topic's section. A focus is matched to a topic by
its keywords and by likeness to the topic's exemplars; an area no topic fits keeps the generic treatment.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.domain.data import read_yaml
from assistant.domain.text import occurrences
from assistant.index.lexicon import base_tokenizer
from assistant.index.likeness import Likeness
from assistant.rewrite.apply import Notes, apply_group
from assistant.rewrite.lexicon import load_lexicon

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "focus_topics.yaml"
_KEYWORD_BASE, _KEYWORD_PER_CHAR = 0.4, 0.06  # as for highlight kinds: a longer keyword says more
_LIKENESS_WEIGHT = 0.5
# How alike a focus must be to a topic's closest exemplar to count without a keyword: e5 scores related Chinese
# sentences 0.85 and more, unrelated ones about 0.78–0.83; character n-grams score related ones 0.3 and more.
_LIKENESS_FLOOR = {"e5": 0.87, "ngram": 0.3}
_PEOPLE = re.compile(r"(?:教师|老师|教职工|职工|人员|员|主任|教工)$")
# Degree and scope adverbs said between a noun and its predicate (信号也差, 饭菜太难吃, 工资都不涨), taken out between two
# Chinese characters for keyword search only (common spoken grammar).
_ADVERBS = re.compile(r"(?<=[\u4e00-\u9fff])(?:也|都|还|很|太|挺|特别|非常|老是|总是|实在|根本|一直)(?=[\u4e00-\u9fff])")
_ACCEPT = 0.55  # keyword score plus weighted likeness a topic needs
# A long complaint matched by one keyword only and little likeness (1.1–1.2: 感染 for a complaint about not daring to
# drink at work, 网上 for choosing welfare online) is about something else; a topic it is about scores 1.25 and more
# (measured on the development rounds' focus areas, eval/plans round1/3/5/7).
_ONE_WORD, _LONG_COMPLAINT = 1.22, 10  # score below which one keyword of a complaint longer than this names nothing
# A condition the user names (冻疮, 低血糖) is the area, however short its word; it outranks a general topic that
# shares a word with it (血糖 of 三高) unless that topic's exemplars are much closer.
_SPECIFIC_BONUS = 0.3
# A long complaint with one keyword still names the keyword's topic when that topic is among this many closest to
# the complaint by meaning (e5): 宿舍 in a complaint about a cold winter in the staff's rooms is its subject.
_AGREEING = 3
_ACCEPT_LIKENESS_ONLY = 0.8  # without any of its keywords, a topic needs a close exemplar (likeness alone misleads)
# ... and it must stand clear of the next topic by meaning: e5-small puts most complaints about teachers' lives within
# 0.92–0.95 of several topics' exemplars (一年到头 alone draws 疗休养, 升学压力 and 倦怠 alike), so a lead this small
# is the wording, not the subject (measured over the development rounds' focus areas: the likeness-only matches
# led the next topic by 0.004–0.013).
_LIKENESS_ONLY_MARGIN = {"e5": 0.02, "ngram": 0.05}


@dataclass(frozen=True)
class FocusTopic:
    key: str
    name: str  # formal noun phrase the plan names the area by (教职工嗓音保护)
    section: str  # structure.yaml section key
    kinds: tuple[str, ...]  # school types it is for (empty: all)
    keywords: tuple[str, ...]
    exemplars: tuple[str, ...]
    measures: tuple[str, ...]
    specific: bool = False  # a named condition (偏头痛): one of its words names the area even in a long complaint

    def fits(self, school_type: str) -> bool:
        return not self.kinds or school_type in self.kinds


@dataclass(frozen=True)
class TopicMatch:
    topic: FocusTopic
    score: float
    keywords: tuple[str, ...]  # the topic's keywords found in the user's words
    # A second topic the complaint also names in its words (摸黑出门等车 of a winter's cold: the commute), whose measure
    # answers the part of the complaint the first topic's do not.
    also: FocusTopic | None = None


def parse_focus_topics(data: dict) -> tuple[FocusTopic, ...]:
    out = []
    for raw in data.get("topics") or ():
        out.append(FocusTopic(
            key=str(raw["key"]), name=str(raw["name"]), section=str(raw["section"]),
            kinds=tuple(str(k) for k in raw.get("kinds") or ()),
            keywords=tuple(str(w) for w in raw.get("keywords") or ()),
            exemplars=tuple(str(e) for e in raw.get("exemplars") or ()),
            measures=tuple(str(m) for m in raw.get("measures") or ()),
        ))
    return tuple(out) + condition_topics(data.get("conditions") or {})


def condition_topics(data: dict) -> tuple[FocusTopic, ...]:
    """One topic per health condition of knowledge/focus_topics.yaml `conditions`: named 教职工X防治, found by the
    condition's everyday and medical words, served by the shared measures with the condition's name in them."""
    return tuple(condition_topic(str(raw["name"]), data, tuple(str(w) for w in raw.get("words") or ()),
                                 str(raw.get("section") or "welfare"))
                 for raw in data.get("items") or ())


def condition_topic(name: str, data: dict, words: tuple[str, ...] = (), section: str = "welfare") -> FocusTopic:
    """The topic 教职工X防治 of one condition: in 维权与送温暖 with the shared measures, or in 女职工工作 with the
    women's committee's measures for a condition of women's bodies (`women_measures`)."""
    women = section == "women" and data.get("women_measures")
    templates = tuple(str(m) for m in (data.get("women_measures") if women else data.get("measures")) or ())
    return FocusTopic(
        key=f"condition:{name}", name=f"{'女' if women else ''}教职工{name}防治", section=section, kinds=(),
        keywords=tuple(dict.fromkeys((name, *words))), exemplars=(),
        measures=tuple(t.replace("{condition}", name) for t in templates), specific=True,
    )


def _sufferer_fits(topic: FocusTopic, sufferers: list[tuple[dict, bool]]) -> bool:
    """False when the topic serves one group of sufferers (retired staff) and the complaint names another (the staff's
    own parents) and none of this one."""
    if not any(said for _, said in sufferers):
        return True
    for group, said in sufferers:
        serves = topic.section in (group.get("sections") or ()) or topic.key in (group.get("topics") or ())
        if serves and not said:
            return False
    return True


@dataclass(frozen=True)
class ConditionWords:
    """How a condition's name is known in a complaint (knowledge/focus_topics.yaml `conditions`): the listed names
    and words, or a word ending as illnesses' names end (…炎, …症, …结节), unless it names illness in general."""

    known: frozenset[str]
    endings: tuple[str, ...]
    general: frozenset[str]
    women_marks: tuple[str, ...] = ()
    body_parts: frozenset[str] = frozenset()  # where a trouble hurts (骨头, 腰): no concern of its own

    def women(self, name: str) -> bool:
        """True for a condition of women's bodies (乳腺增生, 宫颈糜烂): served in 女职工工作."""
        return any(mark in name for mark in self.women_marks)

    def named(self, word: str) -> bool:
        if len(word) < 2 or word in self.general:
            return False
        return word in self.known or any(word.endswith(e) and len(word) > len(e) for e in self.endings)

    def part(self, word: str) -> bool:
        """True for a word that may stand in a condition's name: a name, or an ending said as a word (乳腺 + 增生)."""
        return self.named(word) or word in self.endings


@functools.lru_cache(maxsize=4)
def condition_words(path: str | None = None) -> ConditionWords:
    data = focus_data(path).get("conditions") or {}
    known = {str(raw["name"]) for raw in data.get("items") or ()} | {str(w) for w in data.get("names") or ()}
    known |= {str(w) for raw in data.get("items") or () for w in raw.get("words") or () if len(str(w)) >= 2}
    return ConditionWords(frozenset(known), tuple(str(e) for e in data.get("endings") or ()),
                          frozenset(str(w) for w in data.get("not_conditions") or ()),
                          tuple(str(w) for w in data.get("women_marks") or ()),
                          frozenset(str(w) for w in data.get("body_parts") or ()))


@functools.lru_cache(maxsize=4)
def focus_data(path: str | None = None) -> dict:
    """knowledge/focus_topics.yaml (or the file at path) as read, once per process; {} when it is absent."""
    file = Path(path) if path else DEFAULT_PATH
    return (read_yaml(file) or {}) if file.exists() else {}


@functools.lru_cache(maxsize=4)
def match_forms(path: str | None = None) -> tuple[tuple[str, str], ...]:
    """Rewrites that bring a focus into the keywords' word order and form (knowledge/focus_topics.yaml `match_forms`)."""
    return tuple((str(p), str(r)) for p, r in focus_data(path).get("match_forms") or ())


@functools.lru_cache(maxsize=4)
def load_focus_topics(path: str | None = None) -> tuple[FocusTopic, ...]:
    """The focus topics (knowledge/focus_topics.yaml by default); none when the file is absent."""
    return parse_focus_topics(focus_data(path))


class FocusMatcher:
    """Finds the topic a focus area is about, or None."""

    def __init__(self, topics: tuple[FocusTopic, ...], likeness: Likeness, concern_stop: frozenset[str] | None = None,
                 forms: tuple[tuple[str, str], ...] = (), path: str | None = None):
        self.topics = topics
        self.path = path  # the focus_topics.yaml read (None: the shipped one), for its conditions
        self.forms = tuple((re.compile(pattern), repl) for pattern, repl in forms)
        self.likeness = likeness
        self.concern_stop = concern_stop  # nouns that name no concern (the same file's `concern_stop`; None: shipped)
        self._owners = [i for i, t in enumerate(topics) for _ in (t.name, *t.exemplars)]
        self.texts = [text for t in topics for text in (t.name, *t.exemplars)]

    def match(self, text: str, school_type: str = "") -> TopicMatch | None:
        if not self.topics:
            return None
        text = self.read(text)
        # Regional words read as the ordinary word (娃 → 孩子, 冇得 → 没有), so a topic's keywords and exemplars meet
        # a focus said in the words of home; both forms are searched.
        ordinary = everyday(text)
        # A keyword is also found when an adverb sits inside it as people say it (信号也差 is 信号差, 工资都不涨 is
        # 工资不涨): the text is searched once more without them.
        bare = _ADVERBS.sub("", ordinary)
        # ... and in the word order and compact form the keywords are written in (血压高 is 高血压, 下班以后 is 下班后,
        # 头发大把往下掉 is 头发掉): knowledge/focus_topics.yaml `match_forms`.
        usual = self.in_forms(bare)
        long = len(text) > _LONG_COMPLAINT
        text = "\n".join(dict.fromkeys((text, ordinary, bare, usual)))
        sims = np.asarray(self.likeness.similarities(ordinary, self.texts), dtype=np.float64)
        best = np.full(len(self.topics), -1.0)
        for owner, sim in zip(self._owners, sims, strict=True):
            best[owner] = max(best[owner], sim)
        floor = _LIKENESS_FLOOR.get(getattr(self.likeness, "name", ""), 0.3)
        ranked = []
        sufferers = self._sufferers(text)
        fitting = [i for i, t in enumerate(self.topics) if t.fits(school_type) and _sufferer_fits(t, sufferers)]
        found = {i: _found(self.topics[i].keywords, text) for i in fitting}
        # A feeling (憋屈, 心累) said of a thing the staff name (an allowance, a promotion rule) is how they take it,
        # not what the union must act on: when any topic's words name such a subject, the feeling's words weigh half.
        feelings = self.feelings
        subject = any(not _PEOPLE.search(w) and w not in feelings for words in found.values() for w in words)
        for i in fitting:
            topic, words = self.topics[i], found[i]
            keyword = min(1.0, sum(_keyword_weight(w, topic.name) / (2 if subject and w in feelings else 1)
                                   for w in words))
            alike = max(0.0, (best[i] - floor) / max(1e-6, 1.0 - floor)) if best[i] >= floor else 0.0
            score = keyword + _LIKENESS_WEIGHT * (1.0 + alike if best[i] >= floor else 0.0)
            if topic.specific and words:
                score += _SPECIFIC_BONUS  # 低血糖 named says more than 血糖 of the general 三高 topic
            ranked.append((score, -i, topic, words))
        if not ranked:
            return None
        score, minus_index, topic, words = max(ranked, key=lambda item: (item[0], item[1]))
        needed = 0.0 if topic.specific and words else _ACCEPT if words else _ACCEPT_LIKENESS_ONLY
        if not words and not self._clear(best, -minus_index, school_type):
            return None  # likeness alone, and another topic nearly as close: the words do not say which
        passing = len(words) == 1 and score < _ONE_WORD and long and not topic.specific
        if passing and not self._agreed(best, -minus_index):
            return None  # one passing word of a long complaint (感染 in 憋尿…尿路感染) names no topic: say it in its words
        if score < needed:
            return None
        also = max((item for item in ranked if item[2] is not topic and item[0] >= _ACCEPT and item[2].measures
                    and any(not _PEOPLE.search(w) and w not in feelings and w not in words for w in item[3])),
                   key=lambda item: (item[0], item[1]), default=None)
        return TopicMatch(topic, round(score, 3), words, also[2] if also else None)

    def in_forms(self, text: str) -> str:
        """The text in the keywords' word order and form (knowledge/focus_topics.yaml `match_forms`: 睡不够 is 睡眠不足)."""
        for pattern, repl in self.forms:
            text = pattern.sub(repl, text)
        return text

    def read(self, text: str) -> str:
        """The text with the words of `read_as` read the other way (快退休的 → 临退)."""
        for pattern, repl in self.read_as:
            text = pattern.sub(repl, text)
        return text

    @functools.cached_property
    def read_as(self) -> tuple[tuple[re.Pattern, str], ...]:
        """Words read another way before keywords are looked for (knowledge/focus_topics.yaml `read_as`: 快退休的 is
        临退, staff still in post)."""
        return tuple((re.compile(str(p)), str(r)) for p, r in focus_data(self.path).get("read_as") or ())

    @functools.cached_property
    def telling(self) -> frozenset[str]:
        """Keywords that find a complaint but name nothing (knowledge/focus_topics.yaml `telling`: 半夜, 有意见)."""
        return frozenset(str(w) for w in focus_data(self.path).get("telling") or ())

    @functools.cached_property
    def feelings(self) -> frozenset[str]:
        """Keywords that name a feeling rather than a subject (knowledge/focus_topics.yaml `feelings`)."""
        return frozenset(str(w) for w in focus_data(self.path).get("feelings") or ())

    def _sufferers(self, text: str) -> list[tuple[dict, bool]]:
        """Each group of sufferers (knowledge/focus_topics.yaml `sufferers`) with whether the complaint names it."""
        groups = focus_data(self.path).get("sufferers") or ()
        return [(g, any(str(w) in text for w in g.get("words") or ())) for g in groups]

    def condition(self, name: str) -> FocusTopic | None:
        """A topic 教职工X防治 for a condition's name no topic lists (带状疱疹, 鼻窦炎), or None when it names none."""
        words = condition_words(self.path)
        if not words.named(name):
            return None
        data = focus_data(self.path).get("conditions") or {}
        return condition_topic(name, data, section="women" if words.women(name) else "welfare")

    def _clear(self, best: np.ndarray, index: int, school_type: str) -> bool:
        """True when the topic's closest exemplar leads every other fitting topic's by the likeness margin."""
        margin = _LIKENESS_ONLY_MARGIN.get(getattr(self.likeness, "name", ""), 0.05)
        others = [best[i] for i, t in enumerate(self.topics) if i != index and t.fits(school_type)]
        return not others or best[index] - max(others) >= margin

    def _agreed(self, best: np.ndarray, index: int) -> bool:
        """True when meaning agrees with the one keyword: the topic is among the few closest to the complaint by
        likeness (e5), so the word is what the complaint is about, not a passing mention."""
        if getattr(self.likeness, "name", "") != "e5":
            return False  # character n-grams cannot tell a passing word from the subject
        return index in np.argsort(-best, kind="stable")[:_AGREEING].tolist()


def _keyword_weight(word: str, name: str) -> float:
    """A keyword's weight: longer says more; a word naming people (专业课教师, 保育员) says who, not what the concern
    is, and weighs half (专业课教师的职业倦怠 is about 倦怠) — unless the topic is about those people (班主任 for
    班主任减负与关爱)."""
    weight = _KEYWORD_BASE + _KEYWORD_PER_CHAR * len(word)
    return weight / 2 if _PEOPLE.search(word) and word not in name else weight


_COMMON_WORD = 1000  # jieba frequency of a word everyone writes (学校 17020)


def common_word_edge(text: str, start: int, end: int) -> bool:
    """True when the first or last character of text[start:end] is half of a common word of the text (校车 in 学校车位:
    学校|车位): the characters meet by chance, the word is not said."""
    freq = base_tokenizer().FREQ
    return (start > 0 and freq.get(text[start - 1 : start + 1], 0) >= _COMMON_WORD) or (
        end < len(text) and freq.get(text[end - 1 : end + 1], 0) >= _COMMON_WORD)


def _half_of_words(word: str, text: str, start: int, end: int) -> bool:
    """True when a two-character keyword is said only by chance (common_word_edge)."""
    return len(word) == 2 and common_word_edge(text, start, end)


def _found(keywords: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The keywords in the text, longest first, none inside a longer one already found."""
    taken: list[tuple[int, int]] = []
    out = []
    for word in sorted(keywords, key=lambda w: -len(w)):
        for start, end in occurrences(word, text):
            if any(a < end and start < b for a, b in taken) or _half_of_words(word, text, start, end):
                continue
            taken.append((start, end))
            if word not in out:
                out.append(word)
    return tuple(out)


@functools.lru_cache(maxsize=512)
def everyday(text: str) -> str:
    """The text with regional words replaced by the ordinary spoken word (knowledge/rewrite_dialect.yaml)."""
    group = next((g for g in load_lexicon().groups if g.name == "dialect"), None)
    return apply_group(text, group, Notes()) if group is not None else text
