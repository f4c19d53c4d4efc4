"""The columns a grid shows: Arrow types, column_config, hide_index,
column_order and disabled, merged into protocol.DataColumn values."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from wasmlit import protocol
from wasmlit.dataframe.convert import INDEX_PREFIX
from wasmlit.errors import StreamlitAPIException

INDEX_KEY = "_index"  # Streamlit's column_config key for the index


def _inferred(arrow_type: Any) -> tuple[protocol.DataColumnType, dict[str, Any], str | None]:
    """The column type, its options and its timezone, from an Arrow type."""
    t = str(arrow_type)
    if t.startswith("dictionary"):
        return "selectbox", {}, None
    if t == "bool":
        return "checkbox", {}, None
    if t.startswith(("int", "uint")):
        return "number", {"is_int": True, "step": 1}, None
    if t.startswith(("float", "double", "halffloat", "decimal")):
        return "number", {"is_int": False}, None
    if t.startswith("timestamp"):
        return "datetime", {}, getattr(arrow_type, "tz", None)
    if t.startswith("date"):
        return "date", {}, None
    if t.startswith("time"):
        return "time", {}, None
    if t.startswith(("list", "large_list", "fixed_size_list")):
        return "list", {}, None
    if t in ("string", "large_string", "null"):
        return "text", {}, None
    return "object", {}, None


def _normalize(column_config: Mapping[Any, Any] | None) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for key, value in (column_config or {}).items():
        if value is None:
            out[str(key)] = {"hidden": True}
        elif isinstance(value, str):
            out[str(key)] = {"label": value}
        elif isinstance(value, Mapping):
            out[str(key)] = dict(value)
        else:
            raise StreamlitAPIException(
                f"Invalid column config for column {key!r}: {value!r}. It must be a "
                "column config from st.column_config, a string (the label) or None (hidden)."
            )
    return out


def build(
    table: Any, *, column_config: Mapping[Any, Any] | None = None, hide_index: bool | None = None,
    column_order: Iterable[str] | None = None, disabled: bool | Iterable[str] = False,
    editable: bool = False, index_editable: bool = False, index_names: Sequence[Any] = (),
) -> list[protocol.DataColumn]:
    """The DataColumns of an Arrow `table` made by convert.to_arrow, in display
    order (index columns first unless hidden, then `column_order` or the data's).
    `index_editable`: the editor may edit the index (editing.index_editable).
    `index_names`: the frame's `index.names`; a named index level is headed by its
    name, as in Streamlit (the Arrow field is `__index_level_N__` either way)."""
    configs = _normalize(column_config)
    order = None if column_order is None else [str(c) for c in column_order]
    disabled_names = set() if isinstance(disabled, bool) else {str(c) for c in disabled}
    all_disabled = disabled is True
    index_fields = [f for f in table.schema if f.name.startswith(INDEX_PREFIX)]
    data_fields = [f for f in table.schema
                   if not f.name.startswith(INDEX_PREFIX) and not f.name.startswith("__wl_")]
    if order is not None:
        by_name = {f.name: f for f in data_fields}
        shown = [by_name[n] for n in order if n in by_name]
        hidden = [f for f in data_fields if f.name not in order]
    else:
        shown, hidden = data_fields, []
    result: list[protocol.DataColumn] = []
    for field, is_index, is_hidden in (
        *((f, True, False) for f in index_fields),
        *((f, False, False) for f in shown),
        *((f, False, True) for f in hidden),
    ):
        kind, options, tz = _inferred(field.type)
        key = INDEX_KEY if is_index else field.name
        config = configs.get(key, {})
        if is_index and INDEX_KEY not in configs and len(index_fields) == 1:
            config = configs.get(field.name, {})
        type_config = dict(config.get("type_config") or {})
        declared = type_config.pop("type", None)
        if declared is not None:
            kind = declared
            if declared != "number":
                options = {}
        if kind == "selectbox" and "options" not in type_config:
            options = {"options": _categories(table, field.name)}
        options.update({k: v for k, v in type_config.items() if v is not None})
        if kind == "datetime" and options.get("timezone"):
            tz = str(options["timezone"])
        width = config.get("width")
        label = config.get("label")
        if label is None and is_index:
            level = index_fields.index(field)
            named = index_names[level] if level < len(index_names) else None
            label = "" if named is None else str(named)
        elif label is None:
            label = field.name
        hide = bool(config.get("hidden", False)) or is_hidden
        if is_index and hide_index:
            hide = True
        read_only = (all_disabled or field.name in disabled_names or bool(config.get("disabled"))
                     or kind in ("list", "image", "line_chart", "bar_chart", "area_chart",
                                 "progress", "json", "object"))
        if is_index and editable and not index_editable:
            read_only = True  # DF-42: RangeIndex, CategoricalIndex and MultiIndex
        result.append(protocol.DataColumn(
            name=field.name, label=str(label), type=kind, is_index=is_index, hidden=hide,
            width=None if width is None else str(width), help=config.get("help"),
            # A non-range index needs a value in every row, as in Streamlit (DF-42).
            disabled=read_only,
            required=bool(config.get("required", is_index and index_editable)),
            pinned=bool(config.get("pinned", is_index)), format=options.pop("format", None),
            timezone=tz, type_options=json.dumps(options, default=str),
            default=config.get("default"),
        ))
    return result


def _categories(table: Any, name: str) -> list[Any]:
    """The categories of a dictionary-encoded (pandas categorical) column."""
    column = table.column(name)
    if column.num_chunks == 0:
        return []
    return list(column.chunk(0).dictionary.to_pylist())
