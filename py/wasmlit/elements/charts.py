"""Charts: st.line_chart, area_chart, bar_chart, scatter_chart, vega_lite_chart,
altair_chart, map and pyplot (the last in media.py's image element).

Note [Chart data inline]
~~~~~~~~~~~~~~~~~~~~~~~~
A chart travels as one Vega-Lite spec (JSON text) with its rows inline as
`data.values`; the page draws it with vega-embed, loaded lazily. Built-in
charts (line, area, bar, scatter) are shaped here the way Streamlit shapes
them: the index (or `x`) on the x axis, several `y` columns melted into one
value column coloured by column name, or a `color` column for long data.
Inline JSON suits the chart sizes people draw; big frames belong to
st.dataframe's Arrow transport.

Note [Maps offline]
~~~~~~~~~~~~~~~~~~~
st.map in Streamlit draws on map tiles from a tile server. A static bundle
cannot count on reaching one (and tests here run offline), so st.map draws its
points as a Vega-Lite scatter in a Mercator projection, with no base map.
"""

from __future__ import annotations

import importlib
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from wasmlit import protocol
from wasmlit.dataframe.selection import AttributeDictionary, register_selection, selection_payload
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx

ChartType = Literal["line", "area", "bar", "scatter"]

#: Streamlit's height of a built-in chart when none is given (pixels).
DEFAULT_HEIGHT = 400
_COLOR_FIELD = "color--p5bJXXpQgvPz6yvQMFiy"
_VALUE_FIELD = "value--p5bJXXpQgvPz6yvQMFiy"
_DEFAULT_MAP_COLOR = "#ff0000c8"


# ------------------------------------------------------------------ data


def _pandas() -> Any:
    # Imported when a chart has data, typed Any: pandas ships no type stubs.
    return importlib.import_module("pandas")


def to_frame(data: Any) -> Any:
    """`data` as a pandas DataFrame (pandas is imported only here, when a chart
    has data: Note [Chart data inline])."""
    pd = _pandas()

    if data is None:
        return pd.DataFrame()
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, pd.Series):
        return data.to_frame()
    if hasattr(data, "to_pandas"):  # pyarrow Table, polars, ...
        return data.to_pandas()
    if hasattr(data, "data") and hasattr(data, "to_html") and hasattr(data, "hide"):
        return data.data  # a Styler: its frame
    try:
        import numpy as np

        if isinstance(data, np.ndarray):
            if data.ndim == 1:
                return pd.DataFrame({"0": data}) if data.size else pd.DataFrame()
            return pd.DataFrame(data)
    except ImportError:  # pragma: no cover - numpy comes with pandas
        pass
    if isinstance(data, dict):
        try:
            return pd.DataFrame(data)
        except ValueError:
            return pd.DataFrame([data])
    return pd.DataFrame(list(data) if not isinstance(data, (list, tuple)) else data)


def records(df: Any) -> list[Any]:
    """The rows of `df` as JSON-ready dicts: NaN as null, datetimes as ISO text in
    the zone the value holds (never converted: CHECKLIST TZ)."""
    pd = _pandas()

    out = df.copy()
    out.columns = [str(c) for c in out.columns]
    for name in out.columns:
        col = out[name]
        if isinstance(col.dtype, pd.DatetimeTZDtype):
            out[name] = col.dt.tz_localize(None)
    text = out.to_json(orient="records", date_format="iso", default_handler=str)
    rows: list[Any] = json.loads(text)
    return rows


def _escape_field(name: str) -> str:
    # Vega-Lite reads "." and "[]" in a field name as nested access.
    return name.replace("\\", "\\\\").replace(".", "\\.").replace("[", "\\[").replace("]", "\\]")


def _field_type(series: Any, *, chart: ChartType | None = None, category: bool = False) -> str:
    pd = _pandas()

    dtype = series.dtype
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "temporal"
    if pd.api.types.is_bool_dtype(dtype):
        return "nominal"
    if pd.api.types.is_numeric_dtype(dtype):
        return "ordinal" if (category and chart == "bar") else "quantitative"
    if len(series) and all(hasattr(v, "isoformat") for v in series.dropna()[:20]):
        return "temporal"
    return "nominal"


