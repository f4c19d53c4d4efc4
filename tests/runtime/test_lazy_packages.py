"""wasmlit.worker.lazy_packages (Note [Deferred packages]): a deferred package
loads on its first real import, pandas' probe for it does not load it, and
without JSPI nothing loads (CHECKLIST DF-01: a pandas app's cold start)."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from typing import Any

import pytest

from wasmlit.worker.lazy_packages import DeferredPackages

NAME = "wasmlit_deferred_demo"


@pytest.fixture
def finder(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[DeferredPackages, list[str]]]:
    loaded: list[str] = []

    def load(name: str) -> str:  # stands for the worker installing the wheel
        (tmp_path / f"{name}.py").write_text("VALUE = 42\n")
        loaded.append(name)
        return "promise"

    f = DeferredPackages([NAME], load, lambda: True, lambda promise: promise)
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.meta_path.insert(0, f)
    yield f, loaded
    sys.meta_path.remove(f)
    sys.modules.pop(NAME, None)


def _import_from(module: str) -> Any:
    """`import NAME` run by code of module `module`."""
    mod = types.ModuleType(module)
    exec(f"import {NAME} as m", mod.__dict__)
    return mod.__dict__["m"]


def test_the_first_import_loads_the_package(finder: tuple[DeferredPackages, list[str]]) -> None:
    f, loaded = finder
    assert _import_from("app").VALUE == 42
    assert loaded == [NAME] and not f.pending
    assert _import_from("other").VALUE == 42
    assert loaded == [NAME]


def test_pandas_probe_does_not_load_it(finder: tuple[DeferredPackages, list[str]]) -> None:
    f, loaded = finder
    for probe in ("pandas.compat.pyarrow", "pandas.core.dtypes.dtypes"):
        with pytest.raises(ModuleNotFoundError):
            _import_from(probe)
    assert loaded == [] and f.pending == {NAME}
    assert _import_from("pandas.compat._optional").VALUE == 42


def test_without_jspi_nothing_loads(finder: tuple[DeferredPackages, list[str]]) -> None:
    f, loaded = finder
    f._can_wait = lambda: False
    with pytest.raises(ModuleNotFoundError, match=NAME):
        _import_from("app")
    assert loaded == []
