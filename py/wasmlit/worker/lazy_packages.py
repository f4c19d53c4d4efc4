"""Packages the worker loads when Python first imports them, not at boot.

Note [Deferred packages]
~~~~~~~~~~~~~~~~~~~~~~~~
An app that shows data gets pyarrow in its bundle (Note [Data element
packages] in build/data_packages.py), but st.dataframe & co. write the Arrow
IPC of common column types themselves (Note [Arrow IPC without pyarrow] in
dataframe/arrow_ipc.py), so most such apps never need pyarrow: a 10.9 MB wheel
and a big WebAssembly module. With JSPI, boot.ts neither downloads nor loads
it at boot, and installs `DeferredPackages` on sys.meta_path: the first
`import pyarrow` (the app's own, or convert.to_arrow falling back for a column
type arrow_ipc does not write) suspends Python while the worker downloads,
checks and loads the package (`load`, a JS function returning a promise), then
lets the ordinary finders import it. Without JSPI nothing can wait inside an
import, so boot.ts loads every package at boot as before.

pandas tries `import pyarrow` while it is imported (pandas/compat/pyarrow.py
and the compiled pandas._libs.lib, to learn whether it is installed) and works
without it: an import run by pandas' own modules gets ModuleNotFoundError, as
in an environment without pyarrow, rather than downloading it; only
`import_optional_dependency` (pandas.compat._optional: read_parquet, ...) loads
it. So pandas' pyarrow-backed dtypes (`string[pyarrow]`, `pd.ArrowDtype`)
need the app to `import pyarrow` before pandas. A ModuleNotFoundError is raised, not None returned, because the
bundle's bytecode zip may already have put `pyarrow/__pycache__/` in
site-packages, which the path finder would import as an empty namespace
package.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable
from importlib.machinery import ModuleSpec
from types import FrameType
from typing import Any


def _probe(importer: str) -> bool:
    """Whether module `importer`'s import only probes for the package (pandas)."""
    return importer.startswith("pandas.") and importer != "pandas.compat._optional"


def _importer(frame: FrameType | None) -> str:
    """The module whose code runs the import (past importlib's frames)."""
    while frame is not None:
        name = str(frame.f_globals.get("__name__", ""))
        if not name.startswith(("importlib", "_frozen_importlib")) and name != __name__:
            return name
        frame = frame.f_back
    return ""


class DeferredPackages:
    """A meta path finder that loads a deferred package on its first import."""

    def __init__(self, names: Iterable[str], load: Callable[[str], Any],
                 can_wait: Callable[[], bool], wait: Callable[[Any], Any]) -> None:
        self.pending = set(names)
        self._load = load
        self._can_wait = can_wait
        self._wait = wait

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        top = fullname.partition(".")[0]
        if top not in self.pending:
            return None
        if _probe(_importer(sys._getframe(1))) or not self._can_wait():
            raise ModuleNotFoundError(f"No module named '{top}'", name=top)
        self.pending.discard(top)
        self._wait(self._load(top))
        importlib.invalidate_caches()
        return None  # now installed: the path finder imports it


def install(names: Any, load: Callable[[str], Any]) -> None:
    """Called by boot.ts with the deferred package names (a JS array) and the
    function that loads one (Note [Deferred packages])."""
    from pyodide.ffi import can_run_sync, run_sync  # type: ignore[import-not-found]  # Pyodide only

    finder = DeferredPackages([str(n) for n in names], load, lambda: bool(can_run_sync()), run_sync)
    sys.meta_path.insert(0, finder)
