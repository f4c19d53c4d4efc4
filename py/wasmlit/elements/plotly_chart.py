"""st.plotly_chart: a Plotly figure, drawn in the page by plotly.js.

Note [Plotly figures]
~~~~~~~~~~~~~~~~~~~~~
plotly is pure Python but not one of Pyodide's packages: an app lists it in
requirements.txt and the build bundles its wheel. The figure travels as
plotly's own JSON (`plotly.io.to_json`), with plotly.js's config beside it; the
page draws it with plotly.js from a lazily loaded chunk of its own (Note [Lazy
plotly] in web/src/app/elements/plotly.tsx). With theme="streamlit" a figure
still on plotly's stock template gets STREAMLIT_TEMPLATE instead (Streamlit
makes its template the default when it is imported; a figure here may have
been made before wasmlit could, so the swap happens when it is shown). A
figure whose template the app chose keeps it, and theme=None keeps plotly's
own look.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable
from typing import Any, Literal, cast

from wasmlit import protocol
from wasmlit.dataframe.selection import AttributeDictionary, register_selection, selection_payload
from wasmlit.elements.charts import check_on_select, check_theme
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException

SelectionMode = Literal["points", "box", "lasso"]
_SELECTION_MODES: tuple[SelectionMode, ...] = ("points", "box", "lasso")

_CATEGORY = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d",
             "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"]
_SEQUENTIAL = ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff",
               "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"]
_TEXT = "#31333f"
_GRID = "#e6eaf1"
_AXIS = {"gridcolor": _GRID, "zerolinecolor": _GRID, "linecolor": _GRID,
         "tickcolor": _GRID, "tickfont": {"color": "#808495"},
         "title": {"font": {"color": _TEXT}}, "automargin": True}

#: Streamlit's look for Plotly figures (colours, font, transparent background).
STREAMLIT_TEMPLATE: dict[str, Any] = {
    "layout": {
        "colorway": _CATEGORY,
        "colorscale": {"sequential": [[i / 9, c] for i, c in enumerate(_SEQUENTIAL)]},
        "font": {"family": '"Source Sans Pro", sans-serif', "color": _TEXT, "size": 14},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "title": {"font": {"color": _TEXT, "size": 16}, "x": 0, "xanchor": "left"},
        "legend": {"font": {"color": _TEXT}},
        "hoverlabel": {"bgcolor": "#ffffff", "font": {"color": _TEXT}},
        "xaxis": _AXIS,
        "yaxis": _AXIS,
        "margin": {"t": 40, "l": 10, "r": 10, "b": 10},
    },
}


def _plotly() -> tuple[Any, Any]:
    try:
        pio = importlib.import_module("plotly.io")  # typed Any: plotly ships no stubs
        tools = importlib.import_module("plotly.tools")
    except ImportError as e:  # pragma: no cover - the message is what matters
        raise StreamlitAPIException(
            "st.plotly_chart needs plotly: add `plotly` to the app's requirements.txt."
        ) from e
    return pio, tools


def _figure(figure_or_data: Any) -> Any:
    """A plotly Figure from a Figure, data, a dict or list of them, or a
    matplotlib figure (converted as Streamlit does)."""
    _pio, tools = _plotly()
    cls = type(figure_or_data)
    if f"{cls.__module__}.{cls.__qualname__}" == "matplotlib.figure.Figure":
        return tools.mpl_to_plotly(figure_or_data)
    return tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)


def figure_json(figure: Any, theme: Literal["streamlit"] | None) -> str:
    """The figure as plotly's JSON text, on STREAMLIT_TEMPLATE when `theme` is
    "streamlit" and the figure is still on plotly's stock template (Note
    [Plotly figures])."""
    pio, _tools = _plotly()
    text = cast(str, pio.to_json(figure, validate=False))
    if theme != "streamlit":
        return text
    spec = json.loads(text)
    layout = spec.setdefault("layout", {})
    if layout.get("template") not in (None, {}, _stock_template()):
        return text
    layout["template"] = STREAMLIT_TEMPLATE
    return json.dumps(spec)


_STOCK: list[Any] = []


def _stock_template() -> Any:
    """plotly's stock template as it appears in a figure's JSON."""
    if not _STOCK:
        pio, _tools = _plotly()
        try:
            go: Any = importlib.import_module("plotly.graph_objects")
        except ImportError:  # pragma: no cover - plotly.io imported above
            return None
        fig = go.Figure(layout={"template": pio.templates["plotly"]})
        _STOCK.append(json.loads(pio.to_json(fig, validate=False))["layout"]["template"])
    return _STOCK[0]


def selection_modes(selection_mode: Any) -> list[SelectionMode]:
    """`selection_mode` checked, as a sorted list (Streamlit's error)."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes.issubset(_SELECTION_MODES):
        raise StreamlitAPIException(
            f"Invalid selection mode: {selection_mode}. "
            f"Valid options are: {set(_SELECTION_MODES)}"
        )
    return sorted(cast(set[SelectionMode], modes))


def plotly_state(raw: Any) -> AttributeDictionary:
    """The page's selection (JSON text) as Streamlit's PlotlyState:
    `event.selection.points` (dicts, attribute access too), `.point_indices`,
    `.box` and `.lasso`; empty lists when nothing is selected."""
    got = selection_payload(raw)

    def dicts(name: str) -> list[Any]:
        items = got.get(name)
        if not isinstance(items, list):
            return []
        return [AttributeDictionary(i) if isinstance(i, dict) else i for i in items]

    indices = got.get("point_indices")
    return AttributeDictionary(selection=AttributeDictionary(
        points=dicts("points"),
        point_indices=[i for i in indices if isinstance(i, int)] if isinstance(indices, list)
        else [],
        box=dicts("box"),
        lasso=dicts("lasso"),
    ))


@command
def plotly_chart(
    dg: DeltaGenerator,
    figure_or_data: Any,
    use_container_width: bool = True,
    *,
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: SelectionMode | Iterable[SelectionMode] = ("points", "box", "lasso"),
    **kwargs: Any,
) -> Any:
    """An interactive Plotly chart (Note [Plotly figures]). With on_select
    ("rerun" or a callable) it is a widget: clicking, box- or lasso-selecting
    points reruns the app and this returns Streamlit's selection state."""
    if "sharing" in kwargs:
        from wasmlit.elements.tree import COMMANDS, active_dg

        COMMANDS["warning"](
            active_dg(),
            "The `sharing` parameter has been deprecated and will be removed in a future "
            "release. Plotly charts will always be rendered using Streamlit's offline mode.",
        )
    checked_theme = check_theme(theme)
    check_on_select(on_select)
    modes = selection_modes(selection_mode) if on_select != "ignore" else []
    figure = _figure(figure_or_data)
    config = dict(kwargs.get("config", {}))
    config.setdefault("showLink", kwargs.get("show_link", False))
    config.setdefault("linkText", kwargs.get("link_text", False))
    spec = figure_json(figure, checked_theme)
    config_text = json.dumps(config, default=str)
    full = bool(use_container_width)
    if on_select == "ignore":
        return dg._enqueue(protocol.PlotlyChart(spec, config_text, full, checked_theme, [], None))
    widget_id, state = register_selection(
        dg, "plotly_chart", key, on_select, plotly_state, spec=spec, config=config_text,
        theme=checked_theme, use_container_width=full, selection_mode=modes)
    dg._enqueue(protocol.PlotlyChart(spec, config_text, full, checked_theme, list(modes),
                                     widget_id))
    return state
