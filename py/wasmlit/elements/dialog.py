"""@st.dialog: a modal whose body reruns on its own, as a fragment.

Note [Dialogs]
~~~~~~~~~~~~~~
Calling a dialog function draws a Dialog block in the event root (so it takes
no slot in the main area) and runs the function as a fragment inside it
(Note [Fragment runs] in runtime/fragment.py): a widget in the dialog reruns
only the dialog's body, and `st.rerun()` in it is a full rerun, which closes
the dialog because the full run does not call the function again (the block
is pruned like any node a run did not write). The page shows the block as an
open modal; the user's close (X, Escape, a click outside) only hides it on
the page, and sends nothing, as in Streamlit 1.41. A later run that calls the
function again sends the block again, which opens it again. Only one dialog
may be opened per run (Streamlit's product rule).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, overload

from wasmlit import protocol
from wasmlit.elements.tree import EVENT
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.runtime.fragment import _declare as declare_fragment

F = TypeVar("F", bound=Callable[..., Any])

TITLE_ERROR = (
    "A non-empty `title` argument has to be provided for dialogs, for example "
    '`@st.dialog("Example Title")`.'
)
ONE_DIALOG_ERROR = (
    "Only one dialog is allowed to be opened at the same time. Please make sure to not "
    "call a dialog-decorated function more than once in a script run."
)


def _dialog(func: F, title: str, width: str) -> F:
    if title is None or title == "":
        raise StreamlitAPIException(TITLE_ERROR)
    shown_width = "large" if width == "large" else "small"  # as Streamlit: anything else is small

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> None:
        ctx = get_script_run_ctx()
        if ctx is None:
            return None  # outside a run, as a fragment: nothing to draw
        if ctx.has_dialog_opened:
            raise StreamlitAPIException(ONE_DIALOG_ERROR)
        ctx.has_dialog_opened = True
        block = EVENT._block(protocol.Dialog(str(title), shown_width, True))  # type: ignore[arg-type]  # "small" or "large"
        with block:
            declare_fragment(ctx, func, functools.partial(func, *args, **kwargs), None)
        return None

    return wrap  # type: ignore[return-value]  # same signature, returns None


@overload
def dialog(title: str, *, width: str = "small") -> Callable[[F], F]: ...
@overload
def dialog(title: F, *, width: str = "small") -> F: ...


def dialog(title: Any = "", *, width: str = "small") -> Any:
    """Turn a function into a dialog function: calling it opens a modal with its
    output (`width`: "small" or "large"). Without parentheses (`@st.dialog`) there
    is no title, which is Streamlit's error."""
    if isinstance(title, str):
        def decorate(func: F) -> F:
            return _dialog(func, title, width)

        return decorate
    return _dialog(title, "", width)


def experimental_dialog(title: Any = "", *, width: str = "small") -> Any:
    """The deprecated name of st.dialog (Streamlit 1.41 still has it, with a warning)."""
    ctx = get_script_run_ctx()
    if ctx is not None:
        from wasmlit.elements.status import warning
        from wasmlit.elements.tree import active_dg

        warning(active_dg(), "Please replace `st.experimental_dialog` with `st.dialog`.\n\n"
                "`st.experimental_dialog` will be removed after 2025-01-01.")
    return dialog(title, width=width)
