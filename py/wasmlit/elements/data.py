"""Data elements: st.dataframe, st.data_editor, st.table, st.metric, add_rows.

The data travels as Arrow IPC bytes (Note [Bulk bytes] in protocol.py); the
conversions live in wasmlit/dataframe/ and import pandas and pyarrow only when
one of these runs (Note [Lazy pandas]).
"""

from __future__ import annotations

import hashlib
import numbers
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from wasmlit import protocol
from wasmlit.dataframe import columns as _columns
from wasmlit.dataframe import convert, editing
from wasmlit.dataframe import styler as _styler
from wasmlit.dataframe.selection import DataframeState, register_selection, selection_state
from wasmlit.elements.form import check_callback_rules, shown_value
from wasmlit.elements.inputs import _key, _meta, _set_by_state, _widget_id
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import ScriptRunContext, get_script_run_ctx
from wasmlit.state.widgets import WidgetCallback, register_widget

_SELECTION_MODES = ("single-row", "multi-row", "single-column", "multi-column")


def _size(name: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise StreamlitAPIException(f"Invalid {name} value: {value!r}. It must be a positive int.")
    return value


class _Rows:
    """What `.add_rows()` extends on a dataframe or table (Note [add_rows] in
    elements/tree.py): the data shown, and how to draw it again."""

    def __init__(self, df: Any, rebuild: Any) -> None:
        self.df = df
        self.rebuild = rebuild

    def add_rows(self, dg: DeltaGenerator, data: Any) -> None:
        new_rows, _fmt = convert.to_pandas(data)
        if len(new_rows.columns) != len(self.df.columns) and not self.df.empty:
            raise StreamlitAPIException(
                "Dataframes have incompatible shapes: the new data has "
                f"{len(new_rows.columns)} columns, the shown data {len(self.df.columns)}."
            )
        self.df = convert.pd().concat([self.df, new_rows])
        dg._enqueue(self.rebuild(self.df))


def _remember(dg: DeltaGenerator, shown: DeltaGenerator, df: Any, rebuild: Any) -> None:
    """Keep what `shown` draws, for add_rows on it later in this run."""
    ctx = get_script_run_ctx()
    if ctx is not None:
        _sources(ctx)[shown.path] = _Rows(df, rebuild)


def _sources(ctx: ScriptRunContext) -> dict[Any, Any]:
    """The run's row sources: the context's own when it has them (elements/tree.py's
    add_rows reads them), else a private table for this module's add_rows command."""
    store: dict[Any, Any] | None = getattr(ctx, "row_sources", None)
    if store is None:
        store = getattr(ctx, "_wasmlit_data", None)
    if store is None:
        store = {}
        setattr(ctx, "_wasmlit_data", store)  # per run: add_rows needs the data shown earlier
    return store


def _selection_modes(selection_mode: str | Iterable[str]) -> list[str]:
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for mode in modes:
        if mode not in _SELECTION_MODES:
            raise StreamlitAPIException(f"Invalid selection mode: {mode}.")
    if "single-row" in modes and "multi-row" in modes:
        raise StreamlitAPIException(
            "Only one of `single-row` or `multi-row` can be selected as selection mode."
        )
    if "single-column" in modes and "multi-column" in modes:
        raise StreamlitAPIException(
            "Only one of `single-column` or `multi-column` can be selected as selection mode."
        )
    return modes


@command
def dataframe(
    dg: DeltaGenerator, data: Any = None, width: int | None = None, height: int | None = None,
    *, use_container_width: bool = False, hide_index: bool | None = None,
    column_order: Iterable[str] | None = None, column_config: Mapping[Any, Any] | None = None,
    key: Any = None, on_select: Any = "ignore", selection_mode: str | Iterable[str] = "multi-row",
) -> Any:
    """st.dataframe: an interactive grid (CHECKLIST DF-01..09)."""
    if on_select not in ("ignore", "rerun") and not callable(on_select):
        raise StreamlitAPIException(
            f"You have passed {on_select} to `on_select`. But only 'ignore', 'rerun', or a "
            "callable is supported."
        )
    w, h = _size("width", width), _size("height", height)
    df, fmt = convert.to_pandas(data)
    table = convert.to_arrow(df)
    cols = _columns.build(table, column_config=column_config, hide_index=hide_index,
                          column_order=column_order, disabled=True, index_names=df.index.names)
    if fmt is convert.DataFormat.PANDAS_STYLER:
        table = _styler.add_styler(table, data)  # Note [Styler in the grid]
    payload = convert.ipc_bytes(table)
    modes: list[str] = []
    selection_id: str | None = None
    state: DataframeState | None = None
    if on_select != "ignore":
        modes = _selection_modes(selection_mode)
        selection_id, state = register_selection(
            dg, "dataframe", key, on_select, selection_state, data=_digest(payload), modes=modes,
            column_order=cols and [c.name for c in cols])
    shown = dg._enqueue(protocol.DataFrameElement(
        payload, cols, w, h, bool(use_container_width), modes, selection_id))
    _remember(dg, shown, df, lambda new_df: _dataframe_element(new_df, cols, w, h,
                                                               use_container_width, modes,
                                                               selection_id))
    return state if state is not None else shown


def _dataframe_element(df: Any, cols: list[protocol.DataColumn], w: int | None, h: int | None,
                       full: bool, modes: list[str], selection_id: str | None) -> Any:
    table = convert.to_arrow(df)
    return protocol.DataFrameElement(convert.ipc_bytes(table), cols, w, h, bool(full), modes,
                                     selection_id)


def _digest(data: Any) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@command
def table(dg: DeltaGenerator, data: Any = None) -> DeltaGenerator:
    """st.table: every row at once, no interaction."""
    df, fmt = convert.to_pandas(data)
    arrow = convert.to_arrow(df)
    cols = _columns.build(arrow, disabled=True, index_names=df.index.names)
    if fmt is convert.DataFormat.PANDAS_STYLER:
        arrow = _styler.add_styler(arrow, data)  # Note [Styler in the grid]
    shown = dg._enqueue(protocol.Table(convert.ipc_bytes(arrow), cols))
    _remember(dg, shown, df, lambda new_df: protocol.Table(
        convert.ipc_bytes(convert.to_arrow(new_df)), cols))
    return shown


@command
def add_rows(dg: DeltaGenerator, data: Any = None, **kwargs: Any) -> DeltaGenerator | None:
    """`element.add_rows(data)` where DeltaGenerator has no such method of its own."""
    ctx = get_script_run_ctx()
    if ctx is None:
        return dg
    source = _sources(ctx).get(dg.path) if dg.locked else None
    if source is None:
        raise StreamlitAPIException("Only existing elements can `add_rows`.")
    if data is None and len(kwargs) == 1:
        data = next(iter(kwargs.values()))
    source.add_rows(dg, data)
    return dg


# ------------------------------------------------------------- data_editor


@command
def data_editor(
    dg: DeltaGenerator, data: Any, *, width: int | None = None, height: int | None = None,
    use_container_width: bool = False, hide_index: bool | None = None,
    column_order: Iterable[str] | None = None, column_config: Mapping[Any, Any] | None = None,
    num_rows: str = "fixed", disabled: bool | Iterable[str] = False, key: Any = None,
    on_change: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
) -> Any:
    """st.data_editor: the grid, editable; returns the edited data in the type of
    `data` (DF-10, DF-11); the editing state is in session state under `key` (DF-16)."""
    if num_rows not in ("fixed", "dynamic"):
        raise StreamlitAPIException(
            f"Invalid num_rows value: {num_rows}. Must be one of 'fixed' or 'dynamic'."
        )
    user_key = _key(key)
    check_callback_rules(dg, on_change)
    _set_by_state(user_key, writes_allowed=False)
    w, h = _size("width", width), _size("height", height)
    df, fmt = convert.to_pandas(data)
    editing.check_index(df)
    if fmt is convert.DataFormat.PANDAS_STYLER:
        df = df.copy()
    arrow = convert.to_arrow(df)
    cols = _columns.build(arrow, column_config=column_config, hide_index=hide_index,
                          column_order=column_order, disabled=disabled, editable=True,
                          index_editable=editing.index_editable(df), index_names=df.index.names)
    if fmt is convert.DataFormat.PANDAS_STYLER:
        arrow = _styler.add_styler(arrow, data)  # Note [Styler in the grid]
    payload = convert.ipc_bytes(arrow)
    wid = _widget_id(dg, "data_editor", user_key, data=_digest(payload), width=w, height=h,
                     use_container_width=use_container_width, num_rows=num_rows,
                     columns=[(c.name, c.type, c.label, c.disabled, c.hidden) for c in cols])
    meta = _meta(wid, "data_editor", editing.parse_state, editing.dump_state, on_change,
                 args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    state: editing.EditingState = result.value
    dg._enqueue(protocol.DataEditor(
        wid, payload, cols, w, h, bool(use_container_width), num_rows,  # type: ignore[arg-type]  # checked above
        disabled is True, editing.dump_state(shown), set_value,
    ))
    edited = editing.apply(df, state)
    if fmt is convert.DataFormat.PANDAS_DATAFRAME or fmt is convert.DataFormat.EMPTY:
        edited.columns = [str(c) for c in edited.columns]  # DF-39: names are strings
    return convert.from_pandas(edited, fmt)


# ------------------------------------------------------------------ metric


def _metric_text(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (numbers.Number, Decimal)) and not isinstance(value, complex):
        return str(value)
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        return str(value.item())
    raise StreamlitAPIException(
        f"'{value}' is of type {type(value)}, which is not an accepted type. {what} only "
        "accepts: int, float, str, or None. Please convert the value to an accepted type."
    )


@command
def metric(
    dg: DeltaGenerator, label: str, value: Any, delta: Any = None, delta_color: str = "normal",
    help: str | None = None, label_visibility: str = "visible", border: bool = False,
) -> DeltaGenerator:
    """st.metric: a big number with an optional delta (an arrow, green or red)."""
    if delta_color not in ("normal", "inverse", "off"):
        raise StreamlitAPIException(
            f"'{delta_color}' is not an accepted value. delta_color only accepts: "
            "'normal', 'inverse', or 'off'"
        )
    if label_visibility not in ("visible", "hidden", "collapsed"):
        raise StreamlitAPIException(
            f"Unsupported label_visibility option '{label_visibility}'. Valid values are "
            "'visible', 'hidden' or 'collapsed'."
        )
    vis: Any = label_visibility
    shown = _metric_text(value, "value")
    delta_text = _metric_text(delta, "delta")
    return dg._enqueue(protocol.Metric(
        str(label), "—" if shown is None or shown == "" else shown,
        None if delta_text == "" else delta_text, delta_color,  # type: ignore[arg-type]  # checked above
        help, vis, bool(border),
    ))
