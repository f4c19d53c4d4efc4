"""Mapping imports to Pyodide 0.27.7 packages with the real pyodide-lock.json."""

from __future__ import annotations

import ast
import textwrap

import pytest

from wasmlit.build.errors import BuildError
from wasmlit.build.imports import scan
from wasmlit.build.lock import PyodideLock, Stdlib, resolve

from build_support import NPM_PYODIDE

pytestmark = pytest.mark.skipif(
    not (NPM_PYODIDE / "pyodide-lock.json").is_file(), reason="run `npm ci` first"
)


@pytest.fixture(scope="module")
def lock() -> PyodideLock:
    return PyodideLock.load(NPM_PYODIDE / "pyodide-lock.json")


@pytest.fixture(scope="module")
def stdlib() -> Stdlib:
    return Stdlib.load(NPM_PYODIDE / "python_stdlib.zip")


def packages_for(
    source: str, lock: PyodideLock, stdlib: Stdlib, local: frozenset[str] = frozenset()
) -> list[str]:
    tree = ast.parse(textwrap.dedent(source))
    return resolve(scan("app.py", tree), local, lock, stdlib)


def test_the_lock_is_pyodide_0_27_7(lock: PyodideLock) -> None:
    assert lock.version == "0.27.7"


def test_pandas_brings_its_whole_dependency_closure(lock: PyodideLock, stdlib: Stdlib) -> None:
    assert packages_for("import pandas as pd", lock, stdlib) == [
        "numpy",
        "pandas",
        "python-dateutil",
        "pytz",
        "six",
    ]


def test_import_names_map_to_lock_package_names(lock: PyodideLock, stdlib: Stdlib) -> None:
    """`import dateutil` is package python-dateutil; `from PIL import Image` is pillow."""
    assert packages_for("import dateutil\nfrom PIL import Image", lock, stdlib) == [
        "pillow",
        "python-dateutil",
        "six",
    ]


def test_matplotlib_closure_includes_shared_dependencies(lock: PyodideLock, stdlib: Stdlib) -> None:
    got = packages_for("import matplotlib.pyplot as plt", lock, stdlib)
    for name in ("matplotlib", "numpy", "pillow", "kiwisolver", "matplotlib-pyodide", "six"):
        assert name in got


@pytest.mark.parametrize("module", ["sqlite3", "ssl", "lzma"])
def test_stdlib_modules_pyodide_unvendors_are_loaded_as_packages(
    module: str, lock: PyodideLock, stdlib: Stdlib
) -> None:
    """Pyodide ships sqlite3/ssl/lzma as separate packages: the lock wins over stdlib."""
    assert module in packages_for(f"import {module}", lock, stdlib)


def test_plain_stdlib_and_streamlit_need_no_packages(lock: PyodideLock, stdlib: Stdlib) -> None:
    src = """
        import streamlit as st
        import wasmlit
        import json, os, math, time, datetime, collections.abc, zlib, array, __future__
        from pyodide.ffi import to_js
        import js
    """
    assert packages_for(src, lock, stdlib) == []


def test_local_modules_are_not_looked_up(lock: PyodideLock, stdlib: Stdlib) -> None:
    """A helpers.py or utils/ folder in the app folder shadows everything else."""
    src = "import helpers\nfrom utils.x import y\nimport pandas"
    local = frozenset({"helpers", "utils", "pandas"})
    assert packages_for(src, lock, stdlib, local) == []


def test_namespace_folders_do_not_shadow_packages_but_are_importable(
    lock: PyodideLock, stdlib: Stdlib
) -> None:
    """A data folder named `six/` (no __init__.py) doesn't hide the six package."""
    tree = ast.parse("import six\nimport charts\n")
    got = resolve(scan("app.py", tree), frozenset(), lock, stdlib, frozenset({"six", "charts"}))
    assert got == ["six"]


def test_unknown_module_is_an_error_naming_module_file_line_and_remedy(
    lock: PyodideLock, stdlib: Stdlib
) -> None:
    with pytest.raises(BuildError) as info:
        packages_for("import os\n\nimport no_such_pkg.sub\n", lock, stdlib)
    [line] = info.value.lines
    assert line.startswith("app.py:3: imports 'no_such_pkg.sub', but no Pyodide 0.27.7 package")
    assert "'no_such_pkg'" in line and "app folder" in line and "try/except ImportError" in line


def test_every_unknown_module_is_reported_once(lock: PyodideLock, stdlib: Stdlib) -> None:
    src = "import aaa_missing\nimport bbb_missing\nimport aaa_missing\n"
    with pytest.raises(BuildError) as info:
        packages_for(src, lock, stdlib)
    assert [line.split(":")[1] for line in info.value.lines] == ["1", "2"]


@pytest.mark.parametrize("module", ["tkinter", "venv", "distutils", "turtle"])
def test_stdlib_modules_missing_from_pyodide_are_errors(
    module: str, lock: PyodideLock, stdlib: Stdlib
) -> None:
    """tkinter/venv are not in Pyodide; distutils is gone in Python 3.12 even on a 3.11 host."""
    with pytest.raises(BuildError, match=f"'{module}' is part of CPython's standard library"):
        packages_for(f"import {module}", lock, stdlib)


def test_optional_imports_are_bundled_when_available_and_skipped_when_not(
    lock: PyodideLock, stdlib: Stdlib
) -> None:
    src = """
        try:
            import pyarrow
            import some_fast_json
        except ImportError:
            pass
    """
    got = packages_for(src, lock, stdlib)
    assert "pyarrow" in got and "numpy" in got
