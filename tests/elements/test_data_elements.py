"""st.dataframe, st.data_editor, st.table, st.metric and add_rows under AppTest
(CHECKLIST DF-01, DF-10, DF-11, DF-16..19, DF-36, DF-39, DF-45)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from wasmlit import protocol
from wasmlit.testing import AppTest

FAVORITE = '''
import streamlit as st
import pandas as pd

df = pd.DataFrame(
    [
        {"command": "st.selectbox", "rating": 4, "is_widget": True},
        {"command": "st.balloons", "rating": 5, "is_widget": False},
        {"command": "st.time_input", "rating": 3, "is_widget": True},
    ]
)
edited_df = st.data_editor(df, key="fav")
favorite_command = edited_df.loc[edited_df["rating"].idxmax()]["command"]
st.markdown(f"Your favorite command is **{favorite_command}** 🎈")
'''


def test_DF_45_dataframe_and_table_values_are_dataframes() -> None:
    at = AppTest.from_string('''
import streamlit as st
import pandas as pd
st.dataframe(pd.DataFrame([1, 2, 3]))
st.table(pd.DataFrame([1, 2, 3]))
''').run()
    assert at.dataframe[0].value.equals(pd.DataFrame([1, 2, 3]).rename(columns=str))
    assert at.table[0].value.equals(pd.DataFrame([1, 2, 3]).rename(columns=str))


def test_DF_01_dataframe_sends_arrow_bytes_and_its_layout() -> None:
    at = AppTest.from_string('''
import streamlit as st
st.dataframe({"a": [1, 2]}, use_container_width=True, height=300, hide_index=True)
''').run()
    el = at.dataframe[0].proto
    assert isinstance(el, protocol.DataFrameElement)
    assert el.use_container_width and el.height == 300
    assert bytes(el.data)[:4] == b"\xff\xff\xff\xff"  # an Arrow IPC stream's continuation marker
    assert [(c.name, c.hidden) for c in el.columns] == [("__index_level_0__", True), ("a", False)]


def test_DF_10_an_edit_reruns_and_changes_the_returned_dataframe() -> None:
    at = AppTest.from_string(FAVORITE).run()
    assert at.markdown[0].value == "Your favorite command is **st.balloons** 🎈"
    editor = at.get("data_editor")[0]
    editor.set_value({"edited_rows": {0: {"rating": 10}}, "added_rows": [],
                      "deleted_rows": []}).run()
    assert at.markdown[0].value == "Your favorite command is **st.selectbox** 🎈"


def test_DF_16_DF_17_DF_18_DF_19_DF_21_editing_state_in_session_state() -> None:
    """DF-21: the state is edited_rows by row and column name (no legacy edited_cells)."""
    at = AppTest.from_string(FAVORITE).run()
    assert at.session_state["fav"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    at.get("data_editor")[0].set_value({
        "edited_rows": {0: {"rating": 1}}, "added_rows": [{"command": "st.x", "rating": 2}],
        "deleted_rows": [1],
    }).run()
    assert at.session_state["fav"] == {
        "edited_rows": {0: {"rating": 1}}, "added_rows": [{"command": "st.x", "rating": 2}],
        "deleted_rows": [1],
    }
    assert at.markdown[0].value == "Your favorite command is **st.time_input** 🎈"


@pytest.mark.parametrize(
    ("source", "state", "expected"),
    [
        ('["red", "green", "blue"]',
         {"edited_rows": {0: {"value": "pink"}}, "added_rows": [{"value": "cyan"}],
          "deleted_rows": [1]},
         ["pink", "blue", "cyan"]),
        ('{"st.text_area": "widget", "st.markdown": "element"}',
         {"edited_rows": {1: {"value": "x"}}, "added_rows": [], "deleted_rows": []},
         {"st.text_area": "widget", "st.markdown": "x"}),
        ('[{"name": "st.text_area", "type": "widget"}]',
         {"edited_rows": {0: {"type": "element"}}, "added_rows": [], "deleted_rows": []},
         [{"name": "st.text_area", "type": "element"}]),
    ],
    ids=["list", "dict", "records"],
)
def test_DF_11_data_editor_returns_the_input_type(source: str, state: dict[str, object],
                                                  expected: object) -> None:
    at = AppTest.from_string(f'''
import streamlit as st
st.session_state["out"] = st.data_editor({source}, num_rows="dynamic")
''').run()
    at.get("data_editor")[0].set_value(state).run()
    assert at.session_state["out"] == expected


def test_DF_11_numpy_editor_returns_an_ndarray() -> None:
    at = AppTest.from_string('''
import numpy as np
import streamlit as st
st.session_state["out"] = st.data_editor(np.array([[1, 2], [3, 4]]))
''').run()
    at.get("data_editor")[0].set_value(
        {"edited_rows": {1: {"0": 30}}, "added_rows": [], "deleted_rows": []}).run()
    out = at.session_state["out"]
    assert isinstance(out, np.ndarray) and out.tolist() == [[1, 2], [30, 4]]


def test_DF_39_edited_dataframe_column_names_are_strings() -> None:
    at = AppTest.from_string('''
import pandas as pd
import streamlit as st
st.session_state["out"] = st.data_editor(pd.DataFrame({0: [1], 1: [2]}))
''').run()
    assert list(at.session_state["out"].columns) == ["0", "1"]


def test_DF_35_empty_dataframe_with_column_config_collects_added_rows() -> None:
    source = (open("/work/shared/examples/035_data_editor_empty_column_config.py").read()
              if False else '''
import streamlit as st
import pandas as pd

df = pd.DataFrame(columns=['name','age','color'])
colors = ['red', 'orange', 'yellow', 'green', 'blue', 'indigo', 'violet']
config = {
    'name' : st.column_config.TextColumn('Full Name (required)', width='large', required=True),
    'age' : st.column_config.NumberColumn('Age (years)', min_value=0, max_value=122),
    'color' : st.column_config.SelectboxColumn('Favorite Color', options=colors)
}
result = st.data_editor(df, column_config = config, num_rows='dynamic')
if st.button('Get results'):
    st.write(result)
''')
    at = AppTest.from_string(source).run()
    el = at.get("data_editor")[0].proto
    assert [(c.label, c.type) for c in el.columns if not c.is_index] == [
        ("Full Name (required)", "text"), ("Age (years)", "number"),
        ("Favorite Color", "selectbox")]
    assert el.num_rows == "dynamic"
    at.get("data_editor")[0].set_value({"edited_rows": {}, "deleted_rows": [], "added_rows": [
        {"name": "Ada", "age": 36, "color": "red"}]}).run()
    at.button[0].click().run()
    shown = at.get("dataframe")
    assert len(shown) == 1
    assert shown[0].value.to_dict(orient="records") == [{"name": "Ada", "age": 36,
                                                         "color": "red"}]


def test_data_editor_errors_and_disabled() -> None:
    at = AppTest.from_string('''
import streamlit as st
st.data_editor([1], num_rows="many")
''').run()
    assert at.exception[0].message == (
        "Invalid num_rows value: many. Must be one of 'fixed' or 'dynamic'.")
    at = AppTest.from_string('''
import streamlit as st
st.data_editor({"a": [1], "b": [2]}, disabled=["a"])
st.data_editor({"a": [1]}, disabled=True)
''').run()
    first, second = at.get("data_editor")
    assert {c.name: c.disabled for c in first.proto.columns if not c.is_index} == {
        "a": True, "b": False}
    assert second.proto.disabled


def test_data_editor_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string('''
import streamlit as st
st.session_state["ed"] = {}
st.data_editor([1], key="ed")
''').run()
    assert "cannot be set" in at.exception[0].message or "ed" in at.exception[0].message


def test_add_rows_appends_to_a_dataframe_and_a_table() -> None:
    at = AppTest.from_string('''
import pandas as pd
import streamlit as st
shown = st.dataframe(pd.DataFrame({"a": [1, 2]}))
shown.add_rows(pd.DataFrame({"a": [3]}, index=[2]))
table = st.table(pd.DataFrame({"a": [1]}))
table.add_rows(pd.DataFrame({"a": [2]}, index=[1]))
''').run()
    assert at.dataframe[0].value["a"].tolist() == [1, 2, 3]
    assert at.table[0].value["a"].tolist() == [1, 2]


def test_dataframe_selection_state_has_attribute_access() -> None:
    at = AppTest.from_string('''
import streamlit as st
event = st.dataframe({"a": [1, 2]}, on_select="rerun", key="sel")
st.text(f"{event.selection.rows} {event['selection']['columns']}")
''').run()
    assert at.text[0].value == "[] []"
    assert at.dataframe[0].proto.selection_id is not None
    assert at.dataframe[0].proto.selection_mode == ["multi-row"]


def test_dataframe_rejects_a_bad_on_select() -> None:
    at = AppTest.from_string('''
import streamlit as st
st.dataframe({"a": [1]}, on_select="nope")
''').run()
    assert "only 'ignore', 'rerun', or a callable is supported" in at.exception[0].message


# ------------------------------------------------------------------ metric


def test_metric_value_delta_and_errors() -> None:
    at = AppTest.from_string('''
import streamlit as st
st.metric("Temperature", "70 °F", "-1.2 °F", help="h")
st.metric("Count", 5, 2, delta_color="inverse")
st.metric("Empty", None)
''').run()
    m = at.metric
    assert (m[0].label, m[0].value, m[0].delta, m[0].help) == ("Temperature", "70 °F",
                                                               "-1.2 °F", "h")
    assert (m[1].value, m[1].delta, m[1].proto.delta_color) == ("5", "2", "inverse")
    assert (m[2].value, m[2].delta) == ("—", None)
    at = AppTest.from_string('''
import streamlit as st
st.metric("x", 1, delta_color="blue")
''').run()
    assert at.exception[0].message == (
        "'blue' is not an accepted value. delta_color only accepts: 'normal', 'inverse', or 'off'")
    at = AppTest.from_string('''
import streamlit as st
st.metric("x", [1])
''').run()
    assert "which is not an accepted type. value only accepts: int, float, str, or None" in (
        at.exception[0].message)


def test_json_expanded() -> None:
    at = AppTest.from_string('''
import streamlit as st
st.json({"a": 1}, expanded=False)
''').run()
    assert at.json[0].value == '{"a": 1}'
    assert at.json[0].proto.expanded is False


EXAMPLES = "/work/shared/examples"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("029_dataframe_basic.py", "dataframe"),
        ("030_data_editor_favorite.py", "data_editor"),
        ("031_data_editor_list.py", "data_editor"),
        ("032_data_editor_numpy.py", "data_editor"),
        ("033_data_editor_records.py", "data_editor"),
        ("034_data_editor_dict.py", "data_editor"),
        ("035_data_editor_empty_column_config.py", "data_editor"),
    ],
    ids=["029", "030", "031", "032", "033", "034", "035"],
)
def test_examples_029_to_035_run_and_show_their_grid(name: str, kind: str) -> None:
    import os

    path = os.path.join(EXAMPLES, name)
    if not os.path.exists(path):
        pytest.skip(f"{path} is not here")
    at = AppTest.from_file(path).run()
    assert not at.exception
    assert len(at.get(kind)) == 1


def test_example_031_list_editor_returns_a_list() -> None:
    import os

    path = os.path.join(EXAMPLES, "031_data_editor_list.py")
    if not os.path.exists(path):
        pytest.skip(f"{path} is not here")
    at = AppTest.from_file(path).run()
    at.get("data_editor")[0].set_value({"edited_rows": {}, "deleted_rows": [0],
                                        "added_rows": [{"value": "pink"}]}).run()
    assert at.json[0].value == '["green", "blue", "pink"]'
