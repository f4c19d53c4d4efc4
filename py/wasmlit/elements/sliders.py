"""st.slider (numbers, dates, times, datetimes; single or range) and st.select_slider.

Note [Timelike sliders]
~~~~~~~~~~~~~~~~~~~~~~~
As in Streamlit, a date, time or datetime slider sends microseconds since the
Unix epoch: a date is its midnight, a time sits on 2000-01-01, and a datetime
is taken at face value as if it were UTC (its tzinfo is put back when the
value returns). The page formats those numbers in UTC, so it shows exactly
what the script holds, whatever the viewer's zone (CHECKLIST TZ-04, TZ-06).
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any

from wasmlit import protocol
from wasmlit.elements.form import check_callback_rules, shown_value
from wasmlit.elements.inputs import (
    _equal,
    _key,
    _meta,
    _set_by_state,
    _visibility,
    _widget_id,
    options_list,
)
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.state.enums import coerce_choice, coerce_choices
from wasmlit.state.widgets import WidgetCallback, register_widget

_UTC_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_SCALARS = (numbers.Integral, numbers.Real, datetime, date, time)


def _data_type(v: Any) -> str:
    if isinstance(v, bool):
        return "int"  # bool is an Integral, as in Streamlit
    if isinstance(v, numbers.Integral):
        return "int"
    if isinstance(v, numbers.Real):
        return "float"
    if isinstance(v, datetime):
        return "datetime"
    if isinstance(v, date):
        return "date"
    if isinstance(v, time):
        return "time"
    raise StreamlitAPIException(
        "Slider value should either be an int/float/datetime or a list/tuple of 0 to 2 "
        "ints/floats/datetimes"
    )


def _as_datetime(v: Any, data_type: str) -> datetime:
    if data_type == "time":
        return datetime.combine(date(2000, 1, 1), v)
    if data_type == "date":
        return datetime.combine(v, time())
    return v  # type: ignore[no-any-return]  # a datetime already


def _micros(dt: datetime) -> int:
    delta = dt.replace(tzinfo=timezone.utc) - _UTC_EPOCH
    return delta.days * 86_400_000_000 + delta.seconds * 1_000_000 + delta.microseconds


def _from_micros(micros: float, data_type: str, tz: tzinfo | None) -> Any:
    if data_type == "int":
        return int(micros)
    if data_type == "float":
        return float(micros)
    dt = (_UTC_EPOCH + timedelta(microseconds=int(micros))).replace(tzinfo=tz)
    if data_type == "date":
        return dt.date()
    if data_type == "time":
        return dt.time().replace(tzinfo=tz)
    return dt


def _bound_errors(v: Any, lo: Any, hi: Any) -> None:
    if v < lo:
        raise StreamlitAPIException(f"The `value` {v} is less than the `min_value` {lo}.")
    if v > hi:
        raise StreamlitAPIException(f"The `value` {v} is greater than the `max_value` {hi}.")


@command
def slider(
    dg: DeltaGenerator, label: str, min_value: Any = None, max_value: Any = None,
    value: Any = None, step: Any = None, format: str | None = None, key: Any = None,
    help: str | None = None, on_change: WidgetCallback | None = None,
    args: Iterable[Any] | None = None, kwargs: dict[str, Any] | None = None, *,
    disabled: bool = False, label_visibility: str = "visible",
) -> Any:
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    given_value = value
    if value is None:
        # A keyed slider whose key holds a range in session state is a range slider.
        single = True
        ctx = get_script_run_ctx()
        if user_key is not None and ctx is not None and user_key in ctx.session.session_state:
            single = isinstance(ctx.session.session_state[user_key], _SCALARS)
        if single:
            value = min_value if min_value is not None else 0
        else:
            value = [min_value if min_value is not None else 0,
                     max_value if max_value is not None else 100]
    single = isinstance(value, _SCALARS)
    is_range = isinstance(value, (list, tuple)) and len(value) in (0, 1, 2)
    if not single and not is_range:
        raise StreamlitAPIException(
            "Slider value should either be an int/float/datetime or a list/tuple of 0 to 2 "
            "ints/floats/datetimes"
        )
    values: list[Any] = [value] if single else list(value)
    kinds = [_data_type(v) for v in values]
    if len(set(kinds)) > 1:
        raise StreamlitAPIException(
            "Slider tuple/list components must be of the same type.\n"
            f"But were: {list(map(type, values))}"
        )
    data_type = kinds[0] if kinds else "int"
    if data_type == "time":
        tz0 = values[0].tzinfo
        dmin: Any = time.min.replace(tzinfo=tz0)
        dmax: Any = time.max.replace(tzinfo=tz0)
    elif data_type in ("date", "datetime"):
        dmin, dmax = values[0] - timedelta(days=14), values[0] + timedelta(days=14)
    elif data_type == "int":
        dmin, dmax = 0, 100
    else:
        dmin, dmax = 0.0, 1.0
    defaults = {"int": (1, "%d"), "float": (0.01, "%0.2f"), "date": (timedelta(days=1), "YYYY-MM-DD"),
                "datetime": (timedelta(days=1), "YYYY-MM-DD"),
                "time": (timedelta(minutes=15), "HH:mm")}
    min_value = dmin if min_value is None else min_value
    max_value = dmax if max_value is None else max_value
    if step is None:
        step = defaults[data_type][0]
        if data_type in ("date", "datetime") and max_value - min_value < timedelta(days=1):
            step = timedelta(minutes=15)
    format = defaults[data_type][1] if format is None else format
    if step == 0:
        raise StreamlitAPIException("Slider components cannot be passed a `step` of 0.")
    trio = [min_value, max_value, step]
    int_args = all(isinstance(a, numbers.Integral) for a in trio)
    float_args = all(isinstance(a, numbers.Real) and not isinstance(a, numbers.Integral)
                     for a in trio)
    timelike_args = (data_type in ("date", "time", "datetime") and isinstance(step, timedelta)
                     and type(min_value) is type(max_value))
    if not int_args and not float_args and not timelike_args:
        raise StreamlitAPIException(
            "Slider value arguments must be of matching types.\n"
            f"`min_value` has {type(min_value).__name__} type.\n"
            f"`max_value` has {type(max_value).__name__} type.\n"
            f"`step` has {type(step).__name__} type."
        )
    if not ((data_type == "int" and int_args) or (data_type == "float" and float_args)
            or (data_type in ("date", "time", "datetime") and timelike_args)):
        raise StreamlitAPIException(
            "Both value and arguments must be of the same type.\n"
            f"`value` has {type(value).__name__} type.\n"
            f"`min_value` has {type(min_value).__name__} type.\n"
            f"`max_value` has {type(max_value).__name__} type."
        )
    min_value, max_value = min(min_value, max_value), max(min_value, max_value)
    if len(values) == 1:
        min_value, max_value = min(values[0], min_value), max(values[0], max_value)
    elif len(values) == 2:
        start, end = values
        if start > end:
            start, end = end, start
        values = [start, end]
        min_value, max_value = min(start, min_value), max(end, max_value)
    else:
        values = [min_value, max_value]
    timelike = data_type in ("date", "time", "datetime")
    wire_min: Any = _as_datetime(min_value, data_type) if timelike else min_value
    wire_max: Any = _as_datetime(max_value, data_type) if timelike else max_value
    if wire_min == wire_max:
        raise StreamlitAPIException(
            "Slider `min_value` must be less than the `max_value`.\n"
            f"The values were {wire_min} and {wire_max}."
        )
    tz = values[0].tzinfo if data_type in ("time", "datetime") else None

    def to_wire(v: Any) -> float:
        if timelike:
            return _micros(_as_datetime(v, data_type))
        return float(v) if data_type == "float" else int(v)

    default = [to_wire(v) for v in values]
    if timelike:
        wire_min, wire_max = _micros(wire_min), _micros(wire_max)
        wire_step: float = step // timedelta(microseconds=1)
    else:
        wire_step = step
    _set_by_state(user_key, default=given_value)

    def deserialize(v: Any) -> Any:
        raw = [_from_micros(x, data_type, tz) for x in (v if v is not None else default)]
        return raw[0] if single else tuple(raw)

    def serialize(v: Any) -> list[Any]:
        items = list(v) if isinstance(v, (list, tuple)) else [v]
        return [to_wire(x) for x in items]

    wid = _widget_id(dg, "slider", user_key, label=label, min_value=min_value, max_value=max_value,
                     value=None if given_value is None else default, step=step, format=format,
                     help=help)
    meta = _meta(wid, "slider", deserialize, serialize, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    if result.value_changed:
        for x in serialize(result.value):
            _bound_errors(_from_micros(x, data_type, tz), _from_micros(wire_min, data_type, tz),
                          _from_micros(wire_max, data_type, tz))
    dg._enqueue(protocol.Slider(
        wid, str(label), help, bool(disabled), vis, serialize(shown), set_value,
        wire_min, wire_max, wire_step, format, data_type == "int",
        data_type,  # type: ignore[arg-type]  # one of SliderDataType
    ))
    return result.value


# ----------------------------------------------------------- select_slider


def _index(opts: list[Any], v: Any) -> int:
    for i, o in enumerate(opts):
        if o is v or _equal(o, v):
            return i
    raise ValueError(f"{v} is not in iterable")


@command
def select_slider(
    dg: DeltaGenerator, label: str, options: Iterable[Any] | Sequence[Any] = (),
    value: Any = None, format_func: Callable[[Any], Any] = str, key: Any = None,
    help: str | None = None, on_change: WidgetCallback | None = None,
    args: Iterable[Any] | None = None, kwargs: dict[str, Any] | None = None, *,
    disabled: bool = False, label_visibility: str = "visible",
) -> Any:
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    opts = options_list(options)
    if len(opts) == 0:
        raise StreamlitAPIException("The `options` argument needs to be non-empty")
    is_range = isinstance(value, (list, tuple))
    labels = [str(format_func(o)) for o in opts]

    def as_indices(v: Any) -> list[int]:
        if isinstance(v, (list, tuple)):
            found = []
            for x in v:
                try:
                    found.append(_index(opts, x))
                except ValueError:
                    # An option object of the previous run (WID-27): match it by its label.
                    text = str(format_func(x))
                    if text not in labels:
                        raise
                    found.append(labels.index(text))
            start, end = found
            return [end, start] if start > end else found
        try:
            return [_index(opts, v)]
        except ValueError:
            text = str(format_func(v))
            if v is not None and text in labels:
                return [labels.index(text)]
            if value is not None:
                raise
            return [0]

    default = as_indices(value)
    _set_by_state(user_key, default=value)

    def deserialize(v: Any) -> Any:
        chosen = v if v else default
        picked = tuple(opts[int(i)] for i in chosen)
        return picked if is_range else picked[0]

    wid = _widget_id(dg, "select_slider", user_key, label=label, options=labels, value=default,
                     help=help)
    meta = _meta(wid, "select_slider", deserialize, as_indices, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    dg._enqueue(protocol.SelectSlider(
        wid, str(label), help, bool(disabled), vis, labels, as_indices(shown), set_value,
    ))
    if isinstance(result.value, tuple):  # Note [Enum coercion]
        return tuple(coerce_choices(result.value, options, opts))
    return coerce_choice(result.value, options, opts)
