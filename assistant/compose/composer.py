"""The offline composer: a whole plan for a school from the measure library, the highlight taxonomy, the school-year
calendar and the domain rules. Example plans are retrieved only as references (and for the model's prompt)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.compose.concern import concern_stop
from assistant.compose.focus import FocusMatcher, load_focus_topics, match_forms
from assistant.compose.highlights import Classifier, Placement, Taxonomy, load_taxonomy
from assistant.compose.library import Library, load_library
from assistant.compose.schedule import ScheduleWriter
from assistant.compose.sections import SectionWriter
from assistant.compose.text import similarity, trigrams
from assistant.compose.understanding import Highlight, Understanding, understand
from assistant.domain.passages import KIND_PLAN, Hit
from assistant.domain.plan import Plan, ScheduleItem
from assistant.domain.profile import Profile
from assistant.domain.structure import Structure
from assistant.index.likeness import Likeness, make_likeness

_NUMBERED = ("goals", "safeguards")


@dataclass
class SectionProposal:
    """A drafted section: its measures (paragraphs), reference passages, notes for the user, and the highlights
    placed here by best guess (the user is asked whether another section fits better)."""

    key: str
    title: str
    paragraphs: list[str]
    hits: list[Hit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unsure: list[Highlight] = field(default_factory=list)


class Composer:
    """Drafts sections and whole plans offline; deterministic for a given profile and variant."""

    def __init__(self, retriever, structure: Structure, lawbook, *, library: Library | None = None,
                 taxonomy: Taxonomy | None = None, likeness: Likeness | None = None):
        self.retriever = retriever
        self.structure = structure
        self.lawbook = lawbook
        self.library = library or load_library(self._knowledge("measures.yaml"))
        self.taxonomy = taxonomy or load_taxonomy(self._knowledge("highlights.yaml"))
        self._likeness = likeness
        self._classifier: Classifier | None = None
        self._focus: FocusMatcher | None = None
        self._understood: dict[str, Understanding] = {}

    def _settings(self):
        index = getattr(self.retriever, "index", None)
        return getattr(index, "settings", None)

    def _knowledge(self, name: str) -> str | None:
        settings = self._settings()
        path = Path(settings.knowledge_dir) / name if settings is not None else None
        return str(path) if path is not None and path.exists() else None

    # ------------------------------------------------------------------ understanding the school

    @property
    def classifier(self) -> Classifier:
        """Highlight kinds by keywords and likeness (e5 when installed; its exemplar vectors cached in the data dir)."""
        if self._classifier is None:
            likeness = self._likeness
            if likeness is None:
                settings = self._settings()
                likeness = make_likeness(
                    Path(settings.data_dir) / "cache" if settings is not None else None,
                    shipped_dir=Path(settings.knowledge_dir) / "vectors" if settings is not None else None,
                )
            self._classifier = Classifier(self.taxonomy, likeness)
        return self._classifier

    @property
    def focus_matcher(self) -> FocusMatcher:
        """Focus topics (knowledge/focus_topics.yaml) matched with the classifier's likeness."""
        if self._focus is None:
            path = self._knowledge("focus_topics.yaml")
            self._focus = FocusMatcher(load_focus_topics(path), self.classifier.likeness, concern_stop(path),
                                       match_forms(path), path)
        return self._focus

    def understand(self, profile: Profile) -> Understanding:
        """The profile's highlights and focus areas classified, dated and worded (cached per profile)."""
        key = profile.model_dump_json()
        if key not in self._understood:
            self._understood[key] = understand(profile, self.classifier, self.focus_matcher)
        return self._understood[key]

    def placements(self, profile: Profile) -> list[Placement]:
        """Where each highlight goes (unsure ones carry the second-best kind)."""
        return [h.placement for h in self.understand(profile).highlights]

    def section_title(self, profile: Profile, key: str) -> str:
        """A section's title in the school's words (民主管理与园务公开 for a kindergarten)."""
        return self.writer(profile).wording.adapt(self.structure.section(key).title)

    def writer(self, profile: Profile) -> SectionWriter:
        """The section writer for one school's plan."""
        return SectionWriter(profile, self.structure, self.library, self.understand(profile))

    def schedule_writer(self, profile: Profile) -> ScheduleWriter:
        """The monthly-table writer for one school's plan."""
        return ScheduleWriter(profile, self.structure, self.library, self.understand(profile))

    # ------------------------------------------------------------------ references

    def retrieve(self, key: str, k: int = 8) -> list[Hit]:
        """Example-plan passages for a section (references and the model's prompt): topic-boosted, best first."""
        spec = self.structure.section(key)
        topic = spec.topics[0] if spec.topics else None
        queries = [spec.title + " " + " ".join(spec.all_keywords()[:6]), *spec.needs[:3]]
        best: dict[str, Hit] = {}
        for query in queries:
            for hit in self.retriever.search(query, k=k, topic=topic, kinds=(KIND_PLAN,)):
                if hit.passage.id not in best or best[hit.passage.id].score < hit.score:
                    best[hit.passage.id] = hit
        hits = sorted(best.values(), key=lambda h: (-h.score, h.passage.id))
        wanted = set(spec.topics)
        return [h for h in hits if h.passage.topic in wanted] + [h for h in hits if h.passage.topic not in wanted]

    # ------------------------------------------------------------------ sections

    def compose_section(self, profile: Profile, key: str, variant: int = 0, exclude: list[str] | None = None,
                        with_sources: bool = True) -> SectionProposal:
        """Draft one section; `exclude` holds sentences already used elsewhere in the plan (never repeated)."""
        spec = self.structure.section(key)
        writer = self.writer(profile)
        title = writer.wording.adapt(spec.title)
        taken = list(exclude or [])
        if key in ("title", "signature"):
            text = profile.plan_title if key == "title" else f"{profile.union_name}　{profile.sign_date}"
            return SectionProposal(key, title, [text], [], ["根据学校信息自动生成。"])
        if self.structure.is_container(key):
            return SectionProposal(key, title, [], [], ["本部分由各工作领域组成，请分别起草。"])
        if key == "schedule":
            return SectionProposal(key, title, [writer.schedule_intro()], [], ["月度安排见表格，由学校日历和工作亮点生成。"])
        if key == "guiding":
            drafted = writer.guiding(variant)
            drafted.notes.append("指导思想按计划年度的现行提法和学校类型撰写。")
        elif key == "goals":
            drafted = writer.goals(variant, taken)
        elif key == "safeguards":
            drafted = writer.safeguards(variant, taken)
        else:
            drafted = writer.area(key, variant, taken)
        paragraphs = unique_sentences(drafted.paragraphs, taken)
        hits = self.retrieve(key)[:3] if with_sources else []
        notes = drafted.notes + [self._unsure_note(h, title) for h in drafted.unsure]
        return SectionProposal(key, title, paragraphs, hits, notes, list(drafted.unsure))

    def _unsure_note(self, highlight: Highlight, title: str) -> str:
        other = highlight.placement.alternative_section
        other_title = self.structure.section(other).title if other else "其他部分"
        return (f"工作亮点“{highlight.text}”的归属不太确定，暂写在“{title}”；"
                f"如果它更适合写在“{other_title}”，请告诉我，例如说：把这条亮点移到{other_title}。")

    def compose_schedule(self, profile: Profile) -> list[ScheduleItem]:
        """Monthly rows for the profile's period: calendar, the kind's seasons and the highlights."""
        return self.schedule_writer(profile).rows()

    # ------------------------------------------------------------------ whole plan

    def compose_plan(self, profile: Profile, variant: int = 0, status: str = "proposed") -> Plan:
        """Every section of the structure drafted in document order, no sentence repeated, schedule filled."""
        plan = Plan.empty(profile, self.structure)
        used: list[str] = []
        for key, draft in plan.sections.items():
            draft.title = self.section_title(profile, key)
            if self.structure.is_container(key):
                continue
            proposal = self.compose_section(profile, key, variant=variant, exclude=used, with_sources=False)
            numbered = True if key in _NUMBERED else None
            plan.set_section(key, proposal.paragraphs, status=status, numbered=numbered)
            used += proposal.paragraphs
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

