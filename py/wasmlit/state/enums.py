"""Enum coercion for choice widgets (CHECKLIST CLS-09 to CLS-12).

Note [Enum coercion]
~~~~~~~~~~~~~~~~~~~~
A choice widget returns an option of the run that registered its value, that
is, of the previous run (CLS-08). An Enum defined in the script is a new class
on every run, so `st.selectbox("Color", Color) == Color.RED` would never hold.
Like Streamlit (runner.enumCoercion, "nameOnly" by default since 1.29), a
returned member is replaced by the member of the same name of this run's class
when the options are that class (or all options are its members), the classes
have the same __qualname__ and ("nameOnly") the same member names or
("nameAndValue") the same values. "off" keeps the old member.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum, EnumMeta
from typing import Any

from wasmlit.errors import StreamlitAPIException

MODES = ("off", "nameOnly", "nameAndValue")
# runner.enumCoercion; reading .streamlit/config.toml comes with issue #7.
mode = "nameOnly"


def _target_class(options: Any, opts: Sequence[Any]) -> type[Enum] | None:
    if isinstance(options, EnumMeta):
        return options  # type: ignore[return-value]  # an EnumMeta instance is an Enum class
    classes = {type(o) for o in opts}
    if len(classes) == 1:
        (only,) = classes
        if issubclass(only, Enum):
            return only
    return None


def coerce_enum(value: Any, target: type[Enum]) -> Any:
    """`value` as a member of `target` when Note [Enum coercion] allows it, else unchanged."""
    if not isinstance(value, Enum) or isinstance(value, target):
        return value
    if mode not in MODES:
        raise StreamlitAPIException(
            f"Invalid value for runner.enumCoercion: {mode!r}. Valid values: "
            + ", ".join(f"'{m}'" for m in MODES)
        )
    source = type(value)
    if mode == "off" or source.__qualname__ != target.__qualname__:
        return value
    if mode == "nameOnly" and set(source._member_names_) != set(target._member_names_):
        return value
    if mode == "nameAndValue" and set(source._value2member_map_) != set(target._value2member_map_):
        return value
    return target[value._name_]


def coerce_choice(value: Any, options: Any, opts: Sequence[Any]) -> Any:
    """A single-choice widget's value (selectbox, radio, ...), coerced to this run's Enum."""
    target = _target_class(options, opts)
    return value if target is None else coerce_enum(value, target)


def coerce_choices(values: Iterable[Any], options: Any, opts: Sequence[Any]) -> list[Any]:
    """A multi-choice widget's values (multiselect, ...), each coerced to this run's Enum."""
    target = _target_class(options, opts)
    items = list(values)
    if target is None or not all(isinstance(v, Enum) for v in items):
        return items
    return [coerce_enum(v, target) for v in items]
