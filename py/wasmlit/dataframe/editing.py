"""A data editor's editing state and how it changes the data (CHECKLIST DF-16..20).

Note [Editing state]
~~~~~~~~~~~~~~~~~~~~
The page sends the editor's state as JSON text: `edited_rows` maps a row
position (as a string: JSON keys are strings) to `{column: value}`,
`added_rows` is a list of `{column: value}`, `deleted_rows` a list of row
positions. Positions always refer to the original data (DF-20). In session
state the row positions of `edited_rows` are ints again, as in Streamlit. It
is applied in Streamlit's order: cell edits, then deletions, then additions.
The index column is named `_index` in a row dict.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from wasmlit.dataframe.convert import pd

INDEX_KEY = "_index"

EditingState = dict[str, Any]


def empty_state() -> EditingState:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def parse_state(raw: Any) -> EditingState:
    """The page's JSON text as Streamlit's dict; an empty state for anything else."""
    if isinstance(raw, dict):
        data: Any = raw
    elif isinstance(raw, str) and raw:
        try:
            data = json.loads(raw)
        except ValueError:
            return empty_state()
    else:
        return empty_state()
    if not isinstance(data, dict):
        return empty_state()
    edited: dict[int, dict[str, Any]] = {}
    for row, cells in (data.get("edited_rows") or {}).items():
        if isinstance(cells, dict):
            try:
                edited[int(row)] = dict(cells)
            except (TypeError, ValueError):
                continue
    added = [dict(r) for r in (data.get("added_rows") or []) if isinstance(r, dict)]
    deleted = sorted({int(r) for r in (data.get("deleted_rows") or []) if isinstance(r, int)})
    return {"edited_rows": edited, "added_rows": added, "deleted_rows": deleted}


def dump_state(state: EditingState) -> str:
    return json.dumps({
        "edited_rows": {str(k): v for k, v in state["edited_rows"].items()},
        "added_rows": state["added_rows"],
        "deleted_rows": state["deleted_rows"],
    }, default=str)


def _parse(value: Any, dtype: Any) -> Any:
    """A value from the page (JSON) as the column's dtype holds it."""
    if value is None:
        return None
    p = pd()
    kind = getattr(dtype, "kind", "O")
    try:
        if isinstance(dtype, p.DatetimeTZDtype):
            ts = p.Timestamp(value)
            return ts.tz_localize(dtype.tz) if ts.tzinfo is None else ts.tz_convert(dtype.tz)
        if kind == "M":
            ts = p.Timestamp(value)
            return ts.tz_localize(None) if ts.tzinfo is not None else ts
        if kind == "b":
            return bool(value)
        if kind in "iu":
            return int(value)
        if kind == "f":
            return float(value)
    except (TypeError, ValueError):
        return None
    return value


def _typed_object(value: Any, sample: Any) -> Any:
    """An edited value in an object column, typed like the column's other values
    (dates and times arrive as ISO strings)."""
    if isinstance(value, str):
        try:
            if isinstance(sample, dt.datetime):
                return dt.datetime.fromisoformat(value)
            if isinstance(sample, dt.date):
                return dt.date.fromisoformat(value[:10])
            if isinstance(sample, dt.time):
                return dt.time.fromisoformat(value)
        except ValueError:
            return value
    return value


def _cell(df: Any, column: str, value: Any) -> Any:
    series = df[column]
    if series.dtype == object:
        sample = next((v for v in series if v is not None), None)
        return _typed_object(value, sample)
    return _parse(value, series.dtype)


def check_index(df: Any) -> None:
    """Streamlit's error for an index type st.data_editor does not support
    (MultiIndex, IntervalIndex, PeriodIndex, TimedeltaIndex, ...)."""
    p = pd()
    if type(df.index) not in (p.RangeIndex, p.Index, p.DatetimeIndex, p.CategoricalIndex):
        from wasmlit.errors import StreamlitAPIException

        raise StreamlitAPIException(
            f"The type of the dataframe index - {type(df.index).__name__} - is not "
            "yet supported by the data editor."
        )


def index_editable(df: Any) -> bool:
    """Whether st.data_editor lets the index of `df` be edited (CHECKLIST DF-42):
    any single-level index the data holds, but not a RangeIndex (positions),
    a CategoricalIndex or a MultiIndex, as in Streamlit."""
    p = pd()
    return not isinstance(df.index, (p.RangeIndex, p.CategoricalIndex, p.MultiIndex))


def _edit_index(out: Any, edits: dict[int, Any]) -> Any:
    values = list(out.index)
    for row, value in edits.items():
        parsed = _parse(value, out.index.dtype)
        if out.index.dtype == object:
            sample = next((v for v in values if v is not None), None)
            parsed = _typed_object(value, sample)
        values[row] = parsed
    try:
        out.index = pd().Index(values, dtype=out.index.dtype, name=out.index.name)
    except (TypeError, ValueError):
        out.index = pd().Index(values, name=out.index.name)
    return out


def apply(df: Any, state: EditingState) -> Any:
    """A copy of `df` with the editing state applied (Note [Editing state])."""
    p = pd()
    out = df.copy()
    positions = {str(c): i for i, c in enumerate(out.columns)}
    index_edits = {row: cells[INDEX_KEY] for row, cells in state["edited_rows"].items()
                   if INDEX_KEY in cells and 0 <= row < len(out.index)}
    if index_edits and index_editable(out):
        out = _edit_index(out, index_edits)
    for row, cells in state["edited_rows"].items():
        if not 0 <= row < len(out.index):
            continue
        for name, value in cells.items():
            if name in positions:
                col = out.columns[positions[name]]
                parsed = _cell(out, col, value)
                try:
                    out.iat[row, positions[name]] = parsed
                except (TypeError, ValueError):
                    out[col] = out[col].astype(object)
                    out.iat[row, positions[name]] = parsed
    deleted = [r for r in state["deleted_rows"] if 0 <= r < len(out.index)]
    if deleted:
        out = out.drop(out.index[deleted])
    for added in state["added_rows"]:
        values = {c: _cell(out, c, added.get(str(c))) for c in out.columns}
        if INDEX_KEY in added:
            index_value: Any = added[INDEX_KEY]
        elif len(out.index) == 0:
            index_value = len(df.index)
        elif out.index.dtype.kind in "iu":
            index_value = int(out.index.max()) + 1
        else:
            index_value = None
        row = p.DataFrame([values], index=[index_value], columns=out.columns)
        for c in out.columns:
            if len(out.index) and row[c].dtype != out[c].dtype:
                try:
                    row[c] = row[c].astype(out[c].dtype)
                except (TypeError, ValueError):
                    pass
        out = row if len(out.index) == 0 and len(out.columns) == 0 else p.concat([out, row])
    return out
