"""Mapping an app's imports to Pyodide packages through pyodide-lock.json.

Note [Lock before stdlib]
~~~~~~~~~~~~~~~~~~~~~~~~~
Pyodide "unvendors" some standard-library modules (sqlite3, ssl, lzma,
_hashlib, _pydecimal, pydoc_data, test) into separate packages that must be
loaded like numpy. So a name is looked up in the lock first, and only then
treated as part of the standard library. What counts as the standard library
is Pyodide's, not the host's: a pure-Python stdlib module must be in
Pyodide's python_stdlib.zip (tkinter, turtle, venv, curses, dbm, and the
modules Python 3.12 removed such as distutils and imp are not); compiled
stdlib modules (math, array, zlib, ...) are built into the Pyodide binary,
so for those the host's `sys.stdlib_module_names` is trusted.
"""

from __future__ import annotations

import json
import re
import sys
import sysconfig
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .constants import PYODIDE_VERSION
from .errors import BuildError
from .imports import ImportSite

# Modules the Pyodide runtime provides itself (not files anywhere).
PYODIDE_BUILTINS = frozenset({"js", "pyodide_js", "pyodide", "_pyodide"})
# Handled by wasmlit itself: `import streamlit` is aliased to wasmlit in the worker.
PROVIDED_BY_WASMLIT = frozenset({"streamlit", "wasmlit"})

PACKAGES_URL = f"https://pyodide.org/en/{PYODIDE_VERSION}/usage/packages-in-pyodide.html"


@dataclass(frozen=True)
class LockPackage:
    name: str
    file_name: str
    sha256: str
    imports: tuple[str, ...]
    depends: tuple[str, ...]


@dataclass(frozen=True)
class PyodideLock:
    version: str
    packages: Mapping[str, LockPackage]
    by_import: Mapping[str, str]  # importable top-level name -> package name

    @staticmethod
    def load(path: Path) -> PyodideLock:
        data = json.loads(path.read_text(encoding="utf-8"))
        packages: dict[str, LockPackage] = {}
        by_import: dict[str, str] = {}
        for key, raw in data["packages"].items():
            pkg = LockPackage(
                name=key,
                file_name=raw["file_name"],
                sha256=raw["sha256"],
                imports=tuple(raw.get("imports", ())),
                depends=tuple(raw.get("depends", ())),
            )
            packages[key] = pkg
            for name in pkg.imports:
                by_import.setdefault(name.split(".", 1)[0], key)
        return PyodideLock(str(data["info"]["version"]), packages, by_import)

    def closure(self, names: Iterable[str]) -> list[str]:
        """`names` and everything they depend on, sorted."""
        seen: set[str] = set()
        todo = list(names)
        while todo:
            name = todo.pop()
            if name not in self.packages:
                # Depends may spell a name unnormalized (jsonschema's
                # "jsonschema_specifications"); keys are PEP 503 normalized.
                name = re.sub(r"[-_.]+", "-", name).lower()
            if name in seen:
                continue
            if name not in self.packages:
                raise BuildError(
                    f"pyodide-lock.json names a dependency {name!r} that it does not "
                    "define; reinstall the pyodide npm package (`npm ci`)"
                )
            seen.add(name)
            todo.extend(self.packages[name].depends)
        return sorted(seen)


@dataclass(frozen=True)
class Stdlib:
    """What Pyodide's standard library provides (see Note [Lock before stdlib])."""

    in_zip: frozenset[str]  # top-level names in python_stdlib.zip
    host_pure: frozenset[str]  # stdlib names that are .py files/packages on this host

    @staticmethod
    def load(python_stdlib_zip: Path) -> Stdlib:
        with zipfile.ZipFile(python_stdlib_zip) as z:
            names = {_top_level(n) for n in z.namelist()}
        stdlib_dir = Path(sysconfig.get_paths()["stdlib"])
        pure = {
            n
            for n in sys.stdlib_module_names
            if (stdlib_dir / f"{n}.py").is_file() or (stdlib_dir / n / "__init__.py").is_file()
        }
        return Stdlib(frozenset(names), frozenset(pure))

    def has(self, name: str) -> bool:
        if name in self.in_zip or name in PYODIDE_BUILTINS:
            return True
        return name in sys.stdlib_module_names and name not in self.host_pure

    def is_missing_stdlib(self, name: str) -> bool:
        return name in sys.stdlib_module_names and not self.has(name)


def _top_level(member: str) -> str:
    first = member.split("/", 1)[0]
    for suffix in (".py", ".pyc"):
        if first.endswith(suffix):
            return first[: -len(suffix)]
    return first


def resolve(
    sites: Iterable[ImportSite],
    local: frozenset[str],
    lock: PyodideLock,
    stdlib: Stdlib,
    namespaces: frozenset[str] = frozenset(),
) -> list[str]:
    """The lock packages the app needs (dependency-closed, sorted).

    `local` are the app's own modules and packages (they shadow everything, as
    the app folder is first on sys.path); `namespaces` its folders without
    __init__.py (they shadow nothing). Raises one line per import that Pyodide
    cannot satisfy.
    """
    wanted: set[str] = set()
    problems: list[str] = []
    reported: set[str] = set()
    for site in sites:
        name = site.module
        if name in PROVIDED_BY_WASMLIT or name in local:
            continue
        package = lock.by_import.get(name)  # Note [Lock before stdlib]
        if package is not None:
            wanted.add(package)
        elif stdlib.has(name) or name in namespaces or site.optional or name in reported:
            continue
        else:
            reported.add(name)
            problems.append(_unavailable(site, stdlib))
    if problems:
        raise BuildError(*problems)
    return lock.closure(wanted)


def _unavailable(site: ImportSite, stdlib: Stdlib) -> str:
    where = f"{site.file}:{site.line}"
    if stdlib.is_missing_stdlib(site.module):
        return (
            f"{where}: imports {site.dotted!r}, but {site.module!r} is part of CPython's "
            f"standard library and not of Pyodide {PYODIDE_VERSION} (Python 3.12 in the browser); "
            "remove the import or guard it with try/except ImportError"
        )
    return (
        f"{where}: imports {site.dotted!r}, but no Pyodide {PYODIDE_VERSION} package provides "
        f"the module {site.module!r} (see {PACKAGES_URL}); if it is a module of yours, put "
        "it in the app folder; otherwise remove the import or guard it with "
        "try/except ImportError"
    )
