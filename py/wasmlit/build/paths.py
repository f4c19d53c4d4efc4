"""Where things live: the checkout, node_modules, the user cache."""

from __future__ import annotations

import os
from pathlib import Path

import wasmlit

from .constants import PYODIDE_VERSION


def package_dir() -> Path:
    """The `wasmlit` package folder (py/wasmlit in a checkout)."""
    return Path(wasmlit.__file__).resolve().parent


def repo_root() -> Path:
    """The checkout that holds py/, web/ and node_modules/.

    Note [Builds need a checkout]
    ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    The web bundle is built by esbuild from web/ and the Pyodide core comes
    from node_modules/pyodide, so `wasmlit build` runs from a source checkout
    (installed editable, or through build.py). A non-editable install puts the
    package in site-packages, where parents[2] is not a checkout; the web step
    then says so instead of failing obscurely.
    """
    return Path(wasmlit.__file__).resolve().parents[2]


def pyodide_npm_dir(root: Path) -> Path:
    return root / "node_modules" / "pyodide"


def user_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/wasmlit/pyodide-<version>`, else `~/.cache/...`."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wasmlit" / f"pyodide-{PYODIDE_VERSION}"


def display(path: Path) -> str:
    """A path as the user would type it: relative to the cwd when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
