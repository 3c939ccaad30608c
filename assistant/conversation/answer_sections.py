"""Answers about a section of the plan: its key points (knowledge/structure.yaml), what the school's kind adds, the
rules that apply, the base's own hints for the plan, and clean example sentences that each add something new."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from assistant.conversation.answer_measures import measure_matcher, render
from assistant.conversation.answer_quotes import Unit, cite, hit_of, units_of
from assistant.conversation.answer_reading import Concept
from assistant.conversation.answer_text import section_text
from assistant.domain.occasions import load_occasions
from assistant.domain.passages import KIND_DIGEST, KIND_LAW, KIND_PLAN, KIND_UPLOAD, Citation, Hit, Passage
from assistant.domain.school_types import GENERAL, load_school_types
from assistant.domain.script import to_simplified
from assistant.domain.structure import SectionSpec
from assistant.domain.text import char_pairs
from assistant.loading.cleaning import normalize

PLAN_KINDS = (KIND_PLAN, KIND_UPLOAD)
MEASURES_HEAD = "可写进计划的做法（供参考，请按本校实际调整）："
# Names for the union calendar's {placeholders} when no school profile is known.
GENERIC_NAMES = {
    "congress_name": "教职工代表大会（教职工大会）", "congress_short": "教代会", "congress_members": "全体代表",
    "women_body": "女职工委员会（女职工委员）", "upper_union": "上级工会", "self": "我校", "org": "学校",
    "union_name": "学校工会委员会", "school": "学校", "period_self": "本学年",
}
STRUCTURE_TITLE = "学校工会工作计划的标准结构"
# Example sentences: the passages the question alone retrieves, and what the first of them adds to a sentence's gain
# (falling with rank; tuned on eval/answers dev rounds' section items).
FOUND_PASSAGES = 4
FOUND_BONUS = 2.0
# ... and of those, the first few belong to the section when their topic is its own, whatever their heading says
# (a 保障措施 passage headed by its risks and their remedies names neither word; fifty-sixth session, development
# round 106).
FOUND_OWN = 2
FOUND_ECHO = 3  # character pairs of the question a sentence of such a passage holds for the whole of that gain
# For a question asking what a thing includes (哪些, 包括), a sentence that lists its contents ("…的内容包括：财务公开、
# 收费公开、评优公开") answers it: its gain, in _gain's units (a new key point gains 1); 1.5 → 3.0 measured on the
# development rounds' section and procedure questions that ask for a list (15 → 16 of 25, none lost).
LISTING_GAIN = 3.0
# A heading's closeness in meaning to the question (the e5 cosine, whose values for headings of one part lie within
# a few hundredths) and, per form of the question's concepts it holds, this much more (fifty-fourth session).
HEADING_FORM_BONUS = 0.02
# For a heading of the length asked for (八个字), per form of the question's concepts the passages under it hold: what
# the heading sums up counts as much as what it says (fifty-sixth session).
HEADING_CONTENT_BONUS = 0.02
_LISTING = re.compile(r"(包括|包含|主要有|内容有|分为|涵盖)[：:]?[^。；;]*?、[^。；;]*?、")


class _Names(dict):
    def __missing__(self, key: str) -> str:
        return ""


@dataclass
class SectionAnswer:
    text: str
    citations: list[Citation]
    chosen: list[Hit]


class SectionWriter:
    """Writes the answer about one section, for one school (owner and profile), from the answering kit."""

    def __init__(self, answerer: Any):
        self.a = answerer  # the Answerer: services, kit, owner, profile, search
        self.structure = answerer.structure

    # ------------------------------------------------------------------ the answer

    def answer(self, key: str, question: str, placed: bool = False) -> SectionAnswer:
        spec = self.structure.section(key)
        kind = self.school_kind(question)
        school = load_school_types().kind(kind) if kind != GENERAL else None
        adapt: Callable[[str], str] = school.adapt if school else (lambda t: t)
        if school:  # 园务公开 is written 校务公开 in the base: look for what the base calls it
            question = _in_school_words(question, school.replace, school.names)
        points = [adapt(p) for p in spec.needs]
        extra = self.kind_line(kind) + self.calendar_lines(key) + occasion_lines(key, question)
        citations: list[Citation] = []
        rules: list[tuple[str, Citation | None]] = []
        for description, hit in self.rule_passages(spec):
            citation = cite(len(citations) + 1, units_of(hit, 0)[0]) if hit else None
            if citation is not None:
                citations.append(citation)
            rules.append((description, citation))
        examples = self.examples(spec, question, len(citations) + 1, placed=placed)  # quotes stay as written
        citations += examples
        text = section_text(spec.title, points, extra, rules, examples)
        if self.a.kit.router.bank.forms.asks_heading.search(normalize(question)):
            text += heading_lines(self.example_headings(spec, question, examples))
        routine = self.a.kit.router.bank.forms.routine(normalize(question))
        text += measure_lines(self.a.services, key, question, text, "" if kind == GENERAL else kind, routine)
        if placed:
            text = f"这项内容可以写在“{spec.title}”部分。\n\n{text}"
        structure = Hit(Passage(text="；".join(points), source="structure", title=STRUCTURE_TITLE, section=spec.title),
                        1.0)
        return SectionAnswer(text, citations, [structure, *(hit_of(c) for c in citations)])

    # ------------------------------------------------------------------ rules and hints

    def rule_passages(self, spec: SectionSpec) -> list[tuple[str, Hit | None]]:
        """(what the rule says, the passage it rests on) for the section's rules, then the digest's own hints for
        this part of a plan (对学校工会工作计划的提示)."""
        out: list[tuple[str, Hit | None]] = []
        shared = [p for p in self.a.services.index.snapshot().passages if not p.owner]
        for rule_id in spec.rules:
            rule = self.structure.rule(rule_id)
            out.append((rule.description, _rule_passage(shared, rule.law, rule.article, rule.description)))
        names = [n for n in (spec.title, *spec.chat_names) if len(n) >= 2]
        for p in shared:
            if p.kind != KIND_DIGEST:
                continue
            for unit in units_of(Hit(p, 1.0), 0):
                if "计划" in unit.text and any(n in unit.text for n in names):
                    out.append((unit.text, Hit(replace(p, text=f"{p.section}\n- {unit.text}"), 1.0)))
        return out

    # ------------------------------------------------------------------ example sentences

    def examples(self, spec: SectionSpec, question: str, first: int, limit: int = 3,
                 placed: bool = False) -> list[Citation]:
        """Clean example sentences about the section: first those holding what the question asks about beyond the
        section's name (for "心理健康放哪一块写", from any section), then those adding the key points and the topic's
        words the question and the sentences already chosen do not show. A question that asks what else to write
        ("光写慰问够不够") counts its own words as shown."""
        if not spec.topics:
            return []
        kit = self.a.kit
        bank = kit.router.bank
        named = kit.router.names_of(spec.key)
        school = {w for words in bank.school_words.values() for w in words}
        core = self.a.services.retriever.core(normalize(question))  # a story's details weigh less than what it asks
        concepts = [c for c in kit.gate.reader.concepts(bank.forms.whole_words(question), kit.gate.settings, core)
                    if not any(c.surface in n or n in c.surface for n in named) and c.surface not in school]
        more = bool(bank.forms.asks_more.search(normalize(question)))
        listing = bool(bank.forms.asks_list.search(normalize(question)))
        # the heaviest thing asked about, not a word of planning itself (安排 of "那块能安排上吗")
        telling = [c for c in concepts if c.surface not in bank.generic_names]
        heavy = max(telling, key=lambda c: c.weight) if telling and not more else None
        cues = self.a.services.index.lexicon.topic_cues
        identity = [w for w in (*named, *(c for t in spec.topics for c in cues.get(t, ())),
                                *(w for words in spec.keywords.values() for w in words if len(w) >= 3)) if len(w) >= 2]
        identity = list(dict.fromkeys(identity))

        # The passages the question finds by itself (its meaning and its everyday words, not the section's name): a
        # plan that writes what is asked in other words ("风气" for 氛围, "钻研型" for 专家型) is found there first.
        found = {h.passage.id: r for r, h in enumerate(self.a.search(question, PLAN_KINDS, k=FOUND_PASSAGES))}

        def belongs(u: Unit) -> bool:
            """A sentence about this section: it names it, or its passage is of the section's topic and says so in
            its heading or the question finds the passage first (passages mix topics; a sentence that says nothing of
            the section may be another's)."""
            if any(w in u.text for w in identity):
                return True
            return u.passage.topic in spec.topics and (any(w in u.passage.section for w in identity)
                                                       or found.get(u.passage.id, FOUND_PASSAGES) < FOUND_OWN)

        # The words of the activity asked about (读书 of "四月份搞读书活动放哪一节"), as the highlight kinds read them.
        about = self.a.services.composer.classifier.place(normalize(question)).terms if placed else ()

        def asked(u: Unit) -> bool:
            text = normalize(u.text)
            return any(t in text for t in about) or (heavy is not None and heavy.held(text) > 0)

        ranks = {h.passage.id: r for r, h in enumerate(self.a.search(f"{spec.title} {question}", PLAN_KINDS, k=12,
                                                                     topic=spec.topics[0]))}
        # which sentence of such a passage: the one sharing most of the question's own words (not the section's name)
        spoken = char_pairs(normalize(question)) - {g for n in named for g in char_pairs(n)}
        visible = [p for p in self.a.services.index.snapshot().passages
                   if p.kind in PLAN_KINDS and p.owner in ("", self.a.owner)]
        units = [u for p in visible for u in units_of(Hit(p, 1.0), ranks.get(p.id, 12))
                 if (belongs(u) or (placed and asked(u))) and kit.quotes.fit(u)]
        keywords = [w for words in spec.keywords.values() for w in words]
        text = normalize(question)
        shown = {w for w in (*keywords, *identity) if w in text}  # what the user already has
        if more:
            shown |= {f for c in concepts for f in c.forms}
        chosen: list[Unit] = []
        for _ in range(limit):
            pool = [u for u in units if u not in chosen]
            if (heavy is not None or about) and sum(asked(u) for u in chosen) < (2 if placed else 1):
                # what was asked about, first: a question placing an activity wants two such sentences, one asking
                # about a section ("给中层打分，民主管理那块咋写") at least one that holds its heaviest word (评议)
                pool = [u for u in pool if asked(u)] or pool
            scored = [(_gain(u, concepts if not more else [], keywords, identity, shown, chosen, found, spoken)
                       + (LISTING_GAIN if listing and lists_contents(u.text) else 0.0), u) for u in pool]
            scored = [(g, u) for g, u in scored if g > 0.5]
            if not scored:
                break
            pick = max(scored, key=lambda item: (item[0], -item[1].rank))[1]
            chosen.append(pick)
            shown |= {w for w in (*keywords, *identity) if w in pick.text}
        return [cite(first + i, u) for i, u in enumerate(chosen)]

    def example_headings(self, spec: SectionSpec, question: str, examples: list[Citation], limit: int = 4,
                         closest: int = 3) -> list[str]:
        """The example plans' headings of this part, whole, without their numbers and in simplified characters: those
        of the sentences quoted first, then those of the passages the section and the question find (up to `limit`),
        then the `closest` in meaning to the question of all the plans' headings of the part not shown yet: "往爱读书的
        路子上靠" meets 创建学习型工会 wherever its plan is."""
        cues = self.a.services.index.lexicon.topic_cues
        identity = [w for w in (*self.a.kit.router.names_of(spec.key), *(c for t in spec.topics for c in cues.get(t, ())),
                                *(w for words in spec.keywords.values() for w in words),
                                *self.a.kit.router.bank.heading_themes.get(spec.key, ())) if len(w) >= 2]

        def heading(part: str) -> str:
            text = bare_heading(part)
            return text if 6 <= len(text) <= 40 and any(w in text for w in identity) else ""

        size = self.a.kit.router.bank.forms.heading_size(normalize(question))
        sized = self.sized_headings(question, size, closest) if size else []
        hits = self.a.search(f"{spec.title} {question}", PLAN_KINDS, k=12, topic=spec.topics[0] if spec.topics else None)
        found = [h for h in dict.fromkeys(heading((place or "").split(">")[-1])
                                          for place in [c.section for c in examples] + [h.passage.section for h in hits]) if h]
        if sized:  # a heading of the length asked for (八个字的小标题), wherever its plan put it, before the part's others
            return sized + [h for h in found if h not in sized][:max(0, limit - len(sized))]
        pool = [h for h in dict.fromkeys(heading(part) for p in self.a.services.index.snapshot().passages
                                         if p.kind == KIND_PLAN and not p.owner for part in (p.section or "").split(">"))
                if h and h not in found[:limit]]
        if not pool:
            return found[:limit]
        likeness = self.a.services.composer.classifier.likeness.similarities(normalize(question), pool)
        # ... and a heading that says what the question asks in the plans' words (身心 of "身体跟心理") before one
        # that only sounds like it; the part's own names say nothing here, every heading holds one
        forms = {f for c in self.a.kit.gate.reader.concepts(question, self.a.kit.gate.settings)
                 if not any(f in identity for f in c.forms) for f in c.forms if len(f) >= 2}
        score = [float(likeness[i]) + HEADING_FORM_BONUS * sum(f in h for f in forms) for i, h in enumerate(pool)]
        order = sorted(range(len(pool)), key=lambda i: -round(score[i], 3))
        return found[:limit] + [pool[i] for i in order[:closest]]

    def sized_headings(self, question: str, size: int, closest: int) -> list[str]:
        """The example plans' headings of `size` characters (punctuation not counted), the closest to the question
        first: closeness in meaning, then the question's concepts the heading holds or the passages under it hold
        (帮困、体检 asked of a 维权 heading that names neither but heads the passages that do). A plan's heading
        need not name its part ("完善体系，切实保障" heads the 送温暖 items), so none is left out for that."""
        texts: dict[str, list[str]] = {}
        for p in self.a.services.index.snapshot().passages:
            if p.kind == KIND_PLAN and not p.owner:
                for part in (p.section or "").split(">"):
                    text = bare_heading(part)
                    if han_count(text) == size:
                        texts.setdefault(text, []).append(to_simplified(p.text))
        if not texts:
            return []
        pool = list(texts)
        likeness = self.a.services.composer.classifier.likeness.similarities(normalize(question), pool)
        forms = {f for c in self.a.kit.gate.reader.concepts(question, self.a.kit.gate.settings)
                 for f in c.forms if len(f) >= 2}
        score = [float(likeness[i]) + HEADING_FORM_BONUS * sum(f in h for f in forms)
                 + HEADING_CONTENT_BONUS * sum(any(f in t for t in texts[h]) for f in forms) for i, h in enumerate(pool)]
        order = sorted(range(len(pool)), key=lambda i: -round(score[i], 3))
        return [pool[i] for i in order[:closest]]

    # ------------------------------------------------------------------ the school

    def school_kind(self, question: str) -> str:
        """The kind of school a question names (我们是中职), else the profile's, else the general 学校."""
        bank = self.a.kit.router.bank
        text = normalize(question)
        for place in bank.place_words:
            text = text.replace(place, "")
        for kind, words in bank.school_words.items():
            if any(w in text for w in words):
                return kind
        named = load_school_types().infer(text)
        if named != GENERAL:
            return named
        return self.a.profile.kind if self.a.profile is not None else GENERAL

    def kind_line(self, kind: str) -> list[str]:
        if kind == GENERAL:
            return []
        flavour = load_school_types().kind(kind).flavour
        return [f"结合{kind}的特点，可以写进：{'、'.join(flavour)}等内容。"] if flavour else []

    def calendar_lines(self, key: str) -> list[str]:
        if key != "schedule":
            return []
        names = _Names(GENERIC_NAMES)
        period = "学年"
        if self.a.profile is not None:
            names.update(self.a.profile.names())
            period = self.a.profile.period
        lines = ["可参考的逐月安排（按学校实际调整）："]
        lines += [f"- {e.month}月：{e.activity.format_map(names)}" for e in self.structure.calendar_for(period)]
        return lines

    def section_for(self, question: str) -> str | None:
        """The area of 主要工作 a question is about: the key-point words it uses (with their synonyms), and the
        topics of the example passages it finds; None when nothing points anywhere."""
        kit = self.a.kit
        # What the question is about, read as the composer reads a school's highlight (knowledge/highlights.yaml:
        # 读书活动 → 文体活动, 集体生日 → …, 医疗互助 → 维权与送温暖), when it is sure and the section is an area.
        placement = self.a.services.composer.classifier.place(normalize(question))
        if not placement.unsure and self.structure.section(placement.section).level == 2:
            return placement.section
        forms = [f for c in kit.gate.reader.concepts(question, kit.gate.settings) for f in c.forms]
        text = normalize(question) + " " + " ".join(forms)
        topics = [h.passage.topic for h in self.a.search(question, PLAN_KINDS, k=5)]
        best: tuple[float, str] | None = None
        for spec in self.structure.sections:
            if spec.level != 2:
                continue
            score = sum(1 for w in spec.all_keywords() if w in text) + 0.4 * sum(t in spec.topics for t in topics)
            if score > 0.5 and (best is None or score > best[0]):
                best = (score, spec.key)
        return best[1] if best else None

    def outline(self) -> str:
        lines = ["学校工会工作计划一般由以下部分组成："]
        for spec in self.structure.sections:
            if spec.key == "main":
                lines.append(f"- {spec.title}：{spec.guidance}（下设以下几个方面）")
            else:
                lines.append(f"{'  ' if spec.level == 2 else ''}- {spec.title}：{spec.guidance}")
        lines += ["", "可以继续问某一部分怎么写，例如“女工部分应该写什么？”。"]
        return "\n".join(lines)


# 四、, （二）, 2., (3) before a heading: the plan's numbering, not its wording.
_HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]、?|\d+[.、．])\s*")


