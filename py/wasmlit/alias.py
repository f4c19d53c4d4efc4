"""`import streamlit` (and `streamlit.testing.v1`, `streamlit.errors`) -> wasmlit.

Installed by the worker before an app runs, and by the pytest plugin
(`pytest -p wasmlit.alias`) so that an app's own AppTest tests run unchanged.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence

TARGETS = {
    "streamlit": "wasmlit.api",
    "streamlit.errors": "wasmlit.errors",
    "streamlit.components": "wasmlit.components",
    "streamlit.components.v1": "wasmlit.components.v1",
    "streamlit.connections": "wasmlit.connections",
    "streamlit.testing": "wasmlit.testing",
    "streamlit.testing.v1": "wasmlit.testing",
    # Type hints in apps: `from streamlit.runtime.uploaded_file_manager import UploadedFile`.
    "streamlit.runtime": "wasmlit.runtime",
    "streamlit.runtime.uploaded_file_manager": "wasmlit.state.uploads",
}


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return importlib.import_module(self.target)

    def exec_module(self, module: types.ModuleType) -> None:
        pass


class StreamlitAlias(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        real = TARGETS.get(fullname)
        if real is None:
            return None
        is_pkg = any(t.startswith(fullname + ".") for t in TARGETS)
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(real), is_package=is_pkg)


def install() -> None:
    if not any(isinstance(f, StreamlitAlias) for f in sys.meta_path):
        sys.meta_path.insert(0, StreamlitAlias())


def uninstall() -> None:
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, StreamlitAlias)]
    for name in TARGETS:
        sys.modules.pop(name, None)


# Importing this module as a pytest plugin (`-p wasmlit.alias`) installs it.
install()
