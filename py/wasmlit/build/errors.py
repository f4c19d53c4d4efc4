"""The one exception type the build raises for user-facing problems."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

# Receives one human-readable warning line (without the "wasmlit: warning:" prefix).
Warn = Callable[[str], None]


class BuildError(Exception):
    """A problem the user can fix; the CLI prints each line as `wasmlit: error: ...`.

    Holds several lines when several independent problems were found at once
    (e.g. two imports that Pyodide does not provide), so one build run reports
    them all instead of one per attempt.
    """

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines: Sequence[str] = lines


def stderr_warn(message: str) -> None:
    print(f"wasmlit: warning: {message}", file=sys.stderr)


def stderr_info(message: str) -> None:
    print(f"wasmlit: {message}", file=sys.stderr, flush=True)