def bare_heading(part: str) -> str:
    """A plan's heading as an answer shows it: whole, without its number (四、) and in simplified characters."""
    return to_simplified(_HEADING_NUMBER.sub("", part.strip()).strip("：:。 、"))


def han_count(text: str) -> int:
    """The characters of a heading a user counts when asking for one of eight (八个字): its Han characters.

    >>> han_count("夯实基础，提高能效")
    8
    """
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


def heading_lines(headings: list[str]) -> str:
    """The example plans' headings for a question asking how to head a part (empty when there are none).

    >>> print(heading_lines(["加强师德建设，提高教职工师德素养"]))
    <BLANKLINE>
    <BLANKLINE>
    范文中这一部分的标题提法（可按本校情况改写）：
    - 加强师德建设，提高教职工师德素养
    """
    if not headings:
        return ""
    return "\n\n范文中这一部分的标题提法（可按本校情况改写）：\n" + "\n".join(f"- {h}" for h in headings)


def occasion_lines(key: str, question: str) -> list[str]:
    """The section's occasions of the year (knowledge/occasions.yaml), when the question asks which festivals or
    occasions to mark (送温暖一年有哪些节日)."""
    occasions = load_occasions()
    if not occasions.asked(question) or not occasions.of(key):
        return []
    return ["一年中可安排的节点（按本校实际选用）：", *(f"- {line}" for line in occasions.of(key))]


