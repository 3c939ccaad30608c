"""Choosing measures: relevance to the school plus diversity, the same choice for the same school every time, and
"换一版" (variant n) drawing the next-best measures that earlier variants did not show."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.compose.library import Measure
from assistant.compose.text import similarity, trigrams
from assistant.domain.profile import Profile

DUPLICATE_SIMILARITY = 0.45  # 3-gram Jaccard at or above which two measures say the same thing
_SPREAD = 0.7  # how far a school's own draw may reorder measures of equal relevance
_KIND_BONUS, _CONDITION_BONUS, _TAG_BONUS = 0.6, 0.5, 0.6


def school_seed(profile: Profile) -> str:
    """What makes one school's draw its own: name, year and period (stable across processes)."""
    return f"{profile.school}|{profile.year}|{profile.period}"


def draw(seed: str, *parts: object) -> float:
    """A number in [0, 1) fixed by the seed and the parts (sha256, never Python's salted hash).

    >>> draw("a", 1) == draw("a", 1) and 0 <= draw("a", 1) < 1
    True
    """
    digest = hashlib.sha256("\x1f".join([seed, *map(str, parts)]).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


_ALTERNATIVES = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


def alternatives(text: str, seed: str, key: str, variant: int = 0) -> str:
    """Each [甲|乙|丙] in a text replaced by the alternative this school uses (equivalent wordings of one measure).

    >>> alternatives("定期[召开|举行]会议", "s", "m") in ("定期召开会议", "定期举行会议")
    True
    """

    def pick(m: re.Match) -> str:
        options = m.group(1).split("|")
        return options[(int(draw(seed, "alt", key, m.start()) * len(options)) + variant) % len(options)]

    return _ALTERNATIVES.sub(pick, text)


def phrasing(measure: Measure, seed: str, variant: int = 0) -> str:
    """The phrasing of a measure this school uses; a later variant moves on to the next phrasing."""
    start = int(draw(seed, "phrasing", measure.id) * len(measure.texts))
    return alternatives(measure.texts[(start + variant) % len(measure.texts)], seed, measure.id, variant)


@dataclass(frozen=True)
class Choice:
    measure: Measure
    text: str  # rendered for the school


def relevance(measure: Measure, profile: Profile, kinds: set[str], seed: str) -> float:
    """How well a measure fits the school: its kind, its conditions, the highlight and focus kinds it serves."""
    score = measure.weight + _SPREAD * draw(seed, "measure", measure.id)
    if measure.kinds:
        score += _KIND_BONUS
    if any(c in ("rural", "small") for c in measure.when) or ("boarding" in measure.when and profile.says_boarding):
        score += _CONDITION_BONUS  # a boarding school only by its kind (高中, 中职) gets its measures, not before others
    if kinds & set(measure.tags):
        score += _TAG_BONUS
    return score


def choose(
    measures: Sequence[Measure],
    count: int,
    render: Callable[[Measure, int], str | None],
    *,
    profile: Profile,
    kinds: set[str],
    taken: Sequence[str] = (),
    variant: int = 0,
    avoid: Callable[[str], bool] = lambda text: False,
) -> list[Choice]:
    """Up to `count` measures: best first by relevance, needs not yet covered preferred, nothing close to `taken`.

    `render(measure, variant)` gives the measure's text for the school, or None when it does not fit (period,
    kind). Variant n skips the measures variants 0..n-1 chose, as long as enough others remain.
    """
    seed = school_seed(profile)
    ranked = sorted(measures, key=lambda m: (-relevance(m, profile, kinds, seed), m.id))
    shown: set[str] = set()
    for earlier in range(variant):
        shown |= {c.measure.id for c in _greedy(ranked, count, render, taken, earlier, avoid, set())}
    fresh = [m for m in ranked if m.id not in shown]
    if len(fresh) < count:  # the pool is used up: start over with the phrasings not yet shown
        fresh = ranked
    return _greedy(fresh, count, render, taken, variant, avoid, set())


def _greedy(
    ranked: Sequence[Measure], count: int, render: Callable[[Measure, int], str | None], taken: Sequence[str],
    variant: int, avoid: Callable[[str], bool], covered: set[str],
) -> list[Choice]:
    grams = [trigrams(t) for t in taken]
    chosen: list[Choice] = []
    pool = list(ranked)
    while pool and len(chosen) < count:
        # Among the next few by relevance, one that covers a need not yet covered comes first.
        window = pool[: max(3, count)]
        pick = next((m for m in window if m.need and m.need not in covered), pool[0])
        pool.remove(pick)
        text = render(pick, variant)
        if text is None or avoid(text):
            continue
        g = trigrams(text)
        if any(similarity(g, other) >= DUPLICATE_SIMILARITY for other in grams):
            continue
        chosen.append(Choice(pick, text))
        grams.append(g)
        if pick.need:
            covered.add(pick.need)
    return chosen
