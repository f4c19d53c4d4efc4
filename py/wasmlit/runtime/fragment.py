"""st.fragment: functions that rerun on their own (CHECKLIST FRAG).

Note [Fragment runs]
~~~~~~~~~~~~~~~~~~~~
Calling a fragment function draws its body in a container of its own (as
Streamlit's `st.container()`) at the slot where it is called, runs it, and
keeps a closure that can run it again: the fragment's id, the body's path,
the `with` stack around the call and the arguments (those of the latest full
run). The page learns the body's path from a FragmentBody message, so a
widget below it, or a `run_every` timer, asks for a rerun of that fragment
only (`Rerun.fragment_id`).

A fragment run executes nothing but the kept closures of the fragments asked
for (FRAG-02). Each redraws its body in place: the body's cursor starts from 0
and the page prunes, at the end of the run, only below the bodies of the
run's fragments, which are also the only nodes it dims (FRAG-09). Every other
container keeps the cursor where the previous run left it, so what a fragment
writes into a container made outside it accumulates until the next full run
(FRAG-10), while an outside `st.empty()` is a locked path and is replaced
(FRAG-12). Widgets outside the run's fragments keep their state (clean-up
only drops the run's fragments' own widgets that did not render).

A full run reruns every fragment it calls (FRAG-03) and then forgets the
fragments it did not call. An exception in a fragment is drawn inside its body
and the rest of the script goes on, in a full run as in a fragment run; so
does the script after `st.stop()` in a fragment called by it. The
id hashes the function's qualified name with the body's path, so it is
stable across runs while the layout is.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar, overload

from wasmlit import protocol
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import Path, ScriptRunContext, get_script_run_ctx
from wasmlit.runtime.control import ScriptControlException, StopException
from wasmlit.runtime.requests import RerunData

if TYPE_CHECKING:
    from wasmlit.elements.tree import DeltaGenerator

F = TypeVar("F", bound=Callable[..., Any])

_SIDEBAR = protocol.ROOTS.index("sidebar")

SIDEBAR_ERROR = (
    "Calling `st.sidebar` in a function wrapped with `st.fragment` is not supported. "
    "To write elements to the sidebar with a fragment, call your fragment function inside "
    "a `with st.sidebar` context manager."
)
WIDGET_OUTSIDE_ERROR = "Fragments cannot write widgets to outside containers."
SCOPE_ERROR = (
    'scope="fragment" can only be specified from `@st.fragment`-decorated '
    "functions during fragment reruns."
)


@dataclass
class FragmentEntry:
    fragment_id: str
    path: Path  # the body container
    stack: list[DeltaGenerator]  # the `with` stack around the call
    run_every: float | None
    call: Callable[[], Any]


@dataclass
class FragmentStorage:
    """A session's fragments, and where its last run left every cursor."""

    entries: dict[str, FragmentEntry] = field(default_factory=dict)
    cursors: dict[Path, int] = field(default_factory=dict)

    def forget_all_but(self, keep: set[str]) -> None:
        self.entries = {k: v for k, v in self.entries.items() if k in keep}


def run_every_seconds(run_every: int | float | timedelta | str | None) -> float | None:
    """Seconds between automatic reruns; None (or 0) for none (FRAG-14)."""
    from wasmlit.caching.timeparse import parse_duration

    if run_every is None:
        return None
    if isinstance(run_every, timedelta):
        seconds = run_every.total_seconds()
    elif isinstance(run_every, str):
        seconds = parse_duration(run_every)
    else:
        seconds = float(run_every)
    return seconds or None


def fragment_id(func: Callable[..., Any], body: Path) -> str:
    name = f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', '')}"
    h = hashlib.blake2b(f"{name}{list(body)}".encode(), digest_size=16)
    return h.hexdigest()


@overload
def fragment(func: F, *, run_every: int | float | timedelta | str | None = None) -> F: ...
@overload
def fragment(func: None = None, *,
             run_every: int | float | timedelta | str | None = None) -> Callable[[F], F]: ...


def fragment(func: F | None = None, *,
             run_every: int | float | timedelta | str | None = None) -> F | Callable[[F], F]:
    """Turn a function into a fragment that can rerun on its own (FRAG-01).

    `@st.fragment` and `@st.fragment()` both work. In the browser, `run_every`
    reruns the fragment from a timer in the page, as Streamlit's frontend does.
    """
    if func is None:
        def decorate(f: F) -> F:
            return fragment(f, run_every=run_every)

        return decorate
    target = func

    @functools.wraps(target)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        ctx = get_script_run_ctx()
        if ctx is None:
            return None  # as Streamlit: outside a run, a fragment does nothing
        return _declare(ctx, target, functools.partial(target, *args, **kwargs), run_every)

    return wrap


