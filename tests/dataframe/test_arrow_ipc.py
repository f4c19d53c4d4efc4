"""wasmlit.dataframe.arrow_ipc: the Arrow IPC stream written without pyarrow
(Note [Arrow IPC without pyarrow]) is the table convert.to_arrow makes with
pyarrow, for the column types a grid shows (CHECKLIST DF-01, DF-09, DF-24..36;
TZ-01: tz-aware datetimes keep their zone), and showing such a frame with
st.dataframe / st.table / st.data_editor never imports pyarrow."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import zoneinfo
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from wasmlit.dataframe import arrow_ipc, columns, convert

ROOT = Path(__file__).resolve().parents[2]


def _obj(values: list[Any]) -> pd.Series:
    """An object column, as pandas 2 (Pyodide) makes for strings."""
    return pd.Series(values, dtype=object)


FRAMES: dict[str, Any] = {
    "ints": lambda: pd.DataFrame({
        "i8": np.array([1, -2, 3], dtype=np.int8), "i16": np.array([1, 2, -3], dtype=np.int16),
        "i32": np.array([7, 8, 9], dtype=np.int32), "i64": [2**40, -1, 0],
        "u8": np.array([0, 255, 1], dtype=np.uint8), "u16": np.array([1, 2, 3], dtype=np.uint16),
        "u32": np.array([1, 2, 2**32 - 1], dtype=np.uint32),
        "u64": np.array([0, 1, 2**64 - 1], dtype=np.uint64),
    }),
    "floats_with_nan": lambda: pd.DataFrame({
        "f32": np.array([1.5, np.nan, -2], dtype=np.float32), "f64": [np.nan, 1e300, np.inf],
    }),
    "bools": lambda: pd.DataFrame({"b": [True, False, True, True, False, False, True, False, True]}),
    "nullable": lambda: pd.DataFrame({
        "I8": pd.array([1, None, 3], dtype="Int8"), "I64": pd.array([None, 2, 3], dtype="Int64"),
        "U32": pd.array([1, 2, None], dtype="UInt32"), "F32": pd.array([1.5, None, 2], dtype="Float32"),
        "F64": pd.array([None, 0.25, 3], dtype="Float64"),
        "B": pd.array([True, None, False], dtype="boolean"),
    }),
    "object_strings_pandas2": lambda: pd.DataFrame({
        "s": _obj(["a", None, "ünïcødé ✓ 🎈"]), "t": _obj(["x", np.nan, ""]),
        "all_missing": _obj([None, None, np.nan]), "na": _obj([pd.NA, "b", np.str_("c")]),
    }),
    "string_dtypes": lambda: pd.DataFrame({
        "py": pd.array(["a", None, "ç"], dtype="string[python]"),
        "pa": pd.array(["a", None, "日本"], dtype="string[pyarrow]"),
        "str": pd.Series(["x", None, "y"], dtype="str"),
        "str_py": pd.Series(["x", None, "y"], dtype=pd.StringDtype("python", na_value=np.nan)),
    }),
    "large_strings": lambda: pd.DataFrame({"s": _obj(["x" * 100_000, "é" * 50_000, None])}),
    "datetimes": lambda: pd.DataFrame({
        unit: pd.Series(pd.to_datetime(["2024-01-02 03:04:05", None, "1969-12-31 23:59:59"])).astype(
            f"datetime64[{unit}]") for unit in ("s", "ms", "us", "ns")
    }),
    "datetimes_tz_TZ_01": lambda: pd.DataFrame({
        "paris": pd.date_range("2024-03-30 12:00", periods=3, freq="D", tz="Europe/Paris"),
        "utc": pd.to_datetime(["2024-01-01", None, "2025-01-01"]).tz_localize("UTC"),
        "zoneinfo": pd.date_range("2024", periods=3, tz=zoneinfo.ZoneInfo("America/New_York")),
        "offset": pd.date_range("2024", periods=3, tz=dt.timezone(dt.timedelta(hours=-5, minutes=-30))),
        "tz_utc": pd.date_range("2024", periods=3, tz=dt.timezone.utc),
        "ns": pd.Series(pd.date_range("2024", periods=3, tz="Asia/Tokyo")).astype(
            "datetime64[ns, Asia/Tokyo]"),
    }),
    "timedeltas": lambda: pd.DataFrame({
        "us": pd.to_timedelta([1, None, 3], unit="s"),
        "ns": pd.to_timedelta([1, 2, None], unit="s").astype("timedelta64[ns]"),
    }),
    "categoricals": lambda: pd.DataFrame({
        "str": pd.Categorical(["b", None, "a"], categories=["a", "b", "c"]),
        "ordered": pd.Categorical(["lo", "hi", "lo"], categories=["lo", "hi"], ordered=True),
        "int": pd.Categorical([10, 20, None]),
        "object": pd.Categorical(np.array(["x", "y", "x"], dtype=object)),
    }),
    "many_categories": lambda: pd.DataFrame({"c": pd.Categorical([f"v{i}" for i in range(300)])}),
    "empty": lambda: pd.DataFrame(),
    "columns_no_rows": lambda: pd.DataFrame(columns=["a", "b"]),
    "typed_no_rows": lambda: pd.DataFrame({"a": pd.Series([], dtype="int64"),
                                           "s": pd.Series([], dtype="str")}),
    "rows_no_columns": lambda: pd.DataFrame(index=range(4)),
    "string_index": lambda: pd.DataFrame({"a": [1, 2]}, index=["x", "y"]),
    "object_index_pandas2": lambda: pd.DataFrame({"a": [1, 2]}, index=pd.Index(["x", "y"], dtype=object)),
    "named_index": lambda: pd.DataFrame({"a": [1, 2], "k": ["p", "q"]}).set_index("k"),
    "named_range_index": lambda: pd.DataFrame({"a": [1, 2]}).rename_axis("n"),
    "datetime_index": lambda: pd.DataFrame({"a": [1, 2]}, index=pd.date_range("2024", periods=2)),
    "tz_datetime_index_TZ_01": lambda: pd.DataFrame(
        {"a": [1, 2]}, index=pd.date_range("2024", periods=2, tz="Europe/Berlin")),
    "int_index": lambda: pd.DataFrame({"a": [1.5, 2.5]}, index=[10, 3]),
    "categorical_index": lambda: pd.DataFrame({"a": [1, 2]}, index=pd.CategoricalIndex(["u", "v"])),
    "non_string_names": lambda: pd.DataFrame({0: [1], 1.5: ["x"], dt.date(2024, 1, 1): [True]}),
    "multiindex_columns": lambda: pd.DataFrame(
        [[1, 2]], columns=pd.MultiIndex.from_tuples([("a", "x"), ("a", "y")])),
    "series_like": lambda: pd.Series([1, 2, 3], name="n").to_frame(),
    "sliced_view": lambda: pd.DataFrame(np.arange(20).reshape(10, 2), columns=["a", "b"]).iloc[::3],
    "numpy_matrix": lambda: pd.DataFrame(np.arange(12, dtype=np.float64).reshape(4, 3)),
}


@pytest.mark.parametrize("name", FRAMES)
def test_encode_is_the_pyarrow_table_DF_01(name: str) -> None:
    """DF-01/DF-09: the stream written without pyarrow decodes to the very
    table (names, index columns first, types, values and nulls) pyarrow makes."""
    df = FRAMES[name]()
    data = arrow_ipc.encode(df)
    assert data is not None, name
    got = pa.ipc.open_stream(data).read_all()
    want = convert._pyarrow_table(df)
    assert got.schema.equals(want.schema), (got.schema, want.schema)
    assert got.equals(want), (got.to_pydict(), want.to_pydict())


@pytest.mark.parametrize("name", FRAMES)
def test_to_arrow_writes_the_stream_itself(name: str) -> None:
    """to_arrow's table for supported frames is the EncodedTable, and the
    columns a grid shows from it are those from the pyarrow table (DF-24..36)."""
    df = FRAMES[name]()
    table = convert.to_arrow(df)
    assert isinstance(table, arrow_ipc.EncodedTable)
    assert bytes(convert.ipc_bytes(table)) == arrow_ipc.encode(df)
    assert columns.build(table) == columns.build(convert._pyarrow_table(df))


def test_tz_aware_datetimes_keep_their_zone_TZ_01() -> None:
    """TZ-01: the field is Timestamp with the frame's zone, and the values are
    the instants stored (not converted to another zone)."""
    ts = pd.Timestamp("2024-06-01 09:30", tz="America/Los_Angeles")
    got = pa.ipc.open_stream(arrow_ipc.encode(pd.DataFrame({"t": [ts]}))).read_all()
    assert str(got.schema.field("t").type) == "timestamp[us, tz=America/Los_Angeles]"
    assert got.column("t").to_pylist()[0] == ts.to_pydatetime()


def test_bitmaps_and_nulls_past_one_byte() -> None:
    """Validity bitmaps are LSB first, across many bytes."""
    values = [None if i % 3 == 0 else i for i in range(37)]
    got = pa.ipc.open_stream(arrow_ipc.encode(
        pd.DataFrame({"a": pd.array(values, dtype="Int16"), "b": [v is None for v in values]}),
    )).read_all()
    assert got.column("a").to_pylist() == values
    assert got.column("b").to_pylist() == [v is None for v in values]


@pytest.mark.parametrize("df", [
    pd.DataFrame({"mixed": _obj([1, "a"])}),
    pd.DataFrame({"ints_as_objects": _obj([1, 2])}),
    pd.DataFrame({"bytes": _obj([b"a", b"b"])}),
    pd.DataFrame({"dates": _obj([dt.date(2024, 1, 1), dt.date(2024, 1, 2)])}),
    pd.DataFrame({"decimals": _obj([Decimal("1.5"), Decimal("2")])}),
    pd.DataFrame({"lists": _obj([[1], [2, 3]])}),
    pd.DataFrame({"f16": np.array([1, 2], dtype=np.float16)}),
    pd.DataFrame({"interval": pd.interval_range(0, 2)}),
    pd.DataFrame({"period": pd.period_range("2024", periods=2, freq="D")}),
    pd.DataFrame({"empty_categories": pd.Categorical([None, None])}),
    pd.DataFrame({"a": [1, 2]}, index=pd.MultiIndex.from_tuples([(1, "a"), (2, "b")])),
    pd.DataFrame({"a": [1]}, index=pd.Index([dt.date(2024, 1, 1)])),
], ids=lambda df: str(list(df.columns)[0]))
def test_unsupported_frames_fall_back_to_pyarrow(df: Any) -> None:
    """Anything else: encode gives None and to_arrow is pyarrow's table."""
    assert arrow_ipc.encode(df) is None
    assert isinstance(convert.to_arrow(df), pa.Table)


