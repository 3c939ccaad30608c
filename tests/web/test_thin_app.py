"""app.py and ui/ only draw: they import Streamlit, assistant.web and the engine's public faces (services,
conversation, export, settings, errors), nothing that decides anything; every module stays small."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

DRAWING = [ROOT / "app.py", *sorted((ROOT / "ui").glob("*.py"))]
ALLOWED = ("streamlit", "assistant.web", "assistant.services", "assistant.conversation", "assistant.export",
           "assistant.settings", "assistant.errors", "ui")
TYPING_ONLY = ("__future__", "typing", "collections.abc", "logging")  # names for types and the log, no behaviour
MAX_LINES = 450


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.lineno, ("." * node.level) + (node.module or "")))
    return found


def _within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


@pytest.mark.parametrize("path", DRAWING, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_drawing_modules_import_only_streamlit_and_the_package_faces(path):
    wrong = [f"{path.name}:{line} {module}" for line, module in _imports(path)
             if not _within(module, ALLOWED + TYPING_ONLY)]
    assert not wrong, wrong


@pytest.mark.parametrize("path", DRAWING + sorted((ROOT / "assistant" / "web").glob("*.py")),
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_module_of_the_app_is_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines"


def test_app_py_only_chooses_the_screen():
    source = (ROOT / "app.py").read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 120
    tree = ast.parse(source)
    functions = [node.name for node in tree.body if isinstance(node, ast.FunctionDef)]
    assert set(functions) <= {"main", "header", "draft_tab", "scripts"}, functions


def test_cached_resources_are_process_wide_never_per_user():
    for path in DRAWING:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and any("cache_resource" in ast.unparse(d) for d in node.decorator_list):
                code = [stmt for stmt in node.body if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))]
                body = ast.unparse(node.args) + "\n" + "\n".join(ast.unparse(stmt) for stmt in code)
                assert not re.search(r"Session\(|Conversation\(|session_state|\bowner\b|\busername\b|\bschool\b", body), (
                    f"{path.name}:{node.lineno} {node.name} caches something per-user")
