"""st.column_config: Streamlit's column configuration constructors.

Each returns a plain dict (Streamlit's ColumnConfig): `label`, `width`, `help`,
`disabled`, `required`, `default`, `hidden`, `pinned` and a `type_config` with the
column type and its options. `columns.py` merges them with the types inferred
from the data.
"""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitAPIException

ColumnConfig = dict[str, Any]

_WIDTHS = ("small", "medium", "large")


def _base(label: str | None, width: Any, help: str | None, disabled: bool | None,
          required: bool | None, default: Any, pinned: bool | None,
          type_config: dict[str, Any] | None) -> ColumnConfig:
    if width is not None and width not in _WIDTHS and not (isinstance(width, int) and width > 0):
        raise StreamlitAPIException(
            f"Invalid column width: {width!r}. Must be one of 'small', 'medium', 'large' "
            "or a positive integer."
        )
    out: ColumnConfig = {}
    for name, value in (("label", label), ("width", width), ("help", help),
                        ("disabled", disabled), ("required", required), ("default", default),
                        ("pinned", pinned), ("type_config", type_config)):
        if value is not None:
            out[name] = value
    return out


def Column(label: str | None = None, *, width: Any = None, help: str | None = None,
           disabled: bool | None = None, required: bool | None = None,
           pinned: bool | None = None) -> ColumnConfig:
    return _base(label, width, help, disabled, required, None, pinned, None)


def TextColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, default: str | None = None,
               max_chars: int | None = None, validate: str | None = None) -> ColumnConfig:
    return _base(label, width, help, disabled, required, default, pinned,
                 {"type": "text", "max_chars": max_chars, "validate": validate})


def NumberColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 disabled: bool | None = None, required: bool | None = None,
                 pinned: bool | None = None, default: int | float | None = None,
                 format: str | None = None, min_value: int | float | None = None,
                 max_value: int | float | None = None,
                 step: int | float | None = None) -> ColumnConfig:
    # CHECKLIST DF-34: an int in any of these makes the column an int column.
    is_int = any(isinstance(v, int) and not isinstance(v, bool)
                 for v in (min_value, max_value, step, default))
    return _base(label, width, help, disabled, required, default, pinned, {
        "type": "number", "format": format, "min_value": min_value, "max_value": max_value,
        "step": step if step is not None else (1 if is_int else None), "is_int": is_int,
    })


def CheckboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, default: bool | None = None) -> ColumnConfig:
    return _base(label, width, help, disabled, required, default, pinned, {"type": "checkbox"})


def SelectboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    disabled: bool | None = None, required: bool | None = None,
                    pinned: bool | None = None, default: Any = None,
                    options: Any = None) -> ColumnConfig:
    return _base(label, width, help, disabled, required, default, pinned, {
        "type": "selectbox", "options": None if options is None else list(options),
    })


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _temporal(kind: str, label: str | None, width: Any, help: str | None, disabled: bool | None,
              required: bool | None, pinned: bool | None, default: Any, format: str | None,
              min_value: Any, max_value: Any, step: Any, timezone: str | None = None) -> ColumnConfig:
    if hasattr(step, "total_seconds"):
        step = step.total_seconds()
    return _base(label, width, help, disabled, required, _iso(default), pinned, {
        "type": kind, "format": format, "min_value": _iso(min_value),
        "max_value": _iso(max_value), "step": step, "timezone": timezone,
    })


def DatetimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, default: Any = None, format: str | None = None,
                   min_value: Any = None, max_value: Any = None, step: Any = None,
                   timezone: str | None = None) -> ColumnConfig:
    return _temporal("datetime", label, width, help, disabled, required, pinned, default,
                     format, min_value, max_value, step, timezone)


def DateColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, default: Any = None, format: str | None = None,
               min_value: Any = None, max_value: Any = None, step: int | None = None) -> ColumnConfig:
    return _temporal("date", label, width, help, disabled, required, pinned, default,
                     format, min_value, max_value, step)


def TimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, default: Any = None, format: str | None = None,
               min_value: Any = None, max_value: Any = None, step: Any = None) -> ColumnConfig:
    return _temporal("time", label, width, help, disabled, required, pinned, default,
                     format, min_value, max_value, step)


def ListColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None) -> ColumnConfig:
    return _base(label, width, help, None, None, None, pinned, {"type": "list"})


def LinkColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, default: str | None = None,
               max_chars: int | None = None, validate: str | None = None,
               display_text: str | None = None) -> ColumnConfig:
    return _base(label, width, help, disabled, required, default, pinned, {
        "type": "link", "max_chars": max_chars, "validate": validate, "display_text": display_text,
    })


def ImageColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None) -> ColumnConfig:
    return _base(label, width, help, None, None, None, pinned, {"type": "image"})


def ProgressColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, format: str | None = None,
                   min_value: int | float | None = None,
                   max_value: int | float | None = None) -> ColumnConfig:
    return _base(label, width, help, None, None, None, pinned, {
        "type": "progress", "format": format,
        "min_value": 0 if min_value is None else min_value,
        "max_value": 100 if max_value is None and isinstance(min_value, int) else
        (1 if max_value is None else max_value),
    })


def _chart(kind: str, label: str | None, width: Any, help: str | None, pinned: bool | None,
           y_min: float | None, y_max: float | None) -> ColumnConfig:
    return _base(label, width, help, None, None, None, pinned,
                 {"type": kind, "y_min": y_min, "y_max": y_max})


def LineChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    pinned: bool | None = None, y_min: float | None = None,
                    y_max: float | None = None) -> ColumnConfig:
    return _chart("line_chart", label, width, help, pinned, y_min, y_max)


def BarChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, y_min: float | None = None,
                   y_max: float | None = None) -> ColumnConfig:
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max)


def AreaChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    pinned: bool | None = None, y_min: float | None = None,
                    y_max: float | None = None) -> ColumnConfig:
    return _chart("area_chart", label, width, help, pinned, y_min, y_max)


def JsonColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None) -> ColumnConfig:
    return _base(label, width, help, None, None, None, pinned, {"type": "json"})
