"""Grounded answers: route the question, retrieve, let the gate decide, quote what answers, or decline plainly.

The same router and gate decide with and without a model: offline, the answer is composed here; with a model, the
model only writes prose from the passages chosen here (`Answer.chosen`), through the conversation's writer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.compose.text import NameFilter
from assistant.conversation.answer_articles import catch_all, gloss_agreed, whole_list
from assistant.conversation.answer_gate import Gate, Verdict
from assistant.conversation.answer_procedures import with_steps
from assistant.conversation.answer_quotes import (
    NameCheck,
    QuoteFilter,
    Unit,
    cite,
    hit_of,
    load_quote_rules,
    shown_hit,
    units_of,
)
from assistant.conversation.answer_reading import QuestionReader
from assistant.conversation.answer_routes import (
    DEFAULT_QUESTIONS,
    QuestionRouter,
    Route,
    Routing,
    exemplar_index,
    load_question_bank,
)
from assistant.conversation.answer_sections import PLAN_KINDS, SectionWriter, measure_lines
from assistant.conversation.answer_text import PlanHint, decline_text, fact_text, named_gaps
from assistant.domain.citations import articles_in
from assistant.domain.passages import KIND_DIGEST, KIND_LAW, KIND_PLAN, KIND_UPLOAD, Citation, Hit
from assistant.domain.structure import SectionSpec
from assistant.index.story_questions import without_aside
from assistant.index.typos import TypoFixer
from assistant.loading.cleaning import normalize
from assistant.rewrite.regional import standard_words

FACT_KINDS = (KIND_LAW, KIND_DIGEST)
GLOSSED_ARTICLES = 3  # articles whose everyday questions may lend a question's words to their text (tuned on dev)
# A further article quoted when it holds this share of the question's weight that no lead holds, among the first
# units of the gate's ranking (tuned on the development rounds' statute items).
COMPLEMENT_RANKS = 6
COMPLEMENT_SHARE = 0.10
COMPLEMENT_RATIO = 0.6  # and covering this share of what the best unit covers
# A story that asks what the law says ("…这事法律上允不允许？") that the gate declines because its best unit holds
# only one of the story's telling concepts: the article whose everyday questions (knowledge/glosses) the story is
# closest to answers when the gate ranks one of its units among the first STORY_RANKS and it covers most of the
# question (as the anchors' share, GateSettings.anchor_min). Measured on the development rounds' declined statute
# stories (session 31): from 0.25 it also led with a neighbouring article (3 of 10); from 0.6 none.
STORY_RANKS = 6
STORY_COVERAGE = 0.6
# Where a fact goes in the plan when no key point names it: a statute protects rights, the digest is 教代会 business.
FALLBACK_SECTION = {KIND_LAW: "welfare", KIND_DIGEST: "democracy"}


@dataclass
class Answer:
    """An answer, its sources, and the passages the offline engine chose (what a model may write from)."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    found: bool = True
    route: str = ""
    chosen: list[Hit] = field(default_factory=list)  # the passages (or the parts of them) the answer rests on


@dataclass
class AnswerKit:
    """What answering needs from one state of the knowledge base; built once and shared by every session."""

    router: QuestionRouter
    gate: Gate
    quotes: QuoteFilter
    digest: str
    typos: TypoFixer
    laws: frozenset[str] = frozenset()  # the statutes (and the digest's regulation) the shared base holds


def answer_kit(services: Any) -> AnswerKit:
    """The kit for the services' current index (rebuilt after an upload changes it), kept by the services."""
    snapshot = services.index.snapshot()
    return services.memo("answer_kit", snapshot.digest, lambda: _build_kit(services, snapshot))


def _build_kit(services: Any, snapshot: Any) -> AnswerKit:
    knowledge = Path(services.settings.knowledge_dir)
    path = knowledge / "questions.yaml" if (knowledge / "questions.yaml").exists() else DEFAULT_QUESTIONS
    bank = load_question_bank(str(path))
    shared = [p for p in snapshot.passages if not p.owner]
    reader = QuestionReader(services.index.lexicon, [p.text for p in shared], bank.noise, bank.synonyms)
    names = NameCheck(NameFilter([p for p in shared if p.kind == KIND_PLAN]),
                      [p.text for p in shared if p.kind in FACT_KINDS])
    exemplars = exemplar_index(knowledge, Path(services.settings.data_dir) / "cache")
    return AnswerKit(QuestionRouter(exemplars, services.structure), Gate(reader, bank.forms),
                     QuoteFilter(load_quote_rules(str(path)), names), snapshot.digest,
                     services.retriever.typo_fixer(snapshot),
                     frozenset(p.law for p in shared if p.kind in FACT_KINDS and p.law))


