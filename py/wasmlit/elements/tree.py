"""Where elements go: DeltaGenerator, and the registry of st.* commands.

Note [Delta paths]
~~~~~~~~~~~~~~~~~~
Every node on the page has a path `[root, i, j, ...]`: the index of its root
in `protocol.ROOTS`, then its index in each enclosing container. A container
(a root, st.container, a column, an expander) has a cursor in the run context
that gives the index of its next child, so display order can differ from
execution order (a container made early and filled late keeps its place:
CHECKLIST EL-19). st.empty() and the handle an element command returns are
*locked*: they always write at their own path, replacing what is there
(ANIM-01, ANIM-06).

Note [Command registry]
~~~~~~~~~~~~~~~~~~~~~~~
Element families (text.py, inputs.py, ...) register their commands with
`@command`; a DeltaGenerator finds them by name, and api.py exposes each one
as `st.<name>`, acting on the active container (the innermost `with`
block, else the main area). The core never switches on element kinds.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Literal, Protocol, TypeVar

from wasmlit import protocol
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import Path, ScriptRunContext, get_script_run_ctx

F = TypeVar("F", bound=Callable[..., Any])

COMMANDS: dict[str, Callable[..., Any]] = {}


def command(fn: F) -> F:
    """Register `fn(dg, ...)` as the st.* command of the same name."""
    COMMANDS[fn.__name__] = fn
    return fn


class RowSource(Protocol):
    """What an element that supports `.add_rows()` registers at its path."""

    def add_rows(self, dg: DeltaGenerator, data: Any) -> None: ...


class DeltaGenerator:
    __slots__ = ("path", "locked")

    def __init__(self, path: Path, *, locked: bool = False) -> None:
        self.path = path
        self.locked = locked

    def __getattr__(self, name: str) -> Any:
        fn = COMMANDS.get(name)
        if fn is None:
            raise AttributeError(f"`st.{name}` does not exist (or is not supported yet).")
        return functools.partial(fn, self)

    def __enter__(self) -> DeltaGenerator:
        ctx = get_script_run_ctx()
        if ctx is not None:
            ctx.dg_stack.append(self)
        return self

    def __exit__(self, *exc: object) -> Literal[False]:
        ctx = get_script_run_ctx()
        if ctx is not None and ctx.dg_stack and ctx.dg_stack[-1] is self:
            ctx.dg_stack.pop()
        return False

    def __repr__(self) -> str:
        return f"DeltaGenerator(path={list(self.path)})"

    @property
    def root(self) -> str:
        return protocol.ROOTS[self.path[0]]

    def add_rows(self, data: Any = None, **kwargs: Any) -> DeltaGenerator | None:
        """Append rows to the chart or dataframe this handle shows, in place.

        Note [add_rows]
        ~~~~~~~~~~~~~~~
        An element command that supports it registers a RowSource for its
        path in the run context (`ctx.row_sources`); add_rows hands the new
        data to it, and the source sends the grown element again at the same
        path (a locked handle writes in place), so no rerun is needed
        (CHECKLIST ANIM-04).
        """
        if data is None and len(kwargs) == 1:
            (data,) = kwargs.values()
        elif kwargs:
            raise StreamlitAPIException(
                "Wrong number of arguments to add_rows().Command requires exactly one "
                "dataset"
            )
        ctx = get_script_run_ctx()
        if ctx is None:
            return self
        source = ctx.row_sources.get(self.path) if self.locked else None
        if source is None:
            raise StreamlitAPIException(
                "Only existing elements can `add_rows`."
            )
        source.add_rows(self, data)
        return self

    # -- the two ways to put something on the page

    def _slot(self, ctx: ScriptRunContext) -> Path:
        if self.locked:
            return self.path
        return (*self.path, ctx.next_index(self.path))

    def _enqueue(self, element: protocol.Element) -> DeltaGenerator:
        ctx = get_script_run_ctx()
        if ctx is None:
            return DeltaGenerator(self.path, locked=True)
        if ctx.fragment_id is not None:
            from wasmlit.runtime.fragment import check_write

            check_write(ctx, self, element)
        path = self._slot(ctx)
        ctx.send(protocol.ElementDelta(ctx.run_id, list(path), element))
        return DeltaGenerator(path, locked=True)

    def _block(self, block: protocol.Block) -> DeltaGenerator:
        ctx = get_script_run_ctx()
        if ctx is None:
            return DeltaGenerator(self.path)
        path = self._slot(ctx)
        ctx.reset_cursor(path)
        ctx.send(protocol.BlockDelta(ctx.run_id, list(path), block))
        return DeltaGenerator(path)


MAIN = DeltaGenerator((protocol.ROOTS.index("main"),))
SIDEBAR = DeltaGenerator((protocol.ROOTS.index("sidebar"),))
EVENT = DeltaGenerator((protocol.ROOTS.index("event"),))
BOTTOM = DeltaGenerator((protocol.ROOTS.index("bottom"),))


def active_dg() -> DeltaGenerator:
    ctx = get_script_run_ctx()
    if ctx is not None and ctx.dg_stack:
        return ctx.dg_stack[-1]
    return MAIN
