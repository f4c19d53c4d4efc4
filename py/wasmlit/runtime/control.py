"""Unwinding user code: rerun and stop, and the checkpoints where they happen.

Note [Control flow by BaseException]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
`RerunException` and `StopException` derive from `BaseException` so that an
app's own `except Exception:` does not swallow `st.rerun()`, `st.stop()` or an
interrupt from the page. Nothing else in the runtime raises to signal
control; everything else returns values (see runner.RunResult).
"""

from __future__ import annotations

import time as _time
from typing import TYPE_CHECKING, SupportsIndex

if TYPE_CHECKING:
    from wasmlit.runtime.requests import RerunData


class ScriptControlException(BaseException):
    """Base of the exceptions that only unwind user code."""


class RerunException(ScriptControlException):
    def __init__(self, data: RerunData | None) -> None:
        super().__init__()
        self.data = data  # None: rerun with the widget states we already have


class StopException(ScriptControlException):
    pass


# The real time.sleep, before install_sleep() replaces it.
_original_sleep = _time.sleep


def interruptible_sleep(seconds: float | SupportsIndex) -> None:
    """time.sleep for app code: sleeps by yielding, and wakes for a rerun.

    Outside a script run (or on another thread) it is the real time.sleep.
    """
    from wasmlit.runtime.context import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None:
        _original_sleep(seconds)
        return
    value = float(seconds)
    if value < 0:
        raise ValueError("sleep length must be non-negative")
    ctx.sleep(value)


def install_sleep() -> None:
    """Replace time.sleep once per process (see Note [Yielding with JSPI])."""
    _time.sleep = interruptible_sleep
