"""The examples written in the package's docstrings are true: every module's doctests run and pass."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import assistant

MODULES = sorted(m.name for m in pkgutil.walk_packages(assistant.__path__, "assistant.")
                 if not m.ispkg and not m.name.endswith("__main__"))  # __main__ runs the CLI when imported


def test_the_package_has_examples_to_check():
    assert len(MODULES) > 100


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"
