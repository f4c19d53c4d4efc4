"""The caching errors an app can see, with Streamlit's names and messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from wasmlit.errors import StreamlitAPIException

CacheType = Literal["cache_data", "cache_resource"]

CACHE_DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"


def fqn_type(obj: Any) -> str:
    """`module.QualName` of an object's type (Streamlit's `get_fqn_type`)."""
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def func_name_md(func: Any) -> str:
    if hasattr(func, "__name__"):
        return f"`{func.__name__}()`"
    return f"`{type(func).__name__}`"


class UnhashableTypeError(Exception):
    """Internal: the hasher met a value it cannot hash."""


class UnhashableParamError(StreamlitAPIException):
    def __init__(self, cache_type: CacheType, func: Callable[..., Any], arg_name: str | None,
                 arg_value: Any) -> None:
        name = arg_name if arg_name is not None else "(unnamed)"
        func_name = getattr(func, "__name__", "unknown")
        replacement = f"_{arg_name}" if arg_name is not None else "_arg"
        super().__init__(
            f"Cannot hash argument '{name}' (of type `{fqn_type(arg_value)}`) in '{func_name}'.\n"
            "\n"
            "To address this, you can tell Streamlit not to hash this argument by adding a\n"
            "leading underscore to the argument's name in the function signature:\n"
            "\n"
            "```\n"
            f"@st.{cache_type}\n"
            f"def {func_name}({replacement}, ...):\n"
            "    ...\n"
            "```"
        )


class UnserializableReturnValueError(StreamlitAPIException):
    def __init__(self, func: Callable[..., Any], return_value: Any) -> None:
        if hasattr(return_value, "__module__") and hasattr(type(return_value), "__name__"):
            type_md = f"`{return_value.__module__}.{type(return_value).__name__}`"
        else:
            type_md = func_name_md(return_value)
        super().__init__(
            f"Cannot serialize the return value (of type {type_md})\n"
            f"in {func_name_md(func)}. `st.cache_data` uses\n"
            "[pickle](https://docs.python.org/3/library/pickle.html) to serialize the\n"
            "function's return value and safely store it in the cache\n"
            "without mutating the original object. Please convert the return value to a\n"
            "pickle-serializable type. If you want to cache unserializable objects such\n"
            "as database connections or Tensorflow sessions, use `st.cache_resource`\n"
            f"instead (see [our docs]({CACHE_DOCS_URL}) for differences)."
        )


class CacheReplayClosureError(StreamlitAPIException):
    def __init__(self, cache_type: CacheType, func: Callable[..., Any]) -> None:
        name = func_name_md(func)
        super().__init__(
            f"While running {name}, a streamlit element is called on some layout block\n"
            "created outside the function. This is incompatible with replaying the cached\n"
            "effect of that element, because the referenced block might not exist when\n"
            "the replay happens.\n"
            "\n"
            "How to fix this:\n"
            f"* Move the creation of $THING inside {name}.\n"
            f"* Move the call to the streamlit element outside of {name}.\n"
            f"* Remove the `@st.{cache_type}` decorator from {name}."
        )


class BadTimeStringError(StreamlitAPIException):
    def __init__(self, t: str) -> None:
        super().__init__(
            "Time string doesn't look right. It should be formatted as"
            f"`'1d2h34m'` or `2 days`, for example. Got: {t}"
        )


CACHED_WIDGET_WARNING = (
    "Your script uses a widget command in a cached function\n"
    "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
    'This code will only be called when we detect a cache "miss",\n'
    "which can lead to unexpected results.\n"
    "\n"
    "To fix this, move all widget commands outside the cached function."
)


def widget_replay_deprecation(decorator: CacheType) -> str:
    """Streamlit's warning for `experimental_allow_widgets` since 1.38 removed widget replay."""
    return (
        "The cached widget replay feature was removed in 1.38. The "
        "`experimental_allow_widgets` parameter will also be removed "
        "in a future release. Please remove the `experimental_allow_widgets` parameter "
        f"from the `@st.{decorator}` decorator and move all widget commands outside of "
        "cached functions.\n\nTo speed up your app, we recommend moving your widgets "
        "into fragments. Find out more about fragments in "
        "[our docs](https://docs.streamlit.io/develop/api-reference/execution-flow/st.fragment). "
        "\n\nIf you have a specific use-case that requires the "
        "`experimental_allow_widgets` functionality, please tell us via an "
        "[issue on Github](https://github.com/streamlit/streamlit/issues)."
    )
