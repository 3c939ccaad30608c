"""The relevance gate: does the best passage answer the question, or should the assistant say the base lacks it?

A question is read as concepts: its everyday phrases mapped to the statutes' wording (knowledge/lexicon.yaml,
`statute_wording`, whole phrases, longest first) and its other content words with their synonyms. Each concept weighs
by how rare it is in the knowledge base; a content noun the base never uses weighs as a rare one (the base does not
know it). A quotable unit covers a concept when it holds one of its forms. The gate passes the best unit when it
covers enough of the question's weight (and holds a number when the question asks for one); the threshold is
calibrated on eval/gate_dev.jsonl and eval/retrieval_dev.jsonl.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.conversation.answer_quotes import Unit
from assistant.conversation.answer_reading import GENERIC_DF, Concept, GateSettings, QuestionReader
from assistant.conversation.answer_routes import QuestionForms
from assistant.index.story_questions import QuestionCore
from assistant.loading.cleaning import normalize

# A quantity with its unit, as statutes and the digest write them (98天, 三分之二, 百分之二, 二十五人, 3年).
_NUMBER = re.compile(
    r"(?:\d+|[零〇一二两三四五六七八九十百千半]+)\s*(?:天|日|年|个月|月|周|小时|人|次|倍|%|元|岁|名|项|小时|个)|"
    r"[百千]?分之[零〇一二两三四五六七八九十百\d]+|\d+%|"
    # a share said in words (过半数, 半数以上: how many must agree, 《工会法》第十八条)
    r"过半数|半数以上|多数通过"
)
# A length of time (六个月, 98天, 一年以上): what a question asking how long needs, not a count (一次, 二十五人).
_DURATION = re.compile(r"(?:\d+|[零〇一二两三四五六七八九十百千半]+)\s*个?(?:工作日|天|日|年|月|周|星期|小时|钟头)")
# A rate (每学年至少召开一次, 每年两次): how often, which answers "隔多久开一回" as a length of time does.
_RATE = re.compile(r"每(?:个)?(?:学年|年度|年|学期|季度|月|周|星期|[两三五]年)[^。；，,]{0,8}?(?:\d+|[一二两三四五六七八九十])\s*次")
_CLAUSES = re.compile(r"[，,；;。！？!?\n]+")


@functools.lru_cache(maxsize=8192)
def _normalized(text: str) -> str:
    return normalize(text)


def _first(text: str, forms: tuple[str, ...]) -> int:
    """Where the first of the forms occurs in the text (len(text) when none does)."""
    return min((i for i in (text.find(f) for f in forms) if i >= 0), default=len(text))


def holds_number(text: str, duration: bool = False) -> bool:
    """True when a text states a quantity (days, years, people, a share); with `duration`, a length of time.

    >>> holds_number("女职工生育享受98天产假"), holds_number("应当依法支付工资")
    (True, False)
    >>> holds_number("只能约定一次试用期", duration=True), holds_number("试用期不得超过六个月", duration=True)
    (False, True)
    >>> holds_number("每月不超过三个工作日", duration=True), holds_number("教代会每学年至少召开一次", duration=True)
    (True, True)
    """
    if duration:
        return bool(_DURATION.search(text) or _RATE.search(text))
    return bool(_NUMBER.search(text))


@dataclass(frozen=True)
class Scored:
    unit: Unit
    coverage: float  # support: share of the question's (or its anchors') weight the unit holds, 0..1
    covered: tuple[str, ...]  # surfaces of the covered concepts
    score: float  # coverage with small preferences (route's kind, retrieval rank, a number where one is asked)
    answers_number: bool = True  # False when the question asks for a number (a remedy) and the unit states none
    distinct: bool = True  # holds two of the question's telling concepts (or its only one)
    raw: float = 0.0  # the share of the whole question's weight, without the anchors' support
    full: float = 0.0  # raw before its cap at 1 (a story's words held count in full but weigh half in the total)


@dataclass(frozen=True)
class Verdict:
    """The gate's decision on a list of units."""

    passed: bool
    ranked: list[Scored] = field(default_factory=list)
    missing: tuple[str, ...] = ()  # the question's heaviest concepts no unit covers
    weights: dict[str, float] = field(default_factory=dict)  # each concept's share of the question's weight

    @property
    def best(self) -> Scored | None:
        return self.ranked[0] if self.ranked else None


