"""st.write: each argument drawn by the element that suits its type."""

from __future__ import annotations

import dataclasses
import inspect
import json as _json
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any

from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException



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
        elif _is_data(arg):
            flush()
            dg.dataframe(arg)
        elif inspect.isgenerator(arg) or inspect.isasyncgen(arg):
            flush()
            write_stream(dg, arg)
        elif (data := _jsonable(arg)) is not None:
            flush()
            dg.json(_json.dumps(data, default=repr))
        else:
            buffer.append(_inline_code(arg))
    flush()


def _sync(agen: Any) -> Iterator[Any]:
    """An async generator's items, each awaited through the host (Host.run_async)."""
    from wasmlit.runtime.context import get_script_run_ctx
    from wasmlit.runtime.host import Host

    ctx = get_script_run_ctx()
    host = ctx.session.host if ctx is not None else Host()
    while True:
        try:
            yield host.run_async(agen.__anext__())
        except StopAsyncIteration:
            return


@command
def write_stream(dg: DeltaGenerator, stream: Any) -> Any:
    """Streams text chunks into one markdown element as they come; other chunks go to
    st.write. Returns the text (one string) or the list of everything written."""
    if isinstance(stream, str) or _is_dataframe(stream):
        raise StreamlitAPIException(
            "`st.write_stream` expects a generator or stream-like object as input "
            f"not {type(stream)}. Please use `st.write` instead for this data type."
        )
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream):
        stream = _sync(stream)
    try:
        chunks = iter(stream)
    except TypeError as exc:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. Please make sure "
            "that it is a generator, generator function or iterable."
        ) from exc

    written: list[Any] = []
    placeholder: DeltaGenerator | None = None
    text = ""

    def flush() -> None:
        nonlocal placeholder, text
        if placeholder is not None and text:
            placeholder.write(text)
            written.append(text)
        placeholder, text = None, ""

    for chunk in chunks:
        if isinstance(chunk, str):
            if not chunk:
                continue
            first = placeholder is None
            if placeholder is None:
                placeholder = dg.empty()
            text += chunk
            placeholder.write(text + ("" if first else " | "))  # the cursor, from the 2nd chunk on
        elif callable(chunk):
            flush()
            chunk()
        else:
            flush()
            dg.write(chunk)
            written.append(chunk)
    flush()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written


def _is_dataframe(obj: Any) -> bool:
    return type(obj).__module__.split(".")[0] in ("pandas", "polars", "pyarrow") and hasattr(obj, "columns")


def _is_data(obj: Any) -> bool:
    """What st.write shows as st.dataframe: pandas DataFrame, Series, Index and
    Styler, pyarrow Tables and numpy arrays, as in Streamlit."""
    module = type(obj).__module__.split(".")[0]
    name = type(obj).__name__
    if module == "pandas":
        return name in ("DataFrame", "Series", "Styler") or name.endswith("Index")
    return (module, name) in (("pyarrow", "Table"), ("numpy", "ndarray"))


def magic_write(*args: Any) -> Any:
    """What a bare expression in an app becomes (see runtime/magic.py).

    Writes its value and returns it, so the expression's value is unchanged.
    """
    from wasmlit.elements.tree import active_dg

    active_dg().write(*args)
    return args[0] if len(args) == 1 else args
