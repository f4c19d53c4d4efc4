"""DF-25: every st.column_config column type, applied to st.dataframe, reaches the
grid as that type with its label (and the generic Column keeps the inferred type)."""

from __future__ import annotations

from wasmlit.testing import AppTest

APP = '''
import datetime as dt
import pandas as pd
import streamlit as st

df = pd.DataFrame({
    "plain": ["x"], "text": ["a"], "number": [1.5], "checkbox": [True], "selectbox": ["b"],
    "date": [dt.date(2024, 1, 2)], "time": [dt.time(3, 4)], "datetime": [dt.datetime(2024, 1, 2, 3, 4)],
    "list": [[1, 2]], "link": ["https://example.com"], "image": ["https://example.com/a.png"],
    "line": [[1, 3, 2]], "bar": [[1, 3, 2]], "area": [[1, 3, 2]], "progress": [0.5],
    "json": [{"a": 1}],
})
cc = st.column_config
st.dataframe(df, column_config={
    "plain": cc.Column("Plain"), "text": cc.TextColumn("Text"), "number": cc.NumberColumn("Number"),
    "checkbox": cc.CheckboxColumn("Check"), "selectbox": cc.SelectboxColumn("Select", options=["a", "b"]),
    "date": cc.DateColumn("Date"), "time": cc.TimeColumn("Time"), "datetime": cc.DatetimeColumn("When"),
    "list": cc.ListColumn("List"), "link": cc.LinkColumn("Link"), "image": cc.ImageColumn("Image"),
    "line": cc.LineChartColumn("Line"), "bar": cc.BarChartColumn("Bar"), "area": cc.AreaChartColumn("Area"),
    "progress": cc.ProgressColumn("Progress"), "json": cc.JsonColumn("JSON"),  # Streamlit spells it JsonColumn
})
'''

EXPECTED = {
    "plain": ("Plain", "text"), "text": ("Text", "text"), "number": ("Number", "number"),
    "checkbox": ("Check", "checkbox"), "selectbox": ("Select", "selectbox"), "date": ("Date", "date"),
    "time": ("Time", "time"), "datetime": ("When", "datetime"), "list": ("List", "list"),
    "link": ("Link", "link"), "image": ("Image", "image"), "line": ("Line", "line_chart"),
    "bar": ("Bar", "bar_chart"), "area": ("Area", "area_chart"), "progress": ("Progress", "progress"),
    "json": ("JSON", "json"),
}


def test_DF_24_DF_25_every_column_type_reaches_the_grid() -> None:
    at = AppTest.from_string(APP).run()
    assert not at.exception, at.exception
    cols = {c.name: (c.label, c.type) for c in at.dataframe[0].proto.columns if not c.is_index}
    assert cols == EXPECTED


def test_DF_01_a_named_index_is_headed_by_its_name() -> None:
    """As in Streamlit: `df.set_index("fruit")` shows "fruit" over the index column."""
    at = AppTest.from_string('''
import pandas as pd
import streamlit as st
df = pd.DataFrame({"fruit": ["apple", "kiwi"], "n": [1, 2]})
st.dataframe(df.set_index("fruit"))
st.table(df.set_index("fruit"))
st.data_editor(df.set_index("fruit"))
st.dataframe(df)
''').run()
    assert not at.exception, at.exception
    heads = [[(c.label, c.is_index) for c in el.proto.columns] for el in at.get("dataframe")]
    assert heads[0] == [("fruit", True), ("n", False)]
    assert heads[-1][0] == ("", True)  # an unnamed (range) index has no header
    assert [c.label for c in at.get("table")[0].proto.columns][0] == "fruit"


def test_DF_40_the_toolbar_cannot_be_configured() -> None:
    """As in Streamlit, st.dataframe takes no toolbar option: passing one is a TypeError."""
    at = AppTest.from_string('''
import streamlit as st
st.dataframe({"a": [1]}, toolbar=False)
''').run()
    assert at.exception[0].type_name == "TypeError"
    assert "toolbar" in at.exception[0].value
