"""The runtime zip is importable in Pyodide with only the packages the build ships."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from wasmlit.build.constants import RUNTIME_PACKAGES
from wasmlit.build.imports import scan
from wasmlit.build.lock import PROVIDED_BY_WASMLIT, PyodideLock, Stdlib
from wasmlit.build.runtime import runtime_entries

from build_support import NPM_PYODIDE

# Registered by web/src/worker/boot.ts before wasmlit.worker.entry is imported.
WORKER_JS_MODULES = frozenset({"_wasmlit_host"})


def _runtime_sources() -> list[tuple[str, ast.Module]]:
    return [(arc, ast.parse(p.read_bytes())) for arc, p in runtime_entries() if arc.endswith(".py")]


def _module_level(tree: ast.Module) -> ast.Module:
    """`tree` without function bodies: what runs when the module is imported."""

    class Strip(ast.NodeTransformer):
        def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST | None:
            return None

        def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST | None:
            return None

    stripped = Strip().visit(tree)  # the tree is a fresh parse, safe to change
    assert isinstance(stripped, ast.Module)
    return stripped


@pytest.fixture(scope="module")
def lock() -> PyodideLock:
    return PyodideLock.load(NPM_PYODIDE / "pyodide-lock.json")


def test_runtime_imports_only_what_pyodide_has(lock: PyodideLock) -> None:
    stdlib = Stdlib.load(NPM_PYODIDE / "python_stdlib.zip")
    allowed = PROVIDED_BY_WASMLIT | WORKER_JS_MODULES
    bad = [
        f"{s.file}:{s.line} {s.dotted}"
        for arc, tree in _runtime_sources()
        for s in scan(arc, tree)
        if s.module not in allowed
        and s.module not in lock.by_import
        and not stdlib.has(s.module)
        and not s.optional
    ]
    assert bad == []


def test_runtime_module_level_packages_are_listed_in_runtime_packages(lock: PyodideLock) -> None:
    """A module-level `import sqlite3` in the runtime needs RUNTIME_PACKAGES to ship sqlite3."""
    needed = {
        f"{s.file}:{s.line} {s.dotted} -> {lock.by_import[s.module]}"
        for arc, tree in _runtime_sources()
        for s in scan(arc, _module_level(tree))
        if s.module in lock.by_import and lock.by_import[s.module] not in RUNTIME_PACKAGES
    }
    assert needed == set()


def test_runtime_entries_exclude_host_only_parts(tmp_path: Path) -> None:
    pkg = tmp_path / "wasmlit"
    for rel in (
        "__init__.py", "api.py", "build/bundle.py", "testing/apptest.py", "demo/streamlit_app.py",
        "cli.py", "_codegen_ts.py", "runtime/__pycache__/x.cpython-311.pyc", "runtime/x.py",
        ".DS_Store", "runtime/.x.py.swp",
    ):  # fmt: skip
        (pkg / rel).parent.mkdir(parents=True, exist_ok=True)
        (pkg / rel).write_text("")
    assert [arc for arc, _ in runtime_entries(pkg)] == [
        "wasmlit/__init__.py",
        "wasmlit/api.py",
        "wasmlit/runtime/x.py",
    ]
