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

Fragment reruns (Note [Fragment runs] in runtime/fragment.py) coalesce as
Streamlit's do: a full rerun on either side wins (it reruns every fragment
too); otherwise the fragments to run are the union of both, in order. A
fragment rerun asked for by a widget or a run_every timer never interrupts
the run in progress (it would cut short elements outside the fragment): it
waits for the run to end. Only `st.rerun(scope="fragment")` preempts.
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
    #: The fragments to rerun, in order; empty: the whole script.
    fragment_ids: tuple[str, ...] = ()
    #: Asked for by st.rerun(scope="fragment"): may interrupt the current run.
    fragment_scoped: bool = False

    @property
    def preempts(self) -> bool:
        """Whether this request interrupts a run in progress (Note [Coalescing])."""
        return not self.fragment_ids or self.fragment_scoped


def _coalesce_fragments(old: RerunData, new: RerunData) -> tuple[tuple[str, ...], bool]:
    if not old.fragment_ids or not new.fragment_ids:
        return (), False
    ids = list(old.fragment_ids)
    ids.extend(f for f in new.fragment_ids if f not in ids)
    return tuple(ids), old.fragment_scoped or new.fragment_scoped


def _page(old: RerunData, new: RerunData) -> str | None:
    """The later request's page wins; None ("the page running now") keeps the earlier one's.

    "" names the default page: a request for it must not fall back to an older page.
    """
    return old.page if new.page is None else new.page


def coalesce(old: RerunData, new: RerunData) -> RerunData:
    fragment_ids, scoped = _coalesce_fragments(old, new)
    if old.widgets is None or new.widgets is None:
        if new.widgets is not None:
            return RerunData(new.widgets, new.page, fragment_ids, scoped)
        return RerunData(old.widgets, _page(old, new), fragment_ids, scoped)
    merged: dict[str, WidgetState] = {w.id: w for w in new.widgets}
    for w in old.widgets:
        if w.trigger and w.value:
            current = merged.get(w.id)
            if current is None or not (current.trigger and current.value):
                merged[w.id] = w
    return RerunData(tuple(merged.values()), _page(old, new), fragment_ids, scoped)


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
        """Called by the running script: take whatever request is pending
        (a fragment rerun that does not preempt stays pending: Note [Coalescing])."""
        with self._lock:
            if self._state is State.RERUN and self._data is not None and not self._data.preempts:
                return State.IDLE, None
            taken = (self._state, self._data)
            self._state, self._data = State.IDLE, None
            return taken

    def take_rerun(self) -> RerunData | None:
        """Called between runs: the next run to start, if any."""
        with self._lock:
            data = self._data if self._state is State.RERUN else None
            self._state, self._data = State.IDLE, None
            return data
