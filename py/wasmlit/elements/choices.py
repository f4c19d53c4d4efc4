"""More input widgets: toggle, radio, multiselect, text_area.

The same steps as inputs.py: Streamlit's argument checks and messages, the
id (Note [Widget identity]), registration, then the element drawn with the
value the page must show (Note [Forms] for clear_on_submit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
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
from wasmlit.state.enums import coerce_choice, coerce_choices
from wasmlit.state.widgets import WidgetCallback, register_widget


def _index_of(opts: list[Any], v: Any) -> int | None:
    for i, o in enumerate(opts):
        if o is v or _equal(o, v):
            return i
    return None


# ------------------------------------------------------------------ toggle


@command
def toggle(
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
    wid = _widget_id(dg, "toggle", user_key, label=label, value=default, help=help)
    meta = _meta(wid, "toggle", lambda v: bool(v) if v is not None else default, bool,
                 on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    dg._enqueue(protocol.Toggle(wid, str(label), help, bool(disabled), vis, bool(shown),
                                set_value))
    return bool(result.value)


# ------------------------------------------------------------------- radio


@command
def radio(
    dg: DeltaGenerator, label: str, options: Iterable[Any] | Sequence[Any] = (),
    index: int | None = 0, format_func: Callable[[Any], Any] = str, key: Any = None,
    help: str | None = None, on_change: WidgetCallback | None = None,
    args: Iterable[Any] | None = None, kwargs: dict[str, Any] | None = None, *,
    disabled: bool = False, horizontal: bool = False, captions: Sequence[str] | None = None,
    label_visibility: str = "visible",
) -> Any:
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    opts = options_list(options)
    if index is not None and (not isinstance(index, int) or isinstance(index, bool)):
        raise StreamlitAPIException(f"Radio Value has invalid type: {type(index).__name__}")
    if index is not None and len(opts) > 0 and not 0 <= index < len(opts):
        raise StreamlitAPIException("Radio index must be between 0 and length of options")
    _set_by_state(user_key, default=None if index == 0 else index)
    labels = [str(format_func(o)) for o in opts]
    caps = [str(c) for c in captions] if captions is not None else []
    default_index = index if opts else None

    def deserialize(v: Any) -> Any:
        i = v if v is not None else default_index
        if i is None or not 0 <= int(i) < len(opts):
            return None
        return opts[int(i)]

    def serialize(v: Any) -> int | None:
        if v is None:
            return None
        i = _index_of(opts, v)
        if i is None:
            # An option object of the previous run (WID-27): match it by its label.
            text = str(format_func(v))
            if text in labels:
                return labels.index(text)
            raise StreamlitAPIException(f"{v!r} is not one of the options of st.radio {label!r}.")
        return i

    wid = _widget_id(dg, "radio", user_key, label=label, options=labels, index=index, help=help,
                     horizontal=horizontal, captions=caps)
    meta = _meta(wid, "radio", deserialize, serialize, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    dg._enqueue(protocol.Radio(
        wid, str(label), help, bool(disabled), vis, labels, caps, bool(horizontal),
        serialize(shown), set_value,
    ))
    return coerce_choice(result.value, options, opts)  # Note [Enum coercion]


# ------------------------------------------------------------- multiselect


def _check_max_selections(count: int, max_selections: int | None) -> None:
    if max_selections is not None and count > max_selections:
        raise StreamlitAPIException(
            f"Multiselect has {count} {'option' if count == 1 else 'options'} selected but "
            f"`max_selections` is set to {max_selections}. This happened because you either "
            "gave too many options to `default` or you manipulated the widget's state through "
            "`st.session_state`. Note that the latter can happen before the line indicated in "
            f"the traceback. Please select at most {max_selections} "
            f"{'option' if max_selections == 1 else 'options'}."
        )


@command
def multiselect(
    dg: DeltaGenerator, label: str, options: Iterable[Any] | Sequence[Any] = (),
    default: Any = None, format_func: Callable[[Any], Any] = str, key: Any = None,
    help: str | None = None, on_change: WidgetCallback | None = None,
    args: Iterable[Any] | None = None, kwargs: dict[str, Any] | None = None, *,
    max_selections: int | None = None, placeholder: str = "Choose an option",
    disabled: bool = False, label_visibility: str = "visible",
) -> list[Any]:
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    opts = options_list(options)
    labels = [str(format_func(o)) for o in opts]

    def indices(values: Any) -> list[int]:
        if values is None:
            return []
        items = options_list(values) if isinstance(values, (list, tuple, set)) or hasattr(
            values, "tolist") else [values]
        out: list[int] = []
        for v in items:
            i = _index_of(opts, v)
            if i is None:
                text = str(format_func(v))
                if text not in labels:
                    raise StreamlitAPIException(
                        f"The default value '{v}' is not part of the options. Please make sure "
                        "that every default values also exists in the options."
                    )
                i = labels.index(text)  # an option object of the previous run (WID-27)
            out.append(i)
        return out

    default_indices = indices(default)
    _check_max_selections(len(default_indices), max_selections)
    _set_by_state(user_key, default=default)

    def deserialize(v: Any) -> list[Any]:
        chosen = v if v is not None else default_indices
        return [opts[int(i)] for i in chosen if 0 <= int(i) < len(opts)]

    wid = _widget_id(dg, "multiselect", user_key, label=label, options=labels,
                     default=default_indices, help=help, max_selections=max_selections,
                     placeholder=placeholder)
    meta = _meta(wid, "multiselect", deserialize, indices, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    value = coerce_choices(result.value, options, opts)  # Note [Enum coercion]
    _check_max_selections(len(value), max_selections)
    shown, set_value = shown_value(dg, meta, result)
    dg._enqueue(protocol.Multiselect(
        wid, str(label), help, bool(disabled), vis, labels, indices(shown), set_value,
        max_selections, placeholder if opts else "No options to select.",
    ))
    return value


# --------------------------------------------------------------- text_area


@command
def text_area(
    dg: DeltaGenerator, label: str, value: Any = "", height: int | None = None,
    max_chars: int | None = None, key: Any = None, help: str | None = None,
    on_change: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None, *, placeholder: str | None = None,
    disabled: bool = False, label_visibility: str = "visible",
) -> str | None:
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    _set_by_state(user_key, default=None if value == "" else value)
    default = None if value is None else str(value)
    if height is not None and height < 68:
        raise StreamlitAPIException(
            f"Invalid height {height}px for `st.text_area` - must be at least 68 pixels."
        )
    if max_chars is not None and default is not None and len(default) > max_chars:
        raise StreamlitAPIException(
            f"`value` ({default}) is longer than `max_chars` ({max_chars})."
        )
    wid = _widget_id(dg, "text_area", user_key, label=label, value=default, height=height,
                     max_chars=max_chars, help=help, placeholder=placeholder)
    meta = _meta(wid, "text_area", lambda v: str(v) if v is not None else default,
                 lambda v: v, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    dg._enqueue(protocol.TextArea(
        wid, str(label), help, bool(disabled), vis, None if shown is None else str(shown),
        set_value, placeholder or "", max_chars, height,
    ))
    return None if result.value is None else str(result.value)