def _topic_measure(services: Any, question: str, shown: str) -> str:
    """The first measure of the focus topic the question is about (knowledge/focus_topics.yaml), found by the topic's
    own words as a focus area is, or '': a concern told as a question ("值夜班的老师第二天还得上课，计划里咋帮") meets the
    union's own measure for it, before the library's closest ones. Measured on the development rounds' section items
    (session 34): 139 → 140 right of 207; the topics' measures ranked by likeness among the library's instead lost 8."""
    found = services.composer.focus_matcher.match(question)
    if found is None or not found.keywords:
        return ""
    for raw in found.topic.measures:
        text = render(raw)
        if text and text[:12] not in shown:
            return text
    return ""


def measure_lines(services: Any, key: str, question: str, shown: str, kind: str = "",
                  routine: tuple[str, ...] = ()) -> str:
    """The library's measures closest to the question (knowledge/measures.yaml) for a school of `kind` ('' when the
    question names none), those repeating the school's `routine` last, as lines to add to the answer."""
    found = measure_matcher(services).best(normalize(question), key, shown=shown, kind=kind, routine=routine)
    topic = _topic_measure(services, question, shown + "".join(found))
    if topic:
        found = [topic, *found]
    if not found:
        return ""
    return "\n\n" + "\n".join([MEASURES_HEAD, *(f"- {t}" for t in found)])


