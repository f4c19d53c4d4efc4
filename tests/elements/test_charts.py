"""Charts (EL-13, EL-14, EL-15, ANIM-04, ANIM-05): the Vega-Lite specs sent for
st.line_chart & co., st.vega_lite_chart, st.altair_chart and st.map, and
add_rows growing a chart in place."""

from __future__ import annotations

import json
from typing import Any

import pytest

from wasmlit import protocol
from wasmlit.testing import AppTest

pytest.importorskip("pandas")


def _specs(at: AppTest) -> list[dict[str, Any]]:
    return [json.loads(el.proto.spec) for el in at.get("vega_lite_chart")]


def _chart_deltas(at: AppTest) -> list[protocol.ElementDelta]:
    return [m for m in at._host.messages
            if isinstance(m, protocol.ElementDelta) and isinstance(m.element, protocol.VegaLiteChart)]


def test_EL_13_line_chart_index_across_columns_as_coloured_lines() -> None:
    at = AppTest.from_string(
        """
        import pandas as pd, streamlit as st
        st.line_chart(pd.DataFrame({"A": [1.0, 2.0], "B": [3.0, float("nan")]}))
        """
    ).run()
    assert not at.exception
    (spec,) = _specs(at)
    assert spec["mark"]["type"] == "line"
    enc = spec["encoding"]
    assert enc["x"]["field"] == "index"
    assert enc["color"]["type"] == "nominal"
    rows = spec["data"]["values"]
    assert len(rows) == 4  # two columns melted: one row per (index, column)
    assert {r[enc["color"]["field"]] for r in rows} == {"A", "B"}
    assert None in [r[enc["y"]["field"]] for r in rows]  # NaN travels as null
    assert at.get("vega_lite_chart")[0].proto.testid == "stVegaLiteChart"


def test_EL_13_bar_chart_from_long_data_with_color_column_horizontal_and_grouped() -> None:
    at = AppTest.from_string(
        """
        import pandas as pd, streamlit as st
        df = pd.DataFrame({"fruit": ["a", "b", "a"], "n": [1, 2, 3], "shop": ["x", "x", "y"]})
        st.bar_chart(df, x="fruit", y="n", color="shop", horizontal=True, stack=False,
                     x_label="Fruit", y_label="Count")
        """
    ).run()
    (spec,) = _specs(at)
    enc = spec["encoding"]
    assert spec["mark"]["type"] == "bar"
    # horizontal: the categories go down the y axis, the values across
    assert enc["y"]["field"] == "fruit" and enc["y"]["title"] == "Fruit"
    assert enc["x"]["field"] == "n" and enc["x"]["title"] == "Count"
    assert enc["x"]["stack"] is None and enc["yOffset"]["field"] == "shop"
    assert enc["color"]["field"] == "shop"


def test_EL_14_scatter_chart_single_hex_color_and_size_column() -> None:
    at = AppTest.from_string(
        """
        import pandas as pd, streamlit as st
        df = pd.DataFrame({"x": [1, 2], "y": [3, 4], "s": [10, 20]})
        st.scatter_chart(df, x="x", y="y", color="#FF0000", size="s")
        """
    ).run()
    (spec,) = _specs(at)
    assert spec["mark"]["type"] == "circle"
    assert spec["mark"]["color"] == "#FF0000"
    assert spec["encoding"]["size"]["field"] == "s"
    assert "color" not in spec["encoding"]


def test_chart_unknown_column_is_streamlits_error() -> None:
    at = AppTest.from_string(
        """
        import pandas as pd, streamlit as st
        st.line_chart(pd.DataFrame({"a": [1]}), x="nope")
        """
    ).run()
    assert "Data does not have a column named `nope`." in at.exception[0].message


