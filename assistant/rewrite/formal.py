"""The formal tone on a masked text: the lexicon's groups, object-aware verbs, spoken structures found with parts
of speech, numbers in formal form, clause structure, punctuation. The order matters and is fixed here.

Each step is kept only when the text it gives still passes `keeps` (every fact kept, no fixed term broken, nothing
doubled): a step that would lose a fact is skipped and the others still apply, so one bad rule costs one step's
changes, not the whole line's."""

from __future__ import annotations

from collections.abc import Callable

from assistant.rewrite.apply import Notes, apply_group, apply_verbs
from assistant.rewrite.clauses import restructure
from assistant.rewrite.colloquial import doubled_any, surname_address, verb_measure_object, verb_once
from assistant.rewrite.lexicon import Lexicon
from assistant.rewrite.masking import Masked
from assistant.rewrite.punctuation import cleanup, formal_punctuation
from assistant.rewrite.spoken import demonstratives, doubled_verbs, particles, people_counts, verb_yixia
from assistant.rewrite.units import approximations, bare_amounts, dates_and_money, numerals

# Groups of knowledge/formal_lexicon.yaml applied before the verbs are looked at, and after.
BEFORE_VERBS = ("dialect", "keep_whole", "discourse", "address", "adverbs")
AFTER_VERBS = ("verbs",)

Step = Callable[[str, Notes], str]


def steps(masked: Masked, lexicon: Lexicon) -> list[Step]:
    """The formal tone's steps, in order."""
    groups = {g.name: g for g in lexicon.groups}
    original = masked.text
    return [
        formal_punctuation,
        *[lambda t, n, g=groups[name]: apply_group(t, g, n) for name in BEFORE_VERBS],
        lambda t, n: apply_verbs(t, lexicon.verbs, n),
        lambda t, n: doubled_verbs(t, lexicon, n),
        lambda t, n: doubled_any(t, lexicon, n),
        lambda t, n: verb_yixia(t, lexicon, n),
        lambda t, n: verb_once(t, masked, lexicon, n),
        lambda t, n: surname_address(t, lexicon, n),
        lambda t, n: particles(t, lexicon, n),
        *[lambda t, n, g=groups[name]: apply_group(t, g, n) for name in AFTER_VERBS],
        lambda t, n: verb_measure_object(t, lexicon, n),  # after the lexicon's own 配个 → 配备
        demonstratives,
        lambda t, n: people_counts(t, lexicon, n),
        lambda t, n: dates_and_money(t, masked, lexicon, n),
        lambda t, n: approximations(t, masked, lexicon, n),
        lambda t, n: numerals(t, masked, lexicon, n),
        lambda t, n: bare_amounts(t, masked, lexicon, n),
        lambda t, n: cleanup(t),
        lambda t, n: restructure(t, original, n, masked.show),
        lambda t, n: cleanup(t),
    ]


def formalize(masked: Masked, lexicon: Lexicon, notes: Notes, keeps: Callable[[str], bool] | None = None) -> str:
    """The masked text in formal register (placeholders untouched); with `keeps`, a step whose result it rejects is
    skipped, with its notes."""
    return run_steps(masked.text, steps(masked, lexicon), notes, keeps)


def run_steps(text: str, chain: list[Step], notes: Notes, keeps: Callable[[str], bool] | None = None) -> str:
    """Each step on the previous one's text; a step `keeps` rejects is skipped."""
    for step in chain:
        step_notes = Notes(show=notes.show)
        new = step(text, step_notes)
        if new == text or (keeps is not None and not keeps(new)):
            continue
        text = new
        notes.items.extend(n for n in step_notes.items if n not in notes.items)
    return text