def _gain(unit: Unit, concepts: list[Concept], keywords: list[str], identity: list[str], shown: set[str],
          chosen: list[Unit], found: dict[str, int] | None = None, spoken: set[str] | None = None) -> float:
    """What an example sentence adds: the question's own concepts (twice as much), the section's words not yet
    shown (its own names and topic words count half again: 教工之家 for 工会自身建设), a passage not yet quoted, a
    passage the question finds by itself (`found`: passage id → rank; its sentences holding more of the question's
    `spoken` character pairs gain more), an early rank, a fuller sentence."""
    text = normalize(unit.text)
    total = sum(c.weight for c in concepts)
    asked = sum(c.weight * c.held(text) for c in concepts) / total if total else 0.0
    new = {w for w in (*keywords, *identity) if w in text} - shown
    place = (found or {}).get(unit.passage.id)
    near = 0.0
    if place is not None:
        echo = min(1.0, len(char_pairs(text) & spoken) / FOUND_ECHO) if spoken is not None else 1.0
        near = FOUND_BONUS * (1.0 - place / FOUND_PASSAGES) * echo
    if not new and asked == 0 and not near:
        return 0.0
    novelty = min(sum(1.5 if w in identity else 1.0 for w in new), 4.0)
    fresh = 0.5 if unit.passage.id not in {c.passage.id for c in chosen} else 0.0
    return 2.0 * asked + novelty + fresh + near - 0.03 * unit.rank + min(len(unit.text), 80) / 400