def test_ANIM_04_add_rows_grows_the_chart_in_place_and_continues_the_index() -> None:
    at = AppTest.from_string(
        """
        import pandas as pd, numpy as np, streamlit as st
        chart = st.line_chart(pd.DataFrame(np.ones((15, 3)), columns=["A", "B", "C"]))
        for _ in range(10):
            chart.add_rows(pd.DataFrame(np.zeros((1, 3)), columns=["A", "B", "C"]))
        st.button("Regenerate")
        """
    ).run()
    deltas = _chart_deltas(at)
    assert len(deltas) == 11
    assert len({tuple(d.path) for d in deltas}) == 1  # every update at the chart's own path
    spec = json.loads(deltas[-1].element.spec)
    rows = spec["data"]["values"]
    assert len(rows) == 25 * 3
    assert sorted({r["index"] for r in rows}) == list(range(25))  # ANIM-05: 25 rows
    assert at.button[0].label == "Regenerate"


def test_add_rows_on_an_element_without_data_is_streamlits_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("x").add_rows([1])
        """
    ).run()
    assert "Only existing elements can `add_rows`." in at.exception[0].message


def test_vega_lite_chart_takes_data_spec_kwargs_and_theme() -> None:
    at = AppTest.from_string(
        """
        import pandas as pd, streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
        st.vega_lite_chart(df, {"mark": "point", "encoding": {"x": {"field": "a"}}},
                           theme=None, use_container_width=True, title="T")
        st.vega_lite_chart({"mark": "bar", "data": {"values": [{"a": 1}]}})
        """
    ).run()
    first, second = _specs(at)
    assert first["data"]["values"] == [{"a": 1, "b": 3}, {"a": 2, "b": 4}]
    assert first["title"] == "T"
    views = at.get("vega_lite_chart")
    assert views[0].proto.theme is None and views[0].proto.use_container_width is True
    assert views[1].proto.theme == "streamlit"
    assert second["data"]["values"] == [{"a": 1}]


def test_vega_lite_chart_errors() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        try:
            st.vega_lite_chart(None, {}, theme="dark")
        except Exception as e:
            st.text(str(e))
        st.vega_lite_chart(None, {})
        """
    ).run()
    assert at.text[0].value.startswith('You set theme="dark" while Streamlit charts only support')
    assert "Vega-Lite charts require a non-empty spec dict." in at.exception[0].message


def test_altair_chart_sends_the_charts_spec() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        class Chart:  # what st.altair_chart reads of an Altair chart
            def to_dict(self):
                return {"mark": "bar", "datasets": {"d": [{"x": 1}]}, "data": {"name": "d"}}
        st.altair_chart(Chart(), use_container_width=True)
        """
    ).run()
    (spec,) = _specs(at)
    assert spec["datasets"] == {"d": [{"x": 1}]}


def test_EL_15_map_reads_lat_lon_and_per_row_size_and_rgba_hex_color() -> None:
    at = AppTest.from_string(
        """
        import pandas as pd, streamlit as st
        df = pd.DataFrame({"lat": [37.7, 37.8], "lon": [-122.4, -122.5],
                           "size": [10, 20], "color": ["#ff000080", "#0000ffff"]})
        st.map(df, size="size", color="color")
        """
    ).run()
    (spec,) = _specs(at)
    assert at.get("vega_lite_chart")[0].proto.testid == "stDeckGlJsonChart"
    enc = spec["encoding"]
    assert enc["latitude"]["field"] == "lat" and enc["longitude"]["field"] == "lon"
    assert enc["size"]["field"] == "size"
    assert enc["color"]["field"] == "color" and enc["color"]["scale"] is None
    assert [r["color"] for r in spec["data"]["values"]] == ["#ff000080", "#0000ffff"]


def test_map_without_latitude_is_streamlits_error() -> None:
    at = AppTest.from_string(
        """
        import pandas as pd, streamlit as st
        st.map(pd.DataFrame({"x": [1]}))
        """
    ).run()
    assert 'Map data must contain a column named "latitude" or "lat".' in at.exception[0].message


def test_TZ_chart_datetimes_keep_their_wall_time() -> None:
    at = AppTest.from_string(
        """
        import pandas as pd, streamlit as st
        idx = pd.DatetimeIndex(["2024-01-01 09:00"]).tz_localize("America/New_York")
        st.line_chart(pd.DataFrame({"v": [1]}, index=idx))
        """
    ).run()
    (spec,) = _specs(at)
    assert spec["encoding"]["x"]["type"] == "temporal"
    assert spec["data"]["values"][0]["index"].startswith("2024-01-01T09:00")
