"""st.date_input (one date or a range) and st.time_input.

Streamlit's argument rules and messages; the page gets ISO dates
("2024-01-31") and "HH:MM" times, and shows them as the script holds them
(no time zone applies: CHECKLIST TZ-04).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from wasmlit import protocol
from wasmlit.elements.form import check_callback_rules, shown_value
from wasmlit.elements.inputs import _key, _meta, _set_by_state, _visibility, _widget_id
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.state.widgets import WidgetCallback, register_widget

_DATE_FORMATS = re.compile(r"^(YYYY[/.\-]MM[/.\-]DD|DD[/.\-]MM[/.\-]YYYY|MM[/.\-]DD[/.\-]YYYY)$")
_BAD_DATE_VALUE = (
    "DateInput value should either be an date/datetime or a list/tuple of 0 - 2 date/datetime "
    "values"
)


def _adjust_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February in a year that has none
        return d.replace(year=d.year + years, day=28)


def _one_date(v: Any) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        try:
            return date.fromisoformat(v)
        except ValueError:
            pass
    raise StreamlitAPIException(_BAD_DATE_VALUE)


def _bound(v: Any, which: str, dates: list[date] | None, years: int) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if v is None:
        base = (dates[0] if years < 0 else dates[-1]) if dates else date.today()
        return _adjust_years(base, years)
    raise StreamlitAPIException(f"DateInput {which} should either be a date/datetime or None")


@command
def date_input(
    dg: DeltaGenerator, label: str, value: Any = "today", min_value: Any = None,
    max_value: Any = None, key: Any = None, help: str | None = None,
    on_change: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None, *, format: str = "YYYY/MM/DD",
    disabled: bool = False, label_visibility: str = "visible",
) -> Any:
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    is_range = False
    dates: list[date] | None
    if value is None:
        dates = None
    elif isinstance(value, str) and value == "today":
        dates = [datetime.now().date()]
    elif isinstance(value, (list, tuple)):
        if len(value) not in (0, 1, 2):
            raise StreamlitAPIException(_BAD_DATE_VALUE)
        dates = [_one_date(v) for v in value]
        is_range = True
    else:
        dates = [_one_date(value)]
    lo = _bound(min_value, "min", dates, -10)
    hi = _bound(max_value, "max", dates, 10)
    if lo > hi:
        raise StreamlitAPIException(
            f"The `min_value`, set to {lo}, shouldn't be larger than the `max_value`, set to {hi}."
        )
    if dates and (dates[0] < lo or dates[-1] > hi):
        raise StreamlitAPIException(
            f"The default `value` of {dates} must lie between the `min_value` of {lo} and the "
            f"`max_value` of {hi}, inclusively."
        )
    if not _DATE_FORMATS.match(format):
        raise StreamlitAPIException(
            f"The provided format (`{format}`) is not valid. DateInput format should be one of "
            "`YYYY/MM/DD`, `DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a period (.) or hyphen "
            "(-) as separators."
        )
    _set_by_state(user_key, default=None if isinstance(value, str) and value == "today" else value)
    default = [d.isoformat() for d in dates] if dates else []

    def deserialize(v: Any) -> Any:
        items = [date.fromisoformat(x) for x in v] if v is not None else list(dates or [])
        if not items:
            return () if is_range else None
        return tuple(items) if is_range else items[0]

    def serialize(v: Any) -> list[str]:
        if v is None:
            return []
        items = list(v) if isinstance(v, (list, tuple)) else [v]
        return [_one_date(x).isoformat() for x in items]

    wid = _widget_id(dg, "date_input", user_key, label=label,
                     value=value if isinstance(value, str) else default, min_value=lo,
                     max_value=hi, help=help, format=format)
    meta = _meta(wid, "date_input", deserialize, serialize, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    dg._enqueue(protocol.DateInput(
        wid, str(label), help, bool(disabled), vis, serialize(shown), set_value, is_range,
        lo.isoformat(), hi.isoformat(), format,
    ))
    return result.value


@command
def time_input(
    dg: DeltaGenerator, label: str, value: Any = "now", key: Any = None,
    help: str | None = None, on_change: WidgetCallback | None = None,
    args: Iterable[Any] | None = None, kwargs: dict[str, Any] | None = None, *,
    disabled: bool = False, label_visibility: str = "visible",
    step: int | timedelta = timedelta(minutes=15),
) -> time | None:
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    parsed: time | None
    if value is None:
        parsed = None
    elif isinstance(value, str) and value == "now":
        parsed = datetime.now().time().replace(second=0, microsecond=0)
    elif isinstance(value, datetime):
        parsed = value.time().replace(second=0, microsecond=0)
    elif isinstance(value, time):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = time.fromisoformat(value)
        except ValueError:
            raise StreamlitAPIException(
                "The type of value should be one of datetime, time or None"
            ) from None
    else:
        raise StreamlitAPIException("The type of value should be one of datetime, time or None")
    if not isinstance(step, (int, timedelta)) or isinstance(step, bool):
        raise StreamlitAPIException(
            f"`step` can only be `int` or `timedelta` but {type(step)} is provided."
        )
    seconds = step.seconds if isinstance(step, timedelta) else step
    if seconds < 60 or seconds > timedelta(hours=23).seconds:
        raise StreamlitAPIException(
            "`step` must be between 60 seconds and 23 hours but is currently set to "
            f"{seconds} seconds."
        )
    ctx = get_script_run_ctx()
    if user_key is not None and ctx is not None:
        state = ctx.session.session_state
        if user_key in state and state[user_key] is None:
            parsed = None
    _set_by_state(user_key, default=None if isinstance(value, str) and value == "now" else value)
    default = parsed

    def deserialize(v: Any) -> time | None:
        return datetime.strptime(v, "%H:%M").time() if v is not None else default

    def serialize(v: Any) -> str | None:
        if v is None:
            return None
        if isinstance(v, datetime):
            v = v.time()
        return str(v.strftime("%H:%M"))

    wid = _widget_id(dg, "time_input", user_key, label=label,
                     value=value if isinstance(value, str) else parsed, help=help, step=seconds)
    meta = _meta(wid, "time_input", deserialize, serialize, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    dg._enqueue(protocol.TimeInput(
        wid, str(label), help, bool(disabled), vis, serialize(shown), set_value, seconds,
    ))
    return result.value  # type: ignore[no-any-return]  # a time or None (deserialize)
