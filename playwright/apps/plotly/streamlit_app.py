"""st.plotly_chart and chart selections (issue #6): a Plotly scatter whose
clicked or box-selected points rerun the app, and a Vega-Lite chart with a
point selection parameter (what st.altair_chart sends too)."""

import plotly.graph_objects as go
import streamlit as st

fig = go.Figure(go.Scatter(x=[1, 2, 3, 4], y=[10, 30, 20, 40], mode="markers",
                           marker={"size": 18}))
fig.update_layout(height=360)
event = st.plotly_chart(fig, key="scatter", on_select="rerun")
st.text(f"plotly points: {event.selection.point_indices}")
st.text(f"plotly box: {len(event.selection.box)}")

spec = {
    "data": {"values": [{"fruit": "apple", "n": 3}, {"fruit": "banana", "n": 5},
                        {"fruit": "cherry", "n": 2}]},
    "mark": "bar",
    "params": [{"name": "pick", "select": {"type": "point", "fields": ["fruit"]}}],
    "encoding": {
        "x": {"field": "fruit", "type": "nominal"},
        "y": {"field": "n", "type": "quantitative"},
        "opacity": {"condition": {"param": "pick", "value": 1}, "value": 0.4},
    },
}
chosen = st.vega_lite_chart(spec, key="bars", on_select="rerun", use_container_width=True)
picked = [p["fruit"] for p in chosen.selection.pick] if chosen.selection.pick else []
st.text(f"vega pick: {picked}")
st.text(f"same in session state: {st.session_state.bars == chosen}")
