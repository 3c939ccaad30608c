"""Everyday words typed with a wrong character (期未考试, 公会, 碗快) are written right before any rule reads the line:
the lists the checker circles (knowledge/policy_terms.yaml `typing_slips`, `sound_slips`), so a rewrite never hands
back a slip the checker would flag, and the facts checked afterwards are those of the corrected line."""

from __future__ import annotations

from assistant.domain.policy import load_policy_terms, slips_in
from assistant.rewrite.apply import Notes, apply_changes

REASON = "改正错别字"


def fix_misspellings(line: str) -> tuple[str, list[str]]:
    """The line with each listed slip replaced by its word, and a note when any was."""
    terms = load_policy_terms()
    found = sorted(slips_in(line, (*terms.sound_slips, *terms.typing_slips)), key=lambda f: f[0])
    changes: list[tuple[int, int, str]] = []
    for start, end, slip in found:
        if changes and start < changes[-1][1]:
            continue  # overlapping entries (期未考试 and 期未): the first wins
        changes.append((start, end, slip.word))
    notes = Notes()
    return apply_changes(line, changes, notes, REASON), notes.items