def _columns(value: str | Sequence[str] | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _is_color_value(value: Any) -> bool:
    if isinstance(value, str):
        v = value.strip()
        return v.startswith("#") or v.startswith("rgb") or v.startswith("hsl")
    return isinstance(value, (tuple, list)) and len(value) in (3, 4) and all(
        isinstance(c, (int, float)) for c in value
    )


def css_color(value: Any) -> str:
    """A Streamlit color (hex text, or an RGB(A) tuple of 0-255 with alpha 0-1 or
    0-255) as CSS text."""
    if isinstance(value, str):
        return value.strip()
    parts = list(value)
    r, g, b = (int(c) for c in parts[:3])
    if len(parts) == 4:
        a = float(parts[3])
        a = a / 255 if a > 1 else a
        return f"rgba({r},{g},{b},{a:g})"
    return f"rgb({r},{g},{b})"


# -------------------------------------------------------- built-in charts


@dataclass
class BuiltinChart:
    """The arguments of one built-in chart; `data` grows with add_rows."""

    chart: ChartType
    data: Any
    x: str | None
    y: list[str] | None
    color: Any
    size: Any
    x_label: str | None
    y_label: str | None
    width: int | None
    height: int | None
    horizontal: bool = False
    stack: Any = None
    use_container_width: bool = True

    def spec(self) -> dict[str, Any]:
        return builtin_spec(self)

    def add_rows(self, dg: DeltaGenerator, data: Any) -> None:
        self.data = append_rows(self.data, data)
        _send_chart(dg, json.dumps(self.spec(), allow_nan=False), self.use_container_width,
                    "streamlit", "stVegaLiteChart", self)


def append_rows(old: Any, new: Any) -> Any:
    """`old` with `new`'s rows after it; a default (range) index continues
    where the old one stops, as in Streamlit."""
    pd = _pandas()

    new_df = to_frame(new)
    if old is None or len(old.columns) == 0:
        return new_df
    if isinstance(old.index, pd.RangeIndex) and isinstance(new_df.index, pd.RangeIndex):
        start = old.index.stop
        new_df = new_df.copy()
        new_df.index = pd.RangeIndex(start, start + len(new_df), name=old.index.name)
    return pd.concat([old, new_df])


def _prepare(c: BuiltinChart) -> tuple[Any, str, list[str], str | None]:
    """The frame to draw, its x column, its y columns, and the colour column
    (None when one series has no colour field)."""
    df = to_frame(c.data)
    columns = [str(col) for col in df.columns]
    df = df.copy()
    df.columns = columns
    for name in [c.x, *(c.y or [])]:
        if name is not None and name not in columns:
            raise StreamlitAPIException(f"Data does not have a column named `{name}`.")
    color_column = c.color if isinstance(c.color, str) and c.color in columns else None
    if isinstance(c.color, str) and color_column is None and not _is_color_value(c.color):
        raise StreamlitAPIException(f"Data does not have a column named `{c.color}`.")
    size_column = c.size if isinstance(c.size, str) and c.size in columns else None
    if c.x is None:
        x = str(df.index.name) if df.index.name is not None else "index"
        while x in columns:
            x = x + "_"
        df.index.name = x
        df = df.reset_index()
    else:
        x = c.x
    skip = {x, color_column, size_column}
    ys = c.y if c.y is not None else [col for col in df.columns if col not in skip]
    keep = list(dict.fromkeys([x, *ys, *(col for col in (color_column, size_column) if col)]))
    df = df[keep]
    if color_column is None and len(ys) > 1:
        ids = [col for col in keep if col not in ys]
        df = df.melt(id_vars=ids, value_vars=ys, var_name=_COLOR_FIELD, value_name=_VALUE_FIELD)
        return df, x, [_VALUE_FIELD], _COLOR_FIELD
    return df, x, ys, color_column


def builtin_spec(c: BuiltinChart) -> dict[str, Any]:
    """The Vega-Lite spec of a built-in chart (Note [Chart data inline])."""
    df, x, ys, color_field = _prepare(c)
    y = ys[0] if ys else None
    x_enc: dict[str, Any] = {
        "field": _escape_field(x),
        "type": _field_type(df[x], chart=c.chart, category=True) if len(df) else "quantitative",
        "title": c.x_label if c.x_label is not None else x,
    }
    y_enc: dict[str, Any] = {"type": "quantitative"}
    if y is not None:
        y_enc["field"] = _escape_field(y)
        y_enc["title"] = c.y_label if c.y_label is not None else ("" if y == _VALUE_FIELD else y)
    elif c.y_label is not None:
        y_enc["title"] = c.y_label
    if c.x_label is None and c.x is None:
        x_enc["title"] = "" if x == "index" else x
    encoding: dict[str, Any] = {}
    mark_type = {"line": "line", "area": "area", "bar": "bar", "scatter": "circle"}[c.chart]
    mark: dict[str, Any] = {"type": mark_type, "tooltip": True}
    if c.chart == "scatter":
        mark["opacity"] = 0.7
    if color_field is not None:
        color_enc: dict[str, Any] = {
            "field": _escape_field(color_field),
            "type": "nominal",
            "title": "" if color_field == _COLOR_FIELD else color_field,
            "legend": {"orient": "bottom"} if c.chart != "scatter" else {},
        }
        if isinstance(c.color, (list, tuple)) and c.color and all(_is_color_value(v) for v in c.color):
            color_enc["scale"] = {"range": [css_color(v) for v in c.color]}
        elif color_field != _COLOR_FIELD and len(df) and all(
            _is_color_value(v) for v in df[color_field].dropna()
        ):
            color_enc["scale"] = None  # the column holds the colours themselves
            color_enc.pop("legend", None)
            color_enc["legend"] = None
        encoding["color"] = color_enc
    elif c.color is not None:
        colors = c.color if isinstance(c.color, (list, tuple)) and not _is_color_value(c.color) else [c.color]
        mark["color"] = css_color(colors[0])
    if c.chart in ("bar", "area") and y is not None:
        if c.stack is False:
            y_enc["stack"] = None
            if c.chart == "bar" and color_field is not None:
                encoding["xOffset" if not c.horizontal else "yOffset"] = {
                    "field": _escape_field(color_field)
                }
        elif c.stack in ("normalize", "center"):
            y_enc["stack"] = c.stack
        elif c.stack == "layered":
            y_enc["stack"] = None
            mark["opacity"] = 0.7
        elif c.stack not in (None, True):
            raise StreamlitAPIException(
                f'Invalid value for stack parameter: {c.stack}. Stack must be one of '
                'True, False, "layered", "normalize", or "center".'
            )
    if c.chart == "scatter" and c.size is not None:
        if isinstance(c.size, str):
            if c.size not in df.columns:
                raise StreamlitAPIException(f"Data does not have a column named `{c.size}`.")
            encoding["size"] = {"field": _escape_field(c.size), "type": "quantitative"}
        elif isinstance(c.size, (int, float)):
            mark["size"] = c.size
        else:
            raise StreamlitAPIException(
                "This does not look like a valid size: "
                f"{c.size!r}"
            )
    if c.horizontal:
        encoding["x"], encoding["y"] = y_enc, x_enc
    else:
        encoding["x"], encoding["y"] = x_enc, y_enc
    encoding["tooltip"] = [
        {"field": _escape_field(str(col)), "type": _field_type(df[col]), "title": "" if col in (_COLOR_FIELD, _VALUE_FIELD) else str(col)}
        for col in df.columns
    ]
    spec: dict[str, Any] = {
        "data": {"values": records(df)},
        "mark": mark,
        "encoding": encoding,
        "height": c.height if c.height is not None else DEFAULT_HEIGHT,
    }
    if c.width is not None and not c.use_container_width:
        spec["width"] = c.width
    if c.chart in ("line", "area") and encoding["x"].get("type") == "quantitative":
        spec["params"] = [{"name": "grid", "select": "interval", "bind": "scales"}]
    return spec


def _send_chart(
    dg: DeltaGenerator,
    spec: str,
    use_container_width: bool,
    theme: Literal["streamlit"] | None,
    testid: Literal["stVegaLiteChart", "stDeckGlJsonChart"],
    source: Any | None,
    selection: tuple[list[str], str] | None = None,
) -> DeltaGenerator:
    modes, selection_id = selection if selection is not None else ([], None)
    out = dg._enqueue(protocol.VegaLiteChart(spec, use_container_width, theme, testid,
                                             list(modes), selection_id))
    ctx = get_script_run_ctx()
    if ctx is not None:
        if source is not None:
            ctx.row_sources[out.path] = source
        else:
            ctx.row_sources.pop(out.path, None)
    return out


def _builtin(dg: DeltaGenerator, chart: BuiltinChart) -> DeltaGenerator:
    spec = json.dumps(chart.spec(), allow_nan=False)
    return _send_chart(dg, spec, chart.use_container_width, "streamlit", "stVegaLiteChart", chart)


def _size(value: int | None, name: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise StreamlitAPIException(f"`{name}` must be a non-negative integer, got {value!r}.")
    return value or None


@command
def line_chart(
    dg: DeltaGenerator,
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    width: int | None = None,
    height: int | None = None,
    use_container_width: bool = True,
) -> DeltaGenerator:
    """A line chart of `data` (CHECKLIST EL-13): the index or `x` across, each `y`
    column a line (or one line per value of a `color` column)."""
    return _builtin(dg, BuiltinChart("line", to_frame(data), x, _columns(y), color, None, x_label,
                                     y_label, _size(width, "width"), _size(height, "height"),
                                     use_container_width=use_container_width))


@command
def area_chart(
    dg: DeltaGenerator,
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    stack: Any = None,
    width: int | None = None,
    height: int | None = None,
    use_container_width: bool = True,
) -> DeltaGenerator:
    """An area chart of `data`; several series stack unless `stack` says otherwise."""
    return _builtin(dg, BuiltinChart("area", to_frame(data), x, _columns(y), color, None, x_label,
                                     y_label, _size(width, "width"), _size(height, "height"),
                                     stack=stack, use_container_width=use_container_width))


@command
def bar_chart(
    dg: DeltaGenerator,
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    horizontal: bool = False,
    stack: Any = None,
    width: int | None = None,
    height: int | None = None,
    use_container_width: bool = True,
) -> DeltaGenerator:
    """A bar chart of `data` (CHECKLIST EL-13); `horizontal` bars, `stack` as
    Streamlit's (True, False for grouped, "layered", "normalize", "center")."""
    return _builtin(dg, BuiltinChart("bar", to_frame(data), x, _columns(y), color, None, x_label,
                                     y_label, _size(width, "width"), _size(height, "height"),
                                     horizontal=bool(horizontal), stack=stack,
                                     use_container_width=use_container_width))


@command
def scatter_chart(
    dg: DeltaGenerator,
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    width: int | None = None,
    height: int | None = None,
    use_container_width: bool = True,
) -> DeltaGenerator:
    """A scatter chart (CHECKLIST EL-14): `color` a column or one colour for every
    point ("#FF0000"), `size` a column or a number."""
    return _builtin(dg, BuiltinChart("scatter", to_frame(data), x, _columns(y), color, size,
                                     x_label, y_label, _size(width, "width"),
                                     _size(height, "height"),
                                     use_container_width=use_container_width))


# -------------------------------------------------- Vega-Lite and Altair


def check_theme(theme: Any) -> Literal["streamlit"] | None:
    if theme not in ("streamlit", None):
        raise StreamlitAPIException(
            f'You set theme="{theme}" while Streamlit charts only support '
            "theme=”streamlit” or theme=None to fallback to the default "
            "library theme."
        )
    return "streamlit" if theme == "streamlit" else None


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "to_dict") and hasattr(value, "columns"):
        return records(value)
    return str(value)


def _clean_nan(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _clean_nan(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_nan(v) for v in value]
    return value


@dataclass
class VegaLiteSource:
    """st.vega_lite_chart's spec and data; `data` grows with add_rows."""

    spec: dict[str, Any]
    data: Any
    use_container_width: bool
    theme: Literal["streamlit"] | None
    extra: dict[str, Any] = field(default_factory=dict)
    selection: tuple[list[str], str] | None = None

    def text(self) -> str:
        spec = dict(self.spec)
        if self.data is not None:
            spec["data"] = {"values": records(self.data)}
        elif isinstance(spec.get("data"), dict) and "values" in spec["data"]:
            values = spec["data"]["values"]
            if hasattr(values, "columns"):
                spec["data"] = {**spec["data"], "values": records(values)}
        text = json.dumps(spec, default=_json_default)
        if "NaN" in text or "Infinity" in text:
            text = json.dumps(_clean_nan(json.loads(text)), allow_nan=False)
        return text

    def add_rows(self, dg: DeltaGenerator, data: Any) -> None:
        self.data = append_rows(self.data, data)
        _send_chart(dg, self.text(), self.use_container_width, self.theme, "stVegaLiteChart", self,
                    self.selection)


@command
def vega_lite_chart(
    dg: DeltaGenerator,
    data: Any = None,
    spec: dict[str, Any] | None = None,
    *,
    use_container_width: bool = False,
    theme: Any = "streamlit",
    key: str | None = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    **kwargs: Any,
) -> Any:
    """A chart from a Vega-Lite spec (a dict); `data` (any table) becomes its inline
    values. Spec keys may also be given as keyword arguments."""
    checked_theme = check_theme(theme)
    check_on_select(on_select)
    if spec is None and isinstance(data, dict):
        spec, data = data, None
    full: dict[str, Any] = {**(spec or {}), **kwargs}
    if not full:
        raise StreamlitAPIException("Vega-Lite charts require a non-empty spec dict.")
    frame = to_frame(data) if data is not None else None
    source = VegaLiteSource(full, frame, bool(use_container_width), checked_theme)
    return _vega_selection_or_chart(dg, source, key, on_select, selection_mode)


@command
def altair_chart(
    dg: DeltaGenerator,
    altair_chart: Any,
    *,
    use_container_width: bool = False,
    theme: Any = "streamlit",
    key: str | None = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
) -> Any:
    """An Altair chart (altair is pure Python: list it in requirements.txt); it is
    sent as its Vega-Lite spec."""
    checked_theme = check_theme(theme)
    check_on_select(on_select)
    if not hasattr(altair_chart, "to_dict"):
        raise StreamlitAPIException(
            f"st.altair_chart expects an Altair chart, got {type(altair_chart).__name__}."
        )
    spec = altair_chart.to_dict()
    source = VegaLiteSource(spec, None, bool(use_container_width), checked_theme)
    return _vega_selection_or_chart(dg, source, key, on_select, selection_mode)


# ------------------------------------------------------ chart selections


def check_on_select(on_select: Any) -> None:
    """Streamlit's check of `on_select` (charts and st.dataframe alike)."""
    if on_select not in ("ignore", "rerun") and not callable(on_select):
        raise StreamlitAPIException(
            f"You have passed {on_select} to `on_select`. But only 'ignore', "
            "'rerun', or a callable is supported."
        )


def _stable_names(text: str, prefix: str) -> str:
    """Altair names unnamed parameters and views from a global counter
    (param_7, view_12), which would give the chart a new widget id on every
    rerun: number them from 1 in order of appearance instead."""
    found = list(dict.fromkeys(re.findall(rf'"{prefix}\d+"', text)))
    if not found:
        return text
    mapping = {old: f'"{prefix}{i}"' for i, old in enumerate(found, start=1)}
    return re.sub(rf'"{prefix}\d+"', lambda m: mapping[m.group(0)], text)


def stable_spec(text: str) -> str:
    """`text` (a spec as JSON) with Altair's counter names made stable."""
    if '"params"' in text:
        text = _stable_names(text, "param_")
    if re.search(r'"(vconcat|hconcat|facet|layer|concat|repeat)"', text):
        text = _stable_names(text, "view_")
    return text


def selection_params(spec: dict[str, Any], selection_mode: str | Iterable[str] | None) -> list[str]:
    """The selection parameters to report: all the spec's (`params` with a name
    and a `select`) or those named by `selection_mode`; Streamlit's errors."""
    if any(k in spec for k in ("layer", "hconcat", "vconcat", "concat", "spec")) or (
        "encoding" not in spec
    ):
        raise StreamlitAPIException(
            "Selections are not yet supported for multi-view charts (chart compositions). "
            "If you would like to use selections on multi-view charts, please upvote "
            "this [Github issue](https://github.com/streamlit/streamlit/issues/8643)."
        )
    names = {
        str(p["name"]) for p in spec.get("params") or []
        if isinstance(p, dict) and p.get("name") and p.get("select")
    }
    if not names:
        raise StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not "
            "have any selections defined. To add selections to `st.altair_chart`, check out "
            "the documentation [here](https://altair-viz.github.io/user_guide/interactions.html"
            "#selections-capturing-chart-interactions). For adding selections to "
            "`st.vega_lite_chart`, take a look at the specification "
            "[here](https://vega.github.io/vega-lite/docs/selection.html)."
        )
    if selection_mode is None:
        return sorted(names)
    wanted = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in wanted:
        if name not in names:
            raise StreamlitAPIException(
                f"Selection parameter '{name}' is not defined in the chart "
                f"spec. Available selection parameters are: {names}."
            )
    return sorted(wanted)


def vega_state(raw: Any, params: Sequence[str]) -> AttributeDictionary:
    """The page's selection (JSON text) as Streamlit's VegaLiteState:
    `event.selection.<param>` holds what Vega-Lite selected (a list of
    {field: value} for a point selection, {field: [low, high]} for an
    interval), `{}` for a parameter with nothing selected."""
    selection = AttributeDictionary({name: {} for name in params})
    for name, value in selection_payload(raw).items():
        selection[str(name)] = AttributeDictionary(value) if isinstance(value, dict) else value
    return AttributeDictionary(selection=selection)


def _vega_selection_or_chart(
    dg: DeltaGenerator, source: VegaLiteSource, key: Any, on_select: Any,
    selection_mode: str | Iterable[str] | None,
) -> Any:
    text = stable_spec(source.text())
    if on_select == "ignore":
        return _send_chart(dg, text, source.use_container_width, source.theme,
                           "stVegaLiteChart", source)
    params = selection_params(json.loads(text), selection_mode)
    widget_id, state = register_selection(
        dg, "vega_lite_chart", key, on_select, lambda raw: vega_state(raw, params),
        spec=text, theme=source.theme, use_container_width=source.use_container_width,
        selection_mode=params)
    source.selection = (params, widget_id)
    _send_chart(dg, text, source.use_container_width, source.theme, "stVegaLiteChart", source,
                source.selection)
    return state


# ------------------------------------------------------------------- map


_LAT_NAMES = ("lat", "latitude", "LAT", "LATITUDE")
_LON_NAMES = ("lon", "longitude", "LON", "LONGITUDE")


def _find_column(df: Any, given: str | None, names: tuple[str, ...], what: str) -> str:
    if given is not None:
        if given not in df.columns:
            raise StreamlitAPIException(f"Map data must contain a column named {given!r}.")
        return given
    for name in names:
        if name in df.columns:
            return name
    raise StreamlitAPIException(
        f'Map data must contain a column named "{what}" or "{names[0]}".'
    )


@command
def map(  # noqa: A001  (Streamlit's name)
    dg: DeltaGenerator,
    data: Any = None,
    *,
    latitude: str | None = None,
    longitude: str | None = None,
    color: Any = None,
    size: Any = None,
    zoom: int | None = None,
    use_container_width: bool = True,
    width: int | None = None,
    height: int | None = None,
) -> DeltaGenerator:
    """Points on a map (CHECKLIST EL-15), drawn without map tiles: Note [Maps offline]."""
    df = to_frame(data)
    df = df.copy()
    df.columns = [str(c) for c in df.columns]
    lat = _find_column(df, latitude, _LAT_NAMES, "latitude")
    lon = _find_column(df, longitude, _LON_NAMES, "longitude")
    for col in (lat, lon):
        if df[col].isnull().any():
            raise StreamlitAPIException(
                f"Column {col} is not allowed to contain null values, such as NaN, NaT, or None."
            )
    mark: dict[str, Any] = {"type": "circle", "opacity": 1}
    encoding: dict[str, Any] = {
        "longitude": {"field": _escape_field(lon), "type": "quantitative"},
        "latitude": {"field": _escape_field(lat), "type": "quantitative"},
    }
    keep = [lat, lon]
    if isinstance(color, str) and color in df.columns:
        keep.append(color)
        df[color] = [css_color(v) for v in df[color]]
        encoding["color"] = {"field": _escape_field(color), "type": "nominal", "scale": None,
                             "legend": None}
    else:
        mark["color"] = css_color(color) if color is not None else _DEFAULT_MAP_COLOR
    if isinstance(size, str) and size in df.columns:
        keep.append(size)
        encoding["size"] = {"field": _escape_field(size), "type": "quantitative", "legend": None}
    elif isinstance(size, (int, float)) and not isinstance(size, bool):
        mark["size"] = max(float(size) / 10, 4.0)
    else:
        mark["size"] = 30
    spec: dict[str, Any] = {
        "data": {"values": records(df[list(dict.fromkeys(keep))])},
        "projection": {"type": "mercator"},
        "mark": mark,
        "encoding": encoding,
        "height": _size(height, "height") or 500,
    }
    if width is not None and not use_container_width:
        spec["width"] = _size(width, "width")
    return _send_chart(dg, json.dumps(spec, allow_nan=False), bool(use_container_width),
                       "streamlit", "stDeckGlJsonChart", None)


from wasmlit.elements import plotly_chart as _plotly_chart  # noqa: E402,F401  (registers st.plotly_chart)