class Answerer:
    """Answers one question for one school (owner), optionally knowing the school's profile."""

    def __init__(self, services: Any, owner: str = "", profile: Any = None):
        self.services = services
        self.owner = owner
        self.profile = profile
        self.structure = services.structure
        self.kit: AnswerKit | None = None
        # the last whole-book verdict, with the articles the everyday questions point to (best first)
        self._verdict: tuple[tuple[str, str, tuple[str, ...]], Verdict, tuple[tuple[str, str], ...]] | None = None

    def answer(self, question: str) -> Answer:
        self.services.ensure_ready()
        self.kit = answer_kit(self.services)
        # the words of home read as the knowledge base writes them (冇得 → 没有) unless the reader maps them itself
        # (钟头), then misspellings fixed
        standard = standard_words(without_aside(normalize(question)), self.kit.gate.reader.phrases)
        question = self.kit.router.bank.forms.spoken(self.kit.typos.fix(standard))
        named = self._named_article(question)
        if named is not None:
            return named
        routing = self.kit.router.route(question)
        if routing.gap is not None and routing.gap.look and (self._named_laws(question)
                                                             or self.kit.router.bank.asks_law(question)):
            # "劳动法里怎么定的？还是看市里", "全县…按法律讲该谁来管": a question naming a statute the base holds, or
            # asking what the law says, asks the statutes; a gap's cue (省里, 职称) only sets the scene, so the gate
            # decides with its usual threshold.
            route = Route.STATUTE if routing.route is Route.OUT_OF_SCOPE else routing.route
            routing = replace(routing, route=route, gap=None)
        if routing.route is Route.OUT_OF_SCOPE and self._statute_covers(question, routing):
            routing = replace(routing, route=Route.STATUTE, gap=None)
        if routing.route is Route.OUT_OF_SCOPE:
            return self._own_upload(question) or self._decline(routing)
        if routing.route is Route.SECTION:
            sections = SectionWriter(self)
            key, placed = routing.section, False
            if key is None and (_asks_how_to_write(question, self.kit.router)
                                or routing.lead >= self.kit.router.bank.matching.section_lead):
                # "心理健康放哪一块写", or a question the router is sure asks how to write a part of the plan in words
                # of its own ("职工之家建设在计划中通常有哪些内容"): the area is read from its words as the composer reads a
                # highlight.
                key, placed = sections.section_for(question), True
            if key is not None:
                return _section_answer(sections, key, question, placed)
            if _asks_about_plan(question):
                # the outline, and the practices closest to what is asked ("组织老师去社区帮老人，计划里咋提")
                return Answer(sections.outline() + measure_lines(self.services, "", question, ""),
                              route=Route.SECTION.value)
        if routing.route is Route.PROCEDURE:
            near = routing.gap is not None and routing.doubt < self.kit.router.bank.matching.doubt_margin
            return with_steps(self.services, question, self._fact(question, routing), near)  # who does what, when
        return self._fact(question, routing)

    def search(self, question: str, kinds: tuple[str, ...], k: int = 10, topic: str | None = None) -> list[Hit]:
        """Passages of some kinds for a question (retrieval adds the statutes' wording of its everyday phrases)."""
        return self.services.retriever.search(question, k=k, topic=topic, owner=self.owner or None, kinds=kinds)

    # ------------------------------------------------------------------ facts

    def _judge(self, question: str, hits: list[Hit], kinds: tuple[str, ...], whole_book: bool = False,
               fit: Callable[[Unit], bool] | None = None,
               glossed: dict[tuple[str, str], str] | None = None) -> Verdict:
        """The gate's verdict on the units of the hits; with `whole_book`, every article and digest point competes
        too (a few hundred: retrieval ranks only add a small preference), so a retrieval miss cannot hide the one
        that answers, and the everyday questions of the articles closest to it (`glossed`, read here when not given)
        lend the question's words to them."""
        units = [u for rank, hit in enumerate(hits) for u in units_of(hit, rank)]
        if whole_book:
            seen = {h.passage.id for h in hits}
            book = [p for p in self.services.index.snapshot().passages
                    if p.kind in FACT_KINDS and p.kind in kinds and not p.owner and p.id not in seen]
            units += [u for p in book for u in units_of(Hit(p, 0.0), len(hits) + 8)]
        core = self.services.retriever.core(question, commas=True)
        if whole_book and glossed is None:
            glossed = self._glossed(core.text, question)
        return self.kit.gate.judge(question, units, kinds, fit=fit or self.kit.quotes.fit, glossed=glossed, core=core)

    def _glossed(self, core: str, question: str) -> dict[tuple[str, str], str]:
        """The everyday questions of the articles closest to the question (knowledge/glosses), by (law, article):
        its core words matched by words, the whole question by meaning."""
        bank = self.services.retriever.gloss_bank()
        return {(law, key): "；".join(bank.texts_of(law, key))
                for law, key, _ in bank.targets(core, GLOSSED_ARTICLES, asked=question)}

    def _fact(self, question: str, routing: Routing) -> Answer:
        bank = self.kit.router.bank
        spec = bank.routes.get(routing.route)
        kinds = tuple(spec.kinds) if spec and spec.kinds else FACT_KINDS
        # A gap close behind the route (a local rule, a spending limit…) asks for a closer match.
        close = (routing.gap is not None and routing.doubt < bank.matching.doubt_margin
                 and routing.gap.cued(normalize(question)))
        needed = bank.matching.doubt_coverage if close else self.kit.gate.settings.min_coverage
        verdict = self._book_verdict(question, kinds)
        if not _passes(verdict, needed, strict=close):
            plans = self._judge(question, self.search(question, PLAN_KINDS, k=8), PLAN_KINDS)
            if _passes(plans, max(needed, self.kit.gate.settings.min_coverage + 0.15), strict=close):
                verdict = plans
            elif not close and (told := self._story_article(question, verdict)) is not None:
                verdict = told
            else:  # the user's own upload, or a part of the plan asked about in a statute's words, is still that
                return (self._own_upload(question) or self._section_instead(question, routing)
                        or self._decline(replace(routing, gap=routing.gap if close else None),
                                         verdict.missing or plans.missing))
        if (verdict.ranked and verdict.ranked[0].unit.passage.kind in FACT_KINDS and self._verdict is not None
                and verdict.ranked[0].unit.passage.law not in self._named_laws(question)):
            # "劳动法里头写的…": the law the user names keeps the lead
            verdict = gloss_agreed(self._verdict[2], self.kit.router.bank, verdict)
        leads = self._leads(verdict, question)
        if self.kit.router.bank.forms.asks_list.search(question) or catch_all(leads[0]):
            leads = [whole_list(leads[0]), *leads[1:]]
        citations = [cite(n, u) for n, u in enumerate(leads, start=1)]
        hint = self._plan_hint(question, leads[0], len(citations) + 1)
        if hint.example is not None and any(hint.example.quote == c.quote for c in citations):
            hint = replace(hint, example=None)  # the lead is already the example: not quoted twice
        if hint.example is not None:
            citations.append(hint.example)
        chosen = [shown_hit(u) for u in leads] + ([hit_of(hint.example)] if hint.example else [])
        text = fact_text(citations[: len(leads)], hint)
        return Answer(text, citations, route=routing.route.value, chosen=chosen)

    def _story_article(self, question: str, verdict: Verdict) -> Verdict | None:
        """For a story asking what the law says, the verdict led by the article whose everyday questions
        (knowledge/glosses) are the closest to it, when the gate ranks one of its units among the first and it covers
        enough of the question; None otherwise (the question is declined as before)."""
        core = self.services.retriever.core(question, commas=True)
        if not core.story or not self.kit.router.bank.asks_law(question):
            return None
        targets = self.services.retriever.gloss_bank().targets(core.text, 1, asked=question)
        if not targets:
            return None
        law, key, _ = targets[0]
        for scored in verdict.ranked[:STORY_RANKS]:
            p = scored.unit.passage
            if p.law == law and (p.article or p.section) == key:
                if scored.coverage < STORY_COVERAGE or not scored.answers_number:
                    return None
                return replace(verdict, passed=True, ranked=[scored] + [s for s in verdict.ranked if s is not scored])
        return None

    def _section_instead(self, question: str, routing: Routing) -> Answer | None:
        """The section a question asks how to write, when no statute or digest point answers it: a story of a
        grievance that ends "计划里维权那块写啥" names a part of the plan and asks what to write there. None when the
        question does not ask how to write the plan, or names no part of it its words can place."""
        router = self.kit.router
        if not (_asks_how_to_write(question, router) and (routing.section or _asks_about_plan(question))):
            return None
        sections = SectionWriter(self)
        key, placed = routing.section, False
        if key is None:
            key, placed = sections.section_for(question), True
        return None if key is None else _section_answer(sections, key, question, placed)

    def _statute_covers(self, question: str, routing: Routing) -> bool:
        """True when the question's gap lets a statute answer (`Gap.answer_above`) and the gate's best article or
        digest point covers that much of it: "我们县的学校…派来的人能干多久" is asked of the 劳动合同法, wherever the
        county is."""
        gap = routing.gap
        if gap is None or gap.answer_above is None or gap.asks_particulars(question):
            return False
        verdict = self._book_verdict(question, FACT_KINDS)
        return _passes(verdict, max(gap.answer_above, self.kit.gate.settings.min_coverage))

    def _book_verdict(self, question: str, kinds: tuple[str, ...]) -> Verdict:
        """The gate's verdict over the whole book for a question, searched once per question, kinds and knowledge
        base: asking whether a statute covers a gap's question and then answering it read the same verdict."""
        key = (self.kit.digest if self.kit else "", question, kinds)
        if self._verdict is None or self._verdict[0] != key:
            glossed = self._glossed(self.services.retriever.core(question, commas=True).text, question)
            verdict = self._judge(question, self.search(question, kinds), kinds, whole_book=True, glossed=glossed)
            self._verdict = (key, verdict, tuple(glossed))  # glossed holds its articles best first
        return self._verdict[1]

    def _own_upload(self, question: str) -> Answer | None:
        """What the school's own uploads say, when one covers the question ("读书节在几月举行" after uploading the
        notice of its 读书节): the base has no rule on it, but the school's files do. None without such a passage."""
        if not self.owner:
            return None
        kinds = (KIND_UPLOAD,)
        hits = [h for h in self.search(question, kinds, k=5) if h.passage.owner == self.owner]
        verdict = self._judge(question, hits, kinds, fit=self._own_fit)
        if not _passes(verdict, self.kit.gate.settings.min_coverage):
            return None
        unit = verdict.ranked[0].unit
        citations = [cite(1, unit)]
        text = f"本校上传的资料中有相关内容：\n\n{unit.text.strip()}[1]"
        return Answer(text, citations, route=Route.STATUTE.value, chosen=[shown_hit(unit)])

    def _own_fit(self, unit: Unit) -> bool:
        """A sentence of the school's own file may be shown with its own names, places and dates; not with blanks,
        noise or markup, and only when it is a whole sentence."""
        own = {"names", "local", "year", "outdated"} | ({"length"} if 6 <= len(unit.text) <= 300 else set())
        return not set(self.kit.quotes.problems(unit.text)) - own and "<" not in unit.text

    def _leads(self, verdict: Verdict, question: str = "") -> list[Unit]:
        """The unit that answers, and a second one from another passage when it covers nearly as much."""
        best = verdict.ranked[0]
        leads = [best.unit]
        for other in verdict.ranked[1:]:
            if other.unit.passage.id == best.unit.passage.id or other.unit.passage.kind not in FACT_KINDS:
                continue
            # nearly as much of the question; when the best holds all of it (a support of 1 hides a story's surplus),
            # nearly as much of the story's evidence too
            if (other.coverage >= max(self.kit.gate.settings.min_coverage, 0.85 * best.coverage)
                    and (best.coverage < 1.0 or other.full >= 0.85 * best.full)):
                leads.append(other.unit)
            break
        return leads + self._complement(verdict, leads, question)

    def _complement(self, verdict: Verdict, leads: list[Unit], question: str = "") -> list[Unit]:
        """A unit of another article close behind the leads that holds a weighty part of the question none of them
        holds: a story of several grievances (shorter hours for nursing, pay docked for it, no renewal) is answered
        by several articles, each quoted. Empty when no such unit is near the top."""
        def key(u: Unit) -> tuple[str, str]:
            return (u.passage.law, u.passage.article or u.passage.section)

        taken = {key(u) for u in leads}
        held = {c for s in verdict.ranked if s.unit in leads for c in s.covered}
        asking = self.services.index.lexicon.asking_words(question)
        for other in verdict.ranked[1:COMPLEMENT_RANKS]:
            if key(other.unit) in taken or other.unit.passage.kind not in FACT_KINDS or not other.answers_number:
                continue
            if (other.coverage < max(self.kit.gate.settings.min_coverage, COMPLEMENT_RATIO * verdict.ranked[0].coverage)
                    or not other.distinct):
                continue
            # a modal (必须, 应当) is how the question asks, not a part of it another article must answer
            if sum(verdict.weights.get(c, 0.0) for c in other.covered
                   if c not in held and c not in asking) >= COMPLEMENT_SHARE:
                return [other.unit]
        return []

    def _named_laws(self, question: str) -> frozenset[str]:
        """The statutes (or the digest's regulation) the base holds that the question names: 教师法里, 劳动合同法."""
        return frozenset(law for law in self.kit.laws if law in question)

    def _named_article(self, question: str) -> Answer | None:
        """When the question names a law and an article (工会法第十一条), that article answers it; a question asking
        what the one law it names is for (劳动合同法为谁定的), its first article."""
        articles = articles_in(question)
        if not articles and len(self._named_laws(question)) == 1 and self.kit.router.bank.forms.asks_purpose.search(question):
            articles = {"第一条"}
        if not articles:
            return None
        snapshot = self.services.index.snapshot()
        for article in sorted(articles):
            for row in snapshot.article_rows.get(article, ()):
                p = snapshot.passages[row]
                if p.kind == KIND_LAW and p.law and p.law in question:
                    unit = units_of(Hit(p, 1.0), 0)[0]
                    hint = self._plan_hint(question, unit, 2)
                    citations = [cite(1, unit)] + ([hint.example] if hint.example else [])
                    chosen = [shown_hit(unit)] + ([hit_of(hint.example)] if hint.example else [])
                    return Answer(fact_text(citations[:1], hint), citations, route=Route.STATUTE.value, chosen=chosen)
        return None

    def _plan_hint(self, question: str, lead: Unit, n: int) -> PlanHint:
        """The plan section (and key point) a fact belongs to, and an example sentence when a clean one fits.

        A key point is taken when two of its words are in the question and the quote; otherwise the section of the
        quote's topic, or the one its kind belongs to (a statute: 维权; the digest: 民主管理)."""
        text = normalize(question) + normalize(lead.text)
        best: tuple[int, SectionSpec, str] | None = None
        for spec in self.structure.sections:
            if spec.level != 2:  # the areas of 主要工作 hold what statutes ask of a school
                continue
            for need, words in spec.keywords.items():
                hits = len({w for w in words if len(w) >= 2 and w in text})
                if hits >= 2 or (hits == 1 and any(w in normalize(lead.text) for w in words if len(w) >= 3)):
                    if best is None or hits > best[0]:
                        best = (hits, spec, need)
        if best is not None:
            _, spec, need = best
        else:
            topic = lead.passage.topic
            spec = next((s for s in self.structure.sections if topic and s.level == 2 and topic in s.topics), None)
            spec = spec or self.structure.section(FALLBACK_SECTION.get(lead.passage.kind, "welfare"))
            need = next((nd for nd, words in spec.keywords.items() if any(w in text for w in words)), "")
        example = None
        if spec.topics:
            hits = self.search(question, PLAN_KINDS, k=8, topic=spec.topics[0])
            verdict = self._judge(question, [h for h in hits if h.passage.topic in spec.topics], PLAN_KINDS)
            if verdict.best is not None and verdict.best.coverage >= 0.3:
                example = cite(n, verdict.best.unit)
        return PlanHint(spec.title, need, example)

    # ------------------------------------------------------------------ declines

    def _decline(self, routing: Routing, missing: tuple[str, ...] = ()) -> Answer:
        bank = self.kit.router.bank
        gap = routing.gap
        scope = bank.decline.get("scope", "")
        if gap is not None:
            text = decline_text(gap.what, gap.look, scope, off_topic=not gap.look)
        else:
            what = named_gaps(missing)
            look = bank.decline.get("procedure_look" if routing.route is Route.PROCEDURE else "statute_look", "")
            text = decline_text(what, look, scope)
        return Answer(text, found=False, route=Route.OUT_OF_SCOPE.value)


