"""st.write: each argument drawn by the element that suits its type."""

from __future__ import annotations

import dataclasses
import json as _json
from collections.abc import ItemsView, KeysView, Mapping, ValuesView
from typing import Any

from wasmlit.elements.tree import DeltaGenerator, command



def _jsonable(arg: Any) -> Any | None:
    """The JSON form of a dict-like or list-like argument, or None if it is not one."""
    if isinstance(arg, Mapping):
        return {str(k): v for k, v in arg.items()}
    if isinstance(arg, (list, KeysView, ValuesView, ItemsView)):
        return list(arg)
    if dataclasses.is_dataclass(arg) and not isinstance(arg, type):
        return dataclasses.asdict(arg)
    return None


def _inline_code(arg: Any) -> str:
    return "`%s`" % str(arg).replace("`", "\\`")


@command
def write(dg: DeltaGenerator, *args: Any, unsafe_allow_html: bool = False) -> None:
    """Consecutive strings are joined into one markdown element, as in Streamlit."""
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            dg.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    for arg in args:
        if isinstance(arg, str):
            buffer.append(arg)
        elif isinstance(arg, BaseException):
            flush()
            dg.exception(arg)
        elif (data := _jsonable(arg)) is not None:
            flush()
            dg.json(_json.dumps(data, default=repr))
        else:
            buffer.append(_inline_code(arg))
    flush()


def magic_write(*args: Any) -> Any:
    """What a bare expression in an app becomes (see runtime/magic.py).

    Writes its value and returns it, so the expression's value is unchanged.
    """
    from wasmlit.elements.tree import active_dg

    active_dg().write(*args)
    return args[0] if len(args) == 1 else args
