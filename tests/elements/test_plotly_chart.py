"""st.plotly_chart (issue #6): the figure as plotly's JSON, the Streamlit
template, and selections (on_select) returning Streamlit's PlotlyState, kept in
st.session_state[key] (as st.dataframe's, DF-46). Charts are not in Streamlit's
AppTest (TEST-26): wasmlit's at.get("plotly_chart")[i].select(...) stands in
for a click in the page."""

from __future__ import annotations

import json

import pytest

from wasmlit.errors import StreamlitAPIException
from wasmlit.testing import AppTest

pytest.importorskip("plotly")

SCATTER = """
import streamlit as st
import plotly.express as px
fig = px.scatter(x=[1, 2, 3], y=[4, 5, 6])
"""


def test_plotly_chart_sends_the_figure_json_and_config() -> None:
    at = AppTest.from_string(SCATTER + """
st.plotly_chart(fig, config={"displayModeBar": False})
""").run()
    assert not at.exception
    (chart,) = at.get("plotly_chart")
    spec = chart.spec
    assert spec["data"][0]["type"] == "scatter"
    assert spec["data"][0]["x"] == [1, 2, 3] or "bdata" in str(spec["data"][0]["x"])
    assert json.loads(chart.proto.config) == {"displayModeBar": False, "showLink": False,
                                              "linkText": False}
    assert chart.proto.use_container_width is True
    assert chart.proto.selection_id is None


def test_plotly_chart_streamlit_theme_swaps_the_stock_template_only() -> None:
    at = AppTest.from_string(SCATTER + """
st.plotly_chart(fig)
st.plotly_chart(fig, theme=None)
st.plotly_chart(px.scatter(x=[1], y=[2], template="plotly_dark"))
""").run()
    themed, own, dark = (c.spec["layout"]["template"]["layout"] for c in at.get("plotly_chart"))
    assert themed["colorway"][0] == "#0068c9"
    assert themed["paper_bgcolor"] == "rgba(0,0,0,0)"
    assert "Source Sans Pro" in themed["font"]["family"]
    assert own["colorway"][0].lower() == "#636efa"  # plotly's own
    assert dark["paper_bgcolor"] == "rgb(17,17,17)"  # the app's choice is kept
    assert [c.proto.theme for c in at.get("plotly_chart")] == ["streamlit", None, "streamlit"]


def test_plotly_chart_from_a_dict_and_bad_theme() -> None:
    at = AppTest.from_string("""
import streamlit as st
st.plotly_chart({"data": [{"type": "bar", "x": ["a", "b"], "y": [1, 2]}]})
st.plotly_chart({"data": []}, theme="dark")
""").run()
    assert at.get("plotly_chart")[0].spec["data"][0]["type"] == "bar"
    assert "theme=”streamlit” or theme=None" in at.exception[0].value


def test_plotly_selection_empty_state_and_session_state() -> None:
    at = AppTest.from_string(SCATTER + """
event = st.plotly_chart(fig, key="pts", on_select="rerun")
st.text(str(event.selection.point_indices))
st.text(str(event == st.session_state.pts))
""").run()
    assert not at.exception
    (chart,) = at.get("plotly_chart")
    assert chart.id is not None and chart.proto.selection_mode == ["box", "lasso", "points"]
    assert at.session_state["pts"] == {"selection": {"points": [], "point_indices": [],
                                                     "box": [], "lasso": []}}
    assert [t.value for t in at.text] == ["[]", "True"]


def test_plotly_selection_click_reruns_with_points_and_indices() -> None:
    at = AppTest.from_string(SCATTER + """
event = st.plotly_chart(fig, key="pts", on_select="rerun", selection_mode="points")
st.text(f"picked {event.selection.point_indices} "
        f"{event['selection']['points'][0].x if event.selection.points else None}")
""").run()
    assert at.get("plotly_chart")[0].proto.selection_mode == ["points"]
    at.get("plotly_chart")[0].select({
        "points": [{"curve_number": 0, "point_number": 1, "point_index": 1, "x": 2, "y": 5}],
        "point_indices": [1], "box": [], "lasso": []}).run()
    assert not at.exception
    assert at.text[0].value == "picked [1] 2"
    assert at.session_state["pts"]["selection"]["point_indices"] == [1]
    # the selection survives an unrelated rerun (the page keeps sending it)
    at.run()
    assert at.session_state["pts"].selection.point_indices == [1]
    at.get("plotly_chart")[0].clear_selection().run()
    assert at.session_state["pts"].selection.point_indices == []


def test_plotly_selection_callback_runs_before_the_script() -> None:
    at = AppTest.from_string(SCATTER + """
def changed():
    st.session_state.log = st.session_state.pts.selection.box
event = st.plotly_chart(fig, key="pts", on_select=changed)
st.text(f"log {st.session_state.get('log')}")
""").run()
    at.get("plotly_chart")[0].select({"points": [], "point_indices": [0, 1],
                                      "box": [{"xref": "x", "yref": "y", "x": [0, 2.5],
                                               "y": [3, 6]}], "lasso": []}).run()
    assert not at.exception
    assert at.text[0].value == "log [{'xref': 'x', 'yref': 'y', 'x': [0, 2.5], 'y': [3, 6]}]"


def test_plotly_on_select_and_selection_mode_errors() -> None:
    at = AppTest.from_string(SCATTER + """
st.plotly_chart(fig, on_select="yes")
""").run()
    assert at.exception[0].value == (
        "You have passed yes to `on_select`. But only 'ignore', 'rerun', or a callable "
        "is supported.")
    at = AppTest.from_string(SCATTER + """
st.plotly_chart(fig, on_select="rerun", selection_mode="circle")
""").run()
    assert at.exception[0].value.startswith("Invalid selection mode: circle. Valid options are: ")


def test_plotly_selection_state_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string(SCATTER + """
st.session_state.pts = {}
st.plotly_chart(fig, key="pts", on_select="rerun")
""").run()
    assert at.exception
    assert "pts" in at.exception[0].value


def test_plotly_state_helpers() -> None:
    from wasmlit.elements.plotly_chart import plotly_state, selection_modes

    assert plotly_state("garbage").selection.points == []
    state = plotly_state(json.dumps({"selection": {"points": [{"x": 1}], "point_indices": [0]}}))
    assert state.selection.points[0].x == 1 and state.selection.lasso == []
    assert selection_modes(("lasso", "points")) == ["lasso", "points"]
    with pytest.raises(StreamlitAPIException):
        selection_modes(["points", "zoom"])
