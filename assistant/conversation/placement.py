"""Which section new content belongs to: scored by the words each section is known by.

The words come from data: a section's title, aliases, chat names and keywords (knowledge/structure.yaml), the topic
cues of the retrieval lexicon (knowledge/lexicon.yaml), the festivals of the union calendar that the structure ties
to a section, and the activity words of knowledge/edits.yaml. Content goes to the section the user names; else to
the section on screen unless it clearly belongs elsewhere; else to the best-scoring section, when one stands out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from assistant.conversation.edit_words import EditWords
from assistant.domain.calendar import Calendar
from assistant.domain.structure import Structure
from assistant.domain.text import char_pairs

# Words too common to tell sections apart (the culture section lists 活动 among its aliases).
_GENERIC = frozenset({"活动", "工作", "教职工", "工会", "学校", "建设", "管理", "公开", "报告", "学习", "措施", "保障",
                      "维护", "落实", "责任", "年", "月", "球"})
STRONG = 3.0  # a score from which content "clearly belongs" to a section
NOT_PLACED = frozenset({"title", "signature", "main", "schedule"})


@dataclass(frozen=True)
class Placement:
    key: str | None  # None: no section stands out and none is open (ask the user)
    moved: bool = False  # placed away from the section on screen, because the content belongs elsewhere


class Placer:
    """Scores sections for a piece of content, from the structure, the lexicon cues, the calendar and edits.yaml."""

    def __init__(self, structure: Structure, words: EditWords, calendar: Calendar,
                 topic_cues: Mapping[str, tuple[str, ...]] | None = None):
        self.structure = structure
        self.people = frozenset(words.people)
        self.cues: dict[str, dict[str, float]] = {}
        topic_cues = topic_cues or {}
        for spec in structure.sections:
            if spec.key in NOT_PLACED:
                continue
            weights: dict[str, float] = {}

            def add(cue: str, weight: float, into: dict[str, float] = weights) -> None:
                if cue and cue not in _GENERIC:
                    into[cue] = max(into.get(cue, 0.0), weight)

            add(spec.title, 4.0)
            for cue in (*spec.aliases, *spec.chat_names):
                add(cue, 3.0)
            for cue in spec.all_keywords():
                add(cue, 2.0)
            for cue in words.placement_cues.get(spec.key, ()):
                add(cue, 2.0)
            for topic in spec.topics:
                for cue in topic_cues.get(topic, ()):
                    add(cue, 1.5)
            self.cues[spec.key] = weights
        # A festival the union calendar ties to one section (三八 → 女职工工作, 重阳 → 退休教职工工作).
        for event in structure.calendar:
            for festival in calendar.festivals_in(event.activity):
                for name in festival[0].names:
                    if event.section in self.cues and len(name) >= 2:
                        self.cues[event.section].setdefault(name, 1.0)

    def scores(self, text: str, *, people: bool = True) -> dict[str, float]:
        """Each section's score for a text: the weights of its distinct cues found, a cue inside a longer one ignored
        (`people=False`: without the cues that only name whom a measure is for, 新入职教师 or 女教职工)."""
        out = {}
        for key, weights in self.cues.items():
            found = [cue for cue in weights if cue in text and (people or cue not in self.people)]
            # A cue inside a longer one found too counts once, at the stronger weight (经费 as the section's short
            # name inside the keyword 工会经费).
            longest = [c for c in found if not any(c != o and c in o for o in found)]
            out[key] = sum(max(weights[o] for o in found if o in c) for c in longest)
        return out

    def decisive(self, text: str, allowed: tuple[str, ...] = ()) -> bool:
        """True when one section clearly leads for `text` (a cue of its own, and more than any other)."""
        scores = sorted((v for k, v in self.scores(text).items() if not allowed or k in allowed), reverse=True)
        return bool(scores) and scores[0] >= 2.0 and (len(scores) < 2 or scores[0] > scores[1])

    def _leads_on_own_cues(self, text: str, best: str, current: str) -> bool:
        """True when, leaving out the cues both sections share (经费 is said of 经费管理 and of 保障措施), `best` still
        has a strong match and at least twice what the section on screen has."""
        shared = set(self.cues[best]) & set(self.cues.get(current, {}))
        own = {k: sum(w for c, w in self.cues.get(k, {}).items() if c in text and c not in shared
                      and not any(c != o and c in o and o in text for o in self.cues.get(k, {})))
               for k in (best, current)}
        return own[best] >= STRONG and own[best] >= 2 * own[current]

    def place(self, text: str, current: str | None, allowed: tuple[str, ...] = ()) -> Placement:
        """Where content goes when the user did not name a section (`current`: the section on screen)."""
        scores = self.scores(text)
        if allowed:
            scores = {k: v for k, v in scores.items() if k in allowed}
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1] > 0:
            # A tie: what the measure does says more than whom it is for (保险 for 新入职教师 is welfare).
            plain = self.scores(text, people=False)
            tied = [k for k, v in ranked if v == ranked[0][1]]
            lead = max(tied, key=lambda k: plain.get(k, 0.0))
            if sum(plain.get(k, 0.0) == plain.get(lead, 0.0) for k in tied) == 1:
                scores = {**scores, lead: scores[lead] + 0.5}
                ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        best, top = ranked[0] if ranked else (None, 0.0)
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if current is not None:
            here = scores.get(current, 0.0)
            # Away from the section on screen only when the content clearly belongs elsewhere: a strong match there,
            # some match there and none at all here, or a lead that stands on words the open section does not share.
            if best is not None and best != current and top > runner_up and (
                    (top >= STRONG and top >= 2 * here + 1) or (top >= 2.0 and here == 0)
                    or (top > here and self._leads_on_own_cues(text, best, current))):
                return Placement(best, moved=True)
            return Placement(current)
        if best is not None and top >= 2.0 and top > runner_up:
            return Placement(best)
        return Placement(None)


_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def _pairs(text: str) -> set[str]:
    """The two-character runs of a text's Chinese (a general likeness, no word list)."""
    return {pair for pair in char_pairs(text) if _HAN_PAIR.fullmatch(pair)}


def likest_section(text: str, items: Mapping[str, list[str]]) -> tuple[str | None, int, dict[str, int]]:
    """The section whose items share most of what a new measure is about (厨房 and 门卫 in a measure on winter duty
    find the section whose item already looks after 厨房、门卫 staff in summer): for each section, the most character
    pairs one of its items shares with `text`, counting only pairs that at most two sections use (so 教职、活动、工作
    say nothing). Returns (best section or None when it does not stand alone, its count, every section's count)."""
    pairs = {key: [_pairs(t) for t in texts] for key, texts in items.items()}
    spread: dict[str, int] = {}
    for found in pairs.values():
        for pair in set().union(*found) if found else ():
            spread[pair] = spread.get(pair, 0) + 1
    wanted = {p for p in _pairs(text) if spread.get(p, 0) <= 2}
    counts = {key: max((len(wanted & f) for f in found), default=0) for key, found in pairs.items()}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] == 0 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None, 0, counts
    return ranked[0][0], ranked[0][1], counts