def test_duplicate_names_and_lone_surrogates_are_left_to_pyarrow() -> None:
    """Frames pyarrow refuses: encode does not write them either."""
    assert arrow_ipc.encode(pd.DataFrame([[1, 2]], columns=["a", "a"])) is None
    assert arrow_ipc.encode(pd.DataFrame({"s": _obj(["\ud800", "b"])})) is None


def test_a_styler_table_becomes_pyarrow_when_extended() -> None:
    """A Styler adds columns to the table: the EncodedTable hands over pyarrow's."""
    table = convert.to_arrow(pd.DataFrame({"a": [1, 2]}))
    extended = table.append_column("x", pa.array(["p", "q"]))
    assert extended.schema.names == ["__index_level_0__", "a", "x"]


APP = """
import pandas as pd
import streamlit as st

df = pd.DataFrame({
    "name": pd.Series(["a", None, "c"], dtype=object),
    "n": [1, 2, 3], "x": [0.5, None, 2.0], "ok": [True, False, True],
    "when": pd.date_range("2024", periods=3, tz="Europe/Paris"),
    "kind": pd.Categorical(["u", "v", "u"]),
    "I": pd.array([1, None, 3], dtype="Int64"),
})
st.dataframe(df)
st.table(df.set_index("name"))
edited = st.data_editor(df, num_rows="dynamic", key="ed")
st.write(len(edited))
"""


