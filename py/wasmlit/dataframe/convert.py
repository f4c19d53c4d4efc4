"""What an app passes to a data element, as a pandas DataFrame and as Arrow IPC.

Note [Lazy pandas]
~~~~~~~~~~~~~~~~~~
pandas, numpy and pyarrow are imported inside the functions here, never at
module level: an app that shows no data must not pay for loading them in
Pyodide (the build adds them to the bundle only for apps that use data
elements or import them; see wasmlit/build/data_packages.py). They ship no type
stubs, so they are imported through importlib and typed Any. pyarrow is
imported only for column types arrow_ipc does not write itself (Note [Arrow IPC
without pyarrow] in arrow_ipc.py).

Note [Data formats]
~~~~~~~~~~~~~~~~~~~
st.data_editor returns the edited data in the type it was given (CHECKLIST
DF-11), so `to_pandas` also names the input's format, and `from_pandas` turns
an edited DataFrame back into it. The formats and their conversions follow
Streamlit's dataframe_util: a list of scalars becomes one column, a list of
dicts records, a dict of lists columns, a dict of scalars one column indexed by
its keys.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any, cast

from wasmlit.errors import StreamlitAPIException


def pd() -> Any:
    return importlib.import_module("pandas")


def np() -> Any:
    return importlib.import_module("numpy")


def pa() -> Any:
    return importlib.import_module("pyarrow")


class DataFormat(Enum):
    EMPTY = "empty"
    PANDAS_DATAFRAME = "pandas_dataframe"
    PANDAS_SERIES = "pandas_series"
    PANDAS_INDEX = "pandas_index"
    PANDAS_STYLER = "pandas_styler"
    NUMPY_LIST = "numpy_list"
    NUMPY_MATRIX = "numpy_matrix"
    PYARROW_TABLE = "pyarrow_table"
    LIST_OF_RECORDS = "list_of_records"
    LIST_OF_ROWS = "list_of_rows"
    LIST_OF_VALUES = "list_of_values"
    TUPLE_OF_VALUES = "tuple_of_values"
    SET_OF_VALUES = "set_of_values"
    COLUMN_INDEX_MAPPING = "column_index_mapping"
    COLUMN_VALUE_MAPPING = "column_value_mapping"
    COLUMN_SERIES_MAPPING = "column_series_mapping"
    KEY_VALUE_DICT = "key_value_dict"
    UNKNOWN = "unknown"


def _module(obj: Any) -> str:
    return type(obj).__module__.split(".", 1)[0]


def data_format(data: Any) -> DataFormat:
    """The format of `data` (Note [Data formats])."""
    if data is None:
        return DataFormat.EMPTY
    mod = _module(data)
    name = type(data).__name__
    if mod == "pandas":
        if name == "DataFrame":
            return DataFormat.PANDAS_DATAFRAME
        if name == "Series":
            return DataFormat.PANDAS_SERIES
        if name == "Styler":
            return DataFormat.PANDAS_STYLER
        if name.endswith("Index"):
            return DataFormat.PANDAS_INDEX
    if mod == "numpy" and name == "ndarray":
        return DataFormat.NUMPY_LIST if len(data.shape) == 1 else DataFormat.NUMPY_MATRIX
    if mod == "pyarrow" and name == "Table":
        return DataFormat.PYARROW_TABLE
    if isinstance(data, (list, tuple, set, frozenset)):
        if isinstance(data, tuple):
            fmt = DataFormat.TUPLE_OF_VALUES
        elif isinstance(data, (set, frozenset)):
            fmt = DataFormat.SET_OF_VALUES
        else:
            fmt = DataFormat.LIST_OF_VALUES
        if len(data) == 0:
            return fmt
        first = next(iter(data))
        if isinstance(first, Mapping):
            return DataFormat.LIST_OF_RECORDS
        if isinstance(first, (list, tuple, set, frozenset)):
            return DataFormat.LIST_OF_ROWS
        return fmt
    if isinstance(data, Mapping):
        if not data:
            return DataFormat.KEY_VALUE_DICT
        first = next(iter(data.values()))
        if isinstance(first, Mapping):
            return DataFormat.COLUMN_INDEX_MAPPING
        if isinstance(first, (list, tuple)):
            return DataFormat.COLUMN_VALUE_MAPPING
        if _module(first) == "pandas" and type(first).__name__ == "Series":
            return DataFormat.COLUMN_SERIES_MAPPING
        return DataFormat.KEY_VALUE_DICT
    if isinstance(data, Iterable) and not isinstance(data, (str, bytes)):
        return DataFormat.LIST_OF_VALUES
    return DataFormat.UNKNOWN


def to_pandas(data: Any) -> tuple[Any, DataFormat]:
    """`data` as a pandas DataFrame, and its format (Note [Data formats])."""
    fmt = data_format(data)
    p = pd()
    if fmt is DataFormat.EMPTY:
        return p.DataFrame(), fmt
    if fmt is DataFormat.PANDAS_DATAFRAME:
        return data, fmt
    if fmt is DataFormat.PANDAS_STYLER:
        return data.data, fmt
    if fmt is DataFormat.PANDAS_SERIES:
        return data.to_frame(), fmt
    if fmt is DataFormat.PANDAS_INDEX:
        return data.to_frame(index=False), fmt
    if fmt in (DataFormat.NUMPY_LIST, DataFormat.NUMPY_MATRIX):
        return p.DataFrame(data), fmt
    if fmt is DataFormat.PYARROW_TABLE:
        return data.to_pandas(), fmt
    if fmt is DataFormat.KEY_VALUE_DICT:
        return p.DataFrame.from_dict(dict(data), orient="index", columns=["value"]), fmt
    if fmt in (DataFormat.LIST_OF_VALUES, DataFormat.TUPLE_OF_VALUES, DataFormat.SET_OF_VALUES):
        return p.DataFrame({"value": list(data)}), fmt
    if fmt is DataFormat.COLUMN_INDEX_MAPPING:
        return p.DataFrame(dict(data)), fmt
    if fmt is DataFormat.UNKNOWN:
        try:
            return p.DataFrame(data), fmt
        except (ValueError, TypeError) as e:
            raise StreamlitAPIException(
                f"Unable to convert object of type `{type(data)}` to `pandas.DataFrame`. "
                "Offending object:\n```py\n" + repr(data)[:200] + "\n```"
            ) from e
    return p.DataFrame(list(data) if isinstance(data, (set, frozenset)) else data), fmt


def _unify_missing(df: Any) -> Any:
    return df.astype(object).where(df.notna(), None)


def from_pandas(df: Any, fmt: DataFormat) -> Any:
    """The edited DataFrame `df` in the app's original format (DF-11)."""
    if fmt in (DataFormat.EMPTY, DataFormat.PANDAS_DATAFRAME, DataFormat.PANDAS_STYLER,
               DataFormat.PANDAS_INDEX, DataFormat.UNKNOWN):
        return df
    if fmt is DataFormat.PANDAS_SERIES:
        return df[df.columns[0]]
    if fmt is DataFormat.NUMPY_LIST:
        return np().ndarray(0) if df.empty else df.iloc[:, 0].to_numpy()
    if fmt is DataFormat.NUMPY_MATRIX:
        return np().ndarray(0) if df.empty else df.to_numpy()
    if fmt is DataFormat.PYARROW_TABLE:
        return pa().Table.from_pandas(df)
    if fmt is DataFormat.LIST_OF_RECORDS:
        return _unify_missing(df).to_dict(orient="records")
    if fmt is DataFormat.LIST_OF_ROWS:
        return _unify_missing(df).to_numpy().tolist()
    if fmt is DataFormat.COLUMN_INDEX_MAPPING:
        return _unify_missing(df).to_dict(orient="dict")
    if fmt is DataFormat.COLUMN_VALUE_MAPPING:
        return _unify_missing(df).to_dict(orient="list")
    if fmt is DataFormat.COLUMN_SERIES_MAPPING:
        return df.to_dict(orient="series")
    if fmt is DataFormat.KEY_VALUE_DICT:
        return {} if df.empty else _unify_missing(df).iloc[:, 0].to_dict()
    values = [] if df.columns.empty else _unify_missing(df).iloc[:, 0].tolist()
    if fmt is DataFormat.TUPLE_OF_VALUES:
        return tuple(values)
    if fmt is DataFormat.SET_OF_VALUES:
        return set(values)
    return values


