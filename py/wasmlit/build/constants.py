"""Versions and fixed names shared by the build and the CLI."""

from __future__ import annotations

from typing import Final

WASMLIT_VERSION: Final = "0.1.0"  # kept equal to pyproject.toml (a test checks it)
PYODIDE_VERSION: Final = "0.27.7"
PYODIDE_PYTHON: Final = (3, 12)
MANIFEST_FORMAT: Final = 1

DEFAULT_CDN: Final = f"https://cdn.jsdelivr.net/pyodide/v{PYODIDE_VERSION}/full/"

ENV_PACKAGES: Final = "WASMLIT_PYODIDE_PACKAGES"
ENV_CDN: Final = "WASMLIT_PYODIDE_CDN"
ENV_DOWNLOAD_TIMEOUT: Final = "WASMLIT_DOWNLOAD_TIMEOUT"

# The Pyodide core files copied from node_modules/pyodide into <out>/pyodide/.
# pyodide.mjs is not among them: web/build.mjs bundles it into the worker
# (Note [Pyodide in the worker] there).
PYODIDE_CORE_FILES: Final = (
    "pyodide.asm.js",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)

# Pyodide packages the runtime itself imports at module level (beyond the
# stdlib), loaded for every app. Empty: the runtime is stdlib-only at import
# time, and tests/build/test_build_runtime.py keeps it so (or makes you list them here).
RUNTIME_PACKAGES: Final[tuple[str, ...]] = ()

APP_SIZE_WARNING_BYTES: Final = 50 * 1024 * 1024
