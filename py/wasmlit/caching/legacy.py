"""The deprecated `st.cache` (CHECKLIST CACHE-27): still works, with Streamlit's warning.

`allow_output_mutation=True` asked for the object itself, which is what
st.cache_resource does now; otherwise every caller gets a copy (cache_data).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from wasmlit.caching.cache import CachedFunc
from wasmlit.caching.errors import CACHE_DOCS_URL
from wasmlit.caching.hashing import HashFuncs
from wasmlit.runtime.context import get_script_run_ctx

_DATA_TYPES = {
    "DataFrame", "Series", "Index", "ndarray", "str", "bytes", "int", "float", "bool",
    "complex", "list", "tuple", "dict", "set", "frozenset", "NoneType", "Figure",
}


def deprecation_message(value: Any) -> str:
    typename = type(value).__qualname__
    message = (
        "`st.cache` is deprecated. Please use one of Streamlit's new caching commands,\n"
        "`st.cache_data` or `st.cache_resource`."
    )
    if typename in _DATA_TYPES:
        message += (
            " Based on this function's return value\n"
            f"of type `{typename}`, we recommend using `st.cache_data`."
        )
    return message + f"\n\nMore information [in our docs]({CACHE_DOCS_URL})."


def cache(func: Callable[..., Any] | None = None, persist: bool = False,
          allow_output_mutation: bool = False, show_spinner: bool = True,
          suppress_st_warning: bool = False, hash_funcs: HashFuncs | None = None,
          max_entries: int | None = None,
          ttl: float | timedelta | None = None) -> Any:
    def wrap(f: Callable[..., Any]) -> Callable[..., Any]:
        cached = CachedFunc(
            f, "cache_resource" if allow_output_mutation else "cache_data", ttl=ttl,
            max_entries=max_entries, show_spinner=show_spinner,
            persist="disk" if persist and not allow_output_mutation else None,
            hash_funcs=hash_funcs,
        )

        @functools.wraps(f)
        def call(*args: Any, **kwargs: Any) -> Any:
            value = cached(*args, **kwargs)
            if get_script_run_ctx() is not None:
                from wasmlit.elements.status import warning
                from wasmlit.elements.tree import active_dg

                warning(active_dg(), deprecation_message(value))
            return value

        call.clear = cached.clear  # type: ignore[attr-defined]  # st.cache's wrapper had .clear
        return call

    return wrap if func is None else wrap(func)
