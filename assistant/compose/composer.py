"""The offline composer: a whole plan from retrieved example measures, templates and the domain rules."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from assistant.compose.schedule import compose_schedule as _compose_schedule
from assistant.compose.templates import (
    NO_RETIREES,
    TEMPLATES,
    adapt_to_school,
    focus_measure,
    guiding_paragraphs,
    highlight_measure,
    highlight_month,
    highlight_sections,
    rule_measures,
    template_names,
)
from assistant.compose.text import NameFilter, finish_sentence, is_dated_or_local, similarity, split_measures, trigrams
from assistant.domain.passages import KIND_PLAN, Hit
from assistant.domain.plan import Plan, ScheduleItem
from assistant.domain.policy import outdated_spans, placeholder_spans
from assistant.domain.profile import Profile
from assistant.domain.script import has_script_noise
from assistant.domain.structure import Structure
from assistant.rewrite.rules import rewrite

DUPLICATE_SIMILARITY = 0.5  # 3-gram Jaccard at or above which two measures say the same thing
MEASURES_PER_AREA = 5  # besides rule-driven and highlight measures
MAX_RETRIEVED_PER_AREA = 2  # example measures are uneven in quality: templates carry the bulk
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Quoted terms every school plan uses: never a local project name.
GENERIC_PHRASES = (
    "职工之家", "教工之家", "教职工之家", "送温暖", "五必访", "收好、管好、用好", "三八", "一岗双责", "娘家人", "金秋助学",
    "爱心妈妈小屋", "妈咪小屋", "青蓝工程", "师徒结对", "三育人", "第一知情人", "第一报告人", "第一帮助人",
)
# A different school's union, or another school's plan speaking of itself: reword for ours.
_OTHER_UNION = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:区|市|县|省)(?:教育)?(?:总)?工会")
_OUR_SCHOOL = ((re.compile(r"本校|该校|学校工会(?=要|将|应)"), "我校"),)
# A retrieved measure must name its own area, not only generic words (慰问, 活动) that its keywords share.
_MUST_MENTION = {
    "democracy": ("民主", "教代会", "教职工代表大会", "教职工大会", "校务", "提案", "公开", "协商"),
    "ethics": ("师德", "师风", "学习", "培训", "练兵", "竞赛", "教师", "读书"),
    "women": ("女",),
    "welfare": ("权益", "困难", "帮扶", "慰问", "体检", "健康", "实事"),
    "culture": ("文体", "文化", "体育", "比赛", "健身", "运动", "职工之家", "文艺"),
    "self": ("工会", "会员", "委员"),
    "finance": ("经费", "财务", "预算", "决算", "经审"),
    "retirees": ("退休", "离退休", "老同志", "老教师"),
    "goals": ("目标", "职工之家", "满意"),
    "safeguards": ("领导", "责任", "保障", "检查", "总结", "考核"),
}
_TITLE = re.compile(r"《([^《》]{2,30})》")


@dataclass
class SectionProposal:
    """A drafted section: its measures (paragraphs), the example passages used, and notes for the user."""

    key: str
    title: str
    paragraphs: list[str]
    hits: list[Hit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Option:
    text: str
    relevance: float
    hit: Hit | None = None


def fill(text: str, names: dict[str, str]) -> str:
    """Replace {known_name} placeholders; anything else in braces is left as it is."""
    return _PLACEHOLDER.sub(lambda m: names.get(m.group(1), m.group(0)), text)


class Composer:
    """Drafts sections and whole plans offline; deterministic for a given index, profile and variant."""

    def __init__(self, retriever, structure: Structure, lawbook):
        self.retriever = retriever
        self.structure = structure
        self.lawbook = lawbook
        self._names: NameFilter | None = None

    # ------------------------------------------------------------------ retrieval and cleaning

    def _name_filter(self) -> NameFilter:
        if self._names is None:
            self.retriever.index.ensure_built()
            plans = [p for p in self.retriever.index.passages() if p.kind == KIND_PLAN]
            self._names = NameFilter(plans, generic_phrases=GENERIC_PHRASES)
        return self._names

    def _queries(self, key: str) -> list[str]:
        spec = self.structure.section(key)
        words = spec.all_keywords()
        return [spec.title + " " + " ".join(words[:6]), *spec.needs[:4]]

    def retrieve(self, key: str, k: int = 8) -> list[Hit]:
        """Example-plan passages for a section: several queries, topic-boosted, best score per passage kept."""
        spec = self.structure.section(key)
        topic = spec.topics[0] if spec.topics else None
        best: dict[str, Hit] = {}
        for query in self._queries(key):
            for hit in self.retriever.search(query, k=k, topic=topic, kinds=(KIND_PLAN,)):
                if hit.passage.id not in best or best[hit.passage.id].score < hit.score:
                    best[hit.passage.id] = hit
        hits = sorted(best.values(), key=lambda h: (-h.score, h.passage.id))
        wanted = set(spec.topics)
        # Passages of the section's own topic first: the others are only there for their wording.
        return [h for h in hits if h.passage.topic in wanted] + [h for h in hits if h.passage.topic not in wanted]

    def clean_measure(self, text: str, profile: Profile) -> str | None:
        """The measure adapted to the school, or None when it is dated, a placeholder or names another school."""
        if is_dated_or_local(text):
            return None
        for pattern, repl in _OUR_SCHOOL:
            text = pattern.sub(repl, text)
        text = _OTHER_UNION.sub(profile.upper_union, text)
        if self._name_filter().specific(text):
            return None
        if placeholder_spans(text) or outdated_spans(text, profile.year) or has_script_noise(text):
            return None
        if self.lawbook and self.lawbook.unknown_citations(text):
            return None
        if not profile.has_congress and re.search(r"教代会|教职工代表大会|代表", text):
            return None  # another school's congress form: ours is the 教职工大会
        if profile.women_body == "女职工委员" and re.search(r"女(?:教)?职工委员会|女工委", text):
            return None
        if any(not (self.lawbook and self.lawbook.has_law(t)) for t in _TITLE.findall(text)):
            return None  # a document we cannot vouch for may be superseded (《公民道德建设纲要》 was, in 2019)
        # Example plans are often colloquial (搞好, 老师们): bring them into 公文 register, facts unchanged.
        return finish_sentence(rewrite(text, "formal").text)

    def candidates(self, key: str, profile: Profile, hits: list[Hit]) -> list[_Option]:
        """Clean measures out of the hits, relevance from retrieval score and the section's keywords."""
        spec = self.structure.section(key)
        words = spec.all_keywords()
        top = hits[0].score if hits else 1.0
        out: list[_Option] = []
        for hit in hits:
            if spec.topics and hit.passage.topic not in spec.topics:
                continue
            for measure in split_measures(hit.passage):
                cleaned = self.clean_measure(measure, profile)
                if cleaned is None:
                    continue
                covered = sum(w in cleaned for w in words)
                if not covered or not any(w in cleaned for w in _MUST_MENTION.get(key, ("",))):
                    continue  # on topic by passage, but not by its own words
                out.append(_Option(cleaned, 0.4 * hit.score / top + 0.1 * min(covered, 3), hit))
        return out

    # ------------------------------------------------------------------ selection

    def _select(
        self, key: str, options: list[_Option], count: int, taken: list[str], variant: int
    ) -> list[str]:
        """MMR: relevance plus new needs covered, minus similarity to what is already chosen; variant reshuffles."""
        spec = self.structure.section(key)
        rng = random.Random(f"{key}:{variant}")
        noise = {o.text: (rng.random() * 0.6 if variant else 0.0) for o in options}
        # A later variant avoids the measures variant 0 chose, so "换一版" really changes the set.
        first = set(self._select(key, options, count, taken, 0)) if variant else set()
        chosen: list[str] = []
        grams = [trigrams(t) for t in taken]
        retrieved = 0
        covered = {n for n, ws in spec.keywords.items() if any(w in t for t in taken for w in ws)}
        pool = list(options)
        while pool and len(chosen) < count:
            def score(o: _Option, covered: set[str] = covered) -> float:
                sim = max((similarity(trigrams(o.text), g) for g in grams), default=0.0)
                new = sum(1 for n, ws in spec.keywords.items() if n not in covered and any(w in o.text for w in ws))
                return o.relevance + 0.25 * new - 0.8 * sim + noise[o.text] - (0.5 if o.text in first else 0.0)

            pool.sort(key=lambda o: (-score(o), o.text))
            best = pool.pop(0)
            g = trigrams(best.text)
            if any(similarity(g, other) >= DUPLICATE_SIMILARITY for other in grams):
                continue
            if best.hit is not None and retrieved >= MAX_RETRIEVED_PER_AREA:
                continue
            if best.hit is not None and not any(
                n not in covered and any(w in best.text for w in ws) for n, ws in spec.keywords.items()
            ):
                continue  # an example's measure earns its place only by covering something new
            retrieved += best.hit is not None
            chosen.append(best.text)
            grams.append(g)
            covered |= {n for n, ws in spec.keywords.items() if any(w in best.text for w in ws)}
        return chosen

    # ------------------------------------------------------------------ sections

    def compose_section(self, profile: Profile, key: str, variant: int = 0, exclude: list[str] | None = None) -> SectionProposal:
        """Draft one section; `exclude` holds sentences already used elsewhere in the plan (never repeated)."""
        spec = self.structure.section(key)
        names = template_names(profile)
        taken = list(exclude or [])
        notes: list[str] = []
        if key in ("title", "signature"):
            text = profile.plan_title if key == "title" else f"{profile.union_name}　{profile.sign_date}"
            return SectionProposal(key, spec.title, [text], [], ["根据学校信息自动生成。"])
        if self.structure.is_container(key):
            return SectionProposal(key, spec.title, [], [], ["本部分由各工作领域组成，请分别起草。"])
        if key == "guiding":
            paragraphs = [adapt_to_school(p, profile) for p in guiding_paragraphs(profile, variant)]
            return SectionProposal(key, spec.title, paragraphs, self.retrieve(key)[:3],
                                   ["指导思想按计划年度的现行提法撰写，未采用范文中的过时表述。"])
        if key == "schedule":
            period = names["period_word"]
            text = f"{period}工会主要工作按月安排如下，具体时间可根据学校工作安排和{profile.upper_union}的部署适当调整。"
            return SectionProposal(key, spec.title, [text], [], ["月度安排见表格，由学校日历和工作亮点生成。"])

        hits = self.retrieve(key)
        fixed = [fill(m, names) for m in rule_measures(key, profile, self._has_article_11())]
        for highlight in profile.highlights:
            month, text = highlight_month(highlight)
            if key in highlight_sections(text):
                fixed.append(fill(highlight_measure(key, text, month), names))
                notes.append(f"已写入工作亮点：{highlight}")
        count = MEASURES_PER_AREA if spec.level == 2 else 4
        templates = TEMPLATES.get(key, ())
        if key == "retirees" and profile.retirees == 0:
            count, templates = 2, NO_RETIREES
        for focus in profile.focus:
            if key in self._focus_sections(focus):
                count += 1
                fixed.append(fill(focus_measure(focus), names))
                notes.append(f"已突出工作重点：{focus}")
        if key == "goals":
            fixed += self._goal_extras(profile)
        fixed = [m for m in fixed if not any(similarity(m, t) >= DUPLICATE_SIMILARITY for t in taken)]
        options = [_Option(fill(t, names), 0.55) for t in templates]
        if not (key == "retirees" and profile.retirees == 0):
            options += self.candidates(key, profile, hits)
        options = [o for o in options if o.text not in fixed]
        chosen = self._select(key, options, max(0, count - len(fixed)) + (1 if key == "goals" else 0), taken + fixed, variant)
        paragraphs = [adapt_to_school(p, profile) for p in fixed + chosen]
        used = [h for h in hits if any(h.passage.text.find(p[:12]) >= 0 for p in chosen)]
        if used:
            notes.append(f"参考了 {len({h.passage.title for h in used})} 篇范文的做法，已删去其中的校名、人名、地名和年份。")
        return SectionProposal(key, spec.title, paragraphs, used or hits[:3], notes)

    def _has_article_11(self) -> bool:
        return bool(self.lawbook and self.lawbook.has_article("工会法", "第十一条"))

    def _focus_sections(self, focus: str) -> tuple[str, ...]:
        keys = highlight_sections(focus)
        if keys == ("culture",):
            best = max(
                (s for s in self.structure.sections if s.level == 2),
                key=lambda s: sum(w in focus or focus in w for w in (s.title, *s.aliases, *s.all_keywords())),
            )
            return (best.key,)
        return keys[:1]

    @staticmethod
    def _goal_extras(profile: Profile) -> list[str]:
        if not profile.highlights:
            return []
        named = "、".join(highlight_month(h)[1] for h in profile.highlights[:3])
        return [f"重点工作取得实效：围绕{named}等学校重点工作，组织动员教职工积极参与，圆满完成工会承担的各项任务。"]

    def compose_schedule(self, profile: Profile) -> list[ScheduleItem]:
        """Monthly schedule rows for the profile's period (calendar plus highlights)."""
        return _compose_schedule(profile, self.structure)

    # ------------------------------------------------------------------ whole plan

    def compose_plan(self, profile: Profile, variant: int = 0, status: str = "proposed") -> Plan:
        """Every section of the structure drafted in document order, no sentence repeated, schedule filled."""
        plan = Plan.empty(profile, self.structure)
        used: list[str] = []
        for key in plan.sections:
            if self.structure.is_container(key):
                continue
            proposal = self.compose_section(profile, key, variant=variant, exclude=used)
            paragraphs = unique_sentences(proposal.paragraphs, used)
            numbered = True if key in ("goals", "safeguards") else None
            plan.set_section(key, paragraphs, status=status, numbered=numbered)
            used += paragraphs
        plan.set_schedule(self.compose_schedule(profile))
        return plan


def unique_sentences(paragraphs: list[str], used: list[str]) -> list[str]:
    """Paragraphs without sentences already used (exactly or nearly); a paragraph left empty is dropped."""
    seen = [trigrams(s) for u in used for s in re.findall(r"[^。！？]+[。！？]?", u)]
    out = []
    for paragraph in paragraphs:
        kept = []
        for sentence in re.findall(r"[^。！？]+[。！？]?", paragraph):
            g = trigrams(sentence)
            if len(sentence) > 8 and any(similarity(g, s) >= 0.8 for s in seen):
                continue
            seen.append(g)
            kept.append(sentence)
        if kept:
            out.append("".join(kept))
    return out
