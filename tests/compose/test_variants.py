"""The same school gets the same plan; 换一版 gives the next-best measures not shown yet."""

from __future__ import annotations

from tests.compose.conftest import load


def test_a_school_always_gets_the_same_section(composer):
    profile = load("senior_year")
    first = composer.compose_section(profile, "culture", with_sources=False)
    again = composer.compose_section(profile, "culture", with_sources=False)
    assert first.paragraphs == again.paragraphs


def test_another_version_draws_measures_not_shown_before(composer):
    profile = load("village_boarding")
    versions = [composer.compose_section(profile, "self", variant=v, with_sources=False).paragraphs for v in range(3)]
    assert versions[0] != versions[1] != versions[2]
    assert not set(versions[1]) & set(versions[0])
    assert len(versions[2]) >= 4


def test_the_schools_own_items_stay_in_every_version(composer):
    profile = load("vocational_spring")
    for variant in range(3):
        text = "".join(composer.compose_section(profile, "ethics", variant=variant, with_sources=False).paragraphs)
        assert "技能大赛" in text
