"""The context of one script run: where the next element goes, what rendered.

A context exists while a run executes (on the thread that runs it); st.*
calls find it with `get_script_run_ctx()`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wasmlit import protocol
from wasmlit.runtime.control import RerunException, StopException
from wasmlit.runtime.requests import State

if TYPE_CHECKING:
    from wasmlit.elements.form import FormData
    from wasmlit.elements.tree import DeltaGenerator, RowSource
    from wasmlit.runtime.session import AppSession

#: Yield to the page's event loop at most this often (seconds of script time);
#: see Note [Yielding with JSPI] in worker/entry.py.
YIELD_INTERVAL = 0.015

Path = tuple[int, ...]


@dataclass
class ScriptRunContext:
    session: AppSession
    run_id: int
    page: str = ""
    cursors: dict[Path, int] = field(default_factory=dict)
    widget_ids_this_run: set[str] = field(default_factory=set)
    widget_user_keys_this_run: set[str] = field(default_factory=set)
    form_ids_this_run: set[str] = field(default_factory=set)
    #: form block path -> the form made there (Note [Forms] in elements/form.py)
    forms: dict[Path, FormData] = field(default_factory=dict)
    dg_stack: list[DeltaGenerator] = field(default_factory=list)
    #: see Note [Element replay] in caching/replay.py
    recorders: list[Callable[[protocol.ForwardMsg], None]] = field(default_factory=list)
    #: Note [Fragment runs] in runtime/fragment.py: the fragments this run
    #: reruns (empty: a full run), the fragment whose body is running and its
    #: body's path, and the fragments a full run has called.
    fragment_ids_this_run: tuple[str, ...] = ()
    fragment_id: str | None = None
    fragment_path: Path | None = None
    new_fragment_ids: set[str] = field(default_factory=set)
    #: element path -> what `.add_rows()` on its handle extends (Note [add_rows]
    #: in elements/tree.py)
    row_sources: dict[Path, RowSource] = field(default_factory=dict)
    #: the paths of the st.columns columns made this run (the nesting rules
    #: in elements/layout.py count a new column's column ancestors)
    column_paths: set[Path] = field(default_factory=set)
    #: st.set_page_config may still be called: nothing drawn, not yet called
    #: (elements/page_config.py)
    page_config_allowed: bool = True
    #: An @st.dialog function was called in this run (only one may be).
    has_dialog_opened: bool = False
    _last_yield: float = field(default_factory=time.monotonic)

    # -- layout cursors (Note [Delta paths] in elements/tree.py)

    def next_index(self, container: Path) -> int:
        index = self.cursors.get(container, 0)
        self.cursors[container] = index + 1
        return index

    def reset_cursor(self, container: Path) -> None:
        self.cursors[container] = 0

    # -- output

    def send(self, msg: protocol.ForwardMsg) -> None:
        if isinstance(msg, (protocol.ElementDelta, protocol.BlockDelta)):
            self.page_config_allowed = False
        self.session.host.send(msg)
        for record in self.recorders:
            record(msg)
        self.checkpoint()

    # -- cooperation with the page

    def checkpoint(self) -> None:
        """Let queued page messages in (now and then) and act on them."""
        now = time.monotonic()
        if now - self._last_yield >= YIELD_INTERVAL:
            self._last_yield = now
            host = self.session.host
            if host.can_yield:
                host.wait(0)
        state, data = self.session.requests.on_checkpoint()
        if state is State.RERUN:
            raise RerunException(data)
        if state is State.STOP:
            raise StopException()

    def sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        host = self.session.host
        while True:
            self.checkpoint()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            host.wait(remaining)
            self._last_yield = time.monotonic()


_local = threading.local()


def get_script_run_ctx() -> ScriptRunContext | None:
    return getattr(_local, "ctx", None)


def set_script_run_ctx(ctx: ScriptRunContext | None) -> None:
    _local.ctx = ctx
