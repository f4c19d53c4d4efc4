"""Input widgets: button, checkbox, text_input, number_input, selectbox (slider: sliders.py).

Each command: validates its arguments as Streamlit does, computes its id
(Note [Widget identity]), registers (which returns the current value), then
draws itself with that value. Errors use Streamlit's wording.
"""

from __future__ import annotations

import io
import logging
import numbers
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from wasmlit import protocol
from wasmlit.elements.form import (
    check_callback_rules,
    check_not_in_form,
    current_form_id,
    shown_value,
)
from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.state.enums import coerce_choice
from wasmlit.state.widgets import (
    WidgetCallback,
    WidgetMetadata,
    compute_widget_id,
    register_widget,
)

_VISIBILITY = ("visible", "hidden", "collapsed")
_LOGGER = logging.getLogger("streamlit.elements.lib.policies")
_UNCHECKED: Any = object()


def _visibility(value: str, label: Any = _UNCHECKED) -> Any:
    """Check `label_visibility`; like Streamlit, log a warning for an empty `label`."""
    if label is not _UNCHECKED and not label:
        _LOGGER.warning(
            "`label` got an empty value. This is discouraged for accessibility reasons and may "
            "be disallowed in the future by raising an exception. Please provide a non-empty "
            "label and hide it with label_visibility if needed.",
            stack_info=True,
        )
    if value not in _VISIBILITY:
        raise StreamlitAPIException(
            f"Unsupported label_visibility option '{value}'. Valid values are 'visible', "
            "'hidden' or 'collapsed'."
        )
    return value


def _key(key: Any) -> str | None:
    return None if key is None else str(key)


def _widget_id(dg: DeltaGenerator, kind: str, key: str | None, **identity: Any) -> Any:
    """The id of a widget `dg` is about to draw: its page and form are part of it."""
    ctx = get_script_run_ctx()
    page = ctx.page if ctx is not None else ""
    return compute_widget_id(kind, user_key=key, page=page, form_id=current_form_id(dg),
                             **identity)


def _set_by_state(key: str | None, *, writes_allowed: bool = True, default: Any = None) -> None:
    """Raise where the Session State API may not set this widget (buttons); warn when it
    was set there and the widget also has a `default` (Note [Default and state warning])."""
    ctx = get_script_run_ctx()
    if ctx is None:
        return
    set_by_state = ctx.session.session_state.check_writable(key, writes_allowed=writes_allowed)
    if set_by_state and default is not None and not getattr(ctx.session, "_warned_default", False):
        # Note [Default and state warning]: Streamlit warns once per server process (a
        # module global); we warn once per session, which for the page is the same (one
        # worker per tab) and keeps AppTest runs independent of each other.
        ctx.session._warned_default = True  # type: ignore[attr-defined]  # per-session flag
        from wasmlit.elements.tree import COMMANDS, active_dg

        COMMANDS["warning"](
            active_dg(),
            f'The widget with key "{key}" was created with a default value but also had its '
            "value set via the Session State API.",
        )


def _meta(
    widget_id: Any, kind: str, deserialize: Callable[[Any], Any], serialize: Callable[[Any], Any],
    callback: WidgetCallback | None, args: Iterable[Any] | None, kwargs: dict[str, Any] | None,
    value_type: Any = "value",
) -> WidgetMetadata[Any]:
    return WidgetMetadata(
        widget_id, kind, deserialize, serialize, value_type, callback,
        tuple(args) if args is not None else (), dict(kwargs) if kwargs else None,
    )


# ------------------------------------------------------------------ button


@command
def button(
    dg: DeltaGenerator, label: str, key: Any = None, help: str | None = None,
    on_click: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None, *, type: str = "secondary", icon: str | None = None,
    disabled: bool = False, use_container_width: bool = False,
) -> bool:
    _check_button_type("button", type)
    check_not_in_form(dg, "button")
    user_key = _key(key)
    _set_by_state(user_key, writes_allowed=False)
    wid = _widget_id(dg, "button", user_key, label=label, icon=icon, help=help, type=type,
                     use_container_width=use_container_width)
    value = _pressed(wid, "button", user_key, on_click, args, kwargs)
    dg._enqueue(protocol.Button(wid, str(label), help, bool(disabled), type,  # type: ignore[arg-type]  # checked above
                                bool(use_container_width), validate_icon_or_emoji(icon)))
    return value


def _check_button_type(command: str, type: str) -> None:
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitAPIException(
            f'The type argument to st.{command} must be "primary", "secondary", or "tertiary". '
            f"\nThe argument passed was '{type}'."
        )


def _pressed(wid: str, kind: str, user_key: str | None, on_click: WidgetCallback | None,
             args: Iterable[Any] | None, kwargs: dict[str, Any] | None) -> bool:
    """Registers a button-like widget (a trigger: True in the one run its press causes)."""
    meta = _meta(wid, kind, lambda v: bool(v) if v is not None else False, bool,
                 on_click, args, kwargs, value_type="trigger")
    return bool(register_widget(meta, user_key).value)


# ---------------------------------------------------------------- checkbox


