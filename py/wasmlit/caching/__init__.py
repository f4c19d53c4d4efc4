"""Caching: st.cache_data, st.cache_resource (and the deprecated st.cache)."""

from wasmlit.caching.cache import CachedFunc, cache_data, cache_resource, clear_all
from wasmlit.caching.errors import (
    CacheReplayClosureError,
    UnhashableParamError,
    UnserializableReturnValueError,
)

__all__ = [
    "CacheReplayClosureError",
    "CachedFunc",
    "UnhashableParamError",
    "UnserializableReturnValueError",
    "cache_data",
    "cache_resource",
    "clear_all",
]
