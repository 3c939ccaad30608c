"""The package keeps its shape: layers import downwards only, no import cycles, small modules and classes."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "assistant"
MAX_MODULE_LINES = 450
MAX_CLASS_LINES = 300


def _lint_imports(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"],
        cwd=root, capture_output=True, text=True, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )


def test_the_layer_contract_holds():
    done = _lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("module", "planted"),
    [
        ("assistant/domain/plan.py", "import assistant.conversation.engine  # planted: the domain reaching up\n"),
        ("assistant/compose/text.py", "import assistant.check.review  # planted: the composer using the checker\n"),
    ],
)
def test_an_upward_import_breaks_the_contract(tmp_path, module, planted):
    shutil.copytree(PACKAGE, tmp_path / "assistant", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / module
    target.write_text(planted + target.read_text(encoding="utf-8"), encoding="utf-8")
    done = _lint_imports(tmp_path)
    assert done.returncode != 0
    assert "BROKEN" in done.stdout


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Import cycles between modules of the package (each reported once, from its smallest module)."""
    found: list[list[str]] = []
    modules = sorted(graph.modules)
    for start in modules:
        stack = [(start, [start])]
        while stack:
            module, path = stack.pop()
            for nxt in sorted(graph.find_modules_directly_imported_by(module)):
                if nxt == start and min(path) == start:
                    found.append(path)
                elif nxt not in path and nxt > start and len(path) < 8:
                    stack.append((nxt, [*path, nxt]))
    return found


def test_no_import_cycles():
    graph = grimp.build_graph("assistant")
    assert _cycles(graph) == []


def test_modules_and_classes_stay_small():
    too_long = []
    for path in PACKAGE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        lines = source.count("\n")
        if lines > MAX_MODULE_LINES:
            too_long.append(f"{path.relative_to(ROOT)}: {lines} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno > MAX_CLASS_LINES:
                too_long.append(f"{path.relative_to(ROOT)}: class {node.name} {node.end_lineno - node.lineno} lines")
    assert too_long == []
