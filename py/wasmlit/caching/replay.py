"""Elements drawn inside a cached function, recorded on a miss, replayed on a hit.

Note [Element replay]
~~~~~~~~~~~~~~~~~~~~~
While a cached function computes, every delta the run sends is recorded with
its path (CHECKLIST CACHE-24). Paths are meaningful only relative to where
the function was called, so a recording also keeps the *base*: the container
that was active at the call, and where each candidate parent's cursor stood.
On a hit the records are sent again, re-addressed: children of the base go to
the container active now, children of blocks created inside the function go
to the re-created blocks, children of a root (st.sidebar) go to that root,
and a rewrite of a path already replayed (an st.empty filled twice) rewrites
the new path. A delta aimed at a block created *outside* the function cannot
be re-addressed: Streamlit's `CacheReplayClosureError`.
Recordings are plain tuples of protocol dataclasses, so they pickle with a
persisted entry (storage.py).

Note [Widgets in cached functions]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
A widget inside a cached function runs only on a miss, so, as Streamlit
does, the function's output gets a `CachedWidgetWarning` (an exception
element shown as a warning), recorded and replayed with the rest. The replayed
widget is drawn but not registered: its value is not an input of the cache key.
CHECKLIST CACHE-25 describes the older `experimental_allow_widgets=True`, which
made each widget's value part of the key; Streamlit 1.38 removed that widget
replay and keeps the parameter only to show a deprecation warning when a
decorator is given it (errors.widget_replay_deprecation), so wasmlit does the
same: the parameter changes nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from wasmlit import protocol
from wasmlit.caching.errors import CacheReplayClosureError, CacheType
from wasmlit.runtime.context import Path, ScriptRunContext, get_script_run_ctx

_ROOTS: tuple[Path, ...] = tuple((i,) for i in range(len(protocol.ROOTS)))


@dataclass
class Recording:
    base: Path
    base_locked: bool
    starts: dict[Path, int]
    records: list[tuple[bool, Path, Any]] = field(default_factory=list)

    #: a widget was drawn: see Note [Widgets in cached functions]
    widget_seen: bool = False

    def __call__(self, msg: protocol.ForwardMsg) -> None:
        if isinstance(msg, protocol.ElementDelta):
            self.records.append((False, tuple(msg.path), msg.element))
            if hasattr(msg.element, "id"):  # only widget payloads carry an id
                self.widget_seen = True
        elif isinstance(msg, protocol.BlockDelta):
            self.records.append((True, tuple(msg.path), msg.block))


@contextmanager
def recording(ctx: ScriptRunContext | None) -> Iterator[Recording | None]:
    if ctx is None:
        yield None
        return
    from wasmlit.elements.tree import active_dg

    base = active_dg()
    starts = {p: ctx.cursors.get(p, 0) for p in {base.path, *_ROOTS}}
    rec = Recording(base.path, base.locked, starts)
    ctx.recorders.append(rec)
    try:
        yield rec
    finally:
        ctx.recorders.remove(rec)


def replay(rec: Recording | None, cache_type: CacheType, func: Callable[..., Any]) -> None:
    ctx = get_script_run_ctx()
    if ctx is None or rec is None or not rec.records:
        return
    from wasmlit.elements.tree import DeltaGenerator, active_dg

    target = active_dg()
    blocks: dict[Path, DeltaGenerator] = {}
    placed: dict[Path, Path] = {}
    for is_block, path, payload in rec.records:
        parent, index = path[:-1], path[-1]
        if path in placed:
            dg = DeltaGenerator(placed[path], locked=True)
        elif rec.base_locked and path == rec.base:
            dg = target
        elif parent in blocks:
            dg = blocks[parent]
        elif parent == rec.base and not rec.base_locked and index >= rec.starts[parent]:
            dg = target
        elif parent in _ROOTS and index >= rec.starts[parent]:
            dg = DeltaGenerator(parent)
        else:
            raise CacheReplayClosureError(cache_type, func)
        new = dg._block(payload) if is_block else dg._enqueue(payload)
        placed[path] = new.path
        if is_block:
            blocks[path] = new


def warn_about_widgets(rec: Recording | None) -> None:
    """Inside the recording: see Note [Widgets in cached functions]."""
    if rec is None or not rec.widget_seen:
        return
    import os
    import traceback

    from wasmlit.caching.errors import CACHED_WIDGET_WARNING
    from wasmlit.elements.tree import active_dg

    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    frames = [f for f in traceback.extract_stack()
              if not os.path.abspath(f.filename).startswith(package)]
    stack = [line.rstrip("\n") for line in traceback.format_list(frames)]
    active_dg()._enqueue(
        protocol.ExceptionElement("CachedWidgetWarning", CACHED_WIDGET_WARNING, stack, True)
    )
