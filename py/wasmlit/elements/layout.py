"""Layout: container, columns, expander, status, empty."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from wasmlit import protocol
from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx


@command
def container(dg: DeltaGenerator, *, border: bool | None = None, height: int | None = None,
              key: str | None = None) -> DeltaGenerator:
    return dg._block(protocol.Vertical(bool(border) or height is not None and border is None, height))


def _weights(spec: Any) -> list[float]:
    weights: Any = [1] * spec if isinstance(spec, int) and not isinstance(spec, bool) else spec
    try:
        ok = len(weights) > 0 and all(
            isinstance(w, (int, float)) and not isinstance(w, bool) and w > 0 for w in weights
        )
    except TypeError:
        ok = False
    if not ok:
        raise StreamlitAPIException(
            "The `spec` argument to `st.columns` must be either a positive integer (number of "
            "columns) or a list of positive numbers (width ratios of the columns). See "
            "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) "
            "for more information."
        )
    return [float(w) for w in weights]


_GAPS = ("small", "medium", "large")
_ALIGN = ("top", "center", "bottom")


def _check_column_nesting(dg: DeltaGenerator) -> None:
    """Streamlit's rule: columns may sit in columns one level deep, and never in the sidebar."""
    ctx = get_script_run_ctx()
    if ctx is None:
        return
    depth = sum(1 for n in range(2, len(dg.path) + 1) if dg.path[:n] in ctx.column_paths)
    if dg.root == "sidebar" and depth > 0:
        raise StreamlitAPIException(
            "Columns cannot be placed inside other columns in the sidebar. This is only possible "
            "in the main area of the app."
        )
    if depth > 1:
        raise StreamlitAPIException(
            "Columns can only be placed inside other columns up to one level of nesting."
        )


@command
def columns(dg: DeltaGenerator, spec: int | Sequence[float], *, gap: str | None = "small",
            vertical_alignment: str = "top", border: bool = False) -> list[DeltaGenerator]:
    """Side-by-side containers: `spec` is a count or relative widths (Streamlit's errors and
    nesting rules)."""
    weights = _weights(spec)
    gap_value = gap or "small"
    if gap_value not in _GAPS:
        raise StreamlitAPIException(
            'The `gap` argument to `st.columns` must be `"small"`, `"medium"`, or `"large"`. \n'
            f"The argument passed was {gap}."
        )
    if vertical_alignment not in _ALIGN:
        raise StreamlitAPIException(
            'The `vertical_alignment` argument to `st.columns` must be `"top"`, `"center"`, or '
            f'`"bottom"`. \nThe argument passed was {vertical_alignment}.'
        )
    _check_column_nesting(dg)
    row = dg._block(protocol.Horizontal(gap_value, vertical_alignment))  # type: ignore[arg-type]  # checked above
    total = sum(weights)
    cols = [row._block(protocol.Column(w / total, bool(border))) for w in weights]
    ctx = get_script_run_ctx()
    if ctx is not None:
        ctx.column_paths.update(c.path for c in cols)
    return cols


@command
def expander(dg: DeltaGenerator, label: str, expanded: bool = False, *,
             icon: str | None = None) -> DeltaGenerator:
    if label is None:
        raise StreamlitAPIException("A label is required for an expander")
    return dg._block(protocol.Expander(str(label), bool(expanded), validate_icon_or_emoji(icon)))


@command
def empty(dg: DeltaGenerator) -> DeltaGenerator:
    return dg._enqueue(protocol.Empty())


_STATES = ("running", "complete", "error")


def _check_state(state: str) -> None:
    if state not in _STATES:
        raise StreamlitAPIException(
            f"Unknown state ({state}). Must be one of 'running', 'complete', or 'error'."
        )


class StatusContainer(DeltaGenerator):
    """What st.status returns: a container with `update()`; as a `with` block, it
    ends "complete" (or "error" if the block raised) unless its state was set."""

    __slots__ = ("_label", "_expanded", "_state")

    def __init__(self, path: tuple[int, ...], label: str, expanded: bool, state: str) -> None:
        super().__init__(path)
        self._label, self._expanded, self._state = label, expanded, state

    def update(self, *, label: str | None = None, expanded: bool | None = None,
               state: str | None = None) -> None:
        if state is not None:
            _check_state(state)
            self._state = state
        if label is not None:
            self._label = str(label)
        if expanded is not None:
            self._expanded = bool(expanded)
        ctx = get_script_run_ctx()
        if ctx is None:
            return
        block = protocol.Status(self._label, self._expanded, self._state)  # type: ignore[arg-type]  # checked
        ctx.send(protocol.BlockDelta(ctx.run_id, list(self.path), block, update=True))

    def __exit__(self, *exc: object) -> Literal[False]:
        if self._state == "running":
            self.update(state="error" if exc and exc[0] is not None else "complete")
        return super().__exit__(*exc)


@command
def status(dg: DeltaGenerator, label: str, *, expanded: bool = False,
           state: str = "running") -> StatusContainer:
    _check_state(state)
    block = dg._block(protocol.Status(str(label), bool(expanded), state))  # type: ignore[arg-type]  # checked
    return StatusContainer(block.path, str(label), bool(expanded), state)


@command
def tabs(dg: DeltaGenerator, tabs: Sequence[str]) -> list[DeltaGenerator]:
    """Containers shown one at a time, chosen by a row of tab labels (all run every time)."""
    labels = list(tabs)
    if not labels:
        raise StreamlitAPIException("The input argument to st.tabs must contain at least one tab label.")
    if any(not isinstance(label, str) for label in labels):
        raise StreamlitAPIException("The tabs input list to st.tabs is only allowed to contain strings.")
    container = dg._block(protocol.TabContainer())
    return [container._block(protocol.Tab(label)) for label in labels]


@command
def popover(dg: DeltaGenerator, label: str, *, help: str | None = None, icon: str | None = None,
            disabled: bool = False, use_container_width: bool = False) -> DeltaGenerator:
    """A button that opens a container floating over the page; what is written into it runs
    on every rerun like any container."""
    icon = validate_icon_or_emoji(icon)
    text = f"{icon} {label}" if icon else str(label)
    return dg._block(protocol.Popover(text, help, bool(disabled), bool(use_container_width)))


_CHAT_AVATARS = {"user": "🧑", "human": "🧑", "assistant": "🤖", "ai": "🤖"}


@command
def chat_message(dg: DeltaGenerator, name: str, *, avatar: Any = None) -> DeltaGenerator:
    """A chat bubble: "user"/"human" and "assistant"/"ai" get their default avatars."""
    if name is None:
        raise StreamlitAPIException(
            "The author name is required for a chat message, please set it via the parameter `name`."
        )
    is_image = isinstance(avatar, str) and avatar.startswith(("http://", "https://", "data:image/"))
    if avatar is None:
        shown = _CHAT_AVATARS.get(str(name).lower(), str(name)[:1].upper() or "?")
    elif isinstance(avatar, str):
        shown = avatar
    else:
        raise StreamlitAPIException(
            f"Failed to load the provided avatar value as an image ({type(avatar).__name__}); "
            "images as avatars come with st.image (issue #6): pass an emoji or an image URL."
        )
    return dg._block(protocol.ChatMessage(str(name), shown, is_image))
