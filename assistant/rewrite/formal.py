"""The formal tone on a masked text: the lexicon's groups, object-aware verbs, spoken structures found with parts
of speech, numbers in formal form, clause structure, punctuation. The order matters and is fixed here.

When the whole chain would lose a fact (or break a fixed term, or double a word), each step is kept only when the
text it gives still passes the check: a step that would lose a fact is skipped and the others still apply, so one bad
rule costs one step's changes, not the whole line's."""

from __future__ import annotations

from collections.abc import Callable

from assistant.rewrite.amounts import bare_amounts, per_unit_amounts
from assistant.rewrite.apply import Notes, apply_changes, apply_group, apply_verbs, group_changes
from assistant.rewrite.clauses import restructure
from assistant.rewrite.colloquial import (
    degree_complement,
    doubled_any,
    kin_address,
    separable_verbs,
    surname_address,
    verb_bare_measure,
    verb_measure_object,
    verb_once,
)
from assistant.rewrite.lexicon import Group, Lexicon
from assistant.rewrite.masking import Masked
from assistant.rewrite.punctuation import cleanup, formal_punctuation
from assistant.rewrite.spoken import demonstratives, doubled_verbs, particles, people_counts, verb_yixia
from assistant.rewrite.units import (
    afternoon_hours,
    approximations,
    dates_and_money,
    frequencies,
    households,
    morning_hours,
    numerals,
)

# Groups of knowledge/formal_lexicon.yaml applied before the verbs are looked at, and after.
BEFORE_VERBS = ("dialect", "keep_whole", "discourse", "address", "adverbs")
AFTER_VERBS = ("verbs",)

Step = Callable[[str, Notes], str]


class GroupStep:
    """A lexicon group as a step; when the whole group's result is refused, each of its changes is tried on its own,
    so one entry that would lose a fact (一眼眼 → 一点点 reads as a clock time) does not cost the others."""

    def __init__(self, group: Group):
        self.group = group

    def __call__(self, text: str, notes: Notes) -> str:
        return apply_group(text, self.group, notes)

    def piecewise(self, text: str, notes: Notes, keeps: Callable[[str], bool]) -> str:
        kept: list[tuple[int, int, str]] = []
        for change in group_changes(text, self.group):
            trial = Notes(show=notes.show)
            if keeps(apply_changes(text, [*kept, change], trial, self.group.reason)):
                kept.append(change)
        return apply_changes(text, kept, notes, self.group.reason)


class VerbStep:
    """The object-aware verbs as a step; when its whole result is refused, each verb rule is tried on its own, so a
    rule that would drop a count (送一个 → 赠送 after 每对) does not cost the others (搞纪念会 → 举办纪念会)."""

    def __init__(self, lexicon: Lexicon):
        self.rules = lexicon.verbs

    def __call__(self, text: str, notes: Notes) -> str:
        return apply_verbs(text, self.rules, notes)

    def piecewise(self, text: str, notes: Notes, keeps: Callable[[str], bool]) -> str:
        for rule in self.rules:
            trial = Notes(show=notes.show)
            new = apply_verbs(text, (rule,), trial)
            if new != text and keeps(new):
                text = new
                notes.items.extend(n for n in trial.items if n not in notes.items)
        return text


def steps(masked: Masked, lexicon: Lexicon) -> list[Step]:
    """The formal tone's steps, in order."""
    groups = {g.name: g for g in lexicon.groups}
    original = masked.text
    return [
        formal_punctuation,
        *[GroupStep(groups[name]) for name in BEFORE_VERBS],
        VerbStep(lexicon),
        lambda t, n: doubled_verbs(t, lexicon, n),
        lambda t, n: doubled_any(t, lexicon, n),
        lambda t, n: verb_yixia(t, lexicon, n),
        VerbStep(lexicon),  # again: a verb the undoubling left bare (弄弄琉璃 → 弄琉璃 → 制作琉璃)
        lambda t, n: verb_once(t, masked, lexicon, n),
        lambda t, n: surname_address(t, lexicon, n),
        lambda t, n: kin_address(t, lexicon, n),
        lambda t, n: particles(t, lexicon, n),
        *[GroupStep(groups[name]) for name in AFTER_VERBS],
        degree_complement,  # 凶得很 → 十分凶, after the lexicon's own words for some (美得很 → 很好)
        lambda t, n: separable_verbs(t, n),  # 登个记 → 登记, before 个 is taken as a measure word
        lambda t, n: verb_measure_object(t, lexicon, n),  # after the lexicon's own 配个 → 配备
        verb_bare_measure,  # 送束花 → 送花, after 个 (verb_measure_object)
        demonstratives,
        lambda t, n: households(t, masked, n),  # 每家来一个人 → 每户一人, before 一个人 is read as a count of people
        lambda t, n: people_counts(t, lexicon, n),
        lambda t, n: dates_and_money(t, masked, lexicon, n),
        lambda t, n: frequencies(t, masked, n),
        lambda t, n: afternoon_hours(t, masked, n),
        lambda t, n: morning_hours(t, masked, n),
        lambda t, n: approximations(t, masked, lexicon, n),
        lambda t, n: numerals(t, masked, lexicon, n),
        lambda t, n: bare_amounts(t, masked, lexicon, n),
        lambda t, n: per_unit_amounts(t, masked, lexicon, n),
        lambda t, n: cleanup(t),
        lambda t, n: restructure(t, original, n, masked.show),
        lambda t, n: cleanup(t),
    ]


def formalize(
    masked: Masked, lexicon: Lexicon, notes: Notes, keeps: Callable[[str], bool] | None = None, concise: bool = False
) -> str:
    """The masked text in formal register (placeholders untouched). With `keeps`, when the whole chain's result
    fails it, the chain runs again skipping each step whose result it rejects (with its notes); a step may leave
    something a later one mends (老公老婆 → 配偶配偶, then one 配偶), so the whole chain is tried first. For the
    concise tone the spoken framing (下面我说一下…, 具体是这样的) goes first."""
    first: list[Step] = [GroupStep(lexicon.framing)] if concise and lexicon.framing is not None else []
    chain = [*first, *steps(masked, lexicon)]
    whole = Notes(show=notes.show)
    text = run_steps(masked.text, chain, whole)
    if keeps is None or keeps(text):
        notes.items.extend(n for n in whole.items if n not in notes.items)
        return text
    return run_steps(masked.text, chain, notes, keeps)


def run_steps(text: str, chain: list[Step], notes: Notes, keeps: Callable[[str], bool] | None = None) -> str:
    """Each step on the previous one's text; a step `keeps` rejects is skipped."""
    for step in chain:
        step_notes = Notes(show=notes.show)
        new = step(text, step_notes)
        if new != text and keeps is not None and not keeps(new):
            step_notes = Notes(show=notes.show)
            new = step.piecewise(text, step_notes, keeps) if isinstance(step, (GroupStep, VerbStep)) else text
        if new == text:
            continue
        text = new
        notes.items.extend(n for n in step_notes.items if n not in notes.items)
    return text