@command
def checkbox(
    dg: DeltaGenerator, label: str, value: bool = False, key: Any = None, help: str | None = None,
    on_change: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None, *, disabled: bool = False,
    label_visibility: str = "visible",
) -> bool:
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    _set_by_state(user_key, default=None if value is False else value)
    default = bool(value)
    wid = _widget_id(dg, "checkbox", user_key, label=label, value=default, help=help)
    meta = _meta(wid, "checkbox", lambda v: bool(v) if v is not None else default, bool,
                 on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    dg._enqueue(protocol.Checkbox(wid, str(label), help, bool(disabled), vis, bool(shown),
                                  set_value))
    return bool(result.value)


# -------------------------------------------------------------- text_input


@command
def text_input(
    dg: DeltaGenerator, label: str, value: Any = "", max_chars: int | None = None,
    key: Any = None, type: str = "default", help: str | None = None,
    autocomplete: str | None = None, on_change: WidgetCallback | None = None,
    args: Iterable[Any] | None = None, kwargs: dict[str, Any] | None = None, *,
    placeholder: str | None = None, disabled: bool = False, label_visibility: str = "visible",
) -> str | None:
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    _set_by_state(user_key, default=None if value == "" else value)
    default = None if value is None else str(value)
    if type not in ("default", "password"):
        raise StreamlitAPIException(
            f"'{type}' is not a valid text_input type. Valid types are 'default' and 'password'."
        )
    if max_chars is not None and default is not None and len(default) > max_chars:
        raise StreamlitAPIException(
            f"`value` ({default}) is longer than `max_chars` ({max_chars})."
        )
    wid = _widget_id(dg, "text_input", user_key, label=label, value=default, max_chars=max_chars,
                     type=type, help=help, autocomplete=autocomplete, placeholder=placeholder)
    meta = _meta(wid, "text_input", lambda v: str(v) if v is not None else default,
                 lambda v: v, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    current = None if result.value is None else str(result.value)
    shown = None if shown is None else str(shown)
    auto = autocomplete if autocomplete is not None else (
        "new-password" if type == "password" else "")
    dg._enqueue(protocol.TextInput(
        wid, str(label), help, bool(disabled), vis, shown, set_value,
        placeholder or "", max_chars, type, auto,  # type: ignore[arg-type]  # checked above
    ))
    return current


# ------------------------------------------------------------ number_input


def _is_int(x: Any) -> bool:
    return isinstance(x, numbers.Integral) and not isinstance(x, bool)


@command
def number_input(
    dg: DeltaGenerator, label: str, min_value: float | None = None,
    max_value: float | None = None, value: Any = "min", step: float | None = None,
    format: str | None = None, key: Any = None, help: str | None = None,
    on_change: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None, *, placeholder: str | None = None,
    disabled: bool = False, label_visibility: str = "visible",
) -> float | int | None:
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    numeric = [a for a in (min_value, max_value, value, step) if a is not None and a != "min"]
    all_ints = all(_is_int(a) for a in numeric)
    all_floats = all(isinstance(a, float) for a in numeric)
    if not all_ints and not all_floats:
        kinds = ", ".join(
            f"`{n}` has {type(a).__name__} type"
            for n, a in (("value", value), ("min_value", min_value), ("max_value", max_value),
                         ("step", step)) if a is not None and a != "min"
        )
        raise StreamlitAPIException(
            f"All numerical arguments must be of the same type. {kinds}."
        )
    default_given = None if isinstance(value, str) and value == "min" else value
    if value == "min":
        value = min_value if min_value is not None else (0 if all_ints and numeric else 0.0)
    is_int = _is_int(value) if value is not None else (all_ints and bool(numeric))
    if format is None:
        format = "%d" if is_int else "%0.2f"
    if step is None:
        step = 1 if is_int else 0.01
    try:
        float(format % 2)
    except (TypeError, ValueError):
        raise StreamlitAPIException(
            f"Format string for st.number_input contains invalid characters: {format}"
        ) from None
    if min_value is not None and value is not None and min_value > value:
        raise StreamlitAPIException(
            f"The default `value` {value} must be greater than or equal to the `min_value` "
            f"{min_value}"
        )
    if max_value is not None and value is not None and max_value < value:
        raise StreamlitAPIException(
            f"The default `value` {value} must be less than or equal to the `max_value` "
            f"{max_value}"
        )
    _set_by_state(user_key, default=default_given)
    default = value
    cast: Callable[[Any], Any] = int if is_int else float

    def deserialize(v: Any) -> Any:
        return cast(v) if v is not None else default

    wid = _widget_id(dg, "number_input", user_key, label=label, min_value=min_value,
                     max_value=max_value, value=default, step=step, format=format, help=help,
                     placeholder=placeholder)
    meta = _meta(wid, "number_input", deserialize, lambda v: v, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    current = result.value
    dg._enqueue(protocol.NumberInput(
        wid, str(label), help, bool(disabled), vis, shown, set_value,
        min_value, max_value, step, format, is_int, placeholder or "",
    ))
    return current  # type: ignore[no-any-return]  # int or float by the arguments' type


# --------------------------------------------------------------- selectbox


def options_list(options: Any) -> list[Any]:
    """Any iterable of options (list, tuple, dict keys, Enum class, Series) as a list."""
    if options is None:
        return []
    if hasattr(options, "tolist") and not isinstance(options, (str, bytes)):
        return list(options.tolist())
    if isinstance(options, dict):
        return list(options.keys())
    if isinstance(options, (str, bytes)):
        return list(options)
    return list(options)


@command
def selectbox(
    dg: DeltaGenerator, label: str, options: Iterable[Any] | Sequence[Any] = (),
    index: int | None = 0, format_func: Callable[[Any], Any] = str, key: Any = None,
    help: str | None = None, on_change: WidgetCallback | None = None,
    args: Iterable[Any] | None = None, kwargs: dict[str, Any] | None = None, *,
    placeholder: str = "Choose an option", disabled: bool = False,
    label_visibility: str = "visible",
) -> Any:
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    opts = options_list(options)
    if index is not None and (not isinstance(index, int) or isinstance(index, bool)):
        raise StreamlitAPIException(f"Selectbox Value has invalid type: {type(index).__name__}")
    if index is not None and len(opts) > 0 and not 0 <= index < len(opts):
        raise StreamlitAPIException(
            "Selectbox index must be greater than or equal to 0 and less than the length of "
            "options."
        )
    _set_by_state(user_key, default=None if index == 0 else index)
    labels = [str(format_func(o)) for o in opts]
    default_index = index if opts else None

    def deserialize(v: Any) -> Any:
        i = v if v is not None else default_index
        if i is None or not 0 <= int(i) < len(opts):
            return None
        return opts[int(i)]

    def serialize(v: Any) -> int | None:
        if v is None:
            return None
        for i, o in enumerate(opts):
            if o is v or _equal(o, v):
                return i
        raise StreamlitAPIException(f"{v!r} is not one of the options of st.selectbox {label!r}.")

    def shown_index(v: Any) -> int | None:
        """The option the page shows for a value it already has (Note [set_value]).

        The value may be an option object of the previous run (WID-27), so fall
        back to its label, then to the default.
        """
        try:
            return serialize(v)
        except StreamlitAPIException:
            text = str(format_func(v))
            return labels.index(text) if text in labels else default_index

    wid = _widget_id(dg, "selectbox", user_key, label=label, options=labels, index=index, help=help,
                     placeholder=placeholder)
    meta = _meta(wid, "selectbox", deserialize, serialize, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    wire = serialize(shown) if set_value else shown_index(shown)
    dg._enqueue(protocol.Selectbox(
        wid, str(label), help, bool(disabled), vis, labels, wire, set_value,
        placeholder,
    ))
    return coerce_choice(result.value, options, opts)  # Note [Enum coercion]


def _equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:
        return False


@command
def link_button(dg: DeltaGenerator, label: str, url: str, *, help: str | None = None,
                type: str = "secondary", icon: str | None = None, disabled: bool = False,
                use_container_width: bool = False) -> DeltaGenerator:
    _check_button_type("link_button", type)
    icon = validate_icon_or_emoji(icon)
    text = f"{icon} {label}" if icon else str(label)
    return dg._enqueue(protocol.LinkButton(text, str(url), help, bool(disabled), type,  # type: ignore[arg-type]  # checked above
                                           bool(use_container_width)))


def _download_bytes(data: Any) -> tuple[bytes, str]:
    """The bytes to download and the default MIME type, as Streamlit's download_button."""
    if isinstance(data, str):
        return data.encode(), "text/plain"
    if isinstance(data, (bytes, bytearray)):
        return bytes(data), "application/octet-stream"
    if isinstance(data, io.TextIOWrapper):
        return data.read().encode(), "text/plain"
    if isinstance(data, (io.RawIOBase, io.BufferedReader, io.BytesIO, io.StringIO)) or hasattr(data, "read"):
        data.seek(0)
        raw = data.read()
        return (raw.encode() if isinstance(raw, str) else bytes(raw)), "application/octet-stream"
    raise StreamlitAPIException("Invalid binary data format: %s" % type(data))


@command
def download_button(
    dg: DeltaGenerator, label: str, data: Any, file_name: str | None = None,
    mime: str | None = None, key: Any = None, help: str | None = None,
    on_click: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None, *, type: str = "secondary", icon: str | None = None,
    disabled: bool = False, use_container_width: bool = False,
) -> bool:
    _check_button_type("download_button", type)
    check_not_in_form(dg, "download_button")
    user_key = _key(key)
    _set_by_state(user_key, writes_allowed=False)
    content, default_mime = _download_bytes(data)
    wid = _widget_id(dg, "download_button", user_key, label=label, icon=icon, file_name=file_name,
                     mime=mime, help=help, type=type, use_container_width=use_container_width)
    value = _pressed(wid, "download_button", user_key, on_click, args, kwargs)
    icon = validate_icon_or_emoji(icon)
    text = f"{icon} {label}" if icon else str(label)
    dg._enqueue(protocol.DownloadButton(
        wid, text, help, bool(disabled), type,  # type: ignore[arg-type]  # checked above
        bool(use_container_width), file_name or "download", mime or default_mime,
        content,
    ))
    return value