def lists_contents(text: str) -> bool:
    """True when a sentence lists what something includes, three items or more.

    >>> lists_contents("公开的内容包括：财务公开、收费公开、评优公开、招生公开。")
    True
    >>> lists_contents("开展演讲、朗诵、书法比赛。"), lists_contents("内容包括财务和收费。")
    (False, False)
    """
    return bool(_LISTING.search(normalize(text)))


def _in_school_words(question: str, pairs: tuple[tuple[str, str], ...], keep: tuple[str, ...]) -> str:
    """A question in a school's words (园务公开 → 校务公开), leaving the kind's own names alone (幼儿园 stays)."""
    marks = {f"\x00{i}\x00": name for i, name in enumerate(sorted(keep, key=len, reverse=True))}
    for mark, name in marks.items():
        question = question.replace(name, mark)
    for theirs, ours in sorted(pairs, key=lambda pair: -len(pair[1])):
        question = question.replace(ours, theirs)
    for mark, name in marks.items():
        question = question.replace(mark, name)
    return question


def _rule_passage(passages: list[Passage], law: str, article: str, description: str) -> Hit | None:
    """The passage a domain rule rests on: the article itself, or the digest point that states it."""
    if article:
        return next((Hit(p, 1.0) for p in passages if p.kind == KIND_LAW and p.law == law and p.article == article),
                    None)
    grams = char_pairs(description)
    points = [(p, u) for p in passages if p.kind == KIND_DIGEST and p.law == law for u in units_of(Hit(p, 1.0), 0)]
    if not points:
        return None
    p, unit = max(points, key=lambda pu: len(grams & char_pairs(pu[1].text)))
    return Hit(replace(p, text=f"{p.section}\n- {unit.text}"), 1.0)
