"""Selections as widgets (on_select="rerun" or a callable) of st.dataframe and
the charts (CHECKLIST DF-46): how one registers, and the page's value read
back. st.dataframe's state is Streamlit's
`{"selection": {"rows": [...], "columns": [...]}}`, with attribute access."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wasmlit.elements.tree import DeltaGenerator


class AttributeDictionary(dict[str, Any]):
    """A dict whose keys are also attributes, as Streamlit's selection states."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'") from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


DataframeState = AttributeDictionary


def selection_payload(raw: Any) -> dict[str, Any]:
    """The `selection` dict of the page's value (JSON text or a dict); {} when
    there is none or it is malformed."""
    data: Any = raw
    if isinstance(raw, str):
        try:
            data = json.loads(raw) if raw else None
        except ValueError:
            data = None
    selection = data.get("selection") if isinstance(data, dict) else None
    return selection if isinstance(selection, dict) else {}


def register_selection(
    dg: DeltaGenerator, kind: str, key: Any, on_select: Any,
    deserialize: Callable[[Any], Any], **identity: Any,
) -> tuple[str, Any]:
    """Register an element's selection as a widget: its id and the current state
    (kept in st.session_state[key] when keyed; writing there is an error)."""
    from wasmlit.elements.form import check_callback_rules
    from wasmlit.elements.inputs import _key, _meta, _set_by_state, _widget_id
    from wasmlit.state.widgets import register_widget

    user_key = _key(key)
    callback = on_select if callable(on_select) else None
    check_callback_rules(dg, callback)
    _set_by_state(user_key, writes_allowed=False)
    widget_id = _widget_id(dg, kind, user_key, **identity)
    meta = _meta(widget_id, kind, deserialize, lambda v: v, callback, None, None)
    return str(widget_id), register_widget(meta, user_key).value


def selection_state(raw: Any) -> DataframeState:
    """The page's selection (JSON text or a dict) as Streamlit's state object."""
    selection = selection_payload(raw)
    rows = [int(r) for r in selection.get("rows", []) if isinstance(r, int)]
    cols = [str(c) for c in selection.get("columns", []) if isinstance(c, str)]
    return AttributeDictionary(
        selection=AttributeDictionary(rows=rows, columns=cols)
    )
