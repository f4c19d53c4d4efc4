"""The `st` namespace. `import streamlit` resolves here (see alias.py).

Element commands come from the families' registry (Note [Command registry]
in elements/tree.py); each `st.<command>` acts on the active container.
"""

from __future__ import annotations

import functools
from typing import Any, NoReturn

from wasmlit.caching import cache_data, cache_resource  # noqa: F401  (st.cache_data, st.cache_resource)
from wasmlit.caching.legacy import cache  # noqa: F401  (the deprecated st.cache)
from wasmlit.elements import (  # noqa: F401  (registers commands)
    charts,
    chat,
    choices,
    data,
    form,
    inputs,
    layout,
    media,
    pickers,
    sliders,
    status,
    text,
    time_inputs,
    uploads,
    write,
)
from wasmlit.elements.dialog import dialog, experimental_dialog  # noqa: F401  (st.dialog)
from wasmlit.dataframe import column_config  # noqa: F401  (st.column_config)
from wasmlit.elements.echo import echo  # noqa: F401  (st.echo)
from wasmlit.elements.status import toast as _toast
from wasmlit.elements.tree import BOTTOM, COMMANDS, EVENT, MAIN, SIDEBAR, DeltaGenerator, active_dg
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.runtime.control import RerunException, StopException
from wasmlit import components  # noqa: F401  (st.components.v1)
from wasmlit.pages import (  # noqa: F401  (multipage: st.Page, st.navigation, ...; registers st.page_link)
    Page,
    experimental_get_query_params,
    experimental_set_query_params,
    navigation,
    query_params,
    switch_page,
)
from wasmlit.runtime.fragment import experimental_fragment, fragment  # noqa: F401  (st.fragment)
from wasmlit.runtime.fragment import rerun_request as _rerun_request
from wasmlit.elements.page_config import set_page_config  # noqa: F401  (st.set_page_config)
from wasmlit.connections import connection  # noqa: F401  (st.connection)
from wasmlit.secrets import Secrets
from wasmlit.state.session_state import SessionState, SessionStateProxy

__version__ = "1.41.0"  # the Streamlit API level we follow


def _on_active(fn: Any) -> Any:
    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        return fn(active_dg(), *args, **kwargs)

    return call


for _name, _fn in COMMANDS.items():
    globals()[_name] = _on_active(_fn)

sidebar: DeltaGenerator = SIDEBAR
# As in Streamlit, st.toast draws into the event container wherever it is called.
toast = functools.partial(_toast, EVENT)
_bottom: DeltaGenerator = BOTTOM
_main: DeltaGenerator = MAIN

_no_session_state = SessionState()


def _current_state() -> SessionState:
    ctx = get_script_run_ctx()
    return ctx.session.session_state if ctx is not None else _no_session_state


session_state = SessionStateProxy(_current_state)
secrets = Secrets()


def rerun(*, scope: str = "app") -> NoReturn:
    """Stop this run at once and start a new one (CHECKLIST EXE-13); with
    scope="fragment", rerun only the running fragment (Note [Fragment runs])."""
    if scope not in ("app", "fragment"):
        raise StreamlitAPIException(
            f"'{scope}'is not a valid rerun scope. Valid scopes are 'app' and 'fragment'."
        )
    raise RerunException(_rerun_request(get_script_run_ctx(), scope))


def stop() -> NoReturn:
    """End this run at once; what was drawn stays (CHECKLIST EXE-12)."""
    raise StopException()


def __getattr__(name: str) -> Any:
    raise AttributeError(
        f"module 'streamlit' has no attribute '{name}' (wasmlit does not support it yet)"
    )
