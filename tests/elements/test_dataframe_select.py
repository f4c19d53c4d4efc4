"""st.dataframe selections (issue #6; CHECKLIST DF-46 names selections with no
seed requirement): the value, session state, the callback, Streamlit's errors,
and AppTest's `select_rows` / `select_columns` / `clear_selection`."""

from __future__ import annotations

from wasmlit.testing import AppTest

APP = '''
import streamlit as st
import pandas as pd
df = pd.DataFrame({"a": [10, 20, 30], "b": ["x", "y", "z"]})
event = st.dataframe(df, on_select="rerun", selection_mode=["multi-row", "multi-column"],
                     key="grid")
st.text(f"rows={event.selection.rows} cols={event['selection']['columns']}")
st.text(f"state={st.session_state.grid.selection.rows}")
'''


def test_DF_46_selection_starts_empty_and_returns_selected_rows_and_columns() -> None:
    at = AppTest.from_string(APP).run()
    assert at.text[0].value == "rows=[] cols=[]"
    at.dataframe[0].select_rows([0, 2]).run()
    assert at.text[0].value == "rows=[0, 2] cols=[]"
    assert at.text[1].value == "state=[0, 2]"
    at.dataframe[0].select_columns(["b"]).run()
    assert at.text[0].value == "rows=[0, 2] cols=['b']"
    assert at.dataframe[0].selection.columns == ["b"]


def test_DF_46_selection_survives_reruns_and_clears() -> None:
    at = AppTest.from_string(APP).run()
    at.dataframe[0].select_rows([1]).run()
    at.run()
    assert at.text[0].value == "rows=[1] cols=[]"
    at.dataframe[0].clear_selection().run()
    assert at.text[0].value == "rows=[] cols=[]"


def test_DF_46_selection_resets_when_the_data_changes() -> None:
    at = AppTest.from_string('''
import streamlit as st
n = st.number_input("n", value=3)
event = st.dataframe({"a": list(range(int(n)))}, on_select="rerun")
st.text(str(event.selection.rows))
''').run()
    at.dataframe[0].select_rows([2]).run()
    assert at.text[0].value == "[2]"
    at.number_input[0].set_value(4).run()
    assert at.text[0].value == "[]"


def test_DF_46_on_select_callable_runs_before_the_script() -> None:
    at = AppTest.from_string('''
import streamlit as st
def picked():
    st.session_state.log = list(st.session_state.g.selection.rows)
st.dataframe({"a": [1, 2, 3]}, on_select=picked, selection_mode="single-row", key="g")
st.text(str(st.session_state.get("log")))
''').run()
    assert at.text[0].value == "None"
    at.dataframe[0].select_rows([1]).run()
    assert at.text[0].value == "[1]"


def test_DF_46_bad_selection_modes_raise_streamlits_messages() -> None:
    cases = {
        '"every-row"': "Invalid selection mode: every-row.",
        '["single-row", "multi-row"]':
            "Only one of `single-row` or `multi-row` can be selected as selection mode.",
        '["single-column", "multi-column"]':
            "Only one of `single-column` or `multi-column` can be selected as selection mode.",
    }
    for mode, message in cases.items():
        at = AppTest.from_string(f'''
import streamlit as st
st.dataframe({{"a": [1]}}, on_select="rerun", selection_mode={mode})
''').run()
        assert at.exception[0].message == message


def test_DF_46_on_select_must_be_rerun_ignore_or_callable() -> None:
    at = AppTest.from_string('''
import streamlit as st
st.dataframe({"a": [1]}, on_select=42)
''').run()
    assert at.exception[0].message == (
        "You have passed 42 to `on_select`. But only 'ignore', 'rerun', or a callable is "
        "supported.")


def test_DF_46_session_state_cannot_set_a_selection() -> None:
    """As Streamlit (writes_allowed=False). A callback inside a form is refused
    by the shared FORM-13 rule, which, as Streamlit's, applies only in a real
    app and not under AppTest."""
    at = AppTest.from_string('''
import streamlit as st
st.session_state.g = {"selection": {"rows": [0], "columns": []}}
st.dataframe({"a": [1]}, on_select="rerun", key="g")
''').run()
    assert at.exception[0].message == (
        "Values for the widget with key 'g' cannot be set using `st.session_state`.")


def test_DF_46_without_on_select_there_is_no_selection() -> None:
    at = AppTest.from_string('''
import streamlit as st
shown = st.dataframe({"a": [1]})
''').run()
    assert at.dataframe[0].id is None
    assert at.dataframe[0].selection.rows == []
