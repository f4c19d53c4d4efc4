"""wasmlit.dataframe: input formats to pandas and back (CHECKLIST DF-02, DF-11),
Arrow IPC with the index first, column types and configs (DF-24..36), and
applying a data editor's state (DF-16..20)."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from wasmlit.dataframe import column_config as cc
from wasmlit.dataframe import columns, convert, editing
from wasmlit.errors import StreamlitAPIException
from wasmlit.testing.data_views import arrow_to_pandas

F = convert.DataFormat


@pytest.mark.parametrize(
    ("data", "fmt", "shape"),
    [
        (pd.DataFrame({"a": [1, 2]}), F.PANDAS_DATAFRAME, (2, 1)),
        (pd.Series([1, 2, 3]), F.PANDAS_SERIES, (3, 1)),
        (np.array([1, 2]), F.NUMPY_LIST, (2, 1)),
        (np.array([[1, 2], [3, 4], [5, 6]]), F.NUMPY_MATRIX, (3, 2)),
        (pa.table({"a": [1, 2]}), F.PYARROW_TABLE, (2, 1)),
        (["red", "green"], F.LIST_OF_VALUES, (2, 1)),
        (("a", "b"), F.TUPLE_OF_VALUES, (2, 1)),
        ({"x"}, F.SET_OF_VALUES, (1, 1)),
        ([{"name": "a", "type": "b"}], F.LIST_OF_RECORDS, (1, 2)),
        ([[1, 2], [3, 4]], F.LIST_OF_ROWS, (2, 2)),
        ({"a": [1, 2], "b": [3, 4]}, F.COLUMN_VALUE_MAPPING, (2, 2)),
        ({"a": {"r": 1}, "b": {"r": 2}}, F.COLUMN_INDEX_MAPPING, (1, 2)),
        ({"st.text_area": "widget", "st.markdown": "element"}, F.KEY_VALUE_DICT, (2, 1)),
        (None, F.EMPTY, (0, 0)),
    ],
    ids=["dataframe", "series", "numpy1d", "numpy2d", "arrow", "list", "tuple", "set",
         "records", "rows", "columns", "column-index", "key-value", "none"],
)
def test_DF_02_formats_become_dataframes(data: object, fmt: convert.DataFormat,
                                         shape: tuple[int, int]) -> None:
    df, got = convert.to_pandas(data)
    assert got is fmt
    assert df.shape == shape


@pytest.mark.parametrize(
    "data",
    [
        ["red", "green"],
        ("red", "green"),
        [{"name": "a", "type": "b"}],
        {"a": [1, 2]},
        {"st.text_area": "widget", "st.markdown": "element"},
    ],
    ids=["list", "tuple", "records", "columns", "key-value"],
)
def test_DF_11_unchanged_data_round_trips_to_its_type(data: object) -> None:
    df, fmt = convert.to_pandas(data)
    assert convert.from_pandas(df, fmt) == data


def test_DF_11_numpy_round_trips_to_ndarray() -> None:
    arr = np.array([["st.text_area", "widget", "4.92"], ["st.markdown", "element", "47.22"]])
    df, fmt = convert.to_pandas(arr)
    back = convert.from_pandas(df, fmt)
    assert isinstance(back, np.ndarray)
    assert back.tolist() == arr.tolist()


def test_arrow_ipc_has_the_index_first_and_decodes_back() -> None:
    df = pd.DataFrame({"a": [1, 2]}, index=["x", "y"])
    table = convert.to_arrow(df)
    assert table.schema.names == ["__index_level_0__", "a"]
    back = arrow_to_pandas(convert.ipc_bytes(table))
    assert back.equals(df)


def test_mixed_object_columns_become_text_for_arrow() -> None:
    df = pd.DataFrame({"mixed": [1, "a", None]})
    table = convert.to_arrow(df)
    assert table.column("mixed").to_pylist() == ["1", "a", None]


def test_column_types_are_inferred_from_arrow() -> None:
    df = pd.DataFrame({
        "s": ["a"], "i": [1], "f": [1.5], "b": [True], "t": [pd.Timestamp("2020-01-01")],
        "tz": [pd.Timestamp("2020-01-01", tz="EST")], "d": [dt.date(2020, 1, 1)],
        "c": pd.Categorical(["x"], categories=["x", "y"]), "l": [[1, 2]],
    })
    cols = {c.name: c for c in columns.build(convert.to_arrow(df))}
    assert {n: c.type for n, c in cols.items()} == {
        "__index_level_0__": "number", "s": "text", "i": "number", "f": "number",
        "b": "checkbox", "t": "datetime", "tz": "datetime", "d": "date", "c": "selectbox",
        "l": "list",
    }
    assert cols["tz"].timezone == "EST" and cols["t"].timezone is None
    assert json.loads(cols["c"].type_options)["options"] == ["x", "y"]


def test_DF_24_DF_26_DF_32_DF_33_DF_35_column_config_sets_labels_and_types() -> None:
    df = pd.DataFrame(columns=["name", "age", "color"])
    config = {
        "name": cc.TextColumn("Full Name (required)", width="large", required=True),
        "age": cc.NumberColumn("Age (years)", min_value=0, max_value=122),
        "color": cc.SelectboxColumn("Favorite Color", options=["red", "blue"]),
    }
    cols = {c.name: c for c in columns.build(convert.to_arrow(df), column_config=config)}
    assert cols["name"].label == "Full Name (required)"
    assert cols["name"].width == "large" and cols["name"].required
    assert cols["age"].type == "number"
    assert json.loads(cols["age"].type_options) == {"min_value": 0, "max_value": 122,
                                                    "step": 1, "is_int": True}
    assert cols["color"].type == "selectbox"
    assert json.loads(cols["color"].type_options)["options"] == ["red", "blue"]


def test_DF_34_number_column_is_float_unless_an_int_is_given() -> None:
    assert cc.NumberColumn()["type_config"]["is_int"] is False
    assert cc.NumberColumn(min_value=0)["type_config"]["is_int"] is True
    assert cc.NumberColumn(min_value=0.5, step=0.1)["type_config"]["is_int"] is False


def test_DF_28_DF_29_DF_31_chart_progress_and_text_options() -> None:
    assert cc.LineChartColumn(y_min=0, y_max=5)["type_config"] == {
        "type": "line_chart", "y_min": 0, "y_max": 5}
    assert cc.ProgressColumn(min_value=0, max_value=10)["type_config"]["max_value"] == 10
    assert cc.TextColumn(max_chars=3, validate="^a")["type_config"]["validate"] == "^a"
    assert cc.LinkColumn(validate="^https://")["type_config"]["type"] == "link"


def test_DF_30_every_editable_config_accepts_required() -> None:
    for make in (cc.Column, cc.TextColumn, cc.NumberColumn, cc.CheckboxColumn,
                 cc.SelectboxColumn, cc.DateColumn, cc.TimeColumn, cc.DatetimeColumn,
                 cc.LinkColumn):
        assert make("x", required=True)["required"] is True


def test_invalid_width_is_an_error() -> None:
    with pytest.raises(StreamlitAPIException, match="Invalid column width"):
        cc.Column(width="huge")


def test_DF_36_hide_index_column_order_and_disabled() -> None:
    df = pd.DataFrame({"a": [1], "b": [2], "c": [3]})
    cols = columns.build(convert.to_arrow(df), hide_index=True, column_order=["c", "a"],
                         disabled=["a"], editable=True)
    visible = [c.name for c in cols if not c.hidden]
    assert visible == ["c", "a"]
    assert {c.name: c.disabled for c in cols if not c.is_index} == {"c": False, "a": True,
                                                                   "b": False}


def test_DF_41_image_list_and_chart_columns_are_read_only() -> None:
    df = pd.DataFrame({"l": [[1]], "img": ["http://x/a.png"], "ch": [[1, 2]]})
    cols = {c.name: c for c in columns.build(
        convert.to_arrow(df), editable=True,
        column_config={"img": cc.ImageColumn(), "ch": cc.BarChartColumn()})}
    assert cols["l"].disabled and cols["img"].disabled and cols["ch"].disabled


# ------------------------------------------------------------------ editing


def test_DF_17_DF_18_DF_19_state_parses_with_int_row_positions() -> None:
    state = editing.parse_state(json.dumps({
        "edited_rows": {"0": {"a": 5}}, "added_rows": [{"a": 7}], "deleted_rows": [2, 1],
    }))
    assert state == {"edited_rows": {0: {"a": 5}}, "added_rows": [{"a": 7}],
                     "deleted_rows": [1, 2]}
    assert editing.parse_state("not json") == editing.empty_state()


def test_DF_20_edits_then_deletions_then_additions_refer_to_the_original_rows() -> None:
    df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
    out = editing.apply(df, {"edited_rows": {2: {"a": 30}}, "deleted_rows": [0],
                             "added_rows": [{"a": 4, "b": "w"}]})
    assert out["a"].tolist() == [2, 30, 4]
    assert out["b"].tolist() == ["y", "z", "w"]
    assert out.index.tolist() == [1, 2, 3]
    assert out["a"].dtype == np.int64


def test_editing_parses_values_by_column_type() -> None:
    df = pd.DataFrame({
        "f": [1.0], "b": [False], "t": [pd.Timestamp("2020-01-01")],
        "tz": [pd.Timestamp("2020-01-01", tz="EST")], "d": [dt.date(2020, 1, 1)],
    })
    out = editing.apply(df, {"edited_rows": {0: {
        "f": 2, "b": True, "t": "2021-02-03T04:05:06", "tz": "2021-02-03T04:05:06",
        "d": "2022-03-04"}}, "added_rows": [], "deleted_rows": []})
    row = out.iloc[0]
    assert row["f"] == 2.0 and row["b"] is np.True_
    assert row["t"] == pd.Timestamp("2021-02-03 04:05:06")
    assert row["tz"] == pd.Timestamp("2021-02-03 04:05:06", tz="EST")
    assert row["d"] == dt.date(2022, 3, 4)


def test_DF_35_rows_added_to_an_empty_dataframe() -> None:
    df = pd.DataFrame(columns=["name", "age"])
    out = editing.apply(df, {"edited_rows": {}, "deleted_rows": [],
                             "added_rows": [{"name": "Ada", "age": 36}, {"name": "Bob"}]})
    assert out.to_dict(orient="records") == [{"name": "Ada", "age": 36},
                                             {"name": "Bob", "age": None}]
