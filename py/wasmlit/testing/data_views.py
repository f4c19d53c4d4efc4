"""AppTest views of data elements: at.dataframe, at.table (`.value` a pandas
DataFrame, CHECKLIST DF-45) and at.metric."""

from __future__ import annotations

from typing import Any

from wasmlit.dataframe.convert import INDEX_PREFIX, pa


def arrow_to_pandas(data: Any) -> Any:
    """The DataFrame an element's Arrow IPC bytes hold, its index restored."""
    table = pa().ipc.open_stream(bytes(data)).read_all()
    df = table.to_pandas()
    index_cols = [c for c in df.columns if str(c).startswith(INDEX_PREFIX)]
    if index_cols:
        df = df.set_index(index_cols)
        df.index.names = [None] * len(index_cols)
    return df


def _element_base() -> Any:
    from wasmlit.testing.elements import Element

    return Element


class Dataframe(_element_base()):  # type: ignore[misc]  # a base class found at import time
    """`at.dataframe[i]` and `at.table[i]`: `.value` is the shown DataFrame."""

    @property
    def value(self) -> Any:
        return arrow_to_pandas(self.proto.data)

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
