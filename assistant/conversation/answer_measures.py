"""Measures of the composer's library (knowledge/measures.yaml) that fit a question about a plan section.

A union chair asking what to write ("办公室想弄得温馨点，计划里咋写") wants the measure itself, as a plan writes it:
the library already holds several hundred of them, in 公文 register, per section. Each measure's phrasings are
rendered for no school in particular (the first of every [a|b] choice, generic names for the placeholders; phrasings
that need the school's head counts or name a statute article are left out: an answer about a section leads with no
article) and compared with the question by meaning — the shipped e5-small embedder where it is installed, character
n-grams otherwise, as the question router does — so a question in everyday words finds the measure in plan words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.compose.library import load_library
from assistant.conversation.question_similarity import BlendedSimilarity, default_embedder
from assistant.domain.data import read_yaml

DEFAULT_PRACTICES = Path(__file__).resolve().parents[2] / "knowledge" / "practices.yaml"
# Generic names for the library's placeholders when no school is known (the composer fills them from the profile).
GENERIC = {
    "self": "学校", "org": "学校", "congress_name": "教职工代表大会", "congress_short": "教代会",
    "congress_members": "全体代表", "women_body": "女职工委员会", "upper_union": "上级工会",
    "period_self": "本学年", "period_start": "学年初", "period_open": "学年初", "period_end": "学年末", "period_whole": "全学年",
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_CHOICE = re.compile(r"\[([^\[\]|]*)\|[^\[\]]*\]")
# An article number (第十一条) is left out; a statute's name alone (学习《工会法》) is shown: it cites no article, so
# it cannot lead an answer with one (session 31: the practice of new committee members studying 《工会法》 was hidden).
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]+条")
# Similarity (0..1, the router's scale) a measure needs to be shown, and how much a measure of the section the answer
# is about gains over one of another section (a question placing an activity may name the wrong one).
# Tuned on the development rounds' section items (eval/answers).
FLOOR = 0.30
OWN_SECTION = 0.06
E5_WEIGHT = 0.6
E5_FLOOR = 0.78
# A practice's everyday words (`asks` in knowledge/practices.yaml) are spoken like every question, so they score a
# little for any of them: they count this much less than the phrasing itself (tuned on the development rounds).
ASK_DISCOUNT = 0.04
# A measure repeating what the asker says the school already does every year (每年都是发倡议书) is what they want to go
# beyond: it counts this much less (fifty-second session).
ROUTINE_DISCOUNT = 0.1


def render(text: str) -> str | None:
    """A phrasing for no school in particular; None when it needs the school's own figures or cites an article.

    >>> render("{self}[每学期|每学年]召开一次{congress_name}。")
    '学校每学期召开一次教职工代表大会。'
    >>> render("{self}现有教职工{staff}人。") is None, render("依照《工会法》第十一条设立。") is None
    (True, True)
    >>> render("组织学习《工会法》。")
    '组织学习《工会法》。'
    """
    if _ARTICLE.search(text):
        return None
    out = _CHOICE.sub(lambda m: m.group(1), text)
    if any(key not in GENERIC for key in _PLACEHOLDER.findall(out)):
        return None
    return _PLACEHOLDER.sub(lambda m: GENERIC[m.group(1)], out)


@dataclass(frozen=True)
class Entry:
    section: str
    measure: str
    text: str
    match: str = ""  # what the question is compared with, when not the text shown (a practice's everyday words)
    kinds: tuple[str, ...] = ()  # the measure's kinds of school (none: any), and those it is never for
    not_kinds: tuple[str, ...] = ()

    def fits(self, kind: str) -> bool:
        """True for a school of `kind` ('' when the question names none: every measure may be shown)."""
        return not kind or ((not self.kinds or kind in self.kinds) and kind not in self.not_kinds)


class MeasureMatcher:
    """The library's renderable phrasings with their n-gram and (when available) e5 vectors; built once per process."""

    def __init__(self, embedder: Any | None = None, cache_dir: Path | None = None, path: str | None = None,
                 practices: Path | None = None):
        library = load_library(path)
        entries: list[Entry] = []
        for section, measures in library.sections.items():
            for m in measures:
                seen: set[str] = set()
                for raw in m.texts:
                    text = render(raw)
                    if text and text not in seen:
                        seen.add(text)
                        entries.append(Entry(section, m.id, text, kinds=m.kinds, not_kinds=m.not_kinds))
        for section, items in _practices(practices).items():
            for i, (raw, asks) in enumerate(items):
                text = render(raw)
                if text:
                    entries.append(Entry(section, f"practice:{section}:{i}", text))
                    entries += [Entry(section, f"practice:{section}:{i}", text, ask) for ask in asks]
        self.entries = entries
        texts = [e.match or e.text for e in entries]
        self._similarity = BlendedSimilarity(texts, embedder, cache_dir, E5_WEIGHT, E5_FLOOR)

    def similarities(self, question: str) -> np.ndarray:
        return self._similarity.scores(question)

    def best(self, question: str, section: str, limit: int = 2, shown: str = "", kind: str = "",
             routine: tuple[str, ...] = ()) -> list[str]:
        """Up to `limit` measures (one phrasing each) closest to the question, the section's own first; none that the
        answer already `shown` holds nearly whole, and none written for another kind of school than the question's
        `kind` (a kindergarten's 保教 measure for a village primary school); a measure holding what the school
        already does every year (`routine`: 承诺书) comes after the others."""
        if not self.entries:
            return []
        sims = self.similarities(question)
        scored: dict[str, tuple[float, str]] = {}
        for entry, sim in zip(self.entries, sims, strict=True):
            if not entry.fits(kind):
                continue
            score = float(sim) + (OWN_SECTION if entry.section == section else 0.0) - (ASK_DISCOUNT if entry.match else 0.0)
            score -= ROUTINE_DISCOUNT if any(w in entry.text for w in routine) else 0.0
            if score >= FLOOR and (entry.measure not in scored or score > scored[entry.measure][0]):
                scored[entry.measure] = (score, entry.text)
        ranked = sorted(scored.values(), key=lambda item: -item[0])
        return [text for _, text in ranked if text[:12] not in shown][:limit]


def _practices(path: Path | None) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The practices of knowledge/practices.yaml by section, each with the everyday words a chair asks it in (an entry
    is a phrasing, or {text: phrasing, asks: [everyday words]}); {} when the file is missing."""
    path = path or DEFAULT_PRACTICES
    if not path.exists():
        return {}
    data = read_yaml(path) or {}

    def item(entry: Any) -> tuple[str, tuple[str, ...]]:
        if isinstance(entry, dict):
            return str(entry["text"]), tuple(str(a) for a in entry.get("asks") or ())
        return str(entry), ()

    return {str(k): [item(t) for t in v or ()] for k, v in (data.get("sections") or {}).items()}


def measure_matcher(services: Any) -> MeasureMatcher:
    """The matcher of the services' knowledge directory's measures and practices, built once per services (loading
    e5 takes a moment) and kept by them, not in a module-level cache."""
    knowledge = Path(services.settings.knowledge_dir)
    cache_dir = Path(services.settings.data_dir) / "cache"

    def build() -> MeasureMatcher:
        measures = knowledge / "measures.yaml" if (knowledge / "measures.yaml").exists() else None
        return MeasureMatcher(default_embedder(), cache_dir, str(measures) if measures else None,
                              knowledge / "practices.yaml")

    return services.memo("answer_measures", str(knowledge), build)