def _cued(question: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    text = normalize(question)
    return any(word in text for group in groups for word in group)


def _passes(verdict: Verdict, coverage: float, strict: bool = False) -> bool:
    """The gate passed and the best unit covers enough; `strict` (a gap close behind): of the whole question."""
    best = verdict.best
    return verdict.passed and best is not None and (best.raw if strict else best.coverage) >= coverage


def _asks_how_to_write(question: str, router: QuestionRouter) -> bool:
    """True when a question uses the section route's words of writing (写什么, 放哪, 怎么写…)."""
    spec = router.bank.routes.get(Route.SECTION)
    return bool(spec and spec.cues and _cued(question, spec.cues[:1]))


def _section_answer(sections: SectionWriter, key: str, question: str, placed: bool) -> Answer:
    """The answer that writes one part of the plan (`placed`: the part was read from the question's words)."""
    written = sections.answer(key, question, placed)
    return Answer(written.text, written.citations, route=Route.SECTION.value, chosen=written.chosen)


def _asks_about_plan(question: str) -> bool:
    # 打算 is the spoken name of a plan (现代汉语词典 打算: 关于行动的方向、方法等的想法), as 年度打算, 新一年的打算里
    return any(w in question for w in ("计划", "范文", "模板", "部分", "结构", "框架", "年度打算", "工作打算", "打算里"))
