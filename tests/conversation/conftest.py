"""Fixtures shared by the conversation tests: offline services over the shared index, and our sample plan."""

from __future__ import annotations

import pytest

from assistant.conversation.answers import Answerer
from assistant.services import build_services
from tests.conversation.edit_helpers import sample_plan


@pytest.fixture(scope="module")
def offline(shared_settings, shared_index):
    """Services with no chat model, over the index built once per test run."""
    return build_services(shared_settings, model=None, index=shared_index)


@pytest.fixture(scope="module")
def start(offline):
    """The sample plan (tests/conversation/data/sample_plan.md) as the conversation reads it."""
    return sample_plan(offline.structure)


@pytest.fixture(scope="module")
def answerer(offline):
    """An offline answerer whose kit (router, gate, quote filter) is built."""
    found = Answerer(offline)
    found.answer("教代会多久开一次")  # builds the kit
    return found