def test_showing_a_frame_never_imports_pyarrow_DF_01_DF_10() -> None:
    """DF-01, DF-10: st.dataframe, st.table and st.data_editor of common column
    types run without importing pyarrow, so a cold start in the browser never
    loads its wheel. As in Pyodide, where pyarrow is importable only once loaded,
    pyarrow is missing here; only pandas' own optional probe may ask for it."""
    script = textwrap.dedent(f"""
        import sys
        asked = []

        class NoPyarrow:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] != "pyarrow":
                    return None
                frame = sys._getframe(1)
                while frame.f_globals.get("__name__", "").startswith(("importlib", "_frozen")):
                    frame = frame.f_back
                asked.append(frame.f_globals.get("__name__"))
                raise ImportError("pyarrow is not loaded")

        sys.meta_path.insert(0, NoPyarrow())
        from wasmlit.testing import AppTest
        at = AppTest.from_string({APP!r}).run(timeout=60)
        assert not at.exception, at.exception
        assert len(at.dataframe) == 1 and len(at.table) == 1 and len(at.data_editor) == 1
        assert at.dataframe[0].proto.data and at.table[0].proto.data
        at.run(timeout=60)
        assert not at.exception, at.exception
        print("pyarrow" in sys.modules, sorted(set(n for n in asked if not n.startswith("pandas."))))
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT / "py"), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False []"
