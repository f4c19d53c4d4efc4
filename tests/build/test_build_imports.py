"""Which imports of an app the build sees (wasmlit/build/imports.py)."""

from __future__ import annotations

import ast
import textwrap

import pytest

from wasmlit.build.imports import ImportSite, scan


def sites(source: str) -> list[ImportSite]:
    return scan("app.py", ast.parse(textwrap.dedent(source)))


def names(source: str) -> list[str]:
    return [s.module for s in sites(source)]


def test_top_level_name_of_plain_dotted_and_from_imports() -> None:
    src = """
        import pandas as pd, numpy
        import matplotlib.pyplot as plt
        from dateutil.parser import parse
        from PIL import Image
    """
    assert names(src) == ["pandas", "numpy", "matplotlib", "dateutil", "PIL"]


def test_imports_inside_functions_classes_and_branches_count() -> None:
    """The build can't know which code paths run, so every import statement counts."""
    src = """
        def load():
            import pandas
            if True:
                from scipy import stats
            else:
                import pyarrow
        class C:
            def m(self):
                with open("x") as f:
                    for _ in f:
                        import sqlite3
        lambda: __import__("six")
    """
    assert sorted(names(src)) == ["pandas", "pyarrow", "scipy", "six", "sqlite3"]


def test_relative_imports_are_the_apps_own_modules() -> None:
    assert names("from . import helpers\nfrom .utils import x\nfrom ..pkg import y\n") == []


def test_line_numbers_point_at_the_import_statement() -> None:
    [site] = sites("x = 1\n\nfrom pandas.api import types\n")
    assert (site.file, site.line, site.dotted) == ("app.py", 3, "pandas.api")


@pytest.mark.parametrize(
    "handler",
    ["ImportError", "ModuleNotFoundError", "(ValueError, ImportError)", "Exception", ""],
    ids=["ImportError", "ModuleNotFoundError", "tuple", "Exception", "bare"],
)
def test_imports_guarded_by_try_except_import_error_are_optional(handler: str) -> None:
    src = f"""
        try:
            import ujson as json
        except {handler}:
            import json
    """
    result = {(s.module, s.optional) for s in sites(src)}
    assert result == {("ujson", True), ("json", False)}


def test_try_catching_other_errors_does_not_make_imports_optional() -> None:
    src = """
        try:
            import ujson
        except ValueError:
            pass
    """
    assert [s.optional for s in sites(src)] == [False]


def test_type_checking_imports_are_ignored() -> None:
    """An app that only annotates with pandas must not download pandas."""
    src = """
        from typing import TYPE_CHECKING
        import typing
        if TYPE_CHECKING:
            import pandas
        if typing.TYPE_CHECKING:
            import numpy
        else:
            import six
    """
    assert names(src) == ["typing", "typing", "six"]


def test_literal_dynamic_imports_count() -> None:
    src = """
        import importlib
        from importlib import import_module
        importlib.import_module("pytz")
        import_module("dateutil.tz")
        importlib.import_module(".local", "pkg")
        importlib.import_module(name)
    """
    assert names(src) == ["importlib", "importlib", "pytz", "dateutil"]
