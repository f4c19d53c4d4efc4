# The grid's toolbar, clipboard, bulk edits, formats, index editing and selections
# in forms and fragments (playwright/dataframe_grid.spec.ts; issue #6).
import datetime as dt

import pandas as pd
import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.text(f"runs: {st.session_state.runs}")

df = pd.DataFrame(
    {
        "command": ["st.selectbox", "st.balloons", "st.time_input"],
        "rating": [4, 5, 3],
    }
)
st.dataframe(df, key="plain")

edited = st.data_editor(
    pd.DataFrame({"name": ["a", "b", "c"], "score": [1, 2, 3], "ok": [True, False, True]}),
    key="ed",
)
st.text("ed: " + ";".join(f"{n},{s},{o}" for n, s, o in edited.itertuples(index=False)))

dyn = st.data_editor(df, num_rows="dynamic", key="dyn")
st.text("dyn: " + ";".join(f"{c},{r}" for c, r in dyn.itertuples(index=False)))

dates = pd.DataFrame(
    {
        "day": [dt.date(2024, 1, 5)],
        "at": [dt.datetime(2024, 1, 5, 14, 7, 9)],
        "clock": [dt.time(14, 7, 9)],
    }
)
st.dataframe(
    dates,
    hide_index=True,
    column_config={
        "day": st.column_config.DateColumn(format="DD/MM/YYYY"),
        "at": st.column_config.DatetimeColumn(format="iso8601"),
        "clock": st.column_config.TimeColumn(format="hh:mm A"),
    },
)

keyed = st.data_editor(
    pd.DataFrame({"v": [1, 2]}, index=pd.Index(["a", "b"], name="key")), key="keyed"
)
st.text("index: " + ",".join(keyed.index))

with st.form("f"):
    ev = st.dataframe(df, on_select="rerun", key="in_form")
    st.form_submit_button("Submit")
st.text(f"form rows: {ev.selection.rows}")


@st.fragment
def frag():
    fev = st.dataframe(df, on_select="rerun", key="in_frag")
    st.text(f"fragment rows: {fev.selection.rows}")


frag()