def experimental_fragment(func: F | None = None, *,
                          run_every: int | float | timedelta | str | None = None) -> Any:
    """The deprecated name of st.fragment (Streamlit 1.41 still has it, with a warning)."""
    ctx = get_script_run_ctx()
    if ctx is not None:
        from wasmlit.elements.status import warning
        from wasmlit.elements.tree import active_dg

        warning(active_dg(), "Please replace `st.experimental_fragment` with `st.fragment`.\n\n"
                "`st.experimental_fragment` will be removed after 2025-01-01.")
    return fragment(func, run_every=run_every)


def _declare(ctx: ScriptRunContext, func: Callable[..., Any], call: Callable[[], Any],
             run_every: int | float | timedelta | str | None) -> Any:
    from wasmlit.elements.tree import active_dg

    interval = run_every_seconds(run_every)
    stack = list(ctx.dg_stack)
    body = active_dg()._block(protocol.Vertical(False, None))
    entry = FragmentEntry(fragment_id(func, body.path), body.path, stack, interval, call)
    ctx.session.fragments.entries[entry.fragment_id] = entry
    ctx.new_fragment_ids.add(entry.fragment_id)
    try:
        return _run_body(ctx, entry)
    except StopException:
        # As in Streamlit, where a called fragment runs under the script's own
        # error handling: st.stop() ends the fragment, the script goes on.
        return None


def run_fragments(ctx: ScriptRunContext, ids: tuple[str, ...]) -> None:
    """A fragment run: the bodies of `ids`, each redrawn in place."""
    storage = ctx.session.fragments
    ctx.cursors = dict(storage.cursors)
    for fid in ids:
        entry = storage.entries.get(fid)
        if entry is None:
            continue  # a full run has forgotten it since (Streamlit skips it too)
        ctx.send(protocol.BlockDelta(ctx.run_id, list(entry.path), protocol.Vertical(False, None)))
        ctx.reset_cursor(entry.path)
        _run_body(ctx, entry)


def _run_body(ctx: ScriptRunContext, entry: FragmentEntry) -> Any:
    from wasmlit.elements.status import exception_element
    from wasmlit.elements.tree import DeltaGenerator

    ctx.send(protocol.FragmentBody(ctx.run_id, list(entry.path), entry.fragment_id,
                                   entry.run_every))
    body = DeltaGenerator(entry.path)
    saved = (ctx.fragment_id, ctx.fragment_path, list(ctx.dg_stack))
    ctx.fragment_id, ctx.fragment_path = entry.fragment_id, entry.path
    ctx.dg_stack[:] = [*entry.stack, body]
    try:
        return entry.call()
    except ScriptControlException:
        raise
    except Exception as e:  # drawn in the body; the rest of the script goes on
        ctx.dg_stack[:] = [*entry.stack, body]
        body._enqueue(exception_element(e, details=ctx.session.config.show_error_details))
        return None
    finally:
        ctx.fragment_id, ctx.fragment_path = saved[0], saved[1]
        ctx.dg_stack[:] = saved[2]


def check_write(ctx: ScriptRunContext, dg: DeltaGenerator, element: protocol.Element) -> None:
    """Streamlit's rules for what a fragment may write where (FRAG-11)."""
    if ctx.fragment_id is None:
        return
    path = dg.path
    if path[0] == _SIDEBAR and (len(path) == 1 or (dg.locked and len(path) == 2)):
        raise StreamlitAPIException(SIDEBAR_ERROR)
    body = ctx.fragment_path
    if body is not None and hasattr(element, "id") and tuple(path[: len(body)]) != body:
        raise StreamlitAPIException(WIDGET_OUTSIDE_ERROR)


def rerun_request(ctx: ScriptRunContext | None, scope: str) -> RerunData:
    """What st.rerun(scope=...) asks for (FRAG-13: "app" reruns the whole script)."""
    page = None  # the page running now (Note [Page addressing] in pages.py)
    if scope != "fragment":
        return RerunData(None, page)
    if ctx is None or not ctx.fragment_ids_this_run or ctx.fragment_id is None:
        raise StreamlitAPIException(SCOPE_ERROR)
    ids = ctx.fragment_ids_this_run
    queue = ids[ids.index(ctx.fragment_id):] if ctx.fragment_id in ids else (ctx.fragment_id,)
    return RerunData(None, page, queue, fragment_scoped=True)
