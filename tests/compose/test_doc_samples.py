"""The three sample plans in docs/ (issue: a kindergarten, a vocational school's second semester, a rural school)
are what the composer writes today from docs/samples/*.toml: a sample that no longer matches says the docs went
stale. Regenerate with the command in each sample's first line."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.domain.profile import Profile
from assistant.export.markdown import render

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.mark.parametrize("name", ["kindergarten", "rural", "vocational_spring"])
def test_the_sample_plan_in_docs_is_the_composers_current_plan(composer, name):
    sample = DOCS / f"sample-{name.replace('_', '-')}.md"
    shown = sample.read_text(encoding="utf-8").split("\n", 2)[2]  # after the line saying how it was made
    plan = composer.compose_plan(Profile.from_toml(DOCS / "samples" / f"{name}.toml"))
    assert render(plan.to_blocks()).strip() == shown.strip(), f"{sample.name} is stale: regenerate it"
