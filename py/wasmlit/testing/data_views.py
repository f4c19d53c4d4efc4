"""AppTest views of data elements: at.dataframe, at.table (`.value` a pandas
DataFrame, CHECKLIST DF-45) and at.metric."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from wasmlit.dataframe.convert import INDEX_PREFIX, pa
from wasmlit.dataframe.selection import selection_state


def arrow_to_pandas(data: Any) -> Any:
    """The DataFrame an element's Arrow IPC bytes hold, its index restored
    (without a Styler's display values and CSS: Note [Styler in the grid])."""
    table = pa().ipc.open_stream(bytes(data)).read_all()
    df = table.select([n for n in table.schema.names if not n.startswith("__wl_")]).to_pandas()
    index_cols = [c for c in df.columns if str(c).startswith(INDEX_PREFIX)]
    if index_cols:
        df = df.set_index(index_cols)
        df.index.names = [None] * len(index_cols)
    return df


def _element_base() -> Any:
    from wasmlit.testing.elements import Element

    return Element


class Dataframe(_element_base()):  # type: ignore[misc]  # a base class found at import time
    """`at.dataframe[i]` and `at.table[i]`: `.value` is the shown DataFrame.

    Selections (st.dataframe(on_select=...)): Streamlit's AppTest has no way to
    select in a dataframe; wasmlit adds `select_rows(rows)`,
    `select_columns(columns)` and `clear_selection()`, which set the selection
    (row positions in the original data, column names) for the next `run()`,
    as a click in the page would, and `.selection`, the current
    `{"rows": [...], "columns": [...]}`."""

    @property
    def value(self) -> Any:
        return arrow_to_pandas(self.proto.data)

    @property
    def caption(self) -> str | None:
        """A Styler's caption (wasmlit's addition; Note [Styler in the grid])."""
        meta = pa().ipc.open_stream(bytes(self.proto.data)).schema.metadata or {}
        raw = meta.get(b"wasmlit.caption")
        return None if raw is None else bytes(raw).decode()

    def _styler_columns(self, prefix: str) -> dict[str, list[str | None]]:
        table = pa().ipc.open_stream(bytes(self.proto.data)).read_all()
        return {n[len(prefix):]: table.column(n).to_pylist()
                for n in table.schema.names if n.startswith(prefix)}

    @property
    def display_values(self) -> dict[str, list[str | None]]:
        """A Styler's display values, column name -> the text of each row (wasmlit's addition)."""
        return self._styler_columns("__wl_display__")

    @property
    def cell_styles(self) -> dict[str, list[str | None]]:
        """A Styler's allowed per-cell CSS, column name -> each row's declarations."""
        return self._styler_columns("__wl_css__")

    @property
    def id(self) -> str | None:
        """The selection's widget id (None without `on_select`)."""
        return getattr(self.proto, "selection_id", None)

    @property
    def selection(self) -> Any:
        pending = getattr(self, "_selection", None)
        if pending is not None:
            return selection_state(pending).selection
        if self.id is None:
            return selection_state(None).selection
        try:
            return selection_state(self.root._widget_value(self.id)).selection
        except KeyError:
            return selection_state(None).selection

    def _select(self, rows: Iterable[int] | None, columns: Iterable[str] | None) -> Dataframe:
        if self.id is None:
            raise ValueError("This dataframe has no selection: call st.dataframe with on_select.")
        cur = self.selection
        self._selection = {"selection": {
            "rows": list(cur.rows if rows is None else [int(r) for r in rows]),
            "columns": list(cur.columns if columns is None else [str(c) for c in columns])}}
        self.root._pending[self.id] = self
        return self

    def select_rows(self, rows: Iterable[int]) -> Dataframe:
        return self._select(rows, None)

    def select_columns(self, columns: Iterable[str]) -> Dataframe:
        return self._select(None, columns)

    def clear_selection(self) -> Dataframe:
        return self._select([], [])

    def widget_state(self) -> Any:
        """What the page would send: the selection as JSON text."""
        from wasmlit import protocol

        sel = self.selection
        value = json.dumps({"selection": {"rows": list(sel.rows), "columns": list(sel.columns)}})
        return protocol.WidgetState(self.id or "", value, False)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Metric(_element_base()):  # type: ignore[misc]  # a base class found at import time
    """`at.metric[i]`: its label, value and delta as shown (text)."""

    @property
    def label(self) -> str:
        return str(self.proto.label)

    @property
    def value(self) -> str:
        return str(self.proto.value)

    @property
    def delta(self) -> str | None:
        return self.proto.delta  # type: ignore[no-any-return]  # protocol field

    @property
    def help(self) -> str | None:
        return self.proto.help  # type: ignore[no-any-return]  # protocol field


def _widget_base() -> Any:
    from wasmlit.testing.elements import Widget

    return Widget


class DataEditor(_widget_base()):  # type: ignore[misc]  # a base class found at import time
    """`at.get("data_editor")[i]`: not in Streamlit's AppTest (CHECKLIST DF-45);
    here `.value` is the editing state and `set_value(state)` edits as the page would."""

    @property
    def label(self) -> str:
        return ""

    @property
    def data(self) -> Any:
        return arrow_to_pandas(self.proto.data)


DATA_VIEWS: dict[str, Any] = {
    "dataframe": Dataframe, "table": Dataframe, "metric": Metric, "data_editor": DataEditor,
}