class Gate:
    """Scores units against a question and decides whether the best one answers it."""

    def __init__(self, reader: QuestionReader, forms: QuestionForms, settings: GateSettings | None = None):
        self.reader = reader
        self.forms = forms
        self.settings = settings or GateSettings()

    def judge(self, question: str, units: list[Unit], kinds: tuple[str, ...] = (),
              fit: Callable[[Unit], bool] | None = None, glossed: dict[tuple[str, str], str] | None = None,
              core: QuestionCore | None = None) -> Verdict:
        """Rank the units (those `fit` to show) by how much of the question they cover; pass the best or not.

        `glossed`: for the articles whose everyday questions (knowledge/glosses) the question is closest to, those
        questions, which hold the question's everyday words for the article (辞职 for 解除劳动合同).

        Support is the share of the question's weight a unit covers, or — when it holds the heaviest anchor (a
        mapped phrase or domain word: 骚扰→性骚扰, 教代会) — the share of the anchors' weight, whichever is larger:
        the context a user adds (中层领导, 高三) must not hide the article that answers.
        """
        st = self.settings
        question = self.forms.whole_words(self.forms.spoken(question))
        concepts = self.reader.concepts(question, st, core)
        if self.forms.headcount.search(question) and self.forms.headcount_forms:
            # "三十来个教职工": a size threshold (80人以上, 不足二十五人) is what answers; a headcount told only in the
            # story ("新招了十几个老师。合同该写哪些内容？") is evidence a unit may hold, not what is asked
            forms = self.forms.headcount_forms
            told = core is not None and bool(core.story) and not self.forms.headcount.search(core.asking)
            concepts.append(Concept("人数", forms, self.reader.weight(forms, 0.0), anchor=True, story=told))
        asking = normalize(core.asking) if core is not None and core.story else normalize(question)
        remedies = self.forms.recourse_forms if self.forms.asks_recourse.search(asking) else ()
        if remedies:
            # "有几条路走", "去哪讨说法": the remedies the statutes name (协商, 调解, 仲裁, 诉讼) are what answers; a unit
            # naming none is no answer, however much of the story it holds (as a number for "几天")
            concepts.append(Concept("途径", remedies, self.reader.weight(remedies, 0.0), anchor=True))
        total = sum(c.weight * (st.story_demand if c.story else 1.0) for c in concepts)
        anchors = [c for c in concepts if c.anchor]
        anchor_total = sum(c.weight * (st.story_demand if c.story else 1.0) for c in anchors)
        head = max(anchors, key=lambda c: c.weight) if anchors else None
        plain = normalize(question)
        # Concepts that tell passages apart (not 学校, 老师, 工会, which most passages hold): when the question names
        # two such things (工会主席 and 程序), the unit that answers holds two of its telling concepts, not the subject
        # alone; otherwise one.
        specific = [c for c in concepts if self.reader.df(c.forms) <= GENERIC_DF * self.reader.size and not c.context]
        known = [c for c in specific if self.reader.df(c.forms) > 0]
        # A story's things are evidence, not demands: the count is of what the asking sentences name, when they name any.
        asked_known = [c for c in known if not c.story] or known
        needed = 2 if sum(c.nominal for c in asked_known) >= 2 else min(1, len(known))
        # A story asked about in words that name nothing ("这个能行吗，有没有规定？"): the story's heaviest mapped thing
        # (锅炉 → 特种作业), held by a unit, is what the question is about; its other things (体育老师, 校长) say who.
        story_only = bool(known) and not any(not c.story for c in known)
        heaviest = max(known, key=lambda c: c.weight) if story_only else None
        # How the question asks (for a number, a time, a list) is read in its asking sentences: a story's "十几年前"
        # asks for no number.
        asked = normalize(core.asking) if core is not None and core.story else plain
        number = bool(self.forms.asks_number.search(asked))
        duration = number and bool(self.forms.asks_duration.search(asked))
        states_number = holds_number(plain)
        when = bool(self.forms.asks_time.search(asked))
        # A list (哪些), or two quantities asked in two clauses (几天？最多几小时？): the whole article answers.
        twice = sum(1 for c in _CLAUSES.split(asked) if self.forms.asks_number.search(c)) >= 2
        whole_bonus = st.list_bonus if twice or self.forms.asks_list.search(asked) else 0.01
        order = {key: i for i, key in enumerate(glossed or {})} if core is not None and core.story else {}
        ranked: list[Scored] = []
        for unit in units:
            if fit is not None and not fit(unit):
                continue
            text = _normalized(unit.text)
            context = _normalized(_context(unit))
            gloss = _normalized(glossed.get((unit.passage.law, unit.passage.article or unit.passage.section), "")
                                if glossed else "")
            # a digest point is a rule of its regulation: the body the regulation names (教职工代表大会) is its own
            # subject, held in full; not the words inside that name (代表 of 教职工代表大会)
            subject = _normalized(unit.passage.law) if unit.passage.kind == "digest" and unit.passage.law else ""
            held = {c.surface: max(c.held(text), _names(c, subject), st.context_share * c.held(context),
                                   st.gloss_share * c.held(gloss))
                    for c in concepts}
            covered = [c for c in concepts if held[c.surface] > 0]
            # a story's words count in full when held but half in the total, so a unit may hold more than the whole:
            # the support is capped, the ranking keeps the surplus (the unit holding more of the story's evidence)
            full = sum(c.weight * held[c.surface] for c in concepts) / total if total else 0.0
            coverage = min(1.0, full)
            anchored = min(1.0, sum(c.weight * held[c.surface] for c in anchors) / anchor_total) if anchor_total else 0.0
            support = coverage
            if (head is not None and held[head.surface] > 0 and anchored >= st.anchor_min
                    and anchor_total >= st.anchor_share * total):
                support = max(coverage, anchored)
            score = full + st.anchor_bonus * anchored + st.rank_bonus * max(0.0, 1.0 - unit.rank / 8)
            own = [c for c in covered if c.held(text) > 0]  # held by its words, not its title or an article's glosses
            if own and all(_first(text, c.forms) < st.lead_chars for c in own):
                score += st.lead_bonus  # the unit opens with what is asked: it is about it
            if unit.passage.kind in kinds:
                score += st.kind_bonus * (len(kinds) - kinds.index(unit.passage.kind))
            if when and self.forms.time_words.search(text):
                score += st.time_bonus  # "啥时候": a unit that says when
            if states_number and holds_number(unit.text):
                score += st.number_bonus  # "试用期定了一年": a rule with a number compares with it
            answers_number = (not number or holds_number(unit.text, duration)) and (not remedies or _first(text, remedies) < len(text))
            if not answers_number:
                score *= st.number_penalty
            if remedies:  # "有哪几条路": the passage naming every remedy answers better than one naming a step
                score += st.remedy_bonus * sum(1 for g in self.forms.recourse_groups if _first(text, g) < len(text))
            score += whole_bonus if unit.whole else 0.0
            place = order.get((unit.passage.law, unit.passage.article or unit.passage.section))
            if place is not None:
                score += st.gloss_bonus * (1.0 - place / len(order))
            law = unit.passage.law if unit.passage.kind == "law" else ""
            if law and any(f in law for c in covered for f in c.forms[:2] if len(f) >= 2):
                score += st.law_bonus  # 老师 → 教师 → 教师法: the law of the people the question is about
            subjects = self.forms.law_subjects.get(law, ())
            if subjects and not any(word in plain for word in subjects):
                score *= st.subject_penalty  # 女职工劳动保护特别规定 for a question about no woman
            distinct = (sum(1 for c in known if held[c.surface] > 0) >= needed or (bool(remedies) and answers_number)
                        or (heaviest is not None and heaviest.anchor and held[heaviest.surface] > 0))
            ranked.append(Scored(unit, support, tuple(c.surface for c in covered), score, answers_number, distinct,
                                 coverage, full))
        # For a remedy asked, a unit naming one ranks first: the story's details (扣工资) do not answer "几条路".
        ranked.sort(key=lambda s: (not s.answers_number and bool(remedies), -s.score, s.unit.rank, len(s.unit.text)))
        best = ranked[0] if ranked else None
        passed = (best is not None and total > 0 and best.coverage >= st.min_coverage and best.answers_number
                  and best.distinct)
        held_best = set(best.covered) if best else set()
        missing = tuple(c.surface for c in sorted(concepts, key=lambda c: -c.weight) if c.surface not in held_best)
        shares = {c.surface: c.weight * (st.story_demand if c.story else 1.0) / total for c in concepts} if total else {}
        return Verdict(passed, ranked, missing[:2], shares)


def _names(concept: Concept, subject: str) -> float:
    """1 when a regulation's name holds one of the concept's forms whole, as a name of four characters or more
    (教职工代表大会 in 学校教职工代表大会规定); 0 for a shorter word inside it (代表).

    >>> _names(Concept("教代会", ("教代会", "教职工代表大会"), 1.0), "学校教职工代表大会规定")
    1.0
    >>> _names(Concept("代表", ("代表",), 1.0), "学校教职工代表大会规定")
    0.0
    """
    return 1.0 if subject and any(len(f) >= 4 and f in subject for f in concept.forms) else 0.0


def _context(unit: Unit) -> str:
    """What a unit is about besides its own words: a digest point's regulation and heading, a plan sentence's
    heading, an article's law (a chapter title would lend every article of the chapter its words)."""
    p = unit.passage
    if p.kind == "law":
        return p.law or p.title
    return f"{p.title} {p.section}"