# ------------------------------------------------------------------ Arrow

INDEX_PREFIX = "__index_level_"


def _string_names(df: Any) -> Any:
    """A shallow copy of `df` with its column names made strings, as Streamlit
    does (pandas only: the fast path of Note [Arrow IPC without pyarrow])."""
    p = pd()
    out = df.copy(deep=False)
    if not all(isinstance(c, str) for c in out.columns):
        if isinstance(out.columns, p.MultiIndex):
            out.columns = [" ".join(str(x) for x in c) for c in out.columns]
        else:
            out.columns = [str(c) for c in out.columns]
    return out


def _fix_for_arrow(df: Any) -> Any:
    """`df` with object columns Arrow cannot type (mixed values) made strings,
    and column names made strings, as Streamlit does."""
    p = pd()
    out = _string_names(df)
    for i, name in enumerate(out.columns):
        col = out.iloc[:, i]
        if col.dtype == object:
            try:
                pa().array(col, from_pandas=True)
            except Exception:  # ArrowInvalid / ArrowTypeError / ...: mixed values
                out[name] = col.map(lambda v: None if v is None else str(v)).astype("string")
    if not isinstance(out.index, p.RangeIndex):
        idx = out.index
        if idx.dtype == object:
            try:
                pa().array(idx, from_pandas=True)
            except Exception:
                out.index = idx.map(str)
    return out


