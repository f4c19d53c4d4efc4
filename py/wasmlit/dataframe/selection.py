"""st.dataframe's selection state (on_select="rerun"): Streamlit's
`{"selection": {"rows": [...], "columns": [...]}}`, with attribute access."""

from __future__ import annotations

import json
from typing import Any


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


def selection_state(raw: Any) -> DataframeState:
    """The page's selection (JSON text or a dict) as Streamlit's state object."""
    data: Any = raw
    if isinstance(raw, str) and raw:
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
    selection = data.get("selection") if isinstance(data, dict) else None
    if not isinstance(selection, dict):
        selection = {}
    rows = [int(r) for r in selection.get("rows", []) if isinstance(r, int)]
    cols = [str(c) for c in selection.get("columns", []) if isinstance(c, str)]
    return AttributeDictionary(
        selection=AttributeDictionary(rows=rows, columns=cols)
    )
