"""Building static bundles (`wasmlit build`) and serving them (`wasmlit serve`).

Host-only: this package is not shipped to the browser (see runtime.HOST_ONLY).
"""

from __future__ import annotations

from .bundle import BuildOptions, BuildResult, build
from .errors import BuildError

__all__ = ["BuildError", "BuildOptions", "BuildResult", "build"]
