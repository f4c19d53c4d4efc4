"""The one request state machine between the page and a running script.

States: IDLE (run on), RERUN (a new run is wanted), STOP (end the run).
The page's messages move it; the running script consumes it at checkpoints,
and the session consumes it between runs.

Note [Coalescing]
~~~~~~~~~~~~~~~~~
When a rerun is requested while another is still pending, the newer widget
states win, except that a trigger (a button press) that was set in the older
request and is not set in the newer one is kept: a press is never lost because
the user did something else before the script got to it.
"""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass, field

from wasmlit.protocol import WidgetState


@dataclass(frozen=True)
class RerunData:
    widgets: tuple[WidgetState, ...] | None = None  # None: keep the current states
    page: str | None = None


def coalesce(old: RerunData, new: RerunData) -> RerunData:
    if old.widgets is None or new.widgets is None:
        return new if new.widgets is not None else RerunData(old.widgets, new.page or old.page)
    merged: dict[str, WidgetState] = {w.id: w for w in new.widgets}
    for w in old.widgets:
        if w.trigger and w.value:
            current = merged.get(w.id)
            if current is None or not (current.trigger and current.value):
                merged[w.id] = w
    return RerunData(tuple(merged.values()), new.page or old.page)


class State(enum.Enum):
    IDLE = "idle"
    RERUN = "rerun"
    STOP = "stop"


@dataclass
class ScriptRequests:
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _state: State = State.IDLE
    _data: RerunData | None = None

    @property
    def state(self) -> State:
        return self._state

    def request_rerun(self, data: RerunData) -> None:
        with self._lock:
            if self._state is State.RERUN and self._data is not None:
                self._data = coalesce(self._data, data)
            else:
                self._state, self._data = State.RERUN, data

    def request_stop(self) -> None:
        with self._lock:
            self._state, self._data = State.STOP, None

    def on_checkpoint(self) -> tuple[State, RerunData | None]:
        """Called by the running script: take whatever request is pending."""
        with self._lock:
            taken = (self._state, self._data)
            self._state, self._data = State.IDLE, None
            return taken

    def take_rerun(self) -> RerunData | None:
        """Called between runs: the next run to start, if any."""
        with self._lock:
            data = self._data if self._state is State.RERUN else None
            self._state, self._data = State.IDLE, None
            return data