def to_arrow(df: Any) -> Any:
    """`df` as a table with its index as `__index_level_N__` columns first: an
    arrow_ipc.EncodedTable when the columns have common types (no pyarrow import,
    Note [Arrow IPC without pyarrow]), else a pyarrow Table."""
    from wasmlit.dataframe import arrow_ipc

    fast = arrow_ipc.encode_table(_string_names(df), lambda: _pyarrow_table(df))
    return fast if fast is not None else _pyarrow_table(df)


def _pyarrow_table(df: Any) -> Any:
    fixed = _fix_for_arrow(df)
    if any(name is not None for name in fixed.index.names):
        # A named index would become a data column named after it: keep it the index.
        fixed.index = fixed.index.set_names([None] * fixed.index.nlevels)
    table = pa().Table.from_pandas(fixed, preserve_index=True)
    names = table.schema.names
    index_cols = [n for n in names if n.startswith(INDEX_PREFIX)]
    if not index_cols and not fixed.empty and len(fixed.index) > 0:
        # A RangeIndex is stored as metadata: make it a real column.
        rng = pa().array(fixed.index.to_numpy())
        table = table.add_column(0, INDEX_PREFIX + "0__", rng)
    elif not index_cols:
        table = table.add_column(0, INDEX_PREFIX + "0__", pa().array([], type=pa().int64()))
    else:
        others = [n for n in names if not n.startswith(INDEX_PREFIX)]
        table = table.select([*index_cols, *others])
    return table.replace_schema_metadata(None)


def ipc_bytes(table: Any) -> bytes:
    """An Arrow IPC stream of `table`, as unsigned bytes (flechette rejects an
    Int8Array, which a plain memoryview of a pyarrow Buffer would become).
    A memoryview, not a copy: protocol `bytes` fields accept one (Note [Bulk bytes])."""
    from wasmlit.dataframe import arrow_ipc

    if isinstance(table, arrow_ipc.EncodedTable):
        return table.ipc
    sink = pa().BufferOutputStream()
    with pa().ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return cast(bytes, memoryview(sink.getvalue()).cast("B"))  # a Buffer; see docstring
