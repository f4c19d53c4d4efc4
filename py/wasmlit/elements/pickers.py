"""st.color_picker, st.pills and st.segmented_control.

Pills and segmented controls are one element (Streamlit's button group, which
AppTest lists as `button_group`): the page sends the indices of the selected
options; the value is the option (or None) in "single" mode, a list in "multi".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from wasmlit import protocol
from wasmlit.elements.choices import _index_of
from wasmlit.elements.form import check_callback_rules, shown_value
from wasmlit.elements.inputs import (
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

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


@command
def color_picker(
    dg: DeltaGenerator, label: str, value: str | None = None, key: Any = None,
    help: str | None = None, on_change: WidgetCallback | None = None,
    args: Iterable[Any] | None = None, kwargs: dict[str, Any] | None = None, *,
    disabled: bool = False, label_visibility: str = "visible",
) -> str:
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    default_given = value
    if value is None:
        value = "#000000"
    # Streamlit's messages, indentation included.
    if not isinstance(value, str):
        raise StreamlitAPIException(
            "\n                Color Picker Value has invalid type: "
            f"{type(value).__name__}. Expects a hex string\n                like '#00FFAA' or "
            "'#000'.\n                "
        )
    if not _HEX.match(value):
        raise StreamlitAPIException(
            f"\n                '{value}' is not a valid hex code for colors. Valid ones are "
            "like\n                '#00FFAA' or '#000'.\n                "
        )
    _set_by_state(user_key, default=default_given)
    default = value
    wid = _widget_id(dg, "color_picker", user_key, label=label, value=default, help=help)
    meta = _meta(wid, "color_picker", lambda v: str(v) if v is not None else default,
                 lambda v: v, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    dg._enqueue(protocol.ColorPicker(wid, str(label), help, bool(disabled), vis, str(shown),
                                     set_value))
    return str(result.value)


# ------------------------------------------------- pills, segmented_control


def _button_group(
    dg: DeltaGenerator, style: str, label: str, options: Any, selection_mode: str,
    default: Any, format_func: Callable[[Any], Any] | None, key: Any, help: str | None,
    on_change: WidgetCallback | None, args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None, disabled: bool, label_visibility: str,
) -> Any:
    if selection_mode not in ("single", "multi"):
        raise StreamlitAPIException(
            "The selection_mode argument must be one of ['single', 'multi']. "
            f"The argument passed was '{selection_mode}'."
        )
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    fmt = format_func if format_func is not None else str
    opts = options_list(options)
    labels = [str(fmt(o)) for o in opts]
    multi = selection_mode == "multi"

    def indices(values: Any) -> list[int]:
        if values is None:
            return []
        items = options_list(values) if isinstance(values, (list, tuple, set)) or hasattr(
            values, "tolist") else [values]
        out: list[int] = []
        for v in items:
            i = _index_of(opts, v)
            if i is None:
                text = str(fmt(v))
                if text not in labels:
                    raise StreamlitAPIException(
                        f"The default value '{v}' is not part of the options. Please make sure "
                        "that every default values also exists in the options."
                    )
                i = labels.index(text)  # an option object of the previous run (WID-27)
            if i not in out:
                out.append(i)
        return out

    default_indices = indices(default)
    if not multi and len(default_indices) > 1:
        raise StreamlitAPIException(
            f"The default argument to `st.{style}` must be a single value when "
            "`selection_mode='single'`."
        )
    _set_by_state(user_key, default=default)

    def deserialize(v: Any) -> Any:
        chosen = v if v is not None else default_indices
        picked = [opts[int(i)] for i in chosen if 0 <= int(i) < len(opts)]
        if multi:
            return picked
        return picked[0] if picked else None

    wid = _widget_id(dg, style, user_key, label=label, options=labels, default=default_indices,
                     help=help, selection_mode=selection_mode)
    meta = _meta(wid, style, deserialize, indices, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    dg._enqueue(protocol.ButtonGroup(
        wid, str(label), help, bool(disabled), vis, labels, indices(shown), set_value,
        style, selection_mode,  # type: ignore[arg-type]  # checked above
    ))
    if multi:  # Note [Enum coercion]
        return coerce_choices(result.value, options, opts)
    return coerce_choice(result.value, options, opts)


@command
def pills(
    dg: DeltaGenerator, label: str, options: Iterable[Any] | Sequence[Any], *,
    selection_mode: str = "single", default: Any = None,
    format_func: Callable[[Any], Any] | None = None, key: Any = None, help: str | None = None,
    on_change: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None, disabled: bool = False,
    label_visibility: str = "visible",
) -> Any:
    return _button_group(dg, "pills", label, options, selection_mode, default, format_func, key,
                         help, on_change, args, kwargs, disabled, label_visibility)


@command
def segmented_control(
    dg: DeltaGenerator, label: str, options: Iterable[Any] | Sequence[Any], *,
    selection_mode: str = "single", default: Any = None,
    format_func: Callable[[Any], Any] | None = None, key: Any = None, help: str | None = None,
    on_change: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None, disabled: bool = False,
    label_visibility: str = "visible",
) -> Any:
    return _button_group(dg, "segmented_control", label, options, selection_mode, default,
                         format_func, key, help, on_change, args, kwargs, disabled,
                         label_visibility)
