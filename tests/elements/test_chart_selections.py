"""Selections on st.vega_lite_chart and st.altair_chart (issue #6; on_select as
Streamlit 1.4x has it, kept like st.dataframe's, DF-46): Streamlit's errors for
specs without selection parameters, the VegaLiteState returned and kept in
st.session_state[key], and Altair's counter names made stable so a chart keeps
its widget id across reruns. at.get("vega_lite_chart")[i].select(...) stands in
for a click in the page (charts are not in Streamlit's AppTest: TEST-26)."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest

pytest.importorskip("pandas")

SPEC = """
import streamlit as st
spec = {
    "data": {"values": [{"a": 1, "b": 2, "n": "x"}, {"a": 3, "b": 4, "n": "y"}]},
    "mark": "point",
    "params": [{"name": "pick", "select": {"type": "point", "fields": ["n"]}},
               {"name": "brush", "select": "interval"}],
    "encoding": {"x": {"field": "a", "type": "quantitative"},
                 "y": {"field": "b", "type": "quantitative"}},
}
"""


def test_vega_selection_state_starts_empty_for_each_param() -> None:
    at = AppTest.from_string(SPEC + """
event = st.vega_lite_chart(spec, key="chart", on_select="rerun")
st.text(str(sorted(event.selection)))
st.text(str(event.selection.pick))
""").run()
    assert not at.exception
    (chart,) = at.get("vega_lite_chart")
    assert chart.proto.selection_mode == ["brush", "pick"]
    assert chart.id is not None
    assert [t.value for t in at.text] == ["['brush', 'pick']", "{}"]
    assert at.session_state["chart"] == {"selection": {"brush": {}, "pick": {}}}


def test_vega_point_selection_reruns_with_the_selected_values() -> None:
    at = AppTest.from_string(SPEC + """
event = st.vega_lite_chart(spec, key="chart", on_select="rerun", selection_mode="pick")
st.text(f"picked {event.selection.pick}")
""").run()
    assert at.get("vega_lite_chart")[0].proto.selection_mode == ["pick"]
    at.get("vega_lite_chart")[0].select({"pick": [{"n": "y"}]}).run()
    assert not at.exception
    assert at.text[0].value == "picked [{'n': 'y'}]"
    assert at.session_state.chart.selection.pick == [{"n": "y"}]
    at.run()  # still selected on an unrelated rerun
    assert at.session_state.chart.selection.pick == [{"n": "y"}]


def test_vega_interval_selection_with_a_callback() -> None:
    at = AppTest.from_string(SPEC + """
def changed():
    st.session_state.seen = st.session_state.chart.selection.brush.a
st.vega_lite_chart(spec, key="chart", on_select=changed)
st.text(f"seen {st.session_state.get('seen')}")
""").run()
    at.get("vega_lite_chart")[0].select({"brush": {"a": [0.5, 2.5], "b": [1, 3]}}).run()
    assert at.text[0].value == "seen [0.5, 2.5]"


def test_vega_on_select_without_selection_params_is_streamlits_error() -> None:
    at = AppTest.from_string("""
import streamlit as st
st.vega_lite_chart({"mark": "bar", "encoding": {"x": {"field": "a"}},
                    "data": {"values": [{"a": 1}]}}, on_select="rerun")
""").run()
    assert at.exception[0].value.startswith(
        "Selections are activated, but the provided chart spec does not have any "
        "selections defined. To add selections to `st.altair_chart`")


def test_vega_unknown_selection_mode_and_multi_view_errors() -> None:
    at = AppTest.from_string(SPEC + """
st.vega_lite_chart(spec, on_select="rerun", selection_mode=["nope"])
""").run()
    assert at.exception[0].value.startswith(
        "Selection parameter 'nope' is not defined in the chart spec. "
        "Available selection parameters are: ")
    at = AppTest.from_string(SPEC + """
st.vega_lite_chart({"layer": [spec]}, on_select="rerun")
""").run()
    assert at.exception[0].value.startswith(
        "Selections are not yet supported for multi-view charts (chart compositions).")
    at = AppTest.from_string(SPEC + """
st.vega_lite_chart(spec, on_select=True)
""").run()
    assert at.exception[0].value == (
        "You have passed True to `on_select`. But only 'ignore', 'rerun', or a callable "
        "is supported.")


def test_altair_chart_selection_keeps_its_id_across_reruns() -> None:
    pytest.importorskip("altair")
    at = AppTest.from_string("""
import altair as alt, pandas as pd, streamlit as st
df = pd.DataFrame({"a": [1, 2, 3], "b": [3, 1, 2]})
sel = alt.selection_point(fields=["a"])
chart = alt.Chart(df).mark_circle().encode(x="a", y="b").add_params(sel)
event = st.altair_chart(chart, on_select="rerun", key="alt")
st.text(str(event.selection))
""").run()
    assert not at.exception
    (chart,) = at.get("vega_lite_chart")
    # altair 5 counts its params (param_7 on the seventh chart made: renumbered to
    # param_1 here); altair 6 names them by a hash of their content. Either way the
    # name, and so the widget id, is the same on every rerun.
    (name,) = chart.proto.selection_mode
    assert name == "param_1" or name.startswith("param_")
    first = chart.id
    at.get("vega_lite_chart")[0].select({name: [{"a": 2}]}).run()
    assert at.get("vega_lite_chart")[0].id == first
    assert at.get("vega_lite_chart")[0].proto.selection_mode == [name]
    assert at.session_state.alt.selection[name] == [{"a": 2}]


def test_stable_spec_renumbers_altair_counters() -> None:
    from wasmlit.elements.charts import stable_spec

    text = '{"params": [{"name": "param_7"}], "x": {"param": "param_7"}, "y": "param_9"}'
    assert stable_spec(text) == (
        '{"params": [{"name": "param_1"}], "x": {"param": "param_1"}, "y": "param_2"}')
