"""Every non-.py file the package reads is declared as package data, so an installed wheel has it (the common-
passwords list and confusables of assistant/drafts/data, the knowledge and prompt files read from beside the package).

Building a wheel needs a build backend from the network; this test checks the declaration offline instead: each data
file must be matched by a pattern of [tool.setuptools.package-data], and each package-data package must be one that
[tool.setuptools.packages.find] finds. (Built and listed by hand: see the report of issue 15.)
"""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
READ_FROM_BESIDE_THE_PACKAGE = ("knowledge", "prompts")  # settings.PROJECT_ROOT / "knowledge", "prompts"


def _data_files() -> list[Path]:
    found = []
    for top in ("assistant", *READ_FROM_BESIDE_THE_PACKAGE):
        for path in (ROOT / top).rglob("*"):
            if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts:
                found.append(path.relative_to(ROOT))
    return sorted(found)


def test_every_data_file_the_package_reads_is_declared():
    declared = CONFIG["package-data"]
    missing = []
    for path in _data_files():
        package = ".".join(path.parent.parts)
        if not any(fnmatch(path.name, pattern) for pattern in declared.get(package, ())):
            missing.append(path.as_posix())
    assert _data_files() and not missing, f"not in [tool.setuptools.package-data]: {missing}"


def test_declared_packages_are_found_and_exist():
    include = CONFIG["packages"]["find"]["include"]
    assert CONFIG["packages"]["find"].get("namespaces") is True  # data-only folders have no __init__.py
    for package in CONFIG["package-data"]:
        assert (ROOT / package.replace(".", "/")).is_dir(), package
        assert any(fnmatch(package, pattern) for pattern in include), package
